/** What a formatter may know besides the findings. Formatters are pure: (findings, context) => string. */
import type { Finding, Summary } from '../core/finding.js';

/** What a report says of a rule; the CLI hands in the catalogue. */
export interface ReportRule {
  id: string;
  level: 'error' | 'warning' | 'info';
  title: string;
  why: string;
  fix: string;
  /** `security`: SARIF gives the rule a security-severity (docs/rules.md says which rules, and why). */
  tags?: readonly string[];
}

export interface ReportContext {
  toolVersion: string;
  summary: Summary;
  /** Source lines by reported file, to show the offending line. */
  sources: ReadonlyMap<string, readonly string[]>;
  color: boolean;
  rules: readonly ReportRule[];
  /** Lines changed since the base ref, by reported file: the github format puts them first. */
  changedLines?: ReadonlyMap<string, ReadonlySet<number>>;
  /**
   * Known findings (baselined, pre-existing at the --new-only ref), each with its `suppression`:
   * JSON lists them marked, SARIF as suppressed; the other formats count them.
   */
  accepted?: readonly Finding[];
  /** Findings a waiver suppressed, each with its `suppression`: SARIF lists them as suppressed. */
  suppressed?: readonly Finding[];
  /** SARIF `automationDetails.id` (`edgenet/<cluster or repository>/`), so that two uploads keep apart. */
  automationId?: string;
  /** Markdown: the report stays under this many bytes (UTF-8); a closing line counts the findings left out. */
  maxBytes?: number;
  /** Where the findings left out of a capped report are (the Markdown's closing line). */
  fullReport?: string;
  /** GitHub annotations this step already wrote, by level: the github format leaves their places. */
  annotationsTaken?: Partial<Record<'error' | 'warning' | 'info', number>>;
}

/** Where a rule is documented: one anchor per rule in docs/rules.md. */
export const DOCS_URL = 'https://github.com/edgenet-dev/edgenet/blob/main/docs/rules.md';

export function helpUri(ruleId: string): string {
  return `${DOCS_URL}#${ruleId.replace(/[^a-z0-9-]/g, '')}`;
}

export type Formatter = (findings: readonly Finding[], context: ReportContext) => string;

/** "in cluster prod", "in clusters prod, staging", or nothing for a repository that is one cluster. */
export function clusterWords(clusters: readonly string[]): string {
  if (clusters.length === 0) return '';
  return clusters.length === 1 ? `in cluster ${clusters[0]}` : `in clusters ${clusters.join(', ')}`;
}
