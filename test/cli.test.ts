import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { RULES } from '../src/rules/catalogue.js';
import { ROOT, SHARED, cli, lintJson, ruleFixture } from './helpers.js';

const EXAMPLE = 'fixtures/example';

test('lint on the README example: every violation at its line and column, exit 1', async () => {
  const { findings, code, report } = await lintJson([EXAMPLE]);
  assert.equal(code, 1);
  assert.deepEqual(
    findings.map((f) => [f.ruleId, f.file, f.line, f.column]),
    [
      ['gateway/cloud-gateway-missing', `${EXAMPLE}/apps/metrics/custom-metrics.yaml`, 10, 11],
      ['cidr/pod-overlaps-vpc', `${EXAMPLE}/infra/ros/cluster.yaml`, 17, 22],
      ['cidr/pod-overlaps-vpc', `${EXAMPLE}/kube-system/kube-flannel.yaml`, 11, 18],
      ['gateway/cloud-gateway-on-edge-node', `${EXAMPLE}/nodes/nodes.yaml`, 18, 5],
    ],
  );
  assert.deepEqual(report.summary, { files: 7, documents: 11, errors: 4, warnings: 0, infos: 0, suppressed: 0 });
  assert.deepEqual(report.tool, { name: 'edgenet', version: '0.1.0' });
  assert.equal(report.version, 1);
});

test('JSON report: contract field order, resource and related on every finding', async () => {
  const { findings } = await lintJson([EXAMPLE]);
  const pod = findings.find((f) => f.file.endsWith('cluster.yaml'))!;
  assert.deepEqual(Object.keys(pod), [
    'ruleId',
    'level',
    'message',
    'file',
    'line',
    'column',
    'endLine',
    'endColumn',
    'resource',
    'cluster',
    'related',
  ]);
  // The example is one cluster: the field is there, and null.
  assert.equal((pod as unknown as { cluster: unknown }).cluster, null);
  assert.deepEqual(pod.resource, {
    kind: 'ALIYUN::CS::ManagedEdgeKubernetesCluster',
    name: 'Cluster',
    namespace: null,
  });
  assert.deepEqual([pod.endLine, pod.endColumn], [17, 35]);
  assert.equal(
    pod.message,
    `Pod CIDR 172.20.0.0/16 lies inside VPC CIDR 172.16.0.0/12 declared at ${EXAMPLE}/infra/ros/vpc.yaml:6 ` +
      '(172.20.0.0/16 in both).',
  );
  assert.deepEqual(pod.related, [
    {
      file: `${EXAMPLE}/infra/ros/vpc.yaml`,
      line: 6,
      column: 14,
      message: 'VPC CIDR 172.16.0.0/12 declared here (VPC Vpc)',
    },
  ]);
});

