/**
 * Finds, parses and validates .edgenet.yaml. A broken configuration is a ConfigError that names
 * the file, the line and the key: the run cannot be trusted without it, so it exits 2.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { ConfigError } from '../core/errors.js';
import type { LevelSetting, PathSegment } from '../core/finding.js';
import { parseText, type ParsedFile } from '../parse/parse-documents.js';
import { toDisplay } from '../discover/discover-files.js';
import { validate as validateConfig } from './validate-config.generated.js';
import type { ClusterConfig, ClusterEntry, ConfigFile, IgnoreEntry } from './schema.js';
import { didYouMean } from '../core/suggest.js';

export const CONFIG_NAME = '.edgenet.yaml';

export type { ClusterConfig, ClusterEntry, IgnoreEntry, SiteConfig } from './schema.js';

export interface EdgenetConfig {
  /** Facts every cluster inherits (a `clusters[]` entry overrides them key by key). */
  cluster: ClusterConfig;
  /** The clusters of a fleet, as the configuration names them; empty without a split. */
  clusters: ClusterEntry[];
  include?: string[];
  exclude?: string[];
  rules: Record<string, LevelSetting>;
  ignore: IgnoreEntry[];
  maxFileSize?: number;
  /** The configuration file as parsed, so facts taken from it can be placed; absent without a file. */
  source?: ParsedFile;
  /** Directory that globs are relative to. */
  dir: string;
}

/**
 * Compiled at build time (ajv standalone: scripts/config-validator.mjs): compiling the schema at
 * start-up cost about 15 ms of a one-file run. test/config.test.ts checks the schema itself.
 */
function validator(): ValidateFunction {
  return validateConfig as unknown as ValidateFunction;
}

/** The nearest .edgenet.yaml in `cwd` or above, if any. */
export function findConfig(cwd: string): string | undefined {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, CONFIG_NAME);
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}

export function loadConfig(file: string | undefined, cwd: string): EdgenetConfig {
  if (!file) return { cluster: {}, clusters: [], rules: {}, ignore: [], dir: cwd };
  const display = toDisplay(cwd, file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`cannot read configuration (${(error as NodeJS.ErrnoException).code ?? 'error'})`, display);
  }
  return parseConfig(display, text, path.dirname(file));
}

export function parseConfig(display: string, text: string, dir: string): EdgenetConfig {
  // YAML 1.2: in our own file `off` is the level name, not YAML 1.1's boolean false.
  const parsed = parseText(display, text, { version: '1.2' });
  const problem = parsed.problems[0];
  if (problem) throw new ConfigError(problem.message, display, problem.line, problem.column);
  if (parsed.documents.length > 1) {
    const second = parsed.sourceMap.locate(parsed.documents[1]!.index, []);
    throw new ConfigError('expected one YAML document', display, second.line, second.column);
  }
  const data = parsed.documents[0]?.data ?? {};
  const validate = validator();
  if (!validate(data)) {
    const problems = (validate.errors ?? []).map((e) => describe(parsed, e));
    const [first, ...rest] = problems;
    throw new ConfigError(
      [first!.message, ...rest.map((p) => `${display}:${p.line}:${p.column}: ${p.message}`)].join('\n'),
      display,
      first!.line,
      first!.column,
    );
  }
  const config = data as ConfigFile;
  const names = new Map<string, number>();
  (config.clusters ?? []).forEach((entry, i) => {
    const first = names.get(entry.name);
    if (first !== undefined) {
      const at = parsed.sourceMap.locate(0, ['clusters', i, 'name']);
      throw new ConfigError(
        `clusters[${i}].name "${entry.name}" repeats clusters[${first}]`,
        display,
        at.line,
        at.column,
      );
    }
    names.set(entry.name, i);
  });
  return {
    cluster: config.cluster ?? {},
    clusters: config.clusters ?? [],
    include: config.include,
    exclude: config.exclude,
    rules: config.rules ?? {},
    ignore: config.ignore ?? [],
    maxFileSize: config.maxFileSize,
    source: parsed,
    dir,
  };
}

/** One schema error as "key message", placed at the key when the key itself is wrong. */
function describe(parsed: ParsedFile, error: ErrorObject): { line: number; column: number; message: string } {
  const path = pointerToPath(error.instancePath);
  const params = error.params as Record<string, unknown>;
  let message = error.message ?? 'is invalid';
  let atKey = false;
  if (error.keyword === 'additionalProperties') {
    path.push(String(params.additionalProperty));
    message = 'is not a known key';
    atKey = true;
  } else if (error.keyword === 'propertyNames') {
    path.push(String(params.propertyName));
    message = 'is not a rule id (family/name, see `edgenet rules`)';
    atKey = true;
  } else if (error.keyword === 'enum') {
    message = `must be one of ${(params.allowedValues as unknown[]).join(', ')}`;
  }
  const at = parsed.sourceMap.locate(0, path, { key: atKey });
  return { line: at.line, column: at.column, message: `${path.join('.') || '(top level)'} ${message}` };
}

function unescapePointer(s: string): string {
  return s.replace(/~1/g, '/').replace(/~0/g, '~');
}

function pointerToPath(pointer: string): PathSegment[] {
  return pointer
    .split('/')
    .slice(1)
    .map(unescapePointer)
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/**
 * Rule ids the configuration names (levels in `rules:` and `clusters[].rules`, `ignore[].rule`)
 * checked against the rules this run knows: the catalogue's and those of loaded user policies.
 * Every unknown id is named in one error, each with its place and the nearest known id.
 */
export function checkRuleIds(config: EdgenetConfig, known: readonly string[]): void {
  const source = config.source;
  if (!source) return;
  const isKnown = new Set(known);
  const problems: { line: number; column: number; message: string }[] = [];
  const check = (id: string, at: PathSegment[], key: boolean) => {
    if (isKnown.has(id)) return;
    const where = source.sourceMap.locate(source.documents[0]?.index ?? 0, at, { key });
    const message = `${at.join('.')}: "${id}" is not a rule${didYouMean(id, known)} (see \`edgenet rules\`)`;
    problems.push({ line: where.line, column: where.column, message });
  };
  for (const id of Object.keys(config.rules)) check(id, ['rules', id], true);
  config.clusters.forEach((entry, i) => {
    for (const id of Object.keys(entry.rules ?? {})) check(id, ['clusters', i, 'rules', id], true);
  });
  config.ignore.forEach((entry, i) => {
    check(entry.rule, ['ignore', i, 'rule'], false);
  });
  if (problems.length === 0) return;
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  const [first, ...rest] = problems;
  const lines = [first!.message, ...rest.map((p) => `${source.file}:${p.line}:${p.column}: ${p.message}`)];
  throw new ConfigError(lines.join('\n'), source.file, first!.line, first!.column);
}
