import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { readSource } from '../src/discover/read-source.js';
import { lintJson } from './helpers.js';

const dir = mkdtempSync(path.join(tmpdir(), 'edgenet-read-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: Buffer | string) {
  const absolute = path.join(dir, name);
  mkdirSync(path.dirname(absolute), { recursive: true });
  writeFileSync(absolute, content);
  return { absolute, display: name };
}

const noStdin = () => Buffer.alloc(0);

test('a byte-order mark is dropped', () => {
  const result = readSource(
    file('bom.yaml', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('a: 1\n')])),
    1000,
    noStdin,
  );
  assert.deepEqual(result, { ok: true, text: 'a: 1\n', bytes: 8 });
});

test('binary content is refused at the NUL byte', () => {
  const result = readSource(file('bin.yaml', Buffer.from('a: 1\nb: \u0000\n')), 1000, noStdin);
  assert.deepEqual(result, { ok: false, reason: 'binary content (a NUL byte)', line: 2, column: 4 });
});

test('invalid UTF-8 is refused at the first bad byte', () => {
  const result = readSource(
    file('latin1.yaml', Buffer.from([0x61, 0x3a, 0x0a, 0x62, 0x3a, 0x20, 0xe9, 0x0a])),
    1000,
    noStdin,
  );
  assert.deepEqual(result, { ok: false, reason: 'not valid UTF-8 text', line: 2, column: 4 });
});

test('a file over the size limit is not read', () => {
  const result = readSource(file('big.yaml', 'x'.repeat(2048)), 1024, noStdin);
  assert.equal(result.ok, false);
  assert.match((result as { reason: string }).reason, /^2\.0 KiB is over the size limit of 1\.0 KiB/);
});

test('through the CLI, each unreadable file is an input/skipped finding with its reason and place', async () => {
  file('sub/ok.yaml', 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n');
  file('sub/bin.json', Buffer.from([0x7b, 0x00, 0x7d]));
  const { findings, code } = await lintJson(['sub'], { cwd: dir });
  assert.equal(code, 0, 'info findings do not fail the run');
  assert.deepEqual(
    findings.map((f) => [f.ruleId, f.level, f.file, f.line, f.column, f.message]),
    [['input/skipped', 'info', 'sub/bin.json', 1, 2, 'Not analysed: binary content (a NUL byte).']],
  );
});

test('levels from the configuration file: off silences, and --rule beats it', async () => {
  file(
    'cfg/.edgenet.yaml',
    'cluster:\n  podCidrs: [10.0.0.0/16]\n  vpcCidrs: [10.0.0.0/8]\nrules:\n  cidr/pod-overlaps-vpc: off\n',
  );
  const silenced = await lintJson(['cfg'], { cwd: dir });
  assert.deepEqual(silenced.findings, []);
  const back = await lintJson(['cfg', '--rule', 'cidr/pod-overlaps-vpc=warning'], { cwd: dir });
  assert.deepEqual(
    back.findings.map((f) => [f.ruleId, f.level, f.file, f.line, f.column]),
    [['cidr/pod-overlaps-vpc', 'warning', 'cfg/.edgenet.yaml', 2, 14]],
  );
});

test('a malformed or non-canonical CIDR is input/invalid-resource with the canonical form', async () => {
  file('cidr/.edgenet.yaml', 'cluster:\n  podCidrs: [10.0.0.1/16]\n  vpcCidrs: [300.0.0.0/8]\n');
  const { findings } = await lintJson(['cidr'], { cwd: dir });
  assert.deepEqual(
    findings.map((f) => [f.ruleId, f.line, f.column, f.message]),
    [
      [
        'input/invalid-resource',
        2,
        14,
        'cluster.podCidrs: "10.0.0.1/16" has host bits set; the network is 10.0.0.0/16, write that.',
      ],
      [
        'input/invalid-resource',
        3,
        14,
        'VPC (cluster.vpcCidrs): "300.0.0.0/8" is not a valid IPv4 address (Invalid IPv4 address).',
      ],
    ],
  );
});
