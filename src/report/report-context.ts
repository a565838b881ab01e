/** What a formatter may know besides the findings. Formatters are pure: (findings, context) => string. */
import type { Finding } from '../core/finding.js';

export interface ReportSummary {
  files: number;
  documents: number;
  errors: number;
  warnings: number;
  infos: number;
  suppressed: number;
}

export interface ReportContext {
  toolVersion: string;
  summary: ReportSummary;
  /** Source lines by reported file, to show the offending line. */
  sources: ReadonlyMap<string, readonly string[]>;
  color: boolean;
}

export type Formatter = (findings: readonly Finding[], context: ReportContext) => string;
