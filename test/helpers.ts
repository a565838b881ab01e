/** Test helpers: the CLI run in-process with captured streams, and paths into the repository. */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../src/cli/run.js';
import type { PathSegment } from '../src/core/finding.js';
import type { SourceMap } from '../src/parse/source-map.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED = path.resolve(ROOT, '..', 'shared');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(
  argv: string[],
  options: { cwd?: string; stdin?: string; env?: Record<string, string> } = {},
): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await run({
    argv,
    cwd: options.cwd ?? ROOT,
    env: options.env ?? {},
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readStdin: () => Buffer.from(options.stdin ?? ''),
    stdoutIsTTY: false,
  });
  return { code, stdout, stderr };
}

export interface JsonFinding {
  ruleId: string;
  level: string;
  message: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  resource: { kind: string; name: string | null; namespace: string | null } | null;
  /** The cluster it was found in (null when the repository is one cluster); `clusters` when several. */
  cluster: string | null;
  clusters?: string[];
  related: { file: string; line: number; column: number; message: string }[];
}

export async function lintJson(
  argv: string[],
  options: { cwd?: string; stdin?: string; env?: Record<string, string> } = {},
): Promise<{ code: number; findings: JsonFinding[]; report: Record<string, unknown>; stderr: string }> {
  const result = await cli(['lint', '--format', 'json', ...argv], options);
  if (result.code === 2) throw new Error(`edgenet exited 2: ${result.stderr}`);
  const report = JSON.parse(result.stdout) as { findings: JsonFinding[] };
  return { code: result.code, findings: report.findings, report, stderr: result.stderr };
}

/** The shared corpus is beside the project in CI; a user's clone may not have it. */
export function sharedCorpus(...parts: string[]): string | undefined {
  const p = path.join(SHARED, 'corpus', ...parts);
  return existsSync(p) ? p : undefined;
}

/** The files below a directory whose names match, in name order, .git left out (default: YAML and JSON). */
export function filesBelow(dir: string, name = /\.(ya?ml|json)$/i): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) return e.name === '.git' ? [] : filesBelow(p, name);
      return e.isFile() && name.test(e.name) ? [p] : [];
    });
}

/** Every path of a value, parents first, at most `limit` (the positions tests ask each one). */
export function pathsOf(
  value: unknown,
  limit: number,
  at: PathSegment[] = [],
  out: PathSegment[][] = [],
): PathSegment[][] {
  if (out.length >= limit) return out;
  out.push(at);
  const children: [PathSegment, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : value && typeof value === 'object'
      ? Object.entries(value)
      : [];
  for (const [k, v] of children) pathsOf(v, limit, [...at, k], out);
  return out;
}

export function fixture(...parts: string[]): string {
  return path.join('fixtures', ...parts);
}

/** A rule's fixture repository: fixtures/rules/<rule id>/<kind> (fail, pass, fail-default ...). */
export function ruleFixture(ruleId: string, kind: string): string {
  return ['fixtures', 'rules', ruleId, kind].join('/');
}

/** Findings of one rule, as "line:column" strings, for compact position assertions. */
export function positions(findings: JsonFinding[], ruleId: string): string[] {
  return findings.filter((f) => f.ruleId === ruleId).map((f) => `${f.file}:${f.line}:${f.column}`);
}

/**
 * One regular expression written as several, so that a long one fits the line width:
 * `joined(/^a /, /b$/m)` is /^a b$/m. The flags are the first part's.
 */
export function joined(...parts: RegExp[]): RegExp {
  return new RegExp(parts.map((p) => p.source).join(''), parts[0]?.flags);
}

/** Every way a finding asks a source map for a path's place: value, key, past its end, inside its text, a span. */
export function locateAsks(p: PathSegment[]): [string, PathSegment[], Parameters<SourceMap['locate']>[2]][] {
  return [
    ['value', p, {}],
    ['key', p, { key: true }],
    ['past the end', [...p, 'no such key'], {}],
    ['inside', p, { inner: ['Network'] }],
    ['span', p, { span: [1, 3] }],
  ];
}