test('the text report groups by file, shows the line with a caret, and ends with a summary', async () => {
  const { stdout, code } = await cli(['lint', EXAMPLE]);
  assert.equal(code, 1);
  assert.match(stdout, /^fixtures\/example\/apps\/metrics\/custom-metrics\.yaml\n {2}10:11 {2}error {2}/);
  assert.ok(
    stdout.includes('    17 |       ContainerCidr: 172.20.0.0/16\n       |                      ^^^^^^^^^^^^^\n'),
    stdout,
  );
  assert.ok(
    stdout.includes(`      ↳ ${EXAMPLE}/infra/ros/vpc.yaml:6:14  VPC CIDR 172.16.0.0/12 declared here (VPC Vpc)`),
  );
  assert.match(stdout, /\n4 problems \(4 errors, 0 warnings, 0 infos\) in 7 files, 11 documents\.\n$/);
  assert.doesNotMatch(stdout, /\u001b\[/, 'no colour off a TTY');
});

test('same input, same bytes out', async () => {
  const a = await cli(['lint', '--format', 'json', EXAMPLE]);
  const b = await cli(['lint', '--format', 'json', EXAMPLE]);
  assert.equal(a.stdout, b.stdout);
});

test('--fail-on and --rule decide the exit code and the levels', async () => {
  assert.equal((await cli(['lint', EXAMPLE, '--fail-on', 'never'])).code, 0);
  const off = await lintJson([
    EXAMPLE,
    '--rule',
    'cidr/pod-overlaps-vpc=off',
    '--rule',
    'gateway/cloud-gateway-missing=off',
    '--rule',
    'gateway/cloud-gateway-on-edge-node=warning',
  ]);
  assert.deepEqual(
    off.findings.map((f) => [f.ruleId, f.level]),
    [['gateway/cloud-gateway-on-edge-node', 'warning']],
  );
  assert.equal(off.code, 0, 'a warning does not fail at --fail-on error');
  const strict = await cli([
    'lint',
    EXAMPLE,
    '--rule',
    'cidr/pod-overlaps-vpc=off',
    '--rule',
    'gateway/cloud-gateway-missing=off',
    '--rule',
    'gateway/cloud-gateway-on-edge-node=warning',
    '--fail-on',
    'warning',
  ]);
  assert.equal(strict.code, 1);
});

test('a clean repository exits 0 with "No problems"', async () => {
  const { stdout, code } = await cli(['lint', 'fixtures/rules/cidr/pod-overlaps-vpc/pass']);
  assert.equal(code, 0);
  assert.match(stdout, /^No problems \(2 files, 2 documents\)\.\n$/);
});

const FIXTURE_EXITS =
  "every rule's fixtures: a passing one lints clean and exits 0; a failing one exits 1 exactly when it holds an error";
test(FIXTURE_EXITS, async () => {
  for (const rule of RULES) {
    const pass = await lintJson([ruleFixture(rule.id, 'pass')]);
    assert.deepEqual(pass.findings, [], `${rule.id} pass`);
    assert.equal(pass.code, 0, `${rule.id} pass`);
    const fail = await lintJson([ruleFixture(rule.id, 'fail')]);
    const errors = fail.findings.some((f) => f.level === 'error');
    assert.equal(fail.code, errors ? 1 : 0, `${rule.id} fail`);
  }
  // Pinned, so that the loop cannot pass by never seeing an error or never seeing a clean failing fixture.
  assert.equal((await lintJson([ruleFixture('cidr/pod-overlaps-vpc', 'fail')])).code, 1);
  assert.equal((await lintJson([ruleFixture('gateway/cloud-gateway-missing', 'fail')])).code, 1);
  assert.equal((await lintJson([ruleFixture('input/skipped', 'fail')])).code, 0, 'an info does not fail');
});

const CONFIG_FLAG =
  "--config names the configuration file: it replaces the directory's own, and is reported under its name";
test(CONFIG_FLAG, async () => {
  const ecm = await lintJson([ruleFixture('gateway/controller-too-old', 'pass'), '--config', 'test/data/ecm-2.0.yaml']);
  assert.deepEqual(
    ecm.findings.map((f) => [f.ruleId, f.file, f.line, f.column]),
    [['gateway/controller-too-old', 'test/data/ecm-2.0.yaml', 2, 33]],
  );
  const missing = ruleFixture('gateway/cloud-gateway-missing', 'fail');
  const silenced = await lintJson([missing, '--config', 'test/data/api-server-no.yaml']);
  assert.deepEqual(
    silenced.findings.filter((f) => f.ruleId === 'gateway/cloud-gateway-missing'),
    [],
  );
});

test('--context: the model comes from the whole directory, findings only for the named files', async () => {
  const dir = 'fixtures/example';
  const { findings } = await lintJson(['--context', dir, `${dir}/kube-system/kube-flannel.yaml`]);
  // The overlap needs the VPC from another file to be seen at all.
  assert.deepEqual(
    findings.map((f) => [f.ruleId, f.file, f.line]),
    [['cidr/pod-overlaps-vpc', `${dir}/kube-system/kube-flannel.yaml`, 11]],
  );
  assert.equal(findings[0]!.related[0]!.file, `${dir}/infra/ros/vpc.yaml`);
});

test('--context: a finding whose related end is a named file is reported (only the VPC staged)', async () => {
  const dir = 'fixtures/example';
  const { findings, code } = await lintJson(['--context', dir, `${dir}/infra/ros/vpc.yaml`]);
  assert.equal(code, 1);
  assert.deepEqual(
    findings.map((f) => [f.ruleId, f.file, f.line, f.related.map((r) => `${r.file}:${r.line}:${r.column}`)]),
    [
      ['cidr/pod-overlaps-vpc', `${dir}/infra/ros/cluster.yaml`, 17, [`${dir}/infra/ros/vpc.yaml:6:14`]],
      ['cidr/pod-overlaps-vpc', `${dir}/kube-system/kube-flannel.yaml`, 11, [`${dir}/infra/ros/vpc.yaml:6:14`]],
    ],
  );
  // A file neither end of any finding is in: nothing reported, exit 0.
  const clean = await lintJson([
    '--context',
    dir,
    `${dir}/apps/metrics/custom-metrics.yaml`,
    '--rule',
    'gateway/cloud-gateway-missing=off',
  ]);
  assert.deepEqual([clean.code, clean.findings.length], [0, 0]);
});

test('--context with stdin: the staged content stands for its file, broken YAML included', async () => {
  const dir = 'fixtures/example';
  const flannel = `${dir}/kube-system/kube-flannel.yaml`;
  const staged = readFileSync(path.join(ROOT, flannel), 'utf8');
  const ok = await lintJson(['--context', dir, '-', '--stdin-filename', flannel], { stdin: staged });
  assert.equal(ok.code, 1);
  assert.deepEqual(
    ok.findings.map((f) => [f.ruleId, f.file, f.line, f.column]),
    [['cidr/pod-overlaps-vpc', flannel, 11, 18]],
  );
  const broken = await lintJson(['--context', dir, '-', '--stdin-filename', flannel], {
    stdin: 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: [1,\n',
  });
  assert.equal(broken.code, 1);
  assert.deepEqual(
    broken.findings.map((f) => [f.ruleId, f.file, f.line, f.column]),
    [['input/parse-error', flannel, 4, 1]],
  );
});

test('stdin is read with -, reported under --stdin-filename', async () => {
  const { findings } = await lintJson(['-', '--stdin-filename', 'piped/nodes.yaml'], {
    stdin:
      'apiVersion: v1\nkind: Node\nmetadata:\n  name: e\n  labels:\n' +
      '    alibabacloud.com/is-edge-worker: "true"\n    node-role.alibabacloud.com/cloud-gateway: ""\n',
  });
  assert.deepEqual(
    findings.map((f) => [f.ruleId, f.file, f.line, f.column]),
    [['gateway/cloud-gateway-on-edge-node', 'piped/nodes.yaml', 7, 5]],
  );
});

test('a parse error is a finding and the run goes on', async () => {
  const { findings, code } = await lintJson(
    ['-', 'fixtures/rules/gateway/cloud-gateway-on-edge-node/fail', '--stdin-filename', 'broken.yaml'],
    { stdin: 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: [1,\ndata: {}\n' },
  );
  assert.equal(code, 1);
  const parse = findings.filter((f) => f.ruleId === 'input/parse-error');
  assert.equal(parse.length > 0, true);
  assert.equal(parse[0]!.file, 'broken.yaml');
  assert.equal(findings.filter((f) => f.ruleId === 'gateway/cloud-gateway-on-edge-node').length, 2);
});

const NOT_A_MANIFEST =
  'a file that is no manifest (a snapcraft.yaml, a cfssl CSR) and cannot be read is an info, not an error';
test(NOT_A_MANIFEST, async () => {
  const { findings, code } = await lintJson(['-', '--stdin-filename', 'snap/snapcraft.yaml'], {
    stdin: 'name: flannel\ndescription:|  A layer 3 network fabric\nversion: 1\n',
  });
  assert.equal(code, 0);
  assert.deepEqual(
    findings.map((f) => [f.ruleId, f.level, f.line, f.column]),
    [['input/skipped', 'info', 2, 1]],
  );
  assert.match(
    findings[0]!.message,
    /^Not analysed: not read \(.+\); it holds no Kubernetes object or ROS\/CloudFormation template/,
  );
});

test('--output FORMAT=FILE writes reports beside the one on stdout; --output FILE takes its place', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'edgenet-out-'));
  try {
    const file = path.join(dir, 'r', 'report.json');
    const result = await cli(['lint', EXAMPLE, '--output', `json=${file}`]);
    assert.equal(result.code, 1);
    assert.match(result.stdout, /^4 problems \(4 errors, 0 warnings, 0 infos\) in 7 files, 11 documents\.$/m);
    const report = JSON.parse(readFileSync(file, 'utf8'));
    assert.equal(report.findings.length, 4);
    // The case: the JSON stays on stdout beside the SARIF file.
    const both = await cli(['lint', EXAMPLE, '--format', 'json', '--output', `sarif=${dir}/r.sarif`]);
    assert.deepEqual(JSON.parse(both.stdout), report);
    assert.equal(JSON.parse(readFileSync(`${dir}/r.sarif`, 'utf8')).runs[0].results.length, 4);
    // --output FILE without a format: the --format report goes there instead of stdout.
    const moved = await cli(['lint', EXAMPLE, '--format', 'json', '--output', `${dir}/plain.json`]);
    assert.equal(moved.stdout, '');
    assert.deepEqual(JSON.parse(readFileSync(`${dir}/plain.json`, 'utf8')), report);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('usage errors exit 2 with one line on stderr', async () => {
  for (const argv of [
    ['lint', '--frobnicate'],
    ['lint', '--format', 'xml'],
    ['lint', '--rule', 'no/such=off'],
    ['lint', 'does-not-exist'],
    ['launch'],
  ]) {
    const result = await cli(argv);
    assert.equal(result.code, 2, argv.join(' '));
    assert.match(result.stderr, /^edgenet: [^\n]+\n$/, argv.join(' '));
  }
});

test('rules lists the whole catalogue; version prints the package version', async () => {
  const rules = JSON.parse((await cli(['rules', '--format', 'json'])).stdout).rules as { id: string; level: string }[];
  assert.deepEqual(
    rules.map((r) => r.id),
    RULES.map((r) => r.id),
  );
  assert.equal((await cli(['version'])).stdout, 'edgenet 0.1.0\n');
  const text = (await cli(['rules'])).stdout;
  assert.match(text, /^input\/parse-error +error +File is not valid YAML or JSON$/m);
});

test('the catalogue has every rule id of the contract, with its default level', {
  skip: !existsContract() && 'contract.md not found beside the project (../shared): skipped',
}, () => {
  const contract = readFileSync(path.join(SHARED, 'design', 'contract.md'), 'utf8');
  const rows = [...contract.matchAll(/^\| `([a-z]+\/[a-z0-9-]+)` \| (error|warning|info) \|/gm)].map((m) => [
    m[1],
    m[2],
  ]);
  assert.equal(rows.length, 21);
  // Ids are forever: every rule of the contract is in the catalogue at its level (new ones may be added).
  const catalogue = new Map(RULES.map((r) => [r.id as string, r.level]));
  for (const [id, level] of rows) assert.equal(catalogue.get(id!), level, id);
});

test('the installed command (the esbuild bundle) gives the same report as the sources', async () => {
  const built = spawnSync(
    process.execPath,
    [path.join(ROOT, 'bin', 'edgenet.js'), 'lint', '--format', 'json', EXAMPLE],
    { cwd: ROOT, encoding: 'utf8' },
  );
  assert.equal(built.status, 1, built.stderr);
  assert.equal(built.stdout, (await cli(['lint', '--format', 'json', EXAMPLE])).stdout);
  const version = execFileSync(process.execPath, [path.join(ROOT, 'bin', 'edgenet.js'), 'version'], {
    encoding: 'utf8',
  });
  assert.equal(version, 'edgenet 0.1.0\n');
});

function existsContract(): boolean {
  try {
    readFileSync(path.join(SHARED, 'design', 'contract.md'));
    return true;
  } catch {
    return false;
  }
}

test('a minified JSON manifest that cannot be read is still a parse error', async () => {
  const { findings, code } = await lintJson(['-', '--stdin-filename', 'node.json'], {
    stdin: '{"apiVersion":"v1","kind":"Node","metadata":{"name":"a","name":"b"}}\n',
  });
  assert.equal(code, 1);
  assert.deepEqual(
    findings.map((f) => [f.ruleId, f.level]),
    [['input/parse-error', 'error']],
  );
});

test('--context counts only the suppressed findings it reports', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'edgenet-suppressed-'));
  try {
    const node = (name: string) =>
      `apiVersion: v1\nkind: Node\nmetadata:\n  name: ${name}\n  labels:\n` +
      '    alibabacloud.com/is-edge-worker: "true"\n' +
      '    # edgenet-ignore gateway/cloud-gateway-on-edge-node -- lab node\n' +
      '    node-role.alibabacloud.com/cloud-gateway: ""\n';
    writeFileSync(path.join(dir, 'a.yaml'), node('a'));
    writeFileSync(path.join(dir, 'b.yaml'), node('b'));
    const { report } = await lintJson(['--no-cache', '--context', '.', 'a.yaml'], { cwd: dir });
    assert.equal((report.summary as { suppressed: number }).suppressed, 1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('--stdin-filename is a path like any other (./a.yaml replaces a.yaml), and - is read once', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'edgenet-stdin-'));
  try {
    const node =
      'apiVersion: v1\nkind: Node\nmetadata:\n  name: a\n  labels:\n' +
      '    alibabacloud.com/is-edge-worker: "true"\n    node-role.alibabacloud.com/cloud-gateway: ""\n';
    writeFileSync(path.join(dir, 'a.yaml'), node);
    const { findings } = await lintJson(['.', '-', '--stdin-filename', './a.yaml'], { cwd: dir, stdin: node });
    assert.deepEqual(
      findings.map((f) => [f.ruleId, f.file, f.line]),
      [['gateway/cloud-gateway-on-edge-node', 'a.yaml', 7]],
    );
    const twice = await cli(['lint', '-', '-'], { cwd: dir, stdin: node });
    assert.equal(twice.code, 2);
    assert.equal(twice.stderr, 'edgenet: - (stdin) is named twice\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
