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

test('npm pack: bundle, policy, schemas, examples, docs, license; no test files', () => {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
  const files = (JSON.parse(out)[0].files as { path: string }[]).map((f) => f.path).sort();
  for (const needed of [
    'LICENSE',
    'README.md',
    'bin/edgenet.js',
    'dist/cli.mjs',
    'dist/action.mjs',
    'dist/read-worker.mjs',
    'dist/policy-worker.mjs',
    'policies/dist/policy.wasm',
    'schema/edgenet.schema.json',
    'docs/rules.md',
    'fixtures/rules/cidr/pod-overlaps-vpc/fail/.edgenet.yaml',
    'fixtures/rules/input/untrusted-waiver/fail/trust-from/.edgenet.yaml',
  ])
    assert.ok(files.includes(needed), needed);
  const extra = files.filter(
    (f) =>
      !/^(LICENSE|README\.md|package\.json|bin\/|dist\/|policies\/dist\/|schema\/|docs\/rules\.md$)/.test(f) &&
      !/^fixtures\/rules\/[^/]+\/[^/]+\/(fail|pass)\//.test(f),
  );
  assert.deepEqual(extra, [], 'nothing else: no tests, sources or test-only fixtures');
  assert.ok(!files.some((f) => /\.test\.|(^|\/)test\//.test(f)));
});
