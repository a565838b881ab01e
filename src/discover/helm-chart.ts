/**
 * Which files Helm renders: those under a chart's templates/ directory, the chart being the
 * directory with a Chart.yaml (https://helm.sh/docs/topics/charts/#the-chart-file-structure).
 * Anywhere else `{{` is not Helm's, and a templates/ directory is just a name.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

/** A test for one run, remembering each directory's answer. */
export function helmChartTemplates(): (absolute: string) => boolean {
  const known = new Map<string, boolean>();
  const inChart = (dir: string): boolean => {
    const cached = known.get(dir);
    if (cached !== undefined) return cached;
    const parent = path.dirname(dir);
    const answer =
      parent !== dir &&
      ((path.basename(dir) === 'templates' && existsSync(path.join(parent, 'Chart.yaml'))) || inChart(parent));
    known.set(dir, answer);
    return answer;
  };
  return (absolute) => absolute !== '-' && inChart(path.dirname(absolute));
}
