/**
 * --policy: a user's own Rego, tested with `opa test` and compiled with `opa build -t wasm`, as the
 * README shows; its deny results become findings named by the package path.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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

test('under --trust-from a policy in the repository is the one the trusted ref has', {
  skip: !opa && 'opa not found (npm test installs it): user policy test skipped',
}, async () => {
  const build = (name: string, rego: string) => {
    const dir = path.join(work, `src-${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'policy.rego'), rego);
    const out = path.join(work, `${name}.tar.gz`);
    execFileSync(opa!, ['build', '-t', 'wasm', '-e', 'acme/nodes/deny', '-o', out, dir]);
    return out;
  };
  const header = 'package acme.nodes\n\n';
  const finds = build('finds', `${header}deny contains "a node" if {\n\tsome node in input.nodes\n\tnode.name\n}\n`);
  const silent = build('silent', `${header}deny contains "never" if {\n\tfalse\n}\n`);
  const repo = path.join(work, 'trusted-policy');
  mkdirSync(path.join(repo, 'policies'), { recursive: true });
  writeFileSync(path.join(repo, 'node.yaml'), 'apiVersion: v1\nkind: Node\nmetadata:\n  name: n1\n');
  copyFileSync(finds, path.join(repo, 'policies', 'acme.tar.gz'));
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd: repo, stdio: 'pipe' });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-qm', 'base');
  git('checkout', '-q', '-b', 'change');
  // The change swaps the bundle for one that reports nothing.
  copyFileSync(silent, path.join(repo, 'policies', 'acme.tar.gz'));
  const args = ['lint', '.', '--format', 'json', '--no-cache', '--policy', 'policies/acme.tar.gz'];
  const untrusted = await cli(args, { cwd: repo });
  assert.equal(untrusted.code, 0);
  const trusted = await cli([...args, '--trust-from', 'main'], { cwd: repo });
  assert.equal(trusted.code, 1);
  assert.deepEqual(
    (JSON.parse(trusted.stdout) as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId),
    ['acme/nodes'],
  );
  assert.equal(
    trusted.stderr,
    "edgenet: warning: --policy policies/acme.tar.gz: the file differs from main's, which is used\n",
  );
});
