/**
 * A Markdown table of findings, for a pull request comment or the Actions job summary. Text the
 * repository wrote is escaped (escape.ts): HTML shows as text, no link, image or heading can be
 * made, and file names sit in code spans whose fences no backtick run in them can close.
 */
import { type Finding, LEVEL_RANK } from '../../core/finding.js';
import type { Formatter } from '../report-context.js';
import { codeSpan, markdownText } from './escape.js';

const cell = markdownText;
const ICON = { error: '🔴', warning: '🟠', info: '🔵' } as const;

/**
 * With `maxBytes` (the Actions job summary: GitHub drops a summary over 1 MiB whole) the table
 * stops before the limit, errors first, and a closing line counts the findings left out and says
 * where they all are.
 */
export const formatMarkdown: Formatter = (findings, context) => {
  const s = context.summary;
  const counted = `${s.errors} errors, ${s.warnings} warnings, ${s.infos} infos`;
  const out = [`### edgenet: ${findings.length === 0 ? 'no problems' : counted}`, ''];
  const known = [
    s.suppressed ? `, ${s.suppressed} suppressed` : '',
    s.baselined ? `, ${s.baselined} baselined` : '',
    s.preExisting ? `, ${s.preExisting} pre-existing (not failing)` : '',
  ].join('');
  out.push(`${s.files} files, ${s.documents} documents${known}.`, '');
  if (findings.length === 0) return out.join('\n');
  // A fleet's findings name their cluster; a repository that is one cluster keeps the table as it was.
  const fleet = findings.some((f) => f.clusters.length > 0);
  out.push(fleet ? '| | Rule | Cluster | Where | Message |' : '| | Rule | Where | Message |');
  out.push(fleet ? '|---|---|---|---|---|' : '|---|---|---|---|');
  const rows = findings.map((f) => row(f, fleet));
  const budget = context.maxBytes;
  const head = `${out.join('\n')}\n`;
  if (budget === undefined || Buffer.byteLength(head) + rows.reduce((n, r) => n + Buffer.byteLength(r) + 1, 0) < budget)
    return `${head}${rows.map((r) => `${r}\n`).join('')}`;
  // Over the budget: errors, then warnings, then infos, as many as fit beside the closing line.
  const order = findings
    .map((f, i) => ({ rank: LEVEL_RANK[f.level], i }))
    .sort((a, b) => b.rank - a.rank || a.i - b.i)
    .map((x) => x.i);
  const closing = (left: number) =>
    `\n**${left} more ${left === 1 ? 'finding' : 'findings'} in ${context.fullReport ?? 'the SARIF report'}**` +
    ' (this summary stays under the size GitHub shows).\n';
  let used = Buffer.byteLength(head) + Buffer.byteLength(closing(findings.length));
  const kept: string[] = [];
  for (const i of order) {
    const size = Buffer.byteLength(rows[i]!) + 1;
    if (used + size >= budget) break;
    used += size;
    kept.push(rows[i]!);
  }
  return `${head}${kept.map((r) => `${r}\n`).join('')}${closing(findings.length - kept.length)}`;
};

function row(f: Finding, fleet: boolean): string {
  const related = f.related.map((r) => `<br>↳ ${codeSpan(`${r.file}:${r.line}`)} ${cell(r.message)}`).join('');
  const cluster = fleet ? ` ${cell(f.clusters.join(', '))} |` : '';
  const where = codeSpan(`${f.file}:${f.line}:${f.column}`);
  return `| ${ICON[f.level]} ${f.level} | ${codeSpan(f.ruleId)} |${cluster} ${where} | ${cell(f.message)}${related} |`;
}
