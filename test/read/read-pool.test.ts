/**
 * Reading in worker threads (src/read/read-pool.ts) gives exactly what one thread reads, in the
 * same order: the facts, problems and waiver texts of every file, across the slices' seams.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { generateRepository } from '../../bench/generate.js';
import { discoverFiles } from '../../src/discover/discover-files.js';
import { readAll } from '../../src/read/read-pool.js';

test('three worker threads read what the main thread reads, file by file, in name order', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'edgenet-pool-'));
  try {
    const generated = generateRepository(path.join(dir, 'repo'), 300, 5);
    // A file that cannot be read and one with an inline waiver travel back too.
    writeFileSync(path.join(generated.dir, 'broken.yaml'), 'apiVersion: v1\nkind: ConfigMap\ndata: [1\n');
    writeFileSync(path.join(generated.dir, 'waived.yaml'), 'kind: Node # edgenet-ignore reach/x: because\n');
    const { files } = discoverFiles([generated.dir], { cwd: dir });
    const options = { maxBytes: 1 << 24, helmChartTemplate: () => false };
    const one = await readAll(files, { ...options, threads: 1 });
    const pooled = await readAll(files, { ...options, threads: 3, parallelBytes: 0 });
    assert.ok(one.length > 80, `many files (${one.length})`);
    assert.ok(
      one.some((r) => r.ok && r.problems.some((p) => p.kind === 'parse-error')),
      'a parse error is read',
    );
    assert.ok(
      one.some((r) => r.ok && r.waivers?.text),
      'a waiver text is read',
    );
    assert.deepEqual(pooled, one);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
