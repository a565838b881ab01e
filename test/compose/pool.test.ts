import assert from 'node:assert/strict';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { renderKustomization } from '../../src/compose/kustomize-build.js';
import { defaultConcurrency, mapPool } from '../../src/compose/pool.js';
import { ROOT } from '../helpers.js';
import { tools, unless } from './tools.js';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test('results in input order, never more than the limit in flight', async () => {
  let inFlight = 0;
  let most = 0;
  const items = Array.from({ length: 25 }, (_, i) => i);
  const results = await mapPool(
    items,
    async (item, index) => {
      inFlight++;
      most = Math.max(most, inFlight);
      // Later items finish first: order must come from the index, not from completion.
      await tick((25 - item) % 7);
      inFlight--;
      return `${item}:${index}`;
    },
    3,
  );
  assert.deepEqual(
    results,
    items.map((i) => `${i}:${i}`),
  );
  assert.equal(most, 3);
});

test('edge cases: nothing to do, more workers than items, a nonsense limit', async () => {
  assert.deepEqual(await mapPool([], async () => 1), []);
  assert.deepEqual(await mapPool([1, 2], async (x) => x * 2, 64), [2, 4]);
  assert.deepEqual(await mapPool([1, 2, 3], async (x) => x, 0), [1, 2, 3]);
  assert.deepEqual(await mapPool([1, 2, 3], async (x) => x, Number.NaN), [1, 2, 3]);
  assert.equal(defaultConcurrency(), Math.max(1, 2 * availableParallelism()));
});

test('the first error is thrown after the work in flight settles; nothing new starts', async () => {
  const started: number[] = [];
  const finished: number[] = [];
  await assert.rejects(
    mapPool(
      [0, 1, 2, 3, 4, 5],
      async (item) => {
        started.push(item);
        if (item === 1) throw new Error('boom');
        await tick(5);
        finished.push(item);
        return item;
      },
      2,
    ),
    /boom/,
  );
  assert.deepEqual(started, [0, 1]);
  assert.deepEqual(finished, [0]);
});

test('builds rendered in parallel give what they give one by one, in order', {
  skip: unless('kustomize'),
}, async () => {
  const dirs = ['overlays/edge-a', 'overlays/edge-b', 'base', 'remote/overlay', 'invalid/cycle-a'].map((d) =>
    path.join(ROOT, 'fixtures', 'compose', 'kustomize', d),
  );
  const render = (dir: string) => renderKustomization(dir, { env: tools().env });
  const serial = await mapPool(dirs, render, 1);
  const pooled = await mapPool(dirs, render, 4);
  assert.equal(JSON.stringify(pooled), JSON.stringify(serial));
  assert.deepEqual(
    pooled.map((r) => r.ok),
    [true, true, true, false, false],
  );
});
