/**
 * `npm run new-rule` scaffolds a rule that passes npm test's checks as generated. Each half runs in
 * a throw-away clone of the working tree (HEAD, the uncommitted changes and untracked files;
 * node_modules linked): scaffold vxlan/probe-rule, then type-check, lint, and run the catalogue
 * test, the generated RuleTester test, explain's tests and the docs' and schema's freshness. The Rego
 * half also runs check:policy (opa fmt, opa check --strict, opa test, the wasm's freshness); it needs opa:
 * without it (and without CI) it is skipped with a message; CI must run it.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { ROOT } from './helpers.js';

const ID = 'vxlan/probe-rule';
const scratch = mkdtempSync(path.join(tmpdir(), 'edgenet-new-rule-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

interface Run {
  status: number | null;
  stdout: string;
  /** stdout and stderr as they came. */
  output: string;
}

// Without NODE_TEST_CONTEXT, which would make a nested `node --test` skip its files and pass.
const { NODE_TEST_CONTEXT: _, ...env } = process.env;
const options = (cwd: string) => ({ cwd, env: { ...env, NO_COLOR: '1' } });

/** A command run without blocking, so that the two halves run side by side. */
function sh(cwd: string, cmd: string, args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { ...options(cwd), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let output = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d;
      output += d;
    });
    child.stderr.on('data', (d: Buffer) => (output += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, output }));
  });
}

