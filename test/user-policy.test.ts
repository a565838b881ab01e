/**
 * --policy: a user's own Rego, tested with `opa test` and compiled with `opa build -t wasm`, as the
 * README shows; its deny results become findings named by the package path.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { ROOT, cli, lintJson } from './helpers.js';

function findOpa(): string | undefined {
  const candidates = ['opa'];
  const gopath = spawnSync('go', ['env', 'GOPATH'], { encoding: 'utf8' });
  if (gopath.status === 0) candidates.push(path.join(gopath.stdout.trim(), 'bin', 'opa'));
  return candidates.find((c) => spawnSync(c, ['version']).status === 0);
}

const opa = findOpa();
const work = mkdtempSync(path.join(tmpdir(), 'edgenet-user-policy-'));
after(() => rmSync(work, { recursive: true, force: true }));
const source = path.join(ROOT, 'test', 'data', 'user-policy');

test('a user policy bundle: findings named by package path, placed by ref, level from the result', {
  skip: !opa && 'opa not found (npm test installs it): user policy test skipped',
}, async () => {
  execFileSync(opa!, ['test', source]);
  const bundle = path.join(work, 'bundle.tar.gz');
  execFileSync(opa!, [
    'build',
    '-t',
    'wasm',
    '-e',
    'acme/vpc_size/deny',
    '-o',
    bundle,
    source,
    '--ignore',
    '*_test.rego',
  ]);
  const { findings } = await lintJson(['fixtures/example', '--policy', bundle]);
  const mine = findings.filter((f) => f.ruleId === 'acme/vpc_size');
  assert.deepEqual(
    mine.map((f) => [f.level, f.file, f.line, f.column, f.message]),
    [
      ['error', 'fixtures/example/.edgenet.yaml', 1, 1, 'a message without a place is reported at the configuration'],
      ['warning', 'fixtures/example/infra/ros/vpc.yaml', 6, 14, 'VPC 172.16.0.0/12 is larger than a /16'],
    ],
  );
  // The same policy as a bare policy.wasm, taken out of the bundle.
  execFileSync('tar', ['-xzf', bundle, '-C', work, '/policy.wasm'], { stdio: 'ignore' });
  const bare = await lintJson(['fixtures/example', '--policy', path.join(work, 'policy.wasm')]);
  assert.deepEqual(bare.findings.filter((f) => f.ruleId === 'acme/vpc_size').length, 2);
});

test('a --policy that is not a policy is a usage error', async () => {
  const junk = path.join(work, 'junk.wasm');
  writeFileSync(junk, 'not wasm');
  const result = await cli(['lint', 'fixtures/example', '--policy', junk]);
  assert.equal(result.code, 2);
  assert.match(result.stderr, /neither a wasm module nor a \.tar\.gz bundle/);
});
