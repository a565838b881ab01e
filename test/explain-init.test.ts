/** explain (its examples are linted for real), docs/rules.md freshness, and init. */
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { RULES } from '../src/rules/catalogue.js';
import { readmeWithRuleTable } from '../src/cli/catalogue-text.js';
import { explain } from '../src/cli/explain.js';
import { tools, unless } from './compose/tools.js';
import { ROOT, cli, joined, lintJson } from './helpers.js';

const work = mkdtempSync(path.join(tmpdir(), 'edgenet-init-'));
after(() => rmSync(work, { recursive: true, force: true }));

test('every checked rule fires on its failing example and stays silent on its passing one', async () => {
  for (const rule of RULES) {
    const e = await explain(rule.id);
    assert.ok(e.fail && e.pass, `${rule.id} has both examples`);
    assert.ok(
      e.fail.findings.some((f) => f.ruleId === rule.id),
      `${rule.id} fires on its failing example`,
    );
    assert.equal(
      e.pass.findings.filter((f) => f.ruleId === rule.id).length,
      0,
      `${rule.id} is silent on its passing example`,
    );
  }
});

test('explain RULE: why, fix, both examples and what edgenet reports on them', async () => {
  const { stdout, code } = await cli(['explain', 'vxlan/backend-not-vxlan']);
  assert.equal(code, 0);
  assert.match(
    stdout,
    /^vxlan\/backend-not-vxlan \(warning\)\nflannel's Backend\.Type is not vxlan or is missing\n\nWhy: /,
  );
  assert.match(
    stdout,
    /\nFailing example \(fixtures\/rules\/vxlan\/backend-not-vxlan\/fail\):\n\n {2}flannel\.yaml\n {4}apiVersion: v1\n/,
  );
  assert.match(
    stdout,
    / {2}edgenet reports:\n {4}flannel\.yaml:11:17 {2}flannel's Backend\.Type is "host-gw", not "vxlan"\.\n/,
  );
  assert.match(stdout, / {2}edgenet reports nothing for vxlan\/backend-not-vxlan\.\n/);
  assert.equal((await cli(['explain', 'no/such-rule'])).code, 2);
});

test('docs/rules.md is what `explain --all --format markdown` writes (run `npm run docs`)', async () => {
  const { stdout } = await cli(['explain', '--all', '--format', 'markdown']);
  assert.equal(readFileSync(path.join(ROOT, 'docs', 'rules.md'), 'utf8'), stdout);
  for (const rule of RULES) assert.ok(stdout.includes(`## \`${rule.id}\``), rule.id);
});

test("the README's rule table is the catalogue's (run `npm run docs`)", () => {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  assert.equal(readme, readmeWithRuleTable(readme));
  for (const rule of RULES) assert.ok(readme.includes(`| [\`${rule.id}\`](docs/rules.md#`), rule.id);
});

const INIT_TITLE =
  'init writes a valid, commented configuration: found facts named, missing ones marked, pools as sites';
