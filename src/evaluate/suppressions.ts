/**
 * Waivers (contract section 4): an inline comment on the finding's line or the line above
 * (`# edgenet-ignore RULE[, RULE] -- reason`), a resource annotation
 * (`edgenet.dev/ignore: "RULE: reason"`), and `ignore` entries of the configuration with paths,
 * reason and expiry. A waiver without a reason, past its expiry or naming an unknown rule
 * suppresses nothing and is reported; a valid one that matches nothing is reported as unused.
 *
 * With a trusted REF (--trust-from, contract section 8), a waiver written in a file counts only
 * when REF already had it: its lines, and the line it covers, are lines `git diff REF` does not
 * touch. A new one is reported (input/untrusted-waiver) and waives nothing; the configuration's
 * waivers are REF's own (src/config/load-config.ts).
 *
 * Findings find their waivers through indexes (by file and line, by file and document, by rule
 * and path), not by trying every waiver: 50,000 waivers cost 50,000 lookups, not 2.5 billion.
 */
import path from 'node:path';
import type { EdgenetConfig } from '../config/load-config.js';
import type { FileRef, Finding, RawFinding, SourceRef } from '../core/finding.js';
import { inputFinding, type InputMessageId } from '../core/input-findings.js';
import { INLINE_WAIVER, WAIVER_ANNOTATION } from '../core/waiver-syntax.js';
import { compileGlobs } from '../discover/globs.js';
import type { Trust } from '../git/trust.js';
import type { ParsedFile } from '../parse/parse-documents.js';
import { ruleById } from '../rules/catalogue.js';

export const ANNOTATION = WAIVER_ANNOTATION;
const INLINE = new RegExp(`^#\\s*${INLINE_WAIVER}\\b(.*)$`);

/**
 * Where a line's comment starts: a `#` at the start or after white space, outside quotes (YAML:
 * `'# x'` and `"a # b"` are text). -1 when the line has none.
 */
export function commentStart(line: string): number {
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote === '"') {
      if (c === '\\') i++;
      else if (c === '"') quote = null;
    } else if (quote === "'") {
      if (c === "'" && line[i + 1] === "'")
        i++; // '' is a quote inside single quotes
      else if (c === "'") quote = null;
    } else if (c === '"' || c === "'") {
      // A quote opens a scalar only where one may start (after a space, `:`, `-`, `[`, `{`, `,`).
      if (i === 0 || /[\s:[{,-]/.test(line[i - 1]!)) quote = c;
    } else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]!))) return i;
  }
  return -1;
}

/**
 * Line numbers as git counts them (by `\n` only) for a text whose lines edgenet counts at every
 * line end (`\r\n`, `\r`, `\n`): trust compares a waiver's lines with `git diff`.
 */
function gitLineNumbers(text: string): ((line: number) => number) | undefined {
  if (!/\r(?!\n)/.test(text)) return undefined;
  const gitLine: number[] = [0, 1];
  let git = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      if (c === 10) git++;
      gitLine.push(git);
    }
  }
  return (line) => gitLine[line] ?? git;
}

/** Where a waiver applies, for the index: a line, a document, or paths (a config entry). */
type Scope =
  | { kind: 'lines'; file: string; lines: number[] }
  | { kind: 'doc'; file: string; doc: number }
  | { kind: 'paths'; literal: string[] | null };

interface Waiver {
  kind: 'inline' | 'annotation' | 'config';
  rules: string[];
  /** Why: a waiver without one is refused. */
  reason: string;
  ref: SourceRef | FileRef;
  applies: (finding: Finding) => boolean;
  /** The files it can apply to, so a run that reports on some files judges only their waivers. */
  file: string | null;
  used: boolean;
  scope: Scope;
  /** Its place in the order waivers were read: of two that apply, the first one is used. */
  seq: number;
  /** The lines a trusted run needs unchanged since REF: the waiver's own, and those it covers. */
  lines?: number[];
}

