/**
 * GitHub Actions workflow commands, escaped exactly as @actions/core escapes them
 * (toCommandValue/escapeData/escapeProperty). GitHub shows at most 10 annotations of each level
 * per step, so only those are written, errors first and findings on the lines a pull request
 * changed first, and a closing notice (inside the cap) says how many are left out.
 */
import type { Finding, Level } from '../../core/finding.js';
import { clusterWords, type Formatter } from '../report-context.js';

const COMMAND: Record<Level, string> = { error: 'error', warning: 'warning', info: 'notice' };
/** Annotations GitHub displays per level and step. */
export const ANNOTATION_CAP = 10;

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * At most ANNOTATION_CAP annotations of each level (errors, then warnings, then notices; in each,
 * findings on changed lines first): GitHub drops the rest. When any are left out, a notice says
 * how many, and it takes one of the notices' places so that it is itself shown. Slots other
 * annotations of the step already took (`annotationsTaken`) are not offered again.
 */
export const formatGithub: Formatter = (findings, context) => {
  const changed = (f: Finding) => context.changedLines?.get(f.file)?.has(f.line) ?? false;
  const ordered = (list: Finding[]) =>
    context.changedLines ? [...list.filter(changed), ...list.filter((f) => !changed(f))] : list;
  const levels = ['error', 'warning', 'info'] as const;
  const byLevel = Object.fromEntries(levels.map((l) => [l, findings.filter((f) => f.level === l)])) as Record<
    Level,
    Finding[]
  >;
  const room = (l: Level) => Math.max(0, ANNOTATION_CAP - (context.annotationsTaken?.[l] ?? 0));
  const notice = levels.some((l) => byLevel[l].length > room(l));
  const shown = (l: Level) => (l === 'info' && notice ? Math.max(0, room(l) - 1) : room(l));
  const lines: string[] = [];
  for (const level of levels) {
    for (const f of ordered(byLevel[level]).slice(0, shown(level))) lines.push(annotation(f));
  }
  if (notice) {
    const words = levels
      .filter((l) => byLevel[l].length > shown(l))
      .map((l) => `${byLevel[l].length - shown(l)} of ${byLevel[l].length} ${l === 'info' ? 'infos' : `${l}s`}`)
      .join(', ');
    const text =
      `GitHub shows ${ANNOTATION_CAP} annotations of each level per step: ${words} are not annotated here. ` +
      `The job summary and the SARIF report list all ${findings.length}.`;
    lines.push(`::notice title=${escapeProperty('edgenet: more findings')}::${escapeData(text)}`);
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
};

/** One finding as the workflow command @actions/core writes for it. */
function annotation(f: Finding): string {
  // The property order @actions/core writes (toCommandProperties), so output matches it byte for byte.
  const props = [
    `title=${escapeProperty(`edgenet ${f.ruleId}${f.clusters.length ? ` (${clusterWords(f.clusters)})` : ''}`)}`,
    `file=${escapeProperty(f.file)}`,
    `line=${f.line}`,
    `endLine=${f.endLine}`,
    `col=${f.column}`,
    `endColumn=${f.endColumn}`,
  ].join(',');
  const related = f.related.map((r) => `\n↳ ${r.file}:${r.line}:${r.column} ${r.message}`).join('');
  return `::${COMMAND[f.level]} ${props}::${escapeData(f.message + related)}`;
}
