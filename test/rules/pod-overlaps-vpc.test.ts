import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintJson, positions, ruleFixture } from '../helpers.js';

const RULE = 'cidr/pod-overlaps-vpc';
const dir = (kind: string) => ruleFixture('cidr/pod-overlaps-vpc', kind);

test('pod-overlaps-vpc: flannel Network inside a VPC given by !Ref to a Parameter Default', async () => {
  const { findings, code } = await lintJson([dir('fail')]);
  assert.equal(code, 1);
  const flannel = findings.find((f) => f.ruleId === RULE && f.file.endsWith('flannel.yaml'));
  assert.ok(flannel, 'a finding on flannel.yaml');
  // At the CIDR inside net-conf.json (a lower-case "network" key: flannel matches keys case-insensitively).
  assert.deepEqual([flannel.line, flannel.column, flannel.endLine, flannel.endColumn], [9, 18, 9, 33]);
  assert.equal(
    flannel.message,
    `Pod CIDR 10.0.128.0/17 lies inside VPC CIDR 10.0.0.0/16 declared at ${dir('fail')}/vpc.yaml:5 (10.0.128.0/17 in both).`,
  );
  // The other end is the Parameter's Default, where the VPC's value is written.
  assert.deepEqual(
    flannel.related.map((r) => [r.file, r.line, r.column]),
    [[`${dir('fail')}/vpc.yaml`, 5, 14]],
  );
});

test('pod-overlaps-vpc: a config pod CIDR that contains a subnet is reported at the config value', async () => {
  const { findings } = await lintJson([dir('fail')]);
  const config = findings.filter((f) => f.ruleId === RULE && f.file.endsWith('.edgenet.yaml'));
  assert.equal(config.length, 1);
  assert.deepEqual([config[0]!.line, config[0]!.column], [3, 7]);
  assert.match(config[0]!.message, /^Pod CIDR 192\.168\.0\.0\/16 contains vSwitch CIDR 192\.168\.8\.0\/22 /);
  assert.deepEqual(
    config[0]!.related.map((r) => [r.line, r.column]),
    [[15, 18]],
  );
  assert.equal(positions(findings, RULE).length, 2);
});

test('pod-overlaps-vpc: disjoint pod and VPC ranges pass', async () => {
  const { findings, code } = await lintJson([dir('pass')]);
  assert.deepEqual(findings, []);
  assert.equal(code, 0);
});
