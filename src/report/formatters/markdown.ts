/**
 * A Markdown table of findings, for a pull request comment or the Actions job summary. Text the
 * repository wrote is escaped (escape.ts): HTML shows as text, no link, image or heading can be
 * made, and file names sit in code spans whose fences no backtick run in them can close.
 */
import type { Formatter } from '../report-context.js';
import { codeSpan, markdownText } from './escape.js';

const cell = markdownText;
const ICON = { error: '🔴', warning: '🟠', info: '🔵' } as const;

export const formatMarkdown: Formatter = (findings, context) => {
  const s = context.summary;
  const out = [
    `### edgenet: ${findings.length === 0 ? 'no problems' : `${s.errors} errors, ${s.warnings} warnings, ${s.infos} infos`}`,
    '',
  ];
  out.push(`${s.files} files, ${s.documents} documents${s.suppressed ? `, ${s.suppressed} suppressed` : ''}.`, '');
  if (findings.length > 0) {
    // A fleet's findings name their cluster; a repository that is one cluster keeps the table as it was.
    const fleet = findings.some((f) => f.clusters.length > 0);
    out.push(fleet ? '| | Rule | Cluster | Where | Message |' : '| | Rule | Where | Message |');
    out.push(fleet ? '|---|---|---|---|---|' : '|---|---|---|---|');
    for (const f of findings) {
      const related = f.related.map((r) => `<br>↳ ${codeSpan(`${r.file}:${r.line}`)} ${cell(r.message)}`).join('');
      const cluster = fleet ? ` ${cell(f.clusters.join(', '))} |` : '';
      const where = codeSpan(`${f.file}:${f.line}:${f.column}`);
      out.push(
        `| ${ICON[f.level]} ${f.level} | ${codeSpan(f.ruleId)} |${cluster} ${where} | ${cell(f.message)}${related} |`,
      );
    }
    out.push('');
  }
  return out.join('\n');
};
