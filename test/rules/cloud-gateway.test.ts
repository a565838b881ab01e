import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintJson, ruleFixture } from '../helpers.js';

const missing = (kind: string) => ruleFixture('gateway/cloud-gateway-missing', kind);
const onEdge = (kind: string) => ruleFixture('gateway/cloud-gateway-on-edge-node', kind);

test('cloud-gateway-missing: a webhook served from an Express Connect edge pool, no gateway (through wasm)', async () => {
  const { findings, code } = await lintJson([missing('fail')]);
  assert.equal(code, 1);
  assert.equal(findings.length, 1);
  const [f] = findings;
  assert.equal(f!.ruleId, 'gateway/cloud-gateway-missing');
  // At the webhook's service name: the reference that makes the API server call the edge.
  assert.deepEqual([f!.file, f!.line, f!.column], [`${missing('fail')}/webhook.yaml`, 9, 15]);
  assert.equal(
    f!.message,
    'The API server must reach pods on Express Connect pool sh-pool (ValidatingWebhookConfiguration policy-guard/guard.example.com calls Service guard-system/guard), but no cloud node carries the label node-role.alibabacloud.com/cloud-gateway.',
  );
  assert.deepEqual(f!.related, [
    { file: `${missing('fail')}/pools.yaml`, line: 11, column: 9, message: 'Express Connect pool sh-pool' },
  ]);
});

test('cloud-gateway-missing: a Cloud NodePool labelling its nodes as gateways passes', async () => {
  const { findings, code } = await lintJson([missing('pass')]);
  assert.deepEqual(findings, []);
  assert.equal(code, 0);
});

test('cloud-gateway-missing: apiServerReachesEdge: false in the config silences the inference', async () => {
  const { findings } = await lintJson([missing('fail'), '--config', 'test/data/api-server-no.yaml']);
  assert.deepEqual(
    findings.filter((f) => f.ruleId === 'gateway/cloud-gateway-missing'),
    [],
  );
});

test('cloud-gateway-on-edge-node: at the label, with what makes the node an edge node', async () => {
  const { findings } = await lintJson([onEdge('fail')]);
  const file = `${onEdge('fail')}/nodes.yaml`;
  assert.deepEqual(
    findings.map((f) => [f.ruleId, f.file, f.line, f.column, f.endColumn]),
    [
      ['gateway/cloud-gateway-on-edge-node', file, 10, 9, 49],
      ['gateway/cloud-gateway-on-edge-node', file, 17, 9, 49],
    ],
  );
  assert.match(findings[0]!.message, /^Node edge-a is on the edge \(openyurt\.io\/is-edge-worker=true\)/);
  assert.deepEqual(
    findings[0]!.related.map((r) => [r.line, r.column]),
    [[9, 9]],
  );
  // edge-b has no edge-worker label: its Edge NodePool decides, and the message says so.
  assert.match(findings[1]!.message, /^Node edge-b is on the edge \(in Edge pool bj-pool\)/);
});

test('cloud-gateway-on-edge-node: the label on a cloud node passes', async () => {
  const { findings } = await lintJson([onEdge('pass')]);
  assert.deepEqual(findings, []);
});
