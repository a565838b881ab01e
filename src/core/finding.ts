/** The vocabulary every stage shares. This module imports nothing else of edgenet. */

export type Level = 'error' | 'warning' | 'info';
export type LevelSetting = Level | 'off';

export const LEVEL_RANK: Record<Level, number> = { info: 0, warning: 1, error: 2 };

/** One step into a parsed document: a mapping key or a sequence index. */
export type PathSegment = string | number;

/**
 * Where a fact came from: a file (as reported), the document's index in it, and the path of the
 * value inside the document. `inner` is a path inside a JSON document embedded in a string value
 * (flannel's net-conf.json), so a finding can point into the embedded text.
 * `key` asks for the mapping key's position instead of the value's (a label's name); `span`
 * narrows a string value to part of it.
 */
export interface SourceRef {
  file: string;
  doc: number;
  path: PathSegment[];
  inner?: PathSegment[];
  key?: boolean;
  /** Character offsets of a part of a string value: one CIDR of a comma list, the value of `--flag=value`. */
  span?: [number, number];
}

export interface Position {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface Related {
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface ResourceId {
  kind: string;
  name: string | null;
  namespace: string | null;
}

/** A finding as the report shows it (contract section 3). */
export interface Finding extends Position {
  ruleId: string;
  /** The rule's message template that worded it (RuleTester asserts it). Not reported. */
  messageId?: string;
  level: Level;
  message: string;
  file: string;
  resource?: ResourceId;
  related: Related[];
  /** The document the finding is in, when known: annotation waivers cover a document. Not reported. */
  doc?: number;
  /** What the rule returned, for views that draw findings (the graph). Not reported. */
  data?: Record<string, unknown>;
  /** The clusters whose judgement found it, in name order; empty when the repository is one cluster. */
  clusters: string[];
  /** Why it does not count, when it does not: a waiver or a baseline (SARIF `suppressions`). */
  suppression?: Suppression;
}

/**
 * Why a finding does not count: a waiver written in a file (a comment, an annotation), one of the
 * configuration (`ignore`), the baseline file (--baseline), or its presence at the --new-only ref.
 */
export interface Suppression {
  kind: 'comment' | 'annotation' | 'config' | 'baseline' | 'pre-existing';
  justification: string;
}

/** What a rule returns before the registry words and places it. */
export interface RawFinding {
  ruleId: string;
  /** Which of the rule's message templates words it; a user policy's finding has none. */
  messageId?: string;
  ref: SourceRef | FileRef;
  data: Record<string, unknown>;
  resource?: ResourceId;
  related?: RawRelated[];
  /** A user policy's own level, for a rule the catalogue does not know. */
  level?: Level;
  /** The cluster whose model the rule judged; absent for findings about a file. */
  cluster?: string;
}

export interface RawRelated {
  ref: SourceRef | FileRef;
  message: string;
}

/** A place known only by file and position, e.g. a parser error before any document exists. */
export interface FileRef {
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

export function isFileRef(ref: SourceRef | FileRef): ref is FileRef {
  return (ref as FileRef).line !== undefined;
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareStrings(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    compareStrings(a.ruleId, b.ruleId) ||
    compareStrings(a.message, b.message)
  );
}

/** Code-unit order, not locale order: the same bytes on every machine. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The counts a run ends with (the JSON report's `summary`). */
export interface Summary {
  files: number;
  documents: number;
  errors: number;
  warnings: number;
  infos: number;
  suppressed: number;
  /** With --baseline: findings the baseline knows (not counted above), and its entries no finding took. */
  baselined?: number;
  baselineGone?: number;
  /** With --new-only: findings the ref already had (not counted above). */
  preExisting?: number;
}
