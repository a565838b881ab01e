/**
 * Every cidr/* rule on its fixtures, through the CLI: positions, both ends, messages. The
 * pod-overlaps-vpc rule has its own file (it was the first).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintJson, ruleFixture, type JsonFinding } from '../helpers.js';

/** [file name, line, column, endColumn] of one rule's findings. */
function places(findings: JsonFinding[], ruleId: string): [string, number, number, number][] {
  return findings
    .filter((f) => f.ruleId === ruleId)
    .map((f) => [f.file.split('/').pop()!, f.line, f.column, f.endColumn]);
}

function related(f: JsonFinding | undefined): [string, number, number][] {
  return (f?.related ?? []).map((r) => [r.file.split('/').pop()!, r.line, r.column]);
}

async function silentOn(ruleId: string, kind = 'pass'): Promise<void> {
  const { findings, code } = await lintJson([ruleFixture(ruleId, kind)]);
  assert.deepEqual(findings, [], `${ruleId} ${kind}`);
  assert.equal(code, 0);
}

test('service-overlaps-vpc: each family of a dual-stack ServiceCidr at its own characters', async () => {
  const rule = 'cidr/service-overlaps-vpc';
  const { findings } = await lintJson([ruleFixture(rule, 'fail')]);
  assert.deepEqual(places(findings, rule), [
    ['cluster.yaml', 13, 20, 36],
    ['cluster.yaml', 13, 37, 55],
  ]);
  const [v4, v6] = findings.filter((f) => f.ruleId === rule);
  assert.match(
    v4!.message,
    /^Service CIDR 192\.168\.240\.0\/20 lies inside VPC CIDR 192\.168\.0\.0\/16 declared at .*cluster\.yaml:6 \(192\.168\.240\.0\/20 in both\)\.$/,
  );
  assert.deepEqual(related(v4), [['cluster.yaml', 6, 18]]);
  // The IPv6 VPC comes from the configuration; nothing crosses families.
  assert.match(
    v6!.message,
    /^Service CIDR fd00:10:0:ff::\/112 lies inside VPC CIDR fd00:10::\/48 declared at .*\.edgenet\.yaml:3/,
  );
  assert.deepEqual(related(v6), [['.edgenet.yaml', 3, 7]]);
  await silentOn(rule);
});

test('pod-overlaps-service: reported at the Service CIDR, the IPv4 half of a dual-stack kubeadm list', async () => {
  const rule = 'cidr/pod-overlaps-service';
  const { findings } = await lintJson([ruleFixture(rule, 'fail')]);
  assert.deepEqual(places(findings, rule), [['kubeadm.yaml', 6, 19, 34]]);
  assert.deepEqual(related(findings[0]), [['kubeadm.yaml', 5, 15]]);
  assert.match(findings[0]!.message, /^Service CIDR 10\.244\.128\.0\/20 lies inside pod CIDR 10\.244\.0\.0\/16 /);
  await silentOn(rule);
});

test("pod-overlaps-service: kubeadm's default serviceSubnet decides when none is set", async () => {
  const rule = 'cidr/pod-overlaps-service';
  const { findings } = await lintJson([ruleFixture(rule, 'fail-default')]);
  // At `networking`, where serviceSubnet would be written.
  assert.deepEqual(places(findings, rule), [['kubeadm.yaml', 3, 1, 11]]);
  assert.match(findings[0]!.message, /^Service CIDR 10\.96\.0\.0\/12 lies inside pod CIDR 10\.96\.0\.0\/11 /);
});

test('overlaps-edge-hosts: pod and Service CIDRs against a site, both families', async () => {
  const rule = 'cidr/overlaps-edge-hosts';
  const { findings } = await lintJson([ruleFixture(rule, 'fail')]);
  assert.deepEqual(places(findings, rule), [
    ['flannel.yaml', 9, 18, 31],
    ['flannel.yaml', 11, 22, 40],
    ['kube-apiserver.yaml', 14, 38, 52],
  ]);
  const mine = findings.filter((f) => f.ruleId === rule);
  assert.equal(
    mine[0]!.message.split(' declared at ')[0],
    'Pod CIDR 10.0.0.0/12 contains the host network 10.10.0.0/16 of edge site idc-hangzhou',
  );
  assert.deepEqual(related(mine[0]), [['.edgenet.yaml', 5, 19]]);
  assert.deepEqual(related(mine[1]), [['.edgenet.yaml', 5, 33]]);
  assert.equal(
    mine[2]!.message.split(' declared at ')[0],
    'Service CIDR 10.10.200.0/24 lies inside the host network 10.10.0.0/16 of edge site idc-hangzhou',
  );
  await silentOn(rule);
});

