/**
 * input/untrusted-waiver. Without --trust-from it never fires (RuleTester, below); with it, in real
 * git repositories made here (a base commit on main, the pull request in the work tree), what the
 * change adds to waivers and configuration is reported and waives nothing, and what main has
 * keeps working.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { cli, type JsonFinding } from '../../../test/helpers.js';
import { ruleTester } from '../../../test/rule-tester.js';

const dir = 'fixtures/rules/input/untrusted-waiver';

ruleTester('input/untrusted-waiver', {
  valid: [
    {
      // Linted without --trust-from, the pull request's own waiver and configuration apply.
      name: 'the failing fixture, without a trusted ref: nothing is untrusted',
      dir: `${dir}/fail`,
      others: [],
    },
    { name: 'the passing fixture, without a trusted ref', dir: `${dir}/pass`, others: [] },
  ],
  invalid: [],
});

const work = mkdtempSync(path.join(tmpdir(), 'edgenet-trust-'));
after(() => rmSync(work, { recursive: true, force: true }));

const edgeNode = (name: string, waiver = '') =>
  `apiVersion: v1\nkind: Node\nmetadata:\n  name: ${name}\n  labels:\n` +
  `    alibabacloud.com/is-edge-worker: "true"\n${waiver}    node-role.alibabacloud.com/cloud-gateway: ""\n`;
const WAIVER = '    # edgenet-ignore gateway/cloud-gateway-on-edge-node -- the lab gateway, reviewed\n';

/** A repository whose main holds `base`; then the work tree gets `change` (null deletes). */
function pullRequest(name: string, base: Record<string, string>, change: Record<string, string | null>): string {
  const root = path.join(work, name);
  const write = (files: Record<string, string | null>) => {
    for (const [file, text] of Object.entries(files)) {
      const p = path.join(root, file);
      if (text === null) rmSync(p, { force: true });
      else {
        mkdirSync(path.dirname(p), { recursive: true });
        writeFileSync(p, text);
      }
    }
  };
  mkdirSync(root, { recursive: true });
  write(base);
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd: root, stdio: 'pipe' });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-qm', 'base', '--no-verify');
  git('checkout', '-q', '-b', 'change');
  write(change);
  git('add', '-A');
  git('commit', '-qm', 'change', '--no-verify', '--allow-empty');
  return root;
}

async function lint(root: string, ...args: string[]) {
  const result = await cli(['lint', '--format', 'json', ...args], { cwd: root });
  assert.notEqual(result.code, 2, result.stderr);
  return { code: result.code, findings: JSON.parse(result.stdout).findings as JsonFinding[] };
}

const row = (f: JsonFinding) => [f.ruleId, f.file, f.line, f.column];

test('a waiver the change adds waives nothing and is reported at its comment; one main has still waives', async () => {
  const root = pullRequest(
    'inline',
    { 'old.yaml': edgeNode('old', WAIVER) },
    { 'new.yaml': edgeNode('new', WAIVER), 'old.yaml': `${edgeNode('old', WAIVER)}---\n${edgeNode('old-2')}` },
  );
  const { code, findings } = await lint(root, '.', '--trust-from', 'main');
  assert.equal(code, 1);
  assert.deepEqual(findings.map(row), [
    ['input/untrusted-waiver', 'new.yaml', 7, 5],
    ['gateway/cloud-gateway-on-edge-node', 'new.yaml', 8, 5],
    ['gateway/cloud-gateway-on-edge-node', 'old.yaml', 16, 5],
  ]);
  assert.equal(
    findings[0]!.message,
    'This waiver of gateway/cloud-gateway-on-edge-node is new since main, ' +
      'or covers a line changed since: it waives nothing until main has it.',
  );
  assert.equal(findings[0]!.level, 'warning');
  // Without --trust-from the change's waiver works, as it always has.
  assert.deepEqual((await lint(root, '.')).findings.map(row), [
    ['gateway/cloud-gateway-on-edge-node', 'old.yaml', 16, 5],
  ]);
});

