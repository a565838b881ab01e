/**
 * The hook through the real pre-commit, in a temporary git repository: a commit that brings a
 * violation is refused with the finding shown (the VPC it collides with is in a file that is not
 * staged), a clean commit goes through. Needs `pre-commit` on PATH (.ci/run installs it with pip).
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { joined, ROOT } from './helpers.js';

const preCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;
const work = mkdtempSync(path.join(tmpdir(), 'edgenet-pre-commit-'));
after(() => rmSync(work, { recursive: true, force: true }));

const skip = !preCommit && 'pre-commit not found (pip install pre-commit): hook test skipped';
const env = {
  ...process.env,
  PRE_COMMIT_HOME: path.join(work, 'cache'),
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.com',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.com',
};

/** The example repository committed, with the hook of this checkout's HEAD installed. */
function exampleRepo(name: string) {
  const repo = path.join(work, name);
  const git = (...args: string[]) => spawnSync('git', args, { cwd: repo, env, encoding: 'utf8' });
  cpSync(path.join(ROOT, 'fixtures', 'example'), repo, { recursive: true });
  const rev = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  writeFileSync(
    path.join(repo, '.pre-commit-config.yaml'),
    `repos:\n  - repo: ${ROOT}\n    rev: ${rev}\n    hooks:\n      - id: edgenet\n`,
  );
  assert.equal(git('init', '-q').status, 0);
  git('add', '-A');
  assert.equal(git('commit', '-qm', 'base', '--no-verify').status, 0);
  const install = spawnSync('pre-commit', ['install'], { cwd: repo, env, encoding: 'utf8' });
  assert.equal(install.status, 0, install.stderr);
  return { repo, git };
}

test('pre-commit refuses a violating commit and lets a clean one through', { skip, timeout: 600_000 }, () => {
  const { repo, git } = exampleRepo('repo');

  // Touch the flannel ConfigMap: its pod CIDR overlaps the VPC of infra/ros/vpc.yaml, which is not staged.
  appendFileSync(path.join(repo, 'kube-system', 'kube-flannel.yaml'), '# touched\n');
  git('add', 'kube-system/kube-flannel.yaml');
  const refused = git('commit', '-m', 'touch flannel');
  const output = refused.stdout + refused.stderr;
  assert.notEqual(refused.status, 0, output);
  assert.match(output, /edgenet \(ACK Edge networking\)\.+Failed/);
  assert.match(
    output,
    joined(
      /kube-system\/kube-flannel\.yaml\n {2}11:18 {2}error {4}Pod CIDR 172\.20\.0\.0\/16/,
      / lies inside VPC CIDR 172\.16\.0\.0\/12 declared at infra\/ros\/vpc\.yaml:6/,
    ),
  );
  assert.doesNotMatch(output, /nodes\/nodes\.yaml/, 'findings in files not staged are not shown');
  assert.equal(git('rev-list', '--count', 'HEAD').stdout.trim(), '1');

  // A clean file: the commit goes through.
  git('reset', '-q', 'HEAD', 'kube-system/kube-flannel.yaml');
  git('checkout', '--', 'kube-system/kube-flannel.yaml');
  writeFileSync(path.join(repo, 'apps', 'metrics', 'README.json'), '{"note": "nothing networky"}\n');
  git('add', 'apps/metrics/README.json');
  const accepted = git('commit', '-m', 'clean');
  assert.equal(accepted.status, 0, accepted.stdout + accepted.stderr);
  assert.match(accepted.stdout + accepted.stderr, /edgenet \(ACK Edge networking\)\.+Passed/);
});

test('pre-commit refuses a commit that stages only the related end: the VPC a pod CIDR overlaps', {
  skip,
  timeout: 600_000,
}, () => {
  const { repo, git } = exampleRepo('related');
  appendFileSync(path.join(repo, 'infra', 'ros', 'vpc.yaml'), '# touched\n');
  git('add', 'infra/ros/vpc.yaml');
  const refused = git('commit', '-m', 'touch the VPC');
  const output = refused.stdout + refused.stderr;
  assert.notEqual(refused.status, 0, output);
  assert.match(output, /edgenet \(ACK Edge networking\)\.+Failed/);
  // Both overlaps are shown at the lines to change, each with the staged VPC as its other end.
  assert.match(
    output,
    /infra\/ros\/cluster\.yaml\n {2}17:22 {2}error {4}Pod CIDR 172\.20\.0\.0\/16 lies inside VPC CIDR/,
  );
  assert.match(
    output,
    /kube-system\/kube-flannel\.yaml\n {2}11:18 {2}error {4}Pod CIDR 172\.20\.0\.0\/16 lies inside VPC/,
  );
  assert.equal(
    (output.match(/↳ infra\/ros\/vpc\.yaml:6:14 {2}VPC CIDR 172\.16\.0\.0\/12 declared here/g) ?? []).length,
    2,
  );
  assert.doesNotMatch(output, /nodes\/nodes\.yaml/, 'findings of neither end staged are not shown');
  assert.equal(git('rev-list', '--count', 'HEAD').stdout.trim(), '1');
});
