/**
 * The human report: findings grouped by file, each with the offending line and a caret under
 * the exact range, related places underneath, and a one-line summary. What the repository wrote
 * (file names, names inside messages, source lines) is shown with its control characters escaped
 * (escape.ts visible): an ESC sequence in a file cannot drive the terminal, and a newline in a
 * name cannot print a fake summary line.
 */
import type { Finding, Level } from '../../core/finding.js';
import { clusterWords, type Formatter, type ReportContext } from '../report-context.js';
import { visible } from './escape.js';

const COLORS = { red: 31, yellow: 33, blue: 34, dim: 2, bold: 1, underline: 4 } as const;

export const formatText: Formatter = (findings, context) => {
  const paint = (code: keyof typeof COLORS, s: string) => (context.color ? `\u001b[${COLORS[code]}m${s}\u001b[0m` : s);
  const levelColor: Record<Level, keyof typeof COLORS> = { error: 'red', warning: 'yellow', info: 'blue' };
  const out: string[] = [];
  let currentFile: string | undefined;
  for (const f of findings) {
    if (f.file !== currentFile) {
      if (currentFile !== undefined) out.push('');
      out.push(paint('underline', visible(f.file)));
      currentFile = f.file;
    }
    const where = visible(clusterWords(f.clusters));
    out.push(
      `  ${f.line}:${f.column}  ${paint(levelColor[f.level], f.level.padEnd(7))}  ${visible(f.message)}  ` +
        paint('dim', visible(f.ruleId)) +
        (where ? `  ${paint('dim', `(${where})`)}` : ''),
    );
    for (const line of excerpt(f, context, paint)) out.push(line);
    for (const r of f.related)
      out.push(`      ${paint('dim', '↳')} ${visible(r.file)}:${r.line}:${r.column}  ${visible(r.message)}`);
  }
  const s = context.summary;
  const total = findings.length;
  if (total > 0) out.push('');
  const counts = [
    `${s.errors} ${plural(s.errors, 'error')}`,
    `${s.warnings} ${plural(s.warnings, 'warning')}`,
    `${s.infos} ${plural(s.infos, 'info')}`,
  ].join(', ');
  const known = [
    s.suppressed ? `, ${s.suppressed} suppressed` : '',
    s.baselined ? `, ${s.baselined} baselined` : '',
    s.preExisting ? `, ${s.preExisting} pre-existing` : '',
  ].join('');
  const scope = `${s.files} ${plural(s.files, 'file')}, ${s.documents} ${plural(s.documents, 'document')}${known}`;
  out.push(
    total === 0
      ? paint('bold', `No problems (${scope}).`)
      : paint('bold', `${total} ${plural(total, 'problem')} (${counts}) in ${scope}.`),
  );
  if (s.baselineGone) {
    const n = s.baselineGone;
    const gone =
      n === 1 ? '1 finding of the baseline no longer occurs' : `${n} findings of the baseline no longer occur`;
    out.push(`${gone} (--write-baseline rewrites it without them).`);
  }
  return `${out.join('\n')}\n`;
};

function excerpt(f: Finding, context: ReportContext, paint: (c: keyof typeof COLORS, s: string) => string): string[] {
  const line = context.sources.get(f.file)?.[f.line - 1];
  if (line === undefined || line.length > 300) return [];
  const gutter = String(f.line).padStart(6);
  const width = f.endLine === f.line && f.endColumn > f.column ? f.endColumn - f.column : 1;
  // Measured on the line as shown (an escape is wider than its character); tabs keep their width
  // in the caret line so the caret stays under the right character.
  const start = Math.min(f.column - 1, line.length);
  const lead = visible(line.slice(0, start), true).replace(/[^\t]/g, ' ');
  const marked = visible(line.slice(start, start + Math.max(1, width)), true).length;
  return [
    `${paint('dim', `${gutter} |`)} ${visible(line, true)}`,
    `${paint('dim', `${' '.repeat(6)} |`)} ${lead}${paint('red', '^'.repeat(Math.max(1, marked)))}`,
  ];
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}
