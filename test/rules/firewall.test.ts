/** vxlan/port-blocked, vxlan/backend-not-vxlan and raven/ports-blocked on their fixtures. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintJson, ruleFixture, type JsonFinding } from '../helpers.js';

const at = (f: JsonFinding) => [f.file.split('/').pop(), f.line, f.column];
const rel = (f: JsonFinding) => f.related.map((r) => [r.file.split('/').pop(), r.line, r.column, r.message]);

async function only(ruleId: string, kind: string): Promise<JsonFinding[]> {
  const { findings } = await lintJson([ruleFixture(ruleId, kind)]);
  return findings.filter((f) => f.ruleId === ruleId);
}

async function silent(ruleId: string, kind = 'pass'): Promise<void> {
  const { findings, code } = await lintJson([ruleFixture(ruleId, kind)]);
  assert.deepEqual(findings, []);
  assert.equal(code, 0);
}

test('vxlan/port-blocked: a drop rule that shadows the accept, at the drop rule, with the accept in related', async () => {
  const findings = await only('vxlan/port-blocked', 'fail');
  const hz = findings.find((f) => f.message.includes('idc-hangzhou'))!;
  assert.deepEqual(at(hz), ['cluster.yaml', 17, 11]);
  assert.equal(
    hz.message,
    "UDP 8472 (flannel VXLAN) from edge site idc-hangzhou 10.10.0.0/16 to the cloud nodes is blocked by drop rule (all protocols, priority 1) of group CloudNodes: drop rule at priority 1 wins: at equal priority drop beats accept. Guarding groups: CloudNodes, the cluster's SecurityGroupId.",
  );
  assert.deepEqual(rel(hz), [
    ['cluster.yaml', 13, 11, 'shadowed: accept rule (udp port 8472, priority 1) of group CloudNodes'],
    ['.edgenet.yaml', 5, 19, 'edge site idc-hangzhou 10.10.0.0/16 declared here'],
  ]);
});

test('vxlan/port-blocked: a partly covered site names the part that is blocked, at the group', async () => {
  const findings = await only('vxlan/port-blocked', 'fail');
  const sh = findings.find((f) => f.message.includes('idc-shanghai'))!;
  assert.deepEqual(at(sh), ['cluster.yaml', 7, 3]);
  assert.match(
    sh.message,
    /^UDP 8472 \(flannel VXLAN\) from edge site idc-shanghai 10\.20\.0\.0\/16 minus 10\.20\.1\.0\/24 \(which is allowed\) to the cloud nodes is blocked by the default of group CloudNodes: no rule matches, and a basic group denies inbound traffic from outside the group by default\./,
  );
  assert.equal(findings.length, 2, 'outbound is allowed by the basic default');
});

test('vxlan/port-blocked: an enterprise group without an egress accept, reported at the group', async () => {
  const [f, ...rest] = await only('vxlan/port-blocked', 'fail-enterprise');
  assert.deepEqual(rest, []);
  assert.deepEqual(at(f!), ['groups.yaml', 3, 3]);
  assert.match(
    f!.message,
    /from the cloud nodes to edge site idc-hangzhou 10\.10\.0\.0\/16 is blocked by the default of group CloudNodes: no rule matches, and an enterprise group denies outbound traffic by default\. Guarding groups: CloudNodes, named in cluster\.cloudSecurityGroups\.$/,
  );
});

test('vxlan/port-blocked: a DescribeSecurityGroupAttribute export, upper-case values, drop winning on priority', async () => {
  const [f, ...rest] = await only('vxlan/port-blocked', 'fail-export');
  assert.deepEqual(rest, []);
  assert.deepEqual(at(f!), ['sg-bp1cloudnodes.json', 17, 7]);
  assert.match(
    f!.message,
    /blocked by drop rule \(all protocols, priority 5\) of group sg-bp1cloudnodes: drop rule at priority 5 has the highest priority of the matching rules/,
  );
  assert.deepEqual(rel(f!)[0]!.slice(0, 3), ['sg-bp1cloudnodes.json', 8, 7]);
});

test('vxlan/port-blocked: a network ACL deny numbered before the allow, quoted numbers', async () => {
  const [f, ...rest] = await only('vxlan/port-blocked', 'fail-aws');
  assert.deepEqual(rest, [], 'the security group allows, and CloudFormation adds allow-all egress');
  assert.deepEqual(at(f!), ['network.yaml', 16, 3]);
  assert.match(f!.message, /blocked by deny entry 90 of network ACL Acl: rule 90 is the first entry that matches/);
  assert.deepEqual(rel(f!)[0], ['network.yaml', 28, 3, 'shadowed: allow entry 100 of network ACL Acl']);
});

test('vxlan/port-blocked: an accept that wins on priority passes', async () => {
  await silent('vxlan/port-blocked');
});

test('vxlan/backend-not-vxlan: another backend, at Backend.Type inside net-conf.json', async () => {
  const [f] = await only('vxlan/backend-not-vxlan', 'fail');
  assert.deepEqual([...at(f!), f!.endColumn, f!.level], ['flannel.yaml', 11, 17, 26, 'warning']);
  assert.equal(f!.message, 'flannel\'s Backend.Type is "host-gw", not "vxlan".');
  await silent('vxlan/backend-not-vxlan');
});

test('vxlan/backend-not-vxlan: no Backend at all means udp, whatever the docs say', async () => {
  const [f] = await only('vxlan/backend-not-vxlan', 'fail-default');
  assert.deepEqual(at(f!), ['flannel.yaml', 7, 18]);
  assert.match(f!.message, /falls back to the udp backend/);
});

test('raven/ports-blocked: proxy ports dropped, tunnel and O&M ports denied by an enterprise group', async () => {
  const findings = await only('raven/ports-blocked', 'fail');
  assert.deepEqual(findings.map(at), [
    ['edge-groups.yaml', 3, 3],
    ['edge-groups.yaml', 3, 3],
    ['edge-groups.yaml', 16, 11],
  ]);
  assert.match(
    findings[0]!.message,
    /^TCP 9100, 9445, 10255 \(kubelet and metrics through Raven\) to the hosts of edge site store-42 from 192\.168\.10\.0\/24 is blocked by the default of group EdgeHosts/,
  );
  assert.match(
    findings[1]!.message,
    /^UDP 4500 \(Raven tunnel\) from edge site store-42 to the cloud gateway on the Internet \(0\.0\.0\.0\/0\) is blocked/,
  );
  assert.match(
    findings[2]!.message,
    /^TCP 10280-10284 \(Raven proxy\) .* blocked by drop rule \(tcp ports 10280-10284, priority 1\) of group EdgeHosts/,
  );
  assert.equal(findings[2]!.level, 'warning');
  await silent('raven/ports-blocked');
});

test('invalid security group values are input/invalid-resource at the value', async () => {
  const { findings } = await lintJson(['-', '--stdin-filename', 'sg.yaml'], {
    stdin: `ROSTemplateFormatVersion: '2015-09-01'
Resources:
  G:
    Type: ALIYUN::ECS::SecurityGroup
    Properties:
      SecurityGroupIngress:
        - {IpProtocol: udp, PortRange: 200/1, SourceCidrIp: 10.0.0.0/8}
        - {IpProtocol: udp, PortRange: "8472", SourceCidrIp: 10.0.0.0/8}
        - {IpProtocol: sctp, PortRange: 1/2}
        - {IpProtocol: udp, PortRange: 1/2, Priority: 0}
        - {IpProtocol: udp, PortRange: 1/2, SourceCidrIp: 10.0.0.300/8}
`,
  });
  assert.deepEqual(
    findings.map((f) => [f.ruleId, f.line, f.column, f.message]),
    [
      ['input/invalid-resource', 7, 40, 'PortRange "200/1" must satisfy 1 <= start <= end <= 65535'],
      ['input/invalid-resource', 8, 40, 'PortRange "8472" is not start/end (e.g. 8472/8472, or -1/-1 for all ports)'],
      ['input/invalid-resource', 9, 24, 'IpProtocol "sctp" is not one of tcp, udp, icmp, icmpv6, gre, all'],
      ['input/invalid-resource', 10, 55, 'Priority "0" is not a whole number from 1 to 100'],
      [
        'input/invalid-resource',
        11,
        59,
        'security group rule: "10.0.0.300/8" is not a valid IPv4 address (Invalid IPv4 address)',
      ],
    ],
  );
});
