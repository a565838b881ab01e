/**
 * Finds, parses and validates .edgenet.yaml. A broken configuration is a ConfigError that names
 * the file, the line and the key: the run cannot be trusted without it, so it exits 2.
 *
 * One configuration for the whole run, the repository's own (contract section 8): it is looked
 * for from the first path linted up to the top of the repository and never above it, read only
 * when it is a regular file within CONFIG_LIMIT, and never through a symlink that leaves the
 * repository. With a trusted REF (loadTrustedConfig) it is the configuration as REF has it, and
 * what the work tree changed is reported as input/untrusted-waiver.
 */
import { existsSync, lstatSync, realpathSync } from 'node:fs';
import path from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { ConfigError } from '../core/errors.js';
import type { FileRef, LevelSetting, PathSegment } from '../core/finding.js';
import { inputFinding } from '../core/input-findings.js';
import { validate as validateConfig } from './validate-config.generated.js';
import { closest, didYouMean } from '../core/suggest.js';
import { readBounded, SMALL_FILE_LIMIT } from '../discover/bounded-read.js';
import { toDisplay } from '../discover/discover-files.js';
import { compileGlob, GlobError } from '../discover/globs.js';
import type { TreeEntry, Trust } from '../git/trust.js';
import { parseText, type ParsedFile } from '../parse/parse-documents.js';
import { type ClusterConfig, type ClusterEntry, type ConfigFile, configSchema, type IgnoreEntry } from './schema.js';

export const CONFIG_NAME = '.edgenet.yaml';
/** A configuration is small: past this it is refused, not read (a symlink to /dev/zero never ends). */
export const CONFIG_LIMIT = SMALL_FILE_LIMIT;

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
  /** That directory as reported names see it (relative to the working directory, `.` for it). */
  baseDisplay?: string;
}

/**
 * Compiled at build time (ajv standalone: scripts/validators.mjs): compiling the schema at
 * start-up cost about 15 ms of a one-file run. test/config.test.ts checks the schema itself.
 */
function validator(): ValidateFunction {
  return validateConfig as unknown as ValidateFunction;
}

/** The top of the repository `dir` is in: the nearest directory at or above it with a `.git`. */
export function repositoryTop(dir: string): string | undefined {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    if (existsSync(path.join(d, '.git'))) return d;
    if (path.dirname(d) === d) return undefined;
  }
}

/**
 * The nearest .edgenet.yaml in `cwd` or above, up to the top of its repository (never above it:
 * a file there belongs to no one the repository's reviewers see). Outside a repository, up to /.
 */
export function findConfig(cwd: string): string | undefined {
  const top = repositoryTop(cwd);
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, CONFIG_NAME);
    if (present(candidate)) return candidate;
    if (dir === top || path.dirname(dir) === dir) return undefined;
  }
}

/** Present, even as a broken symlink (loadConfig then says what is wrong with it). */
function present(file: string): boolean {
  try {
    lstatSync(file);
    return true;
  } catch {
    return false;
  }
}

/** Rule ids to check the configuration's against: the catalogue's and the loaded user policies'. */
export type KnownRules = readonly string[];

export function loadConfig(file: string | undefined, cwd: string, knownRules?: KnownRules): EdgenetConfig {
  if (!file) return { cluster: {}, clusters: [], rules: {}, ignore: [], dir: cwd, baseDisplay: '.' };
  const display = toDisplay(cwd, file);
  const text = readConfigText(file, display);
  const dir = path.dirname(file);
  return { ...parseConfig(display, text, dir, knownRules), baseDisplay: toDisplay(cwd, dir) };
}

/**
 * The configuration's bytes: a regular file within CONFIG_LIMIT, reached through no symlink that
 * leaves its repository (a committed `.edgenet.yaml -> /etc/...` would echo another file's keys).
 */
