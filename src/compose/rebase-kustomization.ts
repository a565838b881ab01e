/**
 * A kustomization moved to another directory: every local path it names (resources, patches,
 * generator sources, charts, components ...) rewritten relative to the new directory, so the
 * copy builds what the original builds. An installer's changes are made to such a copy, in a
 * private directory, never to the repository (kustomize-controller and Argo CD edit the
 * kustomization of their own checkout).
 */
import path from 'node:path';
import type { PathSegment } from '../core/finding.js';
import type { KustomizationRead } from './kustomization.js';

/** The kustomization document `data` (read as `read`) with its local paths made relative to `toDir`. */
export function rebaseKustomization(
  data: Record<string, unknown>,
  read: KustomizationRead,
  toDir: string,
): Record<string, unknown> {
  const out = structuredClone(data);
  const dir = path.dirname(read.file);
  const relative = (abs: string) => relativePath(toDir, abs);
  for (const input of read.inputs) {
    if (input.kind !== 'local' || !input.path) continue;
    // A chart is named by its directory under the chart home: the home moves, the name stays.
    if (input.role === 'chart') continue;
    if (input.role === 'file') {
      // `key=path` keeps its key; a bare path's key is the file's name (api/kv/kv.go).
      set(out, input.at, `${input.key ?? path.basename(input.ref!)}=${relative(input.path)}`);
      continue;
    }
    set(out, input.at, relative(input.path));
  }
  // Charts: kustomize looks for them under the chart home, `charts` unless set.
  const charts = read.inputs.filter((i) => i.role === 'chart' && i.kind === 'local');
  if (charts.some((c) => c.field === 'helmCharts')) {
    const globals = isRecord(out.helmGlobals) ? out.helmGlobals : {};
    if (typeof globals.chartHome !== 'string')
      out.helmGlobals = { ...globals, chartHome: relative(path.join(dir, 'charts')) };
  }
  for (const c of charts) {
    if (c.field !== 'helmChartInflationGenerator') continue;
    const item = get(out, c.at.slice(0, 2));
    if (isRecord(item)) {
      const home = typeof item.chartHome === 'string' ? item.chartHome : 'charts';
      item.chartHome = relative(path.resolve(dir, home));
    }
  }
  return out;
}

/** A relative path from `from` to `to` with forward slashes, never empty (`.`). */
export function relativePath(from: string, to: string): string {
  return path.relative(from, to).split(path.sep).join('/') || '.';
}

function set(data: Record<string, unknown>, at: readonly PathSegment[], value: string): void {
  const parent = get(data, at.slice(0, -1));
  if (parent !== null && typeof parent === 'object') (parent as Record<string | number, unknown>)[at.at(-1)!] = value;
}

function get(data: unknown, at: readonly PathSegment[]): unknown {
  let current = data;
  for (const seg of at) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[seg];
  }
  return current;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