export interface WaiverOptions {
  /** false with --no-inline-ignores: comments and annotations in the files suppress nothing. */
  inline: boolean;
  /** YYYY-MM-DD: expiry is judged against it. */
  today: string;
  /** --trust-from: waivers in the files count only when REF has them (then even with inline false). */
  trust?: Trust;
  /** Rule ids a waiver may name besides the catalogue's: those of the loaded user policies. */
  policyRules?: readonly string[];
}

export interface WaiverResult {
  findings: Finding[];
  /** The findings a waiver suppressed, each with its `suppression` (SARIF shows them as suppressed). */
  suppressed: Finding[];
  /** input/invalid-suppression and input/unused-suppression findings, still to be placed. */
  problems: RawFinding[];
}

/** The waivers of a run, read before the documents are let go. */
export interface Waivers {
  waivers: Waiver[];
  /** input/invalid-suppression findings, still to be placed. */
  problems: RawFinding[];
  /** A finding's file as the configuration's paths see it (relative to its directory). */
  relative?: (file: string) => string;
}

/** Collects waivers, file by file as they are read (annotations need the documents), then the configuration's. */
export class WaiverCollector implements Waivers {
  readonly waivers: Waiver[] = [];
  readonly problems: RawFinding[] = [];
  /** Waivers in the files, waiting for REF's word on them (with trust). */
  private readonly pending: Waiver[] = [];

  private readonly known: (id: string) => boolean;

  constructor(private readonly options: WaiverOptions) {
    const policyRules = new Set(options.policyRules ?? []);
    this.known = (id) => ruleById(id) !== undefined || policyRules.has(id);
  }

  private readonly add: Add = (kind, rules, reason, ref, file, applies, scope, lines) => {
    const unknown = rules.filter((r) => !this.known(r));
    if (unknown.length > 0) {
      const names = unknown.map((r) => `"${r}"`).join(', ');
      this.invalid(ref, 'unknown-rule', { names, notRules: unknown.length === 1 ? 'is not a rule' : 'are not rules' });
      return;
    }
    if (!reason) {
      this.invalid(ref, 'no-reason', { rules: rules.join(', ') });
      return;
    }
    const waiver: Waiver = { kind, rules, reason, ref, applies, file, used: false, scope, seq: 0, lines };
    if (this.options.trust && kind !== 'config') this.pending.push(waiver);
    else this.waivers.push(waiver);
  };

  private readonly invalid: Invalid = (ref, messageId, data) => {
    this.problems.push(inputFinding('input/invalid-suppression', messageId, ref, data));
  };

  addFile(file: ParsedFile): void {
    if (!this.options.inline && !this.options.trust) return;
    collectInline(file, this.add);
    collectAnnotations(file, this.add, this.invalid, Boolean(this.options.trust));
  }

  addConfig(config: EdgenetConfig): void {
    collectConfig(config, this.options.today, this.add, this.invalid);
    this.relative = configRelative(config);
  }

  relative?: (file: string) => string;

  /**
   * Sorts the waivers in the files into those REF has (they waive) and new ones (reported, and
   * waiving nothing): one `git diff` for all the files that hold them.
   */
  settle(): void {
    const trust = this.options.trust;
    if (!trust || this.pending.length === 0) return;
    const files = [...new Set(this.pending.map((w) => w.file!))];
    const status = trust.lineStatus(files);
    for (const w of this.pending) {
      const lines = status.get(w.file!) ?? 'new';
      const old = lines !== 'new' && (w.lines ?? []).every((n) => !lines.has(n));
      if (old) this.waivers.push(w);
      else
        this.problems.push(
          inputFinding('input/untrusted-waiver', 'waiver', w.ref, { rules: w.rules.join(', '), ref: trust.ref }),
        );
    }
    this.pending.length = 0;
  }
}

/** Rules whose findings no waiver silences: the waivers' own problems. */
function unwaivable(ruleId: string): boolean {
  return ruleId.endsWith('-suppression') || ruleId === 'input/untrusted-waiver';
}

/** The waivers by where they apply: a finding looks up its line, its document, and its rule. */
class WaiverIndex {
  private readonly byLine = new Map<string, Waiver[]>();
  private readonly byDoc = new Map<string, Waiver[]>();
  private readonly byPath = new Map<string, Waiver[]>();
  private readonly byRule = new Map<string, Waiver[]>();

