/**
 * The GitHub Action, run as a runner runs it: the environment a runner provides
 * (GITHUB_WORKSPACE, GITHUB_STEP_SUMMARY, GITHUB_OUTPUT, INPUT_*), then what it wrote.
 */
import assert from 'node:assert/strict';
import { spawnSync, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { parse } from 'yaml';
import { runAction } from '../src/action/run-action.js';
import { joined, ROOT } from './helpers.js';

const scratch = mkdtempSync(path.join(tmpdir(), 'edgenet-action-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

function runnerEnv(name: string, inputs: Record<string, string> = {}): Record<string, string> {
  const dir = path.join(scratch, name);
  execFileSync('mkdir', ['-p', dir]);
  writeFileSync(path.join(dir, 'summary.md'), '');
  writeFileSync(path.join(dir, 'output.txt'), '');
  const env: Record<string, string> = {
    GITHUB_WORKSPACE: path.join(ROOT, 'fixtures', 'example'),
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md'),
    GITHUB_OUTPUT: path.join(dir, 'output.txt'),
    // A fork's pull request: no token at all, and a base branch the shallow checkout does not have.
    GITHUB_EVENT_NAME: 'pull_request',
    // Its default trust-from is origin/<base>: one no clone has, so the run warns and goes on untrusted.
    GITHUB_BASE_REF: 'edgenet-test/no-such-base',
    // A base the checkout does not have, whatever clone the tests run in.
    'INPUT_BASE-REF': 'edgenet-test/no-such-base',
    'INPUT_SARIF-FILE': path.join(dir, 'edgenet.sarif'),
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  return env;
}

test('action.yml: a node24 action whose main is the committed bundle, with the documented inputs', () => {
  const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8'));
  assert.equal(action.runs.using, 'node24');
  assert.equal(action.runs.main, 'dist/action.mjs');
  assert.deepEqual(Object.keys(action.inputs), [
    'paths',
    'config',
    'fail-on',
    'sarif-file',
    'base-ref',
    'trust-from',
    'inline-ignores',
    'policy',
    'baseline',
    'new-only',
  ]);
});

test('the action writes annotations, a job summary, SARIF and outputs, and fails on errors', async () => {
  const env = runnerEnv('inproc');
  let stdout = '';
  const code = await runAction({ env, stdout: (t) => (stdout += t) });
  assert.equal(code, 1);
  const annotations = stdout.split('\n').filter((l) => l.startsWith('::error '));
  assert.equal(annotations.length, 4);
  assert.match(
    annotations[1]!,
    joined(
      /^::error title=edgenet cidr\/pod-overlaps-vpc,file=infra\/ros\/cluster\.yaml,/,
      /line=17,endLine=17,col=22,endColumn=35::Pod CIDR 172\.20\.0\.0\/16 lies inside/,
    ),
  );
  assert.match(
    stdout,
    joined(
      /^::warning title=edgenet%3A base not in the clone::The base edgenet-test\/no-such-base is not in the clone: /m,
      /findings on changed lines are not annotated first\. Check out with fetch-depth: 0/,
    ),
    'a base the shallow checkout lacks is a warning, not a debug line',
  );
  assert.match(
    stdout,
    joined(
      /^::warning title=edgenet%3A not trusted::trust-from origin\/edgenet-test\/no-such-base: /m,
      /no such commit in this repository[^\n]*fetch-depth: 0/,
    ),
    'a pull request whose base the clone lacks is linted untrusted, with a visible warning',
  );
  const summary = readFileSync(env.GITHUB_STEP_SUMMARY!, 'utf8');
  assert.match(summary, /^### edgenet: 4 errors, 0 warnings, 0 infos\n/);
  assert.match(summary, /\| 🔴 error \| `cidr\/pod-overlaps-vpc` \| `infra\/ros\/cluster\.yaml:17:22` \| Pod CIDR/);
  const sarif = JSON.parse(readFileSync(env['INPUT_SARIF-FILE']!, 'utf8'));
  assert.equal(sarif.runs[0].results.length, 4);
  assert.equal(
    readFileSync(env.GITHUB_OUTPUT!, 'utf8'),
    `sarif-file=${env['INPUT_SARIF-FILE']}\nfindings=4\nerrors=4\nwarnings=0\n`,
  );
});

test('the action honours fail-on and paths, and reports a bad input as an error annotation', async () => {
  const never = runnerEnv('never', { 'fail-on': 'never', paths: 'nodes' });
  let out = '';
  assert.equal(await runAction({ env: never, stdout: (t) => (out += t) }), 0);
  assert.equal(out.split('\n').filter((l) => l.startsWith('::error ')).length, 1);
  const bad = runnerEnv('bad', { 'fail-on': 'sometimes' });
  let err = '';
  assert.equal(await runAction({ env: bad, stdout: (t) => (err += t) }), 2);
  assert.equal(err, '::error title=edgenet::fail-on must be error, warning or never, not "sometimes"\n');
});

test('the committed bundle (dist/action.mjs) runs under node and writes the same', async () => {
  const env = runnerEnv('bundle');
  const run = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'action.mjs')], {
    env: { PATH: process.env.PATH, ...env },
    encoding: 'utf8',
  });
  assert.equal(run.status, 1, run.stderr);
  let inproc = '';
  const envB = runnerEnv('bundle-ref');
  await runAction({ env: envB, stdout: (t) => (inproc += t) });
  assert.equal(run.stdout, inproc);
  assert.equal(readFileSync(env.GITHUB_STEP_SUMMARY!, 'utf8'), readFileSync(envB.GITHUB_STEP_SUMMARY!, 'utf8'));
});
