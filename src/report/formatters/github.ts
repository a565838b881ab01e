/**
 * GitHub Actions workflow commands, escaped exactly as @actions/core escapes them
 * (toCommandValue/escapeData/escapeProperty). GitHub shows at most 10 annotations of each level
 * per step, so findings on the lines a pull request changed come first, and a closing notice
 * says how many the cap hides.
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

export const formatGithub: Formatter = (findings, context) => {
  const changed = (f: Finding) => context.changedLines?.get(f.file)?.has(f.line) ?? false;
  const ordered = context.changedLines
    ? [...findings.filter(changed), ...findings.filter((f) => !changed(f))]
    : [...findings];
  const lines = ordered.map((f) => {
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
  });
  const counts = (['error', 'warning', 'info'] as Level[]).map(
    (l) => [l, findings.filter((f) => f.level === l).length] as const,
  );
  const hidden = counts.filter(([, n]) => n > ANNOTATION_CAP);
  if (hidden.length > 0) {
    const words = hidden
      .map(([l, n]) => `${n - ANNOTATION_CAP} of ${n} ${l === 'info' ? 'infos' : `${l}s`}`)
      .join(', ');
    lines.push(
      `::notice title=${escapeProperty('edgenet: more findings')}::${escapeData(`GitHub shows ${ANNOTATION_CAP} annotations of each level per step: ${words} are not annotated here. The job summary and the SARIF report list all ${findings.length}.`)}`,
    );
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
};
