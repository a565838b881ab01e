/**
 * Adopting edgenet on a repository that already has findings: the findings the baseline file
 * knows (--baseline) and those REF already had (--new-only) are reported as known and do not
 * count; what is left fails the run as usual. Both compare fingerprints (src/evaluate/baseline.ts),
 * never line numbers.
 */
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../core/errors.js';
import type { Finding, Level, Summary, Suppression } from '../core/finding.js';
import { toDisplay } from '../discover/discover-files.js';
import {
  type BaselineEntry,
  baselineOf,
  formatBaseline,
  matchBaseline,
  parseBaseline,
  type Relative,
} from '../evaluate/baseline.js';
import { checkoutRef } from '../git/checkout-ref.js';
import type { Trust } from '../git/trust.js';
import { type LintOptions, type LintResult, lint } from '../lint.js';

/** What a run reports once known findings are set apart. */
export interface Outcome {
  /** The findings that count: they decide the exit code and are annotated. */
  findings: Finding[];
  /** Known findings (baselined, pre-existing), each with its `suppression`: reported, never failing. */
  accepted: Finding[];
  /** The findings waivers suppressed, each with its `suppression` (SARIF lists them). */
  suppressed: Finding[];
  summary: Summary;
}

export function outcomeOf(result: LintResult): Outcome {
  return { findings: result.findings, accepted: [], suppressed: result.suppressed, summary: { ...result.summary } };
}

/** A baseline file's findings are written relative to its directory, so any working directory reads them alike. */
export function baselineRelative(cwd: string, file: string): Relative {
  const dir = toDisplay(cwd, path.dirname(path.resolve(cwd, file)));
  return dir === '.' ? (f) => f : (f) => path.posix.relative(dir, f);
}

/**
 * Reads a baseline file (--baseline, the Action's `baseline`): missing or malformed is a usage
 * error. With a trusted REF (--trust-from, contract section 8) the file is REF's: a pull request
 * that adds its own findings to the baseline does not silence them. `untrusted` says when the work
 * tree's file was not used (REF lacks it: nothing is baselined; or REF's differs: REF's is used).
 */
export function readBaseline(
  cwd: string,
  file: string,
  trust?: Trust,
): { entries: BaselineEntry[]; untrusted?: string } {
  const abs = path.resolve(cwd, file);
  const rel = trust?.topRelative(abs);
  if (trust && rel !== undefined) {
    const entry = trust.entry(rel);
    const text = entry ? trust.blob(entry, BASELINE_LIMIT)?.toString('utf8') : undefined;
    if (text === undefined)
      return {
        entries: [],
        untrusted:
          `--baseline ${file}: ${trust.ref} has no such file (or one over ${BASELINE_LIMIT} bytes): ` +
          'nothing is baselined until it is merged',
      };
    const mine = existsSync(abs) ? readFileSync(abs, 'utf8') : undefined;
    const entries = parseBaseline(text, `${trust.ref}:${rel}`);
    if (mine === text) return { entries };
    return { entries, untrusted: `--baseline ${file}: the file differs from ${trust.ref}'s, which is used` };
  }
  if (!existsSync(abs)) throw new UsageError(`--baseline ${file}: no such file (write one with --write-baseline)`);
  return { entries: parseBaseline(readFileSync(abs, 'utf8'), file) };
}

/** A baseline is a list of short entries: 64 MiB is some hundred thousand findings. */
const BASELINE_LIMIT = 64 * 1024 * 1024;

/** Findings the baseline knows become accepted; the summary says how many, and how many of its entries are gone. */
export function applyBaseline(outcome: Outcome, entries: readonly BaselineEntry[], relative: Relative, file: string) {
  const match = matchBaseline(outcome.findings, entries, relative);
  const justification = `in the baseline ${file}`;
  setApart(outcome, match.known, { kind: 'baseline', justification });
  outcome.summary.baselined = outcome.accepted.filter((f) => f.suppression?.kind === 'baseline').length;
  outcome.summary.baselineGone = match.gone;
}