test('an old waiver that now covers a changed line, and an annotation the change edits, are new', async () => {
  const annotated = (reason: string) =>
    `apiVersion: v1\nkind: Node\nmetadata:\n  name: ann\n  annotations:\n` +
    `    edgenet.dev/ignore: "gateway/cloud-gateway-on-edge-node: ${reason}"\n  labels:\n` +
    `    alibabacloud.com/is-edge-worker: "true"\n    node-role.alibabacloud.com/cloud-gateway: ""\n`;
  const root = pullRequest(
    'moved',
    { 'a.yaml': `${edgeNode('a', WAIVER)}`, 'ann.yaml': annotated('lab') },
    // The comment stays; the line under it is another label now. The annotation's reason changes.
    {
      'a.yaml': edgeNode('a', WAIVER).replace('cloud-gateway: ""', 'cloud-gateway: "yes"'),
      'ann.yaml': annotated('lab, and more'),
    },
  );
  const { findings } = await lint(root, '.', '--trust-from', 'main');
  assert.deepEqual(findings.map(row), [
    ['input/untrusted-waiver', 'a.yaml', 7, 5],
    ['gateway/cloud-gateway-on-edge-node', 'a.yaml', 8, 5],
    ['input/untrusted-waiver', 'ann.yaml', 6, 25],
    ['gateway/cloud-gateway-on-edge-node', 'ann.yaml', 9, 5],
  ]);
});

const OLD_WAIVER_TITLE =
  '--no-inline-ignores with --trust-from: a reasoned waiver main ' +
  'has still waives (an old waiver does not fail every pull request)';
test(OLD_WAIVER_TITLE, async () => {
  const root = pullRequest(
    'no-inline',
    { 'old.yaml': edgeNode('old', WAIVER) },
    { 'new.yaml': edgeNode('new', WAIVER) },
  );
  const trusted = await lint(root, '.', '--trust-from', 'main', '--no-inline-ignores');
  assert.deepEqual(trusted.findings.map(row), [
    ['input/untrusted-waiver', 'new.yaml', 7, 5],
    ['gateway/cloud-gateway-on-edge-node', 'new.yaml', 8, 5],
  ]);
  // Without a trusted ref, --no-inline-ignores refuses every waiver in the files, as documented.
  const refused = await lint(root, '.', '--no-inline-ignores');
  assert.deepEqual(refused.findings.map(row), [
    ['gateway/cloud-gateway-on-edge-node', 'new.yaml', 8, 5],
    ['gateway/cloud-gateway-on-edge-node', 'old.yaml', 8, 5],
  ]);
});

test('configuration changes are reported at their keys and not applied; an unchanged file is itself', async () => {
  const base = 'cluster:\n  connection: public\nignore:\n  - rule: cidr/not-private\n    reason: carrier range\n';
  const root = pullRequest(
    'config',
    { '.edgenet.yaml': base, 'a.yaml': edgeNode('a') },
    {
      '.edgenet.yaml':
        `${base}  - rule: gateway/cloud-gateway-on-edge-node\n    reason: mine\nrules:\n` +
        `  gateway/cloud-gateway-on-edge-node: "off"\nmaxFileSize: 1\nexclude: ["**"]\n`,
    },
  );
  const { code, findings } = await lint(root, '.', '--trust-from', 'main');
  assert.equal(code, 1);
  assert.deepEqual(
    findings.map((f) => [...row(f), f.message]),
    [
      [
        'input/untrusted-waiver',
        '.edgenet.yaml',
        6,
        5,
        'ignore[1] (a waiver of gateway/cloud-gateway-on-edge-node) changed since ' +
          'main and is not applied: the run uses the configuration as it is at main.',
      ],
      [
        'input/untrusted-waiver',
        '.edgenet.yaml',
        9,
        3,
        'rules.gateway/cloud-gateway-on-edge-node: off changed since main ' +
          'and is not applied: the run uses the configuration as it is at main.',
      ],
      [
        'input/untrusted-waiver',
        '.edgenet.yaml',
        10,
        1,
        'maxFileSize changed since main and is not applied: the run uses the configuration as it is at main.',
      ],
      [
        'input/untrusted-waiver',
        '.edgenet.yaml',
        11,
        1,
        'exclude changed since main and is not applied: the run uses the configuration as it is at main.',
      ],
      [
        'gateway/cloud-gateway-on-edge-node',
        'a.yaml',
        7,
        5,
        'Node a is on the edge (alibabacloud.com/is-edge-worker=true) but carries the ' +
          'label node-role.alibabacloud.com/cloud-gateway, which only works on a cloud node.',
      ],
      // main's own waiver is applied, and main's waiver that matches nothing is reported there.
      ['input/unused-suppression', 'main:.edgenet.yaml', 4, 5, 'The waiver for cidr/not-private matches no finding.'],
    ],
  );
  // The configuration main has: a finding placed in it names it as main has it.
  const same = pullRequest(
    'config-same',
    { '.edgenet.yaml': 'cluster:\n  podCidrs: [1.2.3.0/24]\n' },
    { 'x.yaml': '{}\n' },
  );
  const placed = await lint(same, '.', '--trust-from', 'main');
  assert.deepEqual(placed.findings.map(row), [['cidr/not-private', '.edgenet.yaml', 2, 14]]);
  const changed = pullRequest(
    'config-changed',
    { '.edgenet.yaml': 'cluster:\n  podCidrs: [1.2.3.0/24]\n' },
    { '.edgenet.yaml': '# moved down\ncluster:\n  podCidrs: [1.2.3.0/24]\n' },
  );
  assert.deepEqual((await lint(changed, '.', '--trust-from', 'main')).findings.map(row), [
    ['cidr/not-private', 'main:.edgenet.yaml', 2, 14],
  ]);
});

