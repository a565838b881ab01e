/** The JSON report, version 1 (contract section 3). Field order is fixed so output is byte-stable. */
import { compareFindings } from '../../core/finding.js';
import type { Formatter } from '../report-context.js';

/**
 * Known findings (--baseline, --new-only) are listed among the others, in order, marked
 * `"baselined": true` or `"preExisting": true`; the summary's counts are the others'.
 */
export const formatJson: Formatter = (active, context) => {
  const findings = context.accepted?.length ? [...active, ...context.accepted].sort(compareFindings) : active;
  const report = {
    version: 1,
    tool: { name: 'edgenet', version: context.toolVersion },
    findings: findings.map((f) => ({
      ruleId: f.ruleId,
      level: f.level,
      message: f.message,
      file: f.file,
      line: f.line,
      column: f.column,
      endLine: f.endLine,
      endColumn: f.endColumn,
      resource: f.resource ? { kind: f.resource.kind, name: f.resource.name, namespace: f.resource.namespace } : null,
      // The cluster whose judgement found it (null when the repository is one cluster); `clusters`
      // when the same finding arises in several (contract section 7).
      cluster: f.clusters[0] ?? null,
      ...(f.clusters.length > 1 ? { clusters: [...f.clusters] } : {}),
      related: f.related.map((r) => ({ file: r.file, line: r.line, column: r.column, message: r.message })),
      ...(f.suppression?.kind === 'baseline' ? { baselined: true } : {}),
      ...(f.suppression?.kind === 'pre-existing' ? { preExisting: true } : {}),
    })),
    summary: { ...context.summary },
  };
  return `${JSON.stringify(report, null, 2)}\n`;
};
