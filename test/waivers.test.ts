/**
 * Waivers across rules, through the CLI: what they suppress (the report's summary), the expiry
 * date's source, --no-inline-ignores and --rule. Each input/* rule's own findings are in its
 * RuleTester test beside it (src/rules/input/*.test.ts).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { commentStart } from '../src/evaluate/suppressions.js';
import { cli, lintJson, ruleFixture, type JsonFinding } from './helpers.js';

const row = (f: JsonFinding) => [f.ruleId, f.file.split('/').pop(), f.line, f.column];
const suppressed = (report: Record<string, unknown>) => (report.summary as { suppressed: number }).suppressed;

test('invalid waivers (no reason, expired, unknown rule) suppress nothing', async () => {
  const { findings, report } = await lintJson([ruleFixture('input/invalid-suppression', 'fail')]);
  assert.deepEqual(findings.map(row), [
    ['cidr/not-private', '.edgenet.yaml', 2, 14],
    ['input/invalid-suppression', '.edgenet.yaml', 4, 5],
    ['input/invalid-suppression', '.edgenet.yaml', 8, 14],
    ['input/invalid-suppression', 'nodes.yaml', 6, 25],
    ['input/invalid-suppression', 'nodes.yaml', 9, 5],
    ['gateway/cloud-gateway-on-edge-node', 'nodes.yaml', 10, 5],
  ]);
  assert.equal(suppressed(report), 0);
});

const WORKING_WAIVERS_TITLE =
  'waivers that work: config entry with paths and a future ' +
  'expiry, an inline comment on the line above, an annotation';
test(WORKING_WAIVERS_TITLE, async () => {
  const { findings, report, code } = await lintJson([ruleFixture('input/invalid-suppression', 'pass')]);
  assert.deepEqual(findings, []);
  assert.equal(code, 0);
  assert.equal(suppressed(report), 3);
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

test('a waiver for a rule switched off with --rule is not called unused', async () => {
  const fail = ruleFixture('input/unused-suppression', 'fail');
  assert.deepEqual(
    (await lintJson([fail])).findings.map((f) => f.ruleId),
    ['input/unused-suppression'],
  );
  // It may be needed when the rule is back.
  const off = await lintJson([fail, '--rule', 'gateway/cloud-gateway-on-edge-node=off']);
  assert.deepEqual(off.findings, []);
});

test('a waiver is a comment: # at the start or after white space, outside quotes', () => {
  assert.equal(commentStart('    # edgenet-ignore a/b -- x'), 4);
  assert.equal(commentStart('key: value # edgenet-ignore a/b -- x'), 11);
  assert.equal(commentStart(`note: "do not add '# edgenet-ignore a/b -- x' here"`), -1);
  assert.equal(commentStart(`note: 'it''s # not a comment'`), -1);
  assert.equal(commentStart('url: http://example.com/#edgenet-ignore'), -1);
  assert.equal(commentStart(`a: "x" # edgenet-ignore a/b -- y`), 7);
});

const EDGE_NODE = (lines: string[]) =>
  [
    'apiVersion: v1',
    'kind: Node',
    'metadata:',
    '  name: edge-a',
    '  labels:',
    '    alibabacloud.com/is-edge-worker: "true"',
    ...lines,
    '    node-role.alibabacloud.com/cloud-gateway: ""',
    '',
  ].join('\n');

test('waiver text inside a quoted string waives nothing and is no unused waiver', async () => {
  const { findings } = await lintJson(['-', '--stdin-filename', 'n.yaml'], {
    stdin: EDGE_NODE([`    note: "do not add '# edgenet-ignore gateway/cloud-gateway-on-edge-node -- x' here"`]),
  });
  assert.deepEqual(findings.map(row), [['gateway/cloud-gateway-on-edge-node', 'n.yaml', 8, 5]]);
});

test('a lone CR ends a line for waivers as for findings: the waiver above the label still waives', async () => {
  const text = `# note\r${EDGE_NODE(['    # edgenet-ignore gateway/cloud-gateway-on-edge-node -- lab node'])}`;
  const { findings, report } = await lintJson(['-', '--stdin-filename', 'n.yaml'], { stdin: text });
  assert.deepEqual(findings, []);
  assert.equal(suppressed(report), 1);
});