test('a configuration the change adds, nested or at the top, is not applied', async () => {
  const root = pullRequest(
    'nested',
    { '.edgenet.yaml': 'cluster:\n  connection: public\n', 'apps/a.yaml': edgeNode('a') },
    { 'apps/.edgenet.yaml': 'rules:\n  gateway/cloud-gateway-on-edge-node: "off"\n' },
  );
  const { findings } = await lint(root, 'apps', '--trust-from', 'main');
  assert.deepEqual(
    findings.map((f) => [...row(f), f.message]),
    [
      [
        'input/untrusted-waiver',
        'apps/.edgenet.yaml',
        1,
        1,
        'This configuration is not the one at main and is not applied: the run uses main:.edgenet.yaml.',
      ],
      ['gateway/cloud-gateway-on-edge-node', 'apps/a.yaml', 7, 5, findings[1]!.message],
    ],
  );
  const fresh = pullRequest(
    'fresh',
    { 'a.yaml': edgeNode('a') },
    { '.edgenet.yaml': 'rules:\n  gateway/cloud-gateway-on-edge-node: "off"\n' },
  );
  const added = await lint(fresh, '.', '--trust-from', 'main');
  assert.deepEqual(added.findings.map(row), [
    ['input/untrusted-waiver', '.edgenet.yaml', 1, 1],
    ['gateway/cloud-gateway-on-edge-node', 'a.yaml', 7, 5],
  ]);
  assert.match(added.findings[0]!.message, /the run uses no configuration \(main has none here\)\.$/);
});

test('--trust-from takes a ref, never an option, and names what is wrong with it', async () => {
  const root = pullRequest('refs', { 'a.yaml': '{}\n' }, {});
  const option = await cli(['lint', '.', '--trust-from=--output=x'], { cwd: root });
  assert.equal(option.code, 2);
  assert.equal(
    option.stderr,
    'edgenet: --trust-from "--output=x": not a git ref: it starts ' +
      'with "-" (a ref never does; it would be read as an option)\n',
  );
  const missing = await cli(['lint', '.', '--trust-from', 'no-such-branch'], { cwd: root });
  assert.equal(missing.code, 2);
  assert.equal(missing.stderr, 'edgenet: --trust-from no-such-branch: no such commit in this repository\n');
  const outside = await cli(['lint', '.', '--trust-from', 'main'], { cwd: work });
  assert.equal(outside.code, 2);
  assert.match(outside.stderr, /^edgenet: --trust-from main: .* is not in a git work tree/);
});

test('lone CRs cannot re-aim a waiver main has: its lines are counted as git counts them', async () => {
  const item = (name: string, edge: string, waiver: boolean) =>
    `  - apiVersion: v1\n    kind: Node\n    metadata:\n      name: ${name}\n      labels:\n` +
    `        openyurt.io/is-edge-worker: "${edge}"\n` +
    (waiver ? '        # edgenet-ignore gateway/cloud-gateway-on-edge-node -- lab gateway, approved\n' : '') +
    '        node-role.alibabacloud.com/cloud-gateway: ""\n';
  // The change hides eight line ends from git as lone CRs in a comment, adds an edge Node above,
  // and makes the waived one a cloud node: git still numbers main's waiver lines as unchanged.
  const root = pullRequest(
    'lone-cr',
    { 'nodes.yaml': `apiVersion: v1\nkind: List\nitems:\n${item('edge-a', 'true', true)}` },
    {
      'nodes.yaml':
        `apiVersion: v1\nkind: List   # note${'\r#'.repeat(7)}\ritems:\n` +
        `${item('edge-x', 'true', false)}${item('edge-a', 'false', true)}`,
    },
  );
  const { findings } = await lint(root, '.', '--trust-from', 'main', '--no-cache');
  assert.deepEqual(findings.filter((f) => f.ruleId === 'gateway/cloud-gateway-on-edge-node').map(row), [
    ['gateway/cloud-gateway-on-edge-node', 'nodes.yaml', 17, 9],
  ]);
});
