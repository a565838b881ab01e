/**
 * Hostile and odd inputs: each is a finding or a clear error naming the file, and the run's other
 * findings stay intact (every case is linted beside a file with a known violation).
 */
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { ROOT, cli, lintJson, type JsonFinding } from '../helpers.js';

const work = mkdtempSync(path.join(tmpdir(), 'edgenet-hostile-'));
after(() => rmSync(work, { recursive: true, force: true }));
const VIOLATION = readFileSync(
  path.join(ROOT, 'fixtures', 'rules', 'gateway', 'cloud-gateway-on-edge-node', 'fail', 'nodes.yaml'),
  'utf8',
);

/** A repository with the hostile files and one known violation; returns its findings. */
async function lintWith(
  name: string,
  files: Record<string, string | Buffer>,
  extra: string[] = [],
): Promise<JsonFinding[]> {
  const dir = path.join(work, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'known-violation.yaml'), VIOLATION);
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
  const { findings } = await lintJson(['.', ...extra], { cwd: dir });
  const known = findings.filter(
    (f) => f.file === 'known-violation.yaml' && f.ruleId === 'gateway/cloud-gateway-on-edge-node',
  );
  assert.equal(known.length, 2, `${name}: the other findings of the run stay intact`);
  return findings.filter((f) => f.file !== 'known-violation.yaml');
}

const row = (f: JsonFinding) => [f.ruleId, f.file, f.line, f.column];

test('billion laughs: skipped at the alias that crosses the limit, nothing expanded', async () => {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 10; i++)
    lines.push(
      `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
        .fill(`*${String.fromCharCode(96 + i)}`)
        .join(',')}]`,
    );
  const findings = await lintWith('bomb', { 'bomb.yaml': `${lines.join('\n')}\n` });
  assert.deepEqual(findings.map(row), [['input/skipped', 'bomb.yaml', 4, 32]]);
  assert.match(findings[0]!.message, /too many aliases/);
});

test('a 100 MB file is skipped as too large, without being read', async () => {
  const findings = await lintWith('huge', { 'huge.yaml': Buffer.alloc(100 * 1024 * 1024, 'a: b\n') });
  assert.deepEqual(findings.map(row), [['input/skipped', 'huge.yaml', 1, 1]]);
  assert.match(findings[0]!.message, /100\.0 MiB is over the size limit of 16\.0 MiB/);
});

test('10,000 levels of nesting: read, no stack overflow', async () => {
  const deep = `a:\n${Array.from({ length: 10_000 }, (_, i) => `${' '.repeat(i + 1)}- `).join('\n')}x\n`;
  const flow = `${'['.repeat(10_000) + ']'.repeat(10_000)}\n`;
  const findings = await lintWith('deep', { 'deep.yaml': deep, 'flow.yaml': flow });
  for (const f of findings) assert.ok(['input/parse-error', 'input/skipped'].includes(f.ruleId), JSON.stringify(f));
});

test('binary content, invalid UTF-8, a BOM, CRLF, empty files and empty documents', async () => {
  const findings = await lintWith('odd', {
    'binary.json': Buffer.from([0x7b, 0x0a, 0x00, 0x01]),
    'latin1.yaml': Buffer.from('a: caf\xe9\n', 'latin1'),
    'bom.yaml': Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(
        'apiVersion: v1\nkind: Node\nmetadata:\n  name: b\n  labels:\n' +
          '    alibabacloud.com/is-edge-worker: "true"\n    node-role.alibabacloud.com/cloud-gateway: ""\n',
      ),
    ]),
    'crlf.yaml':
      'apiVersion: v1\r\nkind: Node\r\nmetadata:\r\n  name: c\r\n  labels:\r\n' +
      '    alibabacloud.com/is-edge-worker: "true"\r\n    node-role.alibabacloud.com/cloud-gateway: ""\r\n',
    'empty.yaml': '',
    'empty-docs.yaml': '---\n---\n# nothing\n...\n',
  });
  assert.deepEqual(findings.map(row), [
    ['input/skipped', 'binary.json', 2, 1],
    ['gateway/cloud-gateway-on-edge-node', 'bom.yaml', 7, 5],
    ['gateway/cloud-gateway-on-edge-node', 'crlf.yaml', 7, 5],
    ['input/skipped', 'latin1.yaml', 1, 7],
  ]);
});

test('symlinks: a loop and a link out of the repository are reported and not followed', async () => {
  const outside = path.join(work, 'outside.yaml');
  writeFileSync(outside, 'secret: value\n');
  const dir = path.join(work, 'links');
  mkdirSync(dir, { recursive: true });
  symlinkSync(outside, path.join(dir, 'leak.yaml'));
  symlinkSync(path.join(dir, 'loop2.yaml'), path.join(dir, 'loop1.yaml'));
  symlinkSync(path.join(dir, 'loop1.yaml'), path.join(dir, 'loop2.yaml'));
  const findings = await lintWith('links', {});
  assert.deepEqual(
    findings.map((f) => [...row(f), f.message]),
    [
      ['input/skipped', 'leak.yaml', 1, 1, 'Not analysed: symlink points outside the repository: not read.'],
      ['input/skipped', 'loop1.yaml', 1, 1, 'Not analysed: symlink loop: not followed.'],
      ['input/skipped', 'loop2.yaml', 1, 1, 'Not analysed: symlink loop: not followed.'],
    ],
  );
  assert.doesNotMatch(JSON.stringify(findings), /secret/);
});