test(INIT_TITLE, async () => {
  const repo = path.join(work, 'repo');
  cpSync(path.join(ROOT, 'fixtures', 'example'), repo, {
    recursive: true,
    filter: (src) => !src.endsWith('.edgenet.yaml'),
  });
  const { stdout, code } = await cli(['init', 'repo'], { cwd: work });
  assert.equal(code, 0);
  assert.equal(stdout, 'wrote repo/.edgenet.yaml: 3 facts not found in the repository, marked NOT FOUND\n');
  const text = readFileSync(path.join(repo, '.edgenet.yaml'), 'utf8');
  assert.match(text, /^ {2}# VPC CIDR: found 172\.16\.0\.0\/12 \(infra\/ros\/vpc\.yaml:6\)$/m);
  assert.match(text, /^ {2}# edge-controller-manager version: NOT FOUND in the repository/m);
  assert.match(
    text,
    joined(
      /^ {2}sites:\n {4}- name: hz-pool\n {6}connection: express-connect {3}#/m,
      / from annotation alibabacloud\.com\/interconnection-mode: private\n/,
    ),
  );
  // The written file is used by the next run.
  const { findings } = await lintJson(['repo'], { cwd: work });
  assert.equal(findings.length, 4);
  const again = await cli(['init', 'repo'], { cwd: work });
  assert.equal(again.code, 2);
  assert.match(again.stderr, /exists; --force overwrites it/);
});

test('init on a fleet writes one clusters: entry per cluster found, with its reasons and facts', {
  skip: unless('kustomize'),
}, async () => {
  const { env } = tools();
  const repo = path.join(work, 'fleet');
  cpSync(path.join(ROOT, 'fixtures', 'fleets', 'gitops'), repo, {
    recursive: true,
    filter: (src) => !src.endsWith('.edgenet.yaml'),
  });
  const before = await lintJson(['fleet'], { cwd: work, env });
  const { code } = await cli(['init', 'fleet'], { cwd: work, env });
  assert.equal(code, 0);
  const text = readFileSync(path.join(repo, '.edgenet.yaml'), 'utf8');
  const names = [...text.matchAll(/^ {2}- name: (.+)$/gm)].map((m) => m[1]);
  assert.deepEqual(names, [
    'cloud/lab.yaml#EdgeA',
    'cloud/lab.yaml#EdgeB',
    'cloud/prod.yaml',
    'cloud/staging.yaml',
    'prod',
    'staging',
  ]);
  // A rendered value is named where it was written: the overlay's patch, not the build.
  const prod = text.slice(text.indexOf('  - name: prod\n'), text.indexOf('  - name: staging\n'));
  assert.match(prod, /^ {4}# formed by: files under clusters\/prod\/ \(Flux's clusters\/<name>\/ convention\)$/m);
  assert.match(
    prod,
    /^ {4}# pod CIDR: found 10\.0\.0\.0\/16 \(infrastructure\/overlays\/prod\/flannel-network\.yaml:9\)$/m,
  );
  assert.match(prod, /^ {4}sites:\n {6}- name: idc-pool\n/m);
  // Entries named as found join the clusters found: the same clusters, the same findings.
  const after = await lintJson(['fleet'], { cwd: work, env });
  assert.deepEqual(
    after.findings.map((f) => [f.ruleId, f.file, f.line, f.cluster, f.message]),
    before.findings.map((f) => [f.ruleId, f.file, f.line, f.cluster, f.message]),
  );
  const listed = await cli(['clusters', 'fleet', '--format', 'json'], { cwd: work, env });
  assert.deepEqual(
    (JSON.parse(listed.stdout) as { clusters: { name: string }[] }).clusters.map((c) => c.name),
    names,
  );
});

test('init on an empty directory writes a configuration that validates, every fact marked NOT FOUND', async () => {
  const repo = path.join(work, 'empty');
  mkdirSync(repo);
  const { code, stdout } = await cli(['init', 'empty'], { cwd: work });
  assert.equal(code, 0);
  assert.equal(stdout, 'wrote empty/.edgenet.yaml: 7 facts not found in the repository, marked NOT FOUND\n');
  // `cluster:` with every key commented out is an empty section, not "cluster must be object".
  assert.match(readFileSync(path.join(repo, '.edgenet.yaml'), 'utf8'), /^cluster:\n {2}# VPC CIDR: NOT FOUND/m);
  const again = await lintJson(['empty'], { cwd: work });
  assert.equal(again.code, 0);
});

test('explain works without git: a pull-request example is left out, not an internal error', async () => {
  const before = process.env.PATH;
  process.env.PATH = mkdtempSync(path.join(tmpdir(), 'edgenet-no-git-'));
  try {
    const { code, stdout } = await cli(['explain', 'input/untrusted-waiver']);
    assert.equal(code, 0);
    assert.match(stdout, /^input\/untrusted-waiver \(warning\)\n/);
    assert.doesNotMatch(stdout, /Failing example/);
  } finally {
    process.env.PATH = before;
  }
});
