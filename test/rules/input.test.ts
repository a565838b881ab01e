/** The input/* rules on their fixtures, and waivers: inline, annotation, config, expiry, unused, --no-inline-ignores. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cli, lintJson, ruleFixture, type JsonFinding } from '../helpers.js';

const row = (f: JsonFinding) => [f.ruleId, f.file.split('/').pop(), f.line, f.column];

async function silent(ruleId: string): Promise<void> {
  const { findings } = await lintJson([ruleFixture(ruleId, 'pass')]);
  assert.deepEqual(findings, [], ruleId);
}

test('input/parse-error: at the parser position, one message line', async () => {
  const { findings } = await lintJson([ruleFixture('input/parse-error', 'fail')]);
  assert.deepEqual(findings.map(row), [['input/parse-error', 'broken.yaml', 7, 3]]);
  assert.equal(
    findings[0]!.message,
    'Flow sequence in block collection must be sufficiently indented and end with a ]',
  );
  await silent('input/parse-error');
});

test('input/invalid-resource: a NodePool type and a non-canonical podCIDR', async () => {
  const { findings } = await lintJson([ruleFixture('input/invalid-resource', 'fail')]);
  assert.deepEqual(findings.map(row), [
    ['input/invalid-resource', 'pool.yaml', 6, 9],
    ['input/invalid-resource', 'pool.yaml', 13, 12],
  ]);
  await silent('input/invalid-resource');
});

test('input/skipped: a Helm template, at the template syntax, as info', async () => {
  const { findings, code } = await lintJson([ruleFixture('input/skipped', 'fail')]);
  assert.deepEqual(
    findings.map((f) => [...row(f), f.level]),
    [['input/skipped', 'configmap.yaml', 4, 9, 'info']],
  );
  assert.equal(code, 0);
  await silent('input/skipped');
});

test('input/invalid-suppression: no reason, expired, unknown rule; each suppresses nothing', async () => {
  const { findings, report } = await lintJson([ruleFixture('input/invalid-suppression', 'fail')]);
  assert.deepEqual(findings.map(row), [
    ['cidr/not-private', '.edgenet.yaml', 2, 14],
    ['input/invalid-suppression', '.edgenet.yaml', 4, 5],
    ['input/invalid-suppression', '.edgenet.yaml', 8, 14],
    ['input/invalid-suppression', 'nodes.yaml', 6, 25],
    ['input/invalid-suppression', 'nodes.yaml', 9, 5],
    ['gateway/cloud-gateway-on-edge-node', 'nodes.yaml', 10, 5],
  ]);
  assert.equal(findings[2]!.message, 'The waiver for cidr/not-private expired on 2020-06-30; it suppresses nothing.');
  assert.match(findings[3]!.message, /names "gateway\/no-such-rule", which is not a rule/);
  assert.equal((report.summary as { suppressed: number }).suppressed, 0);
});

test('waivers that work: config entry with paths and a future expiry, an inline comment on the line above, an annotation', async () => {
  const { findings, report, code } = await lintJson([ruleFixture('input/invalid-suppression', 'pass')]);
  assert.deepEqual(findings, []);
  assert.equal(code, 0);
  assert.equal((report.summary as { suppressed: number }).suppressed, 3);
});

test('an expiry date is judged against EDGENET_TODAY (or today)', async () => {
  const result = await cli(['lint', '--format', 'json', ruleFixture('input/invalid-suppression', 'pass')], {
    env: { EDGENET_TODAY: '2100-01-01' },
  });
  const ids = (JSON.parse(result.stdout).findings as JsonFinding[]).map((f) => f.ruleId);
  assert.deepEqual(ids, ['cidr/not-private', 'input/invalid-suppression']);
});

test('--no-inline-ignores: comments and annotations stop working, config entries still do', async () => {
  const { findings } = await lintJson([ruleFixture('input/invalid-suppression', 'pass'), '--no-inline-ignores']);
  assert.deepEqual(findings.map(row), [
    ['gateway/cloud-gateway-on-edge-node', 'nodes.yaml', 8, 5],
    ['gateway/cloud-gateway-on-edge-node', 'nodes.yaml', 18, 5],
  ]);
});

test('input/unused-suppression: a waiver on a line with nothing to waive', async () => {
  const { findings } = await lintJson([ruleFixture('input/unused-suppression', 'fail')]);
  assert.deepEqual(
    findings.map((f) => [...row(f), f.message]),
    [
      [
        'input/unused-suppression',
        'nodes.yaml',
        7,
        50,
        'The waiver for gateway/cloud-gateway-on-edge-node matches no finding.',
      ],
    ],
  );
  await silent('input/unused-suppression');
  // A waiver for a rule switched off is not called unused: it may be needed when the rule is back.
  const off = await lintJson([
    ruleFixture('input/unused-suppression', 'fail'),
    '--rule',
    'gateway/cloud-gateway-on-edge-node=off',
  ]);
  assert.deepEqual(off.findings, []);
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
