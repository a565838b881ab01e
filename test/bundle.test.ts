/** dist/ is committed (git installs, pre-commit and the Action run it as is): it must be what src/ builds to. */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { ROOT } from './helpers.js';

function files(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? files(path.join(dir, e.name), base) : [path.relative(base, path.join(dir, e.name))],
    )
    .sort();
}

test('dist/ is what the sources build to (run `npm run build` after changing src/ and commit dist/)', () => {
  const out = mkdtempSync(path.join(tmpdir(), 'edgenet-dist-'));
  try {
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs'), '--out', out]);
    const committed = path.join(ROOT, 'dist');
    assert.deepEqual(files(out), files(committed), 'the same files');
    for (const f of files(out))
      assert.ok(readFileSync(path.join(out, f)).equals(readFileSync(path.join(committed, f))), `dist/${f} is stale`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
