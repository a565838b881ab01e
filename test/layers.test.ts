/** src/ is layered (cli → lint → evaluate → rules → model → parse/net/core) and free of import cycles. */
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { cycles, type ImportGraph, layerViolations, readImports } from '../scripts/layers.js';
import { ROOT } from './helpers.js';

const graphOf = (edges: Record<string, string[]>): ImportGraph =>
  new Map(Object.entries(edges).map(([from, to]) => [from, to.map((t) => ({ to: t, line: 1 }))]));

test('every import in src/ points to its own folder or a lower layer', () => {
  assert.deepEqual(layerViolations(readImports(path.join(ROOT, 'src'))), []);
});

test('no two files in src/ import each other, directly or round a circle', () => {
  assert.deepEqual(cycles(readImports(path.join(ROOT, 'src'))), []);
});

test('the layer check names an upward import, a peer import and an unplaced folder', () => {
  const graph = graphOf({
    'model/types.ts': ['rules/rule.ts', 'core/finding.ts'],
    'read/read-file.ts': ['plan/build-plan.ts'],
    'misc/thing.ts': [],
  });
  assert.deepEqual(layerViolations(graph), [
    'misc/thing.ts: folder "misc" has no layer in scripts/layers.ts',
    'model/types.ts:1 -> rules/rule.ts (rules is a higher layer than model)',
    'read/read-file.ts:1 -> plan/build-plan.ts (plan is a peer of read)',
  ]);
});

test('the cycle check finds a circle of three and a file importing itself, and nothing in a tree', () => {
  const graph = graphOf({
    'cli/a.ts': ['cli/b.ts'],
    'cli/b.ts': ['cli/c.ts', 'core/x.ts'],
    'cli/c.ts': ['cli/a.ts'],
    'core/x.ts': ['core/x.ts'],
    'core/y.ts': ['core/x.ts'],
  });
  assert.deepEqual(cycles(graph), ['cli/a.ts, cli/b.ts, cli/c.ts', 'core/x.ts']);
  assert.deepEqual(cycles(graphOf({ 'a.ts': ['b.ts'], 'b.ts': [] })), []);
});

test('imports of src/ are read and resolved to files', () => {
  const graph = readImports(path.join(ROOT, 'src'));
  const lint = graph.get('lint.ts')!.map((i) => i.to);
  assert.ok(lint.includes('evaluate/evaluate.ts'), lint.join(' '));
  const fleet = graph.get('fleet/fleet.ts')!.map((i) => i.to);
  assert.ok(
    fleet.some((t) => t.startsWith('compose/')),
    fleet.join(' '),
  );
});
