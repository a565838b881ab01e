/** The JSON report, version 1 (contract section 3). Field order is fixed so output is byte-stable. */
import type { Formatter } from '../report-context.js';

export const formatJson: Formatter = (findings, context) => {
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
      related: f.related.map((r) => ({ file: r.file, line: r.line, column: r.column, message: r.message })),
    })),
    summary: { ...context.summary },
  };
  return `${JSON.stringify(report, null, 2)}\n`;
};