test('pod-cidr-mismatch: a template Default that differs from the config, and nodes outside flannel (its own words)', async () => {
  const rule = 'cidr/pod-cidr-mismatch';
  const { findings } = await lintJson([ruleFixture(rule, 'fail')]);
  assert.deepEqual(places(findings, rule), [
    ['cluster.yaml', 5, 14, 25],
    ['nodes.yaml', 13, 12, 24],
    ['nodes.yaml', 22, 7, 19],
  ]);
  const [ros, v4, v6] = findings.filter((f) => f.ruleId === rule);
  assert.equal(
    ros!.message,
    'Pod CIDR 10.1.0.0/16 (ROS ContainerCidr Cluster) differs from 10.0.0.0/16 (cluster.podCidrs).',
  );
  assert.deepEqual(related(ros), [['.edgenet.yaml', 2, 14]]);
  assert.equal(
    v4!.message,
    'subnet "10.0.0.0/12" specified in the flannel net config doesn\'t contain "10.64.1.0/24" PodCIDR of the "node-b" node: flannel will not start on it.',
  );
  assert.deepEqual(related(v4), [['flannel.yaml', 8, 18]]);
  assert.match(v6!.message, /doesn't contain "fd00:99::\/64" IPv6 PodCIDR of the "node-c" node/);
  // flannel's Network 10.0.0.0/12 is wider than the pod CIDR: allowed, so not reported.
  assert.equal(
    findings.some((f) => f.file.endsWith('flannel.yaml')),
    false,
  );
  await silentOn(rule);
});

test('node-podcidr-overlap: at the node declared later, both families', async () => {
  const rule = 'cidr/node-podcidr-overlap';
  const { findings } = await lintJson([ruleFixture(rule, 'fail')]);
  assert.deepEqual(places(findings, rule), [
    ['nodes.yaml', 20, 14, 29],
    ['nodes.yaml', 27, 29, 42],
  ]);
  assert.equal(
    findings[0]!.message.split(' declared at ')[0],
    'Node c podCIDR 10.244.1.128/25 lies inside the podCIDR 10.244.1.0/24 of node a',
  );
  assert.deepEqual(related(findings[0]), [['nodes.yaml', 6, 12]]);
  assert.equal(
    findings[1]!.message.split(' declared at ')[0],
    'Node d podCIDR fd00:1::/64 equals the podCIDR fd00:1::/64 of node c',
  );
  await silentOn(rule);
});

test('node-capacity: too few node blocks, too few pod IPs per block, an IPv6 mask kube-controller-manager refuses', async () => {
  const rule = 'cidr/node-capacity';
  const { findings } = await lintJson([ruleFixture(rule, 'fail')]);
  assert.deepEqual(places(findings, rule), [
    ['.edgenet.yaml', 2, 14, 25],
    ['.edgenet.yaml', 3, 17, 19],
    ['.edgenet.yaml', 4, 21, 23],
  ]);
  const [blocks, pods, v6] = findings;
  assert.equal(
    blocks!.message,
    'Pod CIDR 10.0.0.0/22 holds 4 node blocks of /24 (cluster.nodeCidrMask), fewer than the 10 nodes planned (cluster.maxNodes).',
  );
  assert.deepEqual(related(blocks), [
    ['.edgenet.yaml', 3, 17],
    ['.edgenet.yaml', 5, 13],
  ]);
  assert.equal(
    pods!.message,
    'A /24 (cluster.nodeCidrMask) node block holds 253 pod IPs, fewer than cluster.maxPodsPerNode (300).',
  );
  assert.match(v6!.message, /32 bits longer than the pod CIDR fd00:1::\/48; kube-controller-manager allows 16/);
  await silentOn(rule);
});

test("node-capacity: kube-controller-manager's default mask decides when none is declared", async () => {
  const rule = 'cidr/node-capacity';
  const { findings } = await lintJson([ruleFixture(rule, 'fail-default')]);
  assert.deepEqual(places(findings, rule), [['kubeadm.yaml', 4, 14, 27]]);
  assert.match(
    findings[0]!.message,
    /^The node mask \/24 \(kube-controller-manager's default; no node mask is declared\) is shorter than the pod CIDR 10\.244\.0\.0\/26/,
  );
});

test('node-capacity: an ACK cluster without NodeCidrMask is reported as unknown, not guessed', async () => {
  const { findings } = await lintJson([ruleFixture('cidr/node-capacity', 'unknown-mask')]);
  assert.deepEqual(
    findings.map((f) => [f.ruleId, f.level, f.line, f.column, f.message]),
    [
      [
        'input/skipped',
        'info',
        3,
        3,
        'Not analysed: the node capacity of 10.0.0.0/16 is unknown: NodeCidrMask is not set and ACK documents its default both as 24 and 25.',
      ],
    ],
  );
});

test('not-private: inside 100.64.0.0/10, and outside RFC 1918; IPv6 is not judged', async () => {
  const rule = 'cidr/not-private';
  const { findings } = await lintJson([ruleFixture(rule, 'fail')]);
  assert.deepEqual(places(findings, rule), [
    ['cluster.yaml', 6, 22, 35],
    ['cluster.yaml', 7, 20, 31],
  ]);
  assert.equal(findings[0]!.level, 'warning');
  assert.equal(
    findings[0]!.message,
    'Pod CIDR 100.64.0.0/16 lies inside 100.64.0.0/10, which Alibaba Cloud services use.',
  );
  assert.equal(
    findings[1]!.message,
    'Service CIDR 11.0.0.0/20 is not inside the private ranges 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16.',
  );
  await silentOn(rule);
});