test('an unreadable directory is reported', {
  skip: process.getuid?.() === 0 && 'running as root, which reads every directory: skipped',
}, async () => {
  const dir = path.join(work, 'locked', 'private');
  mkdirSync(dir, { recursive: true });
  chmodSync(dir, 0o000);
  try {
    const findings = await lintWith('locked', {});
    assert.deepEqual(findings.map(row), [['input/skipped', 'private/', 1, 1]]);
  } finally {
    chmodSync(dir, 0o755);
  }
});

const YAML_TRAPS_TITLE =
  'duplicate keys, YAML 1.1 booleans where Kubernetes wants ' +
  'a string, port range 0/70000, a Ref to a missing Parameter';
test(YAML_TRAPS_TITLE, async () => {
  const findings = await lintWith('semantics', {
    'dup.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  name: b\n',
    'bool.yaml': 'apiVersion: v1\nkind: Node\nmetadata:\n  name: node-n\n  labels:\n    monitoring: on\n',
    'sg.yaml':
      "ROSTemplateFormatVersion: '2015-09-01'\nResources:\n  G:\n    Type: ALIYUN::ECS::SecurityGroup\n" +
      '    Properties:\n      SecurityGroupIngress:\n        - IpProtocol: udp\n          PortRange: 0/70000\n',
    'ros.yaml':
      "ROSTemplateFormatVersion: '2015-09-01'\nResources:\n  Vpc:\n    Type: ALIYUN::ECS::VPC\n" +
      '    Properties:\n      CidrBlock:\n        Ref: NoSuchParameter\n',
  });
  assert.deepEqual(
    findings.map((f) => [...row(f), f.message]),
    [
      [
        'input/invalid-resource',
        'bool.yaml',
        6,
        17,
        'Node node-n: the value of label monitoring is read as the boolean ' +
          'true (YAML 1.1, as Kubernetes reads it), not a string: quote it.',
      ],
      ['input/parse-error', 'dup.yaml', 5, 3, 'Map keys must be unique'],
      [
        'input/skipped',
        'ros.yaml',
        7,
        9,
        'Not analysed: VPC Vpc is unknown: Ref to NoSuchParameter, ' +
          'which is neither a Parameter nor a Resource of this template.',
      ],
      ['input/invalid-resource', 'sg.yaml', 8, 22, 'PortRange "0/70000" must satisfy 1 <= start <= end <= 65535'],
    ],
  );
});

test('malformed CIDRs in every field that holds one', async () => {
  const findings = await lintWith('cidrs', {
    '.edgenet.yaml':
      'cluster:\n  podCidrs: [10.0.0.0/33]\n  serviceCidrs: [172.21.0.0/99]\n' +
      '  vpcCidrs: [192.168.0.1/16]\n  sites:\n    - name: s\n      hostCidrs: [10.10.0.0/016]\n',
    'flannel.yaml':
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: kube-flannel-cfg\n' +
      'data:\n  net-conf.json: \'{"Network": "10.244.0.0/40"}\'\n',
    'node.yaml': 'apiVersion: v1\nkind: Node\nmetadata:\n  name: n\nspec:\n  podCIDR: fd00::1::/64\n',
    'kubeadm.yaml':
      'apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\n' +
      'networking:\n  podSubnet: "10.244.0.0/16,banana"\n',
    'ros.yaml':
      "ROSTemplateFormatVersion: '2015-09-01'\nResources:\n  C:\n" +
      '    Type: ALIYUN::CS::ManagedEdgeKubernetesCluster\n    Properties:\n' +
      '      ContainerCidr: 10.0.0.0/8x\n      NodeCidrMask: 33\n',
  });
  const invalid = findings.filter((f) => f.ruleId === 'input/invalid-resource').map(row);
  assert.deepEqual(invalid, [
    ['input/invalid-resource', '.edgenet.yaml', 2, 14],
    ['input/invalid-resource', '.edgenet.yaml', 3, 18],
    ['input/invalid-resource', '.edgenet.yaml', 4, 14],
    ['input/invalid-resource', '.edgenet.yaml', 7, 19],
    ['input/invalid-resource', 'flannel.yaml', 6, 31],
    ['input/invalid-resource', 'kubeadm.yaml', 4, 29],
    ['input/invalid-resource', 'node.yaml', 6, 12],
    ['input/invalid-resource', 'ros.yaml', 6, 22],
    ['input/invalid-resource', 'ros.yaml', 7, 21],
  ]);
});

test('a .edgenet.yaml of the wrong types exits 2 naming the file, line and key', async () => {
  const dir = path.join(work, 'badconfig');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, '.edgenet.yaml'), 'cluster:\n  podCidrs: 10.0.0.0/16\n  maxNodes: "300"\nrules: [a]\n');
  const result = await cli(['lint', '.'], { cwd: dir });
  assert.equal(result.code, 2);
  assert.equal(
    result.stderr,
    'edgenet: .edgenet.yaml:2:13: cluster.podCidrs must be array\n' +
      '.edgenet.yaml:3:13: cluster.maxNodes must be integer\n.edgenet.yaml:4:8: rules must be object\n',
  );
});
