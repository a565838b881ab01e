/**
 * Fingerprints and the baseline (--baseline, --write-baseline, --new-only): which findings a
 * repository already had. A fingerprint names what a finding is about, never where it sits: the
 * rule and message id, the cluster, the resource (kind, namespace, name), the file, and the data
 * the message is worded from, with every place in it reduced to its file (a ref's document and
 * path, a `file:line` in a text). Moving lines, adding documents above, editing other resources or
 * files leave it as it was; changing the offending value, renaming the resource or moving it to
 * another file make it a new finding.
 *
 * Two findings alike in all of that (two parse errors with one message in one file) share a
 * fingerprint: the baseline counts them, and as many as it counts are taken as known.
 */
import { createHash } from 'node:crypto';
import { UsageError } from '../core/errors.js';
import { compareStrings, type Finding } from '../core/finding.js';

/** How a finding's file (and the files its data names) are written in a fingerprint. */
export type Relative = (file: string) => string;

/** One finding's fingerprints: one per cluster it is found in (one when the repository is one cluster). */
export function fingerprints(f: Finding, relative: Relative = (file) => file): string[] {
  const data = normalise(f.data ?? { message: f.message }, relative);
  const clusters = f.clusters.length ? f.clusters : [null];
  return clusters.map((cluster) =>
    hash([
      f.ruleId,
      f.messageId ?? null,
      cluster,
      f.resource?.kind ?? null,
      f.resource?.namespace ?? null,
      f.resource?.name ?? null,
      relative(f.file),
      data,
    ]),
  );
}

function hash(parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);
}

/** `file.yaml:12` and `file.yaml:12:3` in a text, and parsers' "line 4, column 2", lose their numbers. */
const FILE_LINE = /([^\s"'`(),[\]]+\.(?:ya?ml|json)):\d+(?::\d+)?/gi;
const LINE_WORDS = /\b(line|column)\s+\d+/gi;

function normalise(value: unknown, relative: Relative): unknown {
  if (typeof value === 'string') return value.replace(FILE_LINE, '$1').replace(LINE_WORDS, '$1');
  if (Array.isArray(value)) return value.map((v) => normalise(v, relative));
  if (typeof value !== 'object' || value === null) return value;
  const ref = value as { file?: unknown; doc?: unknown; path?: unknown; line?: unknown };
  // A place (a SourceRef or a position): its file, not where in it.
  if (typeof ref.file === 'string' && (Array.isArray(ref.path) || typeof ref.line === 'number'))
    return { file: relative(ref.file) };
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort(compareStrings))
    out[key] = normalise((value as Record<string, unknown>)[key], relative);
  return out;
}

/** A baseline file: what a repository's findings were, by fingerprint, with a count for look-alikes. */
export interface BaselineEntry {
  ruleId: string;
  file: string;
  cluster?: string;
  fingerprint: string;
  count: number;
}

export const BASELINE_VERSION = 1;

/** The baseline of `findings`: one entry per fingerprint, sorted by file, rule, cluster, fingerprint. */
export function baselineOf(findings: readonly Finding[], relative: Relative): BaselineEntry[] {
  const byPrint = new Map<string, BaselineEntry>();
  for (const f of findings) {
    const prints = fingerprints(f, relative);
    prints.forEach((fingerprint, i) => {
      const known = byPrint.get(fingerprint);
      if (known) {
        known.count++;
        return;
      }
      const cluster = f.clusters[i];
      byPrint.set(fingerprint, {
        ruleId: f.ruleId,
        file: relative(f.file),
        ...(cluster === undefined ? {} : { cluster }),
        fingerprint,
        count: 1,
      });
    });
  }
  return [...byPrint.values()].sort(
    (a, b) =>
      compareStrings(a.file, b.file) ||
      compareStrings(a.ruleId, b.ruleId) ||
      compareStrings(a.cluster ?? '', b.cluster ?? '') ||
      compareStrings(a.fingerprint, b.fingerprint),
  );
}

/** The baseline file's bytes: the same findings give the same bytes. */
export function formatBaseline(entries: readonly BaselineEntry[], toolVersion: string): string {
  const lines = entries.map((e) => `    ${JSON.stringify(e)}`);
  return [
    '{',
    `  "version": ${BASELINE_VERSION},`,
    `  "tool": ${JSON.stringify({ name: 'edgenet', version: toolVersion })},`,
    `  "findings": [${lines.length ? `\n${lines.join(',\n')}\n  ` : ''}]`,
    '}',
    '',
  ].join('\n');
}

/** A baseline file read back; a file that is not one is a usage error naming it. */
export function parseBaseline(text: string, display: string): BaselineEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`--baseline ${display}: not JSON (${(error as Error).message})`);
  }
  const file = data as { version?: unknown; findings?: unknown };
  if (typeof data !== 'object' || data === null || file.version !== BASELINE_VERSION || !Array.isArray(file.findings))
    throw new UsageError(
      `--baseline ${display}: not an edgenet baseline of version ${BASELINE_VERSION} (write one with --write-baseline)`,
    );
  return file.findings.map((e: unknown, i: number) => {
    const entry = e as Partial<BaselineEntry> | null;
    const count = entry?.count ?? 1;
    if (
      typeof entry?.fingerprint !== 'string' ||
      typeof entry.ruleId !== 'string' ||
      typeof entry.file !== 'string' ||
      !Number.isSafeInteger(count) ||
      count < 1
    )
      throw new UsageError(`--baseline ${display}: findings[${i}] is not a baseline entry`);
    return { ruleId: entry.ruleId, file: entry.file, fingerprint: entry.fingerprint, count };
  });
}

export interface BaselineMatch {
  /** Whether each finding (in the order given) is known to the baseline. */
  known: boolean[];
  /** Entries of the baseline no finding took: findings that no longer occur. */
  gone: number;
}

/**
 * Which findings the baseline knows: a finding is known when every one of its fingerprints has a
 * count left (a finding in two clusters needs both); each known finding takes one of each.
 */
export function matchBaseline(
  findings: readonly Finding[],
  entries: readonly BaselineEntry[],
  relative: Relative,
): BaselineMatch {
  const left = new Map<string, number>();
  for (const e of entries) left.set(e.fingerprint, (left.get(e.fingerprint) ?? 0) + e.count);
  const known = findings.map((f) => {
    const prints = fingerprints(f, relative);
    const need = new Map<string, number>();
    for (const p of prints) need.set(p, (need.get(p) ?? 0) + 1);
    for (const [p, n] of need) if ((left.get(p) ?? 0) < n) return false;
    for (const [p, n] of need) left.set(p, left.get(p)! - n);
    return true;
  });
  let gone = 0;
  for (const n of left.values()) gone += n;
  return { known, gone };
}