/** For the set-up, before any test runs. */
function shSync(cwd: string, cmd: string, args: string[]): Run {
  const r = spawnSync(cmd, args, { ...options(cwd), encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout ?? '', output: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}

/** Asserts the exit code, showing the command's last lines when it differs. */
function expect(run: Run, status: number, what: string): void {
  assert.equal(run.status, status, `${what} exited ${run.status}:\n${run.output.split('\n').slice(-40).join('\n')}`);
}

const git = (args: string[], cwd = ROOT) => shSync(cwd, 'git', args);
const inGit = git(['rev-parse', '--is-inside-work-tree']).stdout.trim() === 'true';

/** A clone of the working tree as it is: HEAD plus uncommitted changes (git stash create) and untracked files. */
function cloneWorkingTree(name: string): string {
  const dir = path.join(scratch, name);
  const commit = git(['stash', 'create']).stdout.trim() || git(['rev-parse', 'HEAD']).stdout.trim();
  expect(git(['clone', '--quiet', '--shared', '--no-checkout', ROOT, dir], scratch), 0, 'git clone');
  expect(git(['checkout', '--quiet', '--detach', commit], dir), 0, 'git checkout');
  const untracked = git(['ls-files', '--others', '--exclude-standard', '-z']).stdout.split('\0').filter(Boolean);
  for (const file of untracked) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    copyFileSync(path.join(ROOT, file), path.join(dir, file));
  }
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

const node = (cwd: string, ...args: string[]) => sh(cwd, process.execPath, args);
const nodeTests = (cwd: string, files: string[]) => node(cwd, '--import', 'tsx', '--test', ...files);

/** The new rule as `edgenet rules` lists it: [id, level, engine]. */
async function listed(cwd: string): Promise<[string, string, string] | undefined> {
  const run = await node(cwd, '--import', 'tsx', 'src/cli/bin.ts', 'rules', '--format', 'json');
  expect(run, 0, 'edgenet rules');
  const rule = (JSON.parse(run.stdout).rules as { id: string; level: string; engine: string }[]).find(
    (r) => r.id === ID,
  );
  return rule && [rule.id, rule.level, rule.engine];
}

/** The checks of npm test a new rule meets: types, lint, the catalogue, its own test, the docs, the config schema. */
async function checksPass(cwd: string, ownTest: string): Promise<void> {
  expect(await sh(cwd, 'npx', ['tsc', '--noEmit', '-p', '.']), 0, 'typecheck');
  expect(await sh(cwd, 'npx', ['biome', 'check', '.']), 0, 'biome check');
  const run = await nodeTests(cwd, [
    'test/catalogue.test.ts',
    ownTest,
    'test/explain-init.test.ts',
    'test/config.test.ts',
  ]);
  expect(run, 0, 'the catalogue, the new rule and the freshness tests');
  assert.match(run.output, /^# fail 0$/m);
  assert.match(run.output, new RegExp(`^ok \\d+ - ${ID} invalid: the failing fixture$`, 'm'));
}

function opaAvailable(): boolean {
  const gobin = shSync(ROOT, 'go', ['env', 'GOPATH']);
  const candidates = ['opa', ...(gobin.status === 0 ? [path.join(gobin.stdout.trim(), 'bin', 'opa')] : [])];
  return candidates.some((bin) => shSync(ROOT, bin, ['version']).status === 0);
}

// The halves side by side: each waits on its own commands.
describe('npm run new-rule', { concurrency: true }, () => {
  test('new-rule: a TypeScript rule, registered in the catalogue, passes the checks as generated', {
    skip: !inGit && 'not a git checkout: the scaffold test clones the working tree',
  }, async () => {
    const dir = cloneWorkingTree('ts');
    const scaffold = await sh(dir, 'npm', ['run', '--silent', 'new-rule', '--', ID]);
    expect(scaffold, 0, 'npm run new-rule');
    assert.match(scaffold.output, /is wired in and `npm test` passes\. Next:/);
    for (const file of [
      'src/rules/vxlan/probe-rule.ts',
      'src/rules/vxlan/probe-rule.test.ts',
      'fixtures/rules/vxlan/probe-rule/fail/nodes.yaml',
      'fixtures/rules/vxlan/probe-rule/pass/nodes.yaml',
    ]) {
      assert.ok(existsSync(path.join(dir, file)), file);
    }
    const catalogue = readFileSync(path.join(dir, 'src/rules/catalogue.ts'), 'utf8');
    assert.match(catalogue, /^import \{ probeRule \} from '\.\/vxlan\/probe-rule\.js';$/m);
    // In its family's place in TS_RULES: right after the other vxlan rules.
    const entries = /export const TS_RULES = \[([^\]]*)\]/.exec(catalogue)![1]!.match(/\w+/g)!;
    const vxlan = [...catalogue.matchAll(/^import \{ (\w+) \} from '\.\/vxlan\//gm)].map((m) => m[1]);
    const lastOther = Math.max(...entries.map((e, i) => (vxlan.includes(e) && e !== 'probeRule' ? i : -1)));
    assert.equal(entries.indexOf('probeRule'), lastOther + 1, entries.join(', '));
    assert.deepEqual(await listed(dir), [ID, 'warning', 'ts']);
    await checksPass(dir, 'src/rules/vxlan/probe-rule.test.ts');

    // Refused, and nothing written: the id exists, a bad id, an unknown family.
    const before = git(['status', '--porcelain'], dir).output;
    for (const [args, message] of [
      [[ID], /vxlan\/probe-rule exists/],
      [['vxlan/Probe_Rule'], /is not a rule id/],
      [['mesh/probe-rule'], /unknown family "mesh".*--new-family/],
      [['vxlan/other-rule', '--frobnicate'], /unknown option --frobnicate/],
    ] as const) {
      const refused = await node(dir, 'scripts/new-rule.mjs', ...args);
      expect(refused, 2, `new-rule ${args.join(' ')}`);
      assert.match(refused.output, message);
    }
    assert.equal(git(['status', '--porcelain'], dir).output, before);
  });

  test('new-rule --rego: a Rego rule with METADATA, opa tests and the wasm rebuilt passes the checks as generated', {
    skip: !inGit
      ? 'not a git checkout: the scaffold test clones the working tree'
      : !opaAvailable() &&
        !process.env.CI &&
        'opa not found: the Rego half is skipped (CI runs it; `npm run build:policy` installs opa with Go)',
  }, async () => {
    const dir = cloneWorkingTree('rego');
    const scaffold = await sh(dir, 'npm', ['run', '--silent', 'new-rule', '--', ID, '--rego']);
    expect(scaffold, 0, 'npm run new-rule --rego');
    for (const file of [
      'policies/vxlan/probe-rule.rego',
      'policies/vxlan/probe-rule_test.rego',
      'policies/vxlan/probe-rule.test.ts',
      'fixtures/rules/vxlan/probe-rule/fail/nodes.yaml',
      'fixtures/rules/vxlan/probe-rule/pass/nodes.yaml',
    ]) {
      assert.ok(existsSync(path.join(dir, file)), file);
    }
    assert.match(
      readFileSync(path.join(dir, 'src/rules/rego-rules.generated.ts'), 'utf8'),
      /"id": "vxlan\/probe-rule"/,
    );
    assert.deepEqual(await listed(dir), [ID, 'warning', 'rego']);
    // opa fmt, opa check --strict against the model's schema, opa test, and the committed wasm fresh.
    expect(await sh(dir, 'npm', ['run', '--silent', 'check:policy']), 0, 'npm run check:policy');
    await checksPass(dir, 'policies/vxlan/probe-rule.test.ts');
  });
});
