/**
 * Waivers (contract section 4): an inline comment on the finding's line or the line above
 * (`# edgenet-ignore RULE[, RULE] -- reason`), a resource annotation
 * (`edgenet.dev/ignore: "RULE: reason"`), and `ignore` entries of the configuration with paths,
 * reason and expiry. A waiver without a reason, past its expiry or naming an unknown rule
 * suppresses nothing and is reported; a valid one that matches nothing is reported as unused.
 */
import path from 'node:path';
import type { FileRef, Finding, RawFinding, SourceRef } from '../core/finding.js';
import type { EdgenetConfig } from '../config/load-config.js';
import type { ParsedFile } from '../parse/parse-documents.js';
import { inputFinding, type InputMessageId } from '../core/input-findings.js';
import { compileGlobs } from '../discover/globs.js';
import { ruleById } from '../rules/catalogue.js';

export const ANNOTATION = 'edgenet.dev/ignore';
const INLINE = /#\s*edgenet-ignore\b(.*)$/;

interface Waiver {
  kind: 'inline' | 'annotation' | 'config';
  rules: string[];
  ref: SourceRef | FileRef;
  applies: (finding: Finding) => boolean;
  /** The files it can apply to, so a run that reports on some files judges only their waivers. */
  file: string | null;
  used: boolean;
}

export interface WaiverOptions {
  /** false with --no-inline-ignores: comments and annotations in the files suppress nothing. */
  inline: boolean;
  /** YYYY-MM-DD: expiry is judged against it. */
  today: string;
}

export interface WaiverResult {
  findings: Finding[];
  /** The findings a waiver suppressed (reports may still show them as suppressed, e.g. SARIF). */
  suppressed: Finding[];
  /** input/invalid-suppression and input/unused-suppression findings, still to be placed. */
  problems: RawFinding[];
}

/** The waivers of a run, read before the documents are let go. */
export interface Waivers {
  waivers: Waiver[];
  /** input/invalid-suppression findings, still to be placed. */
  problems: RawFinding[];
}

/** Collects waivers, file by file as they are read (annotations need the documents), then the configuration's. */
export class WaiverCollector implements Waivers {
  readonly waivers: Waiver[] = [];
  readonly problems: RawFinding[] = [];

  constructor(private readonly options: WaiverOptions) {}

  private readonly add: Add = (kind, rules, reason, ref, file, applies) => {
    const unknown = rules.filter((r) => !ruleById(r));
    if (unknown.length > 0) {
      const names = unknown.map((r) => `"${r}"`).join(', ');
      this.invalid(ref, 'unknown-rule', { names, notRules: unknown.length === 1 ? 'is not a rule' : 'are not rules' });
      return;
    }
    if (!reason) {
      this.invalid(ref, 'no-reason', { rules: rules.join(', ') });
      return;
    }
    this.waivers.push({ kind, rules, ref, applies, file, used: false });
  };

  private readonly invalid: Invalid = (ref, messageId, data) => {
    this.problems.push(inputFinding('input/invalid-suppression', messageId, ref, data));
  };

  addFile(file: ParsedFile): void {
    if (!this.options.inline) return;
    collectInline(file, this.add);
    collectAnnotations(file, this.add, this.invalid);
  }

  addConfig(config: EdgenetConfig): void {
    collectConfig(config, this.options.today, this.add, this.invalid);
  }
}

export function applyWaivers(
  findings: Finding[],
  collected: Waivers,
  enabled: (ruleId: string) => boolean,
): WaiverResult {
  const problems = [...collected.problems];
  const kept: Finding[] = [];
  const suppressed: Finding[] = [];
  for (const finding of findings) {
    const waiver = finding.ruleId.endsWith('-suppression')
      ? undefined
      : collected.waivers.find((w) => w.rules.includes(finding.ruleId) && w.applies(finding));
    if (waiver) {
      waiver.used = true;
      suppressed.push(finding);
    } else {
      kept.push(finding);
    }
  }
  for (const w of collected.waivers) {
    if (w.used || !w.rules.some(enabled)) continue;
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
) => void;

/** `# edgenet-ignore a/b, c/d -- reason`: a trailing comment covers its line, a comment alone on its line also the next. */
function collectInline(file: ParsedFile, add: Add): void {
  if (!file.text.includes('edgenet-ignore')) return;
  file.lines.forEach((text, i) => {
    const m = INLINE.exec(text);
    if (!m) return;
    const body = m[1]!;
    const separator = body.indexOf(' --');
    const reason = separator < 0 ? null : body.slice(separator + 3).trim() || null;
    const rules = (separator < 0 ? body : body.slice(0, separator)).split(/[\s,]+/).filter(Boolean);
    const line = i + 1;
    const alone = text.slice(0, m.index).trim() === '';
    const ref: FileRef = { file: file.file, line, column: m.index + 1, endLine: line, endColumn: text.length + 1 };
    add(
      'inline',
      rules,
      reason,
      ref,
      file.file,
      (f) => f.file === file.file && (f.line === line || (alone && f.line === line + 1)),
    );
  });
}

/** `metadata.annotations["edgenet.dev/ignore"]`: one `rule[, rule]: reason` a line; it covers its document. */
function collectAnnotations(file: ParsedFile, add: Add, invalid: Invalid): void {
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
    for (const entry of value
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)) {
      const colon = entry.indexOf(': ');
      const rules = (colon < 0 ? entry : entry.slice(0, colon)).split(/[\s,]+/).filter(Boolean);
      const reason = colon < 0 ? null : entry.slice(colon + 2).trim() || null;
      add('annotation', rules, reason, ref, file.file, (f) => f.file === file.file && f.doc === doc.index);
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
    // Paths are relative to the configuration's directory; findings carry paths relative to the cwd.
    const configDir = path.posix.dirname(source.file);
    const relative = (file: string) => (configDir === '.' ? file : path.posix.relative(configDir, file));
    // `clusters:` narrows a waiver to findings of those clusters (a finding about a file no cluster holds has none).
    const inCluster = (f: Finding) => !entry.clusters || f.clusters.some((c) => entry.clusters!.includes(c));
    add(
      'config',
      [entry.rule],
      entry.reason?.trim() || null,
      ref,
      null,
      (f) => match(relative(f.file)) && inCluster(f),
    );
  });
}

/** Today's date as YYYY-MM-DD in UTC. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
