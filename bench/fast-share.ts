/**
 * How much of a repository the fast path reads (issue 18): files and bytes read by JSON.parse, the
 * line-by-line reader or js-yaml rather than composed by `yaml`, counted by reading the files
 * exactly as `edgenet lint` does (discover, read, parse), with the reasons the others went the
 * careful way, and how much of it the line-by-line reader took.
 */
import { discoverFiles } from '../src/discover/discover-files.js';
import { helmChartTemplates } from '../src/discover/helm-chart.js';
import { readSource } from '../src/discover/read-source.js';
import { carefulReasons } from '../src/parse/fast-load.js';
import { parseText } from '../src/parse/parse-documents.js';

export interface FastShare {
  files: number;
  bytes: number;
  fastFiles: number;
  fastBytes: number;
  /** Of the fast path's, what the line-by-line reader read. */
  linesFiles: number;
  linesBytes: number;
  /** Files skipped unread (Helm chart templates), in neither count. */
  unread: number;
  /** Why the careful path read the others, by how many files. */
  reasons: Map<string, number>;
}

export function fastShare(dir: string): FastShare {
  const isChartTemplate = helmChartTemplates();
  const share: FastShare = {
    files: 0,
    bytes: 0,
    fastFiles: 0,
    fastBytes: 0,
    linesFiles: 0,
    linesBytes: 0,
    unread: 0,
    reasons: new Map(),
  };
  for (const file of discoverFiles([dir], { cwd: dir }).files) {
    const source = readSource(file, 16 * 1024 * 1024, () => Buffer.alloc(0));
    if (!source.ok) continue;
    const parsed = parseText(file.display, source.text, { helmChartTemplate: isChartTemplate(file.absolute) });
    if (parsed.readBy === 'none') {
      share.unread++;
      continue;
    }
    share.files++;
    share.bytes += source.bytes;
    if (parsed.readBy !== 'yaml') {
      share.fastFiles++;
      share.fastBytes += source.bytes;
      if (parsed.readBy === 'lines') {
        share.linesFiles++;
        share.linesBytes += source.bytes;
      }
      continue;
    }
    const reasons = carefulReasons(source.text);
    if (reasons.length === 0) reasons.push(parsed.problems.length > 0 ? 'cannot be read' : 'js-yaml refused it');
    for (const why of reasons) share.reasons.set(why, (share.reasons.get(why) ?? 0) + 1);
  }
  return share;
}

export function describeShare(name: string, s: FastShare): string {
  const pct = (a: number, b: number) => `${b === 0 ? '100.00' : ((100 * a) / b).toFixed(2)}%`;
  const reasons = [...s.reasons].sort((a, b) => b[1] - a[1]).map(([why, n]) => `${why} ${n}`);
  return (
    `Fast path on ${name}: **${pct(s.fastFiles, s.files)}** of ${s.files} files, ` +
    `**${pct(s.fastBytes, s.bytes)}** of ${(s.bytes / 1e6).toFixed(1)} MB ` +
    `(line by line: ${pct(s.linesFiles, s.files)} of the files, ${pct(s.linesBytes, s.bytes)} of the bytes)` +
    (s.unread ? ` (${s.unread} Helm templates skipped unread)` : '') +
    (reasons.length ? `; read carefully: ${reasons.join(', ')}` : '') +
    '.'
  );
}