function readConfigText(file: string, display: string): string {
  const stat = lstatOrUndefined(file);
  if (stat?.isSymbolicLink()) {
    const top = repositoryTop(path.dirname(file));
    let real: string;
    try {
      real = realpathSync(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new ConfigError(code === 'ELOOP' ? 'a symlink loop: not read' : 'a broken symlink: not read', display);
    }
    const realTop = top && realpathSync(top);
    if (realTop && real !== realTop && !real.startsWith(realTop + path.sep))
      throw new ConfigError('a symlink to a file outside the repository: not read', display);
  }
  const read = readBounded(file, CONFIG_LIMIT);
  if (!read.ok) {
    if (read.cause === 'unreadable')
      throw new ConfigError(
        `cannot read configuration (${read.reason.replace(/^cannot be read \((.*)\)$/, '$1')})`,
        display,
      );
    const limit = read.cause === 'too-large' ? ` (a configuration is at most ${CONFIG_LIMIT / 1024 / 1024} MiB)` : '';
    throw new ConfigError(`${read.reason}${limit}`, display);
  }
  return read.buffer.toString('utf8');
}

function lstatOrUndefined(file: string): ReturnType<typeof lstatSync> | undefined {
  try {
    return lstatSync(file);
  } catch {
    return undefined;
  }
}

/**
 * A section whose keys are all commented out (`cluster:` over `# vpcCidrs: [...]`, as `init`
 * writes it when it found nothing) is YAML's null: it means an empty section, not a mistake.
 */
function withoutEmptySections(data: unknown): unknown {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return data;
  const out: Record<string, unknown> = { ...data };
  for (const key of ['cluster', 'rules'] as const) if (out[key] === null) delete out[key];
  if (Array.isArray(out.clusters)) out.clusters = out.clusters.map((c) => withoutEmptySections(c));
  return out;
}

/** One problem of a configuration, at its place; `rank` orders the message (the likely culprit first). */
interface Problem {
  line: number;
  column: number;
  message: string;
  /** 0: a key or rule id that does not exist (a typo); 1: a wrong value; 2: a missing key (often the typo's doing). */
  rank: number;
}

/**
 * The configuration in `text`, validated whole: every problem (schema, repeated cluster names,
 * globs, and with `knownRules` rule ids) in one ConfigError, the likely culprit first: a key that
 * does not exist (with the key it was probably meant to be) before a wrong value, before a
 * missing key, each group in file order. A missing key that a misspelt one stands for is not
 * listed twice.
 */
export function parseConfig(display: string, text: string, dir: string, knownRules?: KnownRules): EdgenetConfig {
  // YAML 1.2: in our own file `off` is the level name, not YAML 1.1's boolean false.
  const parsed = parseText(display, text, { version: '1.2' });
  const problem = parsed.problems[0];
  if (problem) throw new ConfigError(problem.message, display, problem.line, problem.column);
  if (parsed.documents.length > 1) {
    const second = parsed.sourceMap.locate(parsed.documents[1]!.index, []);
    throw new ConfigError('expected one YAML document', display, second.line, second.column);
  }
  const data = withoutEmptySections(parsed.documents[0]?.data ?? {});
  const validate = validator();
  const problems: Problem[] = [];
  if (!validate(data)) for (const p of schemaProblems(parsed, validate.errors ?? [])) problems.push(p);
  const config = (isRecord(data) ? data : {}) as ConfigFile;
  const names = new Map<string, number>();
  (Array.isArray(config.clusters) ? config.clusters : []).forEach((entry, i) => {
    if (typeof entry?.name !== 'string') return;
    const first = names.get(entry.name);
    if (first !== undefined) {
      const at = parsed.sourceMap.locate(0, ['clusters', i, 'name']);
      const message = `clusters[${i}].name "${entry.name}" repeats clusters[${first}]`;
      problems.push({ line: at.line, column: at.column, message, rank: 1 });
    }
    names.set(entry.name, i);
  });
  for (const p of globProblems(config, parsed)) problems.push(p);
  if (knownRules) for (const p of ruleIdProblems(config, parsed, knownRules)) problems.push(p);
  throwProblems(problems, display);
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

/** Every problem as one ConfigError: the first at its place, the rest one line each. */
function throwProblems(problems: Problem[], display: string): void {
  if (problems.length === 0) return;
  problems.sort((a, b) => a.rank - b.rank || a.line - b.line || a.column - b.column);
  const [first, ...rest] = problems;
  throw new ConfigError(
    [first!.message, ...rest.map((p) => `${display}:${p.line}:${p.column}: ${p.message}`)].join('\n'),
    display,
    first!.line,
    first!.column,
  );
}

/** The schema's errors, each placed and worded; a `required` error a misspelt key explains is left out. */
function schemaProblems(parsed: ParsedFile, errors: readonly ErrorObject[]): Problem[] {
  const described = errors.map((e) => ({ error: e, ...describe(parsed, e) }));
  const meant = new Set(
    described.filter((d) => d.suggestion !== undefined).map((d) => `${d.error.instancePath}\0${d.suggestion}`),
  );
  return described
    .filter(
      (d) =>
        d.error.keyword !== 'required' ||
        !meant.has(
          `${d.error.instancePath}\0${String((d.error.params as { missingProperty?: unknown }).missingProperty)}`,
        ),
    )
    .map(({ line, column, message, rank }) => ({ line, column, message, rank }));
}

/** The keys the schema allows where an error points (its `schemaPath` less the keyword). */
function schemaKeys(schemaPath: string): string[] {
  let node: unknown = configSchema;
  for (const part of schemaPath.replace(/^#\//, '').split('/').slice(0, -1).map(unescapePointer)) {
    if (!isRecord(node)) return [];
    node = node[part];
  }
  return isRecord(node) && isRecord(node.properties) ? Object.keys(node.properties) : [];
}

/** One schema error as "key message", placed at the key when the key itself is wrong. */
function describe(parsed: ParsedFile, error: ErrorObject): Problem & { suggestion?: string } {
  const path = pointerToPath(error.instancePath);
  const params = error.params as Record<string, unknown>;
  let message = error.message ?? 'is invalid';
  let atKey = false;
  let rank = 1;
  let suggestion: string | undefined;
  if (error.keyword === 'additionalProperties') {
    const key = String(params.additionalProperty);
    path.push(key);
    suggestion = closest(key, schemaKeys(error.schemaPath));
    message = `is not a known key${suggestion ? ` (did you mean ${suggestion}?)` : ''}`;
    atKey = true;
    rank = 0;
  } else if (error.keyword === 'propertyNames') {
    path.push(String(params.propertyName));
    message = 'is not a rule id (family/name, see `edgenet rules`)';
    atKey = true;
    rank = 0;
  } else if (error.keyword === 'enum') {
    message = `must be one of ${(params.allowedValues as unknown[]).join(', ')}`;
  } else if (error.keyword === 'required') {
    rank = 2;
  }
  const at = parsed.sourceMap.locate(0, path, { key: atKey });
  return {
    line: at.line,
    column: at.column,
    message: `${path.join('.') || '(top level)'} ${message}`,
    rank,
    ...(suggestion ? { suggestion } : {}),
  };
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
export function checkRuleIds(config: EdgenetConfig, known: KnownRules): void {
  const source = config.source;
  if (!source) return;
  throwProblems(ruleIdProblems(config, source, known), source.file);
}

function ruleIdProblems(config: ConfigFile | EdgenetConfig, source: ParsedFile, known: KnownRules): Problem[] {
  const isKnown = new Set(known);
  const problems: Problem[] = [];
  const check = (id: unknown, at: PathSegment[], key: boolean) => {
    if (typeof id !== 'string' || isKnown.has(id)) return;
    const where = source.sourceMap.locate(source.documents[0]?.index ?? 0, at, { key });
    const message = `${at.join('.')}: "${id}" is not a rule${didYouMean(id, known)} (see \`edgenet rules\`)`;
    problems.push({ line: where.line, column: where.column, message, rank: 0 });
  };
  const levels = (rules: unknown) => (isRecord(rules) ? Object.keys(rules) : []);
  for (const id of levels(config.rules)) check(id, ['rules', id], true);
  (Array.isArray(config.clusters) ? config.clusters : []).forEach((entry, i) => {
    for (const id of levels((entry as { rules?: unknown } | null)?.rules))
      check(id, ['clusters', i, 'rules', id], true);
  });
  (Array.isArray(config.ignore) ? config.ignore : []).forEach((entry, i) => {
    check((entry as { rule?: unknown } | null)?.rule, ['ignore', i, 'rule'], false);
  });
  return problems;
}

/**
 * Every glob of the configuration compiles (src/discover/globs.ts): one that cannot is a problem
 * at its place, before any file is matched.
 */
function globProblems(config: ConfigFile, parsed: ParsedFile): Problem[] {
  const problems: Problem[] = [];
  const check = (globs: unknown, at: PathSegment[]) => {
    (Array.isArray(globs) ? globs : []).forEach((glob, i) => {
      if (typeof glob !== 'string') return;
      try {
        compileGlob(glob);
      } catch (error) {
        if (!(error instanceof GlobError)) throw error;
        const where = parsed.sourceMap.locate(parsed.documents[0]?.index ?? 0, [...at, i]);
        problems.push({
          ...where,
          message: `${[...at, i].join('.')} ${JSON.stringify(glob)} ${error.message}`,
          rank: 1,
        });
      }
    });
  };
  check(config.include, ['include']);
  check(config.exclude, ['exclude']);
  const each = (list: unknown, key: string) =>
    (Array.isArray(list) ? list : []).forEach((entry, i) => {
      check((entry as { paths?: unknown } | null)?.paths, [key, i, 'paths']);
    });
  each(config.ignore, 'ignore');
  each(config.clusters, 'clusters');
  return problems;
}

/**
 * The configuration as it is at the trusted REF (contract section 8): the nearest .edgenet.yaml
 * REF has from `searchFrom` (then the working directory) up to the top, or `explicit` as REF has
 * it. REF's file is read from git, bounded, and never through a symlink. When the work tree's
 * configuration differs, each difference is an input/untrusted-waiver finding on the work tree's
 * file (added to trust.findings) and is not applied; when the two are the same bytes the file is
 * reported under its own name, else as `REF:path` (git's name for a file at a revision).
 * An explicit configuration outside the repository is the user's own, read as it is.
 */
export function loadTrustedConfig(options: {
  trust: Trust;
  explicit?: string;
  searchFrom: string;
  cwd: string;
  knownRules?: KnownRules;
}): EdgenetConfig {
  const { trust, explicit, searchFrom, cwd, knownRules } = options;
  const worktreeFile = explicit ? path.resolve(cwd, explicit) : (findConfig(searchFrom) ?? findConfig(cwd));
  let refPath: string | undefined;
  let entry: TreeEntry | undefined;
  if (explicit) {
    refPath = treePath(trust, worktreeFile!);
    if (refPath === undefined) return loadConfig(worktreeFile, cwd, knownRules);
    entry = trust.entry(refPath);
  } else {
    for (const start of [searchFrom, cwd]) {
      const found = nearestAtRef(trust, start);
      if (found) {
        [refPath, entry] = found;
        break;
      }
    }
  }
  const worktreePath = worktreeFile ? treePath(trust, worktreeFile) : undefined;
  const refName = (p: string) => `${trust.ref}:${p}`;
  let config: EdgenetConfig;
  let refText: string | undefined;
  if (entry && refPath !== undefined) {
    if (entry.type !== 'blob' || entry.mode === '120000')
      throw new ConfigError(
        `is ${entry.mode === '120000' ? 'a symlink' : 'not a file'} at ${trust.ref}: not read`,
        refName(refPath),
      );
    if (entry.size > CONFIG_LIMIT)
      throw new ConfigError(
        `is over the size limit of ${CONFIG_LIMIT / 1024 / 1024} MiB at ${trust.ref}: not read`,
        refName(refPath),
      );
    refText = trust.blob(entry, CONFIG_LIMIT)!.toString('utf8');
    const dir = path.join(trust.top, path.posix.dirname(refPath));
    const same = worktreePath === refPath && sameBytes(worktreeFile!, refText);
    const display = same ? toDisplay(cwd, worktreeFile!) : refName(refPath);
    config = { ...parseConfig(display, refText, dir, knownRules), baseDisplay: toDisplay(cwd, dir) };
    if (same) return config;
  } else {
    config = loadConfig(undefined, cwd);
  }
  if (!worktreeFile || !present(worktreeFile)) return config;
  const display = toDisplay(cwd, worktreeFile);
  if (worktreePath !== refPath || refText === undefined) {
    const used = refPath === undefined ? `no configuration (${trust.ref} has none here)` : `${refName(refPath)}`;
    trust.findings.push(inputFinding('input/untrusted-waiver', 'config-file', at(display), { ref: trust.ref, used }));
    return config;
  }
  for (const change of configChanges(display, worktreeFile, refText))
    trust.findings.push(
      inputFinding('input/untrusted-waiver', 'config', change.ref, { what: change.what, ref: trust.ref }),
    );
  return config;
}

/** The nearest .edgenet.yaml REF has, from `start` up to the top of the work tree. */
function nearestAtRef(trust: Trust, start: string): [string, TreeEntry] | undefined {
  const rel = trust.topRelative(path.resolve(start));
  if (rel === undefined) return undefined;
  for (let dir = rel; ; dir = dir.includes('/') ? dir.slice(0, dir.lastIndexOf('/')) : '') {
    const candidate = dir ? `${dir}/${CONFIG_NAME}` : CONFIG_NAME;
    const entry = trust.entry(candidate);
    if (entry) return [candidate, entry];
    if (!dir) return undefined;
  }
}

/** A path of the work tree as REF's tree names it (its directory's real path; the name itself as it is). */
function treePath(trust: Trust, abs: string): string | undefined {
  const dir = trust.topRelative(path.dirname(abs));
  if (dir === undefined) return undefined;
  return dir ? `${dir}/${path.basename(abs)}` : path.basename(abs);
}

function sameBytes(file: string, text: string): boolean {
  const stat = lstatOrUndefined(file);
  if (!stat || stat.isSymbolicLink()) return false;
  const read = readBounded(file, CONFIG_LIMIT);
  return read.ok && read.buffer.equals(Buffer.from(text, 'utf8'));
}

function at(file: string, line = 1, column = 1, endLine = line, endColumn = column): FileRef {
  return { file, line, column, endLine, endColumn };
}

/**
 * What the work tree's configuration changed against REF's: each rule level, each new waiver
 * (`ignore` entry) and each other key that differs, placed at its key in the work tree's file.
 * A removed waiver is not listed: REF's is still applied, and it only ever silences.
 */
function configChanges(display: string, file: string, refText: string): { what: string; ref: FileRef }[] {
  const stat = lstatOrUndefined(file);
  const read = stat?.isSymbolicLink() ? undefined : readBounded(file, CONFIG_LIMIT);
  if (!read?.ok) {
    const why = read ? read.reason : 'a symlink, not read';
    return [{ what: `The file (${why})`, ref: at(display) }];
  }
  const mine = parseText(display, read.buffer.toString('utf8'), { version: '1.2' });
  const theirs = parseText('ref', refText, { version: '1.2' });
  const data = mine.documents[0]?.data;
  if (mine.problems.length > 0 || mine.documents.length > 1 || !isRecord(data ?? {}))
    return [{ what: 'The file (it does not parse as a configuration)', ref: at(display) }];
  const now = (data ?? {}) as Record<string, unknown>;
  const before = (theirs.documents[0]?.data ?? {}) as Record<string, unknown>;
  const doc = mine.documents[0]?.index ?? 0;
  const place = (p: PathSegment[], key: boolean): FileRef => {
    const where = mine.sourceMap.locate(doc, p, { key });
    return at(display, where.line, where.column, where.endLine, where.endColumn);
  };
  const out: { what: string; ref: FileRef }[] = [];
  const keys = new Set([...Object.keys(before), ...Object.keys(now)]);
  for (const key of [...keys].sort()) {
    const a = before[key];
    const b = now[key];
    if (canonical(a) === canonical(b)) continue;
    if (key === 'rules' && isRecord(a ?? {}) && isRecord(b ?? {})) {
      const ra = (a ?? {}) as Record<string, unknown>;
      const rb = (b ?? {}) as Record<string, unknown>;
      for (const id of [...new Set([...Object.keys(ra), ...Object.keys(rb)])].sort()) {
        if (canonical(ra[id]) === canonical(rb[id])) continue;
        const what = id in rb ? `rules.${id}: ${String(rb[id])}` : `rules.${id} (removed)`;
        out.push({ what, ref: id in rb ? place(['rules', id], true) : place(b === undefined ? [] : ['rules'], true) });
      }
      continue;
    }
    if (key === 'ignore' && Array.isArray(b)) {
      const old = new Set((Array.isArray(a) ? a : []).map(canonical));
      b.forEach((entry, i) => {
        if (old.has(canonical(entry))) return;
        const rule = (entry as { rule?: unknown } | null)?.rule;
        out.push({ what: `ignore[${i}] (a waiver of ${String(rule)})`, ref: place(['ignore', i], false) });
      });
      continue;
    }
    out.push({
      what: b === undefined ? `${key} (removed)` : key,
      ref: b === undefined ? at(display) : place([key], true),
    });
  }
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** JSON with sorted keys: two values with the same content compare equal. */
function canonical(v: unknown): string {
  return (
    JSON.stringify(v, (_k, value: unknown) =>
      isRecord(value)
        ? Object.fromEntries(Object.entries(value).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
        : value,
    ) ?? 'undefined'
  );
}
