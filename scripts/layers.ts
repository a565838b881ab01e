/**
 * The shape of src/: which folder may import which, and no import cycles between files.
 * Layers point down only: a folder imports its own files and folders of a lower layer, never one
 * above or beside it, so a reader can follow any import downwards and a change low in the tree
 * never has to know who uses it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Lowest first; folders on one line are peers and may not import each other. */
export const LAYERS = [
  ['core'],
  ['net', 'parse', 'git'],
  ['discover'],
  ['config'],
  ['model'],
  ['compose'],
  ['fleet'],
  ['rules'],
  ['evaluate', 'read', 'plan', 'report'],
  ['lint'],
  ['session'],
  ['cli', 'action'],
];

/** Every import (static, re-export, dynamic) of every non-test source file under `srcDir`, resolved to files. */
export interface Import {
  /** The file imported, relative to src/. */
  to: string;
  line: number;
}
export type ImportGraph = Map<string, Import[]>;

export function readImports(srcDir: string): ImportGraph {
  const graph: ImportGraph = new Map();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(ts|js)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) {
        graph.set(rel(srcDir, full), importsOf(readFileSync(full, 'utf8'), full, srcDir));
      }
    }
  };
  walk(srcDir);
  return graph;
}

function importsOf(text: string, file: string, srcDir: string): Import[] {
  const found: Import[] = [];
  const pattern = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)'(\.{1,2}\/[^']+)'/gm;
  for (const m of text.matchAll(pattern)) {
    const written = path.resolve(path.dirname(file), m[1]!);
    const target = existsSync(written) ? written : written.replace(/\.js$/, '.ts');
    const line = text.slice(0, m.index).split('\n').length;
    found.push({ to: rel(srcDir, target), line });
  }
  return found;
}

const rel = (root: string, p: string): string => path.relative(root, p).split(path.sep).join('/');

/** The folder a file belongs to (`lint` for the top-level `lint.ts`). */
export function folderOf(file: string): string {
  return file.includes('/') ? file.slice(0, file.indexOf('/')) : file.replace(/\.(ts|js)$/, '');
}

/** Imports that point up or sideways, as `from:line -> to (why)`; an unplaced folder is one too. */
export function layerViolations(graph: ImportGraph, layers: readonly string[][] = LAYERS): string[] {
  const rank = new Map(layers.flatMap((names, i) => names.map((n): [string, number] => [n, i])));
  const out: string[] = [];
  for (const [from, imports] of graph) {
    const a = folderOf(from);
    if (!rank.has(a)) out.push(`${from}: folder "${a}" has no layer in scripts/layers.ts`);
    for (const { to, line } of imports) {
      const b = folderOf(to);
      if (a === b || !rank.has(a)) continue;
      const below = rank.get(b);
      if (below === undefined) out.push(`${from}:${line} -> ${to} (outside src/ or in an unplaced folder)`);
      else if (below >= rank.get(a)!) {
        const how = below === rank.get(a) ? 'a peer of' : 'a higher layer than';
        out.push(`${from}:${line} -> ${to} (${b} is ${how} ${a})`);
      }
    }
  }
  return out.sort();
}

/** Each set of files that import one another in a circle, named in order (Tarjan's strongly connected components). */
export function cycles(graph: ImportGraph): string[] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const found: string[] = [];
  const visit = (v: string): void => {
    indices.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const { to: w } of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!indices.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, indices.get(w)!));
    }
    if (low.get(v) !== indices.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      on.delete(w);
      component.push(w);
    } while (w !== v);
    const self = (graph.get(v) ?? []).some((i) => i.to === v);
    if (component.length > 1 || self) found.push(component.sort().join(', '));
  };
  for (const v of [...graph.keys()].sort()) if (!indices.has(v)) visit(v);
  return found.sort();
}