/** Findings REF already had (matched by fingerprint) become accepted as pre-existing. */
export function applyNewOnly(outcome: Outcome, atRef: readonly Finding[], ref: string, commit: string): void {
  const entries = baselineOf(atRef, (f) => f);
  const match = matchBaseline(outcome.findings, entries, (f) => f);
  setApart(outcome, match.known, { kind: 'pre-existing', justification: `present at ${ref} (${commit.slice(0, 12)})` });
  outcome.summary.preExisting = outcome.accepted.filter((f) => f.suppression?.kind === 'pre-existing').length;
}

/** Every finding of the run (known or not) as the bytes of a baseline file written at `file`. */
export function baselineText(outcome: Outcome, relative: Relative, toolVersion: string): string {
  return formatBaseline(baselineOf([...outcome.findings, ...outcome.accepted], relative), toolVersion);
}

/** After --write-baseline: what it wrote is known. */
export function acceptAll(outcome: Outcome, file: string): void {
  setApart(
    outcome,
    outcome.findings.map(() => true),
    { kind: 'baseline', justification: `written to the baseline ${file} by this run` },
  );
  outcome.summary.baselined = outcome.accepted.filter((f) => f.suppression?.kind === 'baseline').length;
  outcome.summary.baselineGone = 0;
}

function setApart(outcome: Outcome, known: readonly boolean[], suppression: Suppression): void {
  const kept: Finding[] = [];
  outcome.findings.forEach((f, i) => {
    if (known[i]) outcome.accepted.push({ ...f, suppression });
    else kept.push(f);
  });
  outcome.findings = kept;
  recount(outcome);
}

/** --quiet: errors only, known ones included; the counts follow. */
export function errorsOnly(outcome: Outcome): void {
  outcome.findings = outcome.findings.filter((f) => f.level === 'error');
  outcome.accepted = outcome.accepted.filter((f) => f.level === 'error');
  recount(outcome);
}

function recount(outcome: Outcome): void {
  const count = (level: Level) => outcome.findings.filter((f) => f.level === level).length;
  outcome.summary.errors = count('error');
  outcome.summary.warnings = count('warning');
  outcome.summary.infos = count('info');
}

/**
 * The findings of the same run on REF's tree (--new-only): checked out beside the work tree
 * (src/git/checkout-ref.ts) and linted with the same configuration, levels, policies and
 * filters, so that only what the change did differs. Waivers REF holds are REF's own and so
 * trusted; a named file REF does not have is left out. Costs a second run and writing REF's files.
 */
export async function lintAtRef(
  options: LintOptions,
  ref: string,
  option: string,
): Promise<{ findings: Finding[]; commit: string }> {
  if (options.paths.includes('-')) throw new UsageError(`${option} compares files in git; it cannot read stdin`);
  // The repository is the first path's (the working directory may be elsewhere).
  const first = path.resolve(options.cwd, options.paths[0] ?? '.');
  const start = existsSync(first) && statSync(first).isDirectory() ? first : path.dirname(first);
  const checkout = checkoutRef(start, ref, option);
  try {
    const mapped = (p: string) => checkout.map(path.resolve(options.cwd, p));
    mkdirSync(checkout.map(options.cwd), { recursive: true });
    // Relative paths resolve against the mirrored working directory; absolute ones are mapped.
    const paths = options.paths.filter((p) => existsSync(mapped(p))).map((p) => (path.isAbsolute(p) ? mapped(p) : p));
    if (options.paths.length > 0 && paths.length === 0) return { findings: [], commit: checkout.commit };
    const { config } = options;
    const result = await lint({
      ...options,
      cwd: checkout.map(options.cwd),
      paths,
      config: checkout.inside(config.dir) ? { ...config, dir: checkout.map(config.dir) } : config,
      // REF's waivers are REF's: as trusted as --trust-from makes the work tree's old ones.
      trust: undefined,
      inlineWaivers: (options.inlineWaivers ?? true) || options.trust !== undefined,
      requireFiles: false,
    });
    return { findings: result.findings, commit: checkout.commit };
  } finally {
    checkout.dispose();
  }
}