  constructor(
    waivers: readonly Waiver[],
    private readonly relative: (file: string) => string,
  ) {
    waivers.forEach((w, seq) => {
      w.seq = seq;
      const { scope } = w;
      if (scope.kind === 'lines') for (const line of scope.lines) push(this.byLine, `${scope.file}\0${line}`, w);
      else if (scope.kind === 'doc') push(this.byDoc, `${scope.file}\0${scope.doc}`, w);
      else if (scope.literal)
        for (const p of scope.literal) for (const r of w.rules) push(this.byPath, `${r}\0${p}`, w);
      else for (const r of w.rules) push(this.byRule, r, w);
    });
  }

  /** The first waiver (in reading order) that waives `f`. */
  find(f: Finding): Waiver | undefined {
    let best: Waiver | undefined;
    const consider = (list: readonly Waiver[] | undefined) => {
      for (const w of list ?? []) {
        if (best && w.seq >= best.seq) continue;
        if (w.rules.includes(f.ruleId) && w.applies(f)) best = w;
      }
    };
    consider(this.byLine.get(`${f.file}\0${f.line}`));
    if (f.doc !== undefined) consider(this.byDoc.get(`${f.file}\0${f.doc}`));
    if (this.byPath.size > 0) consider(this.byPath.get(`${f.ruleId}\0${this.relative(f.file)}`));
    consider(this.byRule.get(f.ruleId));
    return best;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const SUPPRESSION_KIND = { inline: 'comment', annotation: 'annotation', config: 'config' } as const;

export function applyWaivers(
  findings: Finding[],
  collected: Waivers,
  enabled: (ruleId: string) => boolean,
  /** Whether a file is judged at all: a waiver in a file no cluster reads is not "unused". */
  judged: (file: string) => boolean = () => true,
): WaiverResult {
  if (collected instanceof WaiverCollector) collected.settle();
  const problems = [...collected.problems];
  const kept: Finding[] = [];
  const suppressed: Finding[] = [];
  const index = new WaiverIndex(collected.waivers, collected.relative ?? ((f) => f));
  for (const finding of findings) {
    const waiver = unwaivable(finding.ruleId) ? undefined : index.find(finding);
    if (waiver) {
      waiver.used = true;
      suppressed.push({
        ...finding,
        suppression: { kind: SUPPRESSION_KIND[waiver.kind], justification: waiver.reason },
      });
    } else {
      kept.push(finding);
    }
  }
  for (const w of collected.waivers) {
    if (w.used || !w.rules.some(enabled) || (w.kind !== 'config' && !judged(w.ref.file))) continue;
    problems.push(inputFinding('input/unused-suppression', 'unused', w.ref, { rule: w.rules.join(', ') }));
  }
  return { findings: kept, suppressed, problems };
}

type Invalid = (
  ref: SourceRef | FileRef,
  messageId: InputMessageId<'input/invalid-suppression'>,
  data: Record<string, unknown>,
) => void;

type Add = (
  kind: Waiver['kind'],
  rules: string[],
  reason: string | null,
  ref: SourceRef | FileRef,
  file: string | null,
  applies: Waiver['applies'],
  scope: Scope,
  lines?: number[],
) => void;

/**
 * `# edgenet-ignore a/b, c/d -- reason`: a trailing comment covers its line, a comment alone on
 * its line also the next.
 */
function collectInline(file: ParsedFile, add: Add): void {
  if (!file.text.includes(INLINE_WAIVER)) return;
  const git = gitLineNumbers(file.text);
  file.lines.forEach((text, i) => {
    if (!text.includes(INLINE_WAIVER)) return;
    const start = commentStart(text);
    const found = start < 0 ? null : INLINE.exec(text.slice(start));
    if (!found) return;
    const m = { index: start, 1: found[1] };
    const body = m[1]!;
    const separator = body.indexOf(' --');
    const reason = separator < 0 ? null : body.slice(separator + 3).trim() || null;
    const rules = (separator < 0 ? body : body.slice(0, separator)).split(/[\s,]+/).filter(Boolean);
    const line = i + 1;
    const alone = text.slice(0, m.index).trim() === '';
    const ref: FileRef = { file: file.file, line, column: m.index + 1, endLine: line, endColumn: text.length + 1 };
    const lines = alone ? [line, line + 1] : [line];
    add(
      'inline',
      rules,
      reason,
      ref,
      file.file,
      (f) => f.file === file.file && (f.line === line || (alone && f.line === line + 1)),
      { kind: 'lines', file: file.file, lines },
      git ? lines.map(git) : lines,
    );
  });
}

/** `metadata.annotations["edgenet.dev/ignore"]`: one `rule[, rule]: reason` a line; it covers its document. */
function collectAnnotations(file: ParsedFile, add: Add, invalid: Invalid, needLines: boolean): void {
  for (const doc of file.documents) {
    const annotations = (doc.data as { metadata?: { annotations?: Record<string, unknown> } } | null)?.metadata
      ?.annotations;
    const value = annotations?.[ANNOTATION];
    if (value === undefined) continue;
    const ref: SourceRef = { file: file.file, doc: doc.index, path: ['metadata', 'annotations', ANNOTATION] };
    if (typeof value !== 'string') {
      invalid(ref, 'not-a-string', { annotation: ANNOTATION });
      continue;
    }
    // Trusted only when REF has every line of it: from its key to the end of its value.
    let lines: number[] | undefined;
    if (needLines) {
      const key = file.sourceMap.locate(doc.index, ref.path, { key: true });
      const end = file.sourceMap.locate(doc.index, ref.path);
      const git = gitLineNumbers(file.text);
      lines = [];
      for (let n = key.line; n <= Math.max(key.line, end.endLine); n++) lines.push(git ? git(n) : n);
    }
    for (const entry of value
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)) {
      const colon = entry.indexOf(': ');
      const rules = (colon < 0 ? entry : entry.slice(0, colon)).split(/[\s,]+/).filter(Boolean);
      const reason = colon < 0 ? null : entry.slice(colon + 2).trim() || null;
      add(
        'annotation',
        rules,
        reason,
        ref,
        file.file,
        (f) => f.file === file.file && f.doc === doc.index,
        { kind: 'doc', file: file.file, doc: doc.index },
        lines,
      );
    }
  }
}

function collectConfig(config: EdgenetConfig, today: string, add: Add, invalid: Invalid): void {
  const source = config.source;
  if (!source) return;
  config.ignore.forEach((entry, i) => {
    const ref: SourceRef = { file: source.file, doc: source.documents[0]?.index ?? 0, path: ['ignore', i] };
    if (entry.expires !== undefined && entry.expires < today) {
      invalid({ ...ref, path: ['ignore', i, 'expires'] }, 'expired', { rule: entry.rule, expires: entry.expires });
      return;
    }
    const patterns = entry.paths ?? ['**'];
    const match = compileGlobs(patterns);
    const relative = configRelative(config);
    // `clusters:` narrows a waiver to findings of those clusters (a finding about a file no cluster holds has none).
    const inCluster = (f: Finding) => !entry.clusters || f.clusters.some((c) => entry.clusters!.includes(c));
    // Paths without a wildcard are looked up, not matched (a long list of files stays cheap).
    const literal = patterns.every((p) => !/[*?[\]{}!\\]/.test(p))
      ? patterns.map((p) => p.replace(/^(\.\/)+/, ''))
      : null;
    add(
      'config',
      [entry.rule],
      entry.reason?.trim() || null,
      ref,
      null,
      (f) => match(relative(f.file)) && inCluster(f),
      { kind: 'paths', literal },
    );
  });
}

/**
 * A finding's file as the configuration's globs see it: relative to the configuration's
 * directory (findings carry paths relative to the cwd).
 */
export function configRelative(config: EdgenetConfig): (file: string) => string {
  const configDir = config.baseDisplay ?? (config.source ? path.posix.dirname(config.source.file) : '.');
  return (file) => (configDir === '.' ? file : path.posix.relative(configDir, file));
}

/** Today's date as YYYY-MM-DD in UTC. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
