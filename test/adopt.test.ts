/**
 * Adopting edgenet on a repository that already has findings: --write-baseline and --baseline
 * (fingerprints that survive line moves and unrelated edits), --new-only REF on real git, the
 * Action's baseline and new-only inputs, SARIF with suppressions (validated against the SARIF
 * 2.1.0 schema), and user-policy rule ids that --rule, `rules:` and waivers accept.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { runAction } from '../src/action/run-action.js';
import { cli, joined, ROOT } from './helpers.js';

const require = createRequire(import.meta.url);
const work = mkdtempSync(path.join(tmpdir(), 'edgenet-adopt-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** The example repository, committed on main in a git repository of its own. */
function exampleRepo(name: string): { dir: string; git: (...args: string[]) => string } {
  const dir = path.join(work, name);
  cpSync(path.join(ROOT, 'fixtures', 'example'), dir, { recursive: true });
  const git = (...args: string[]) =>
    execFileSync(
      'git',
      ['-c', 'user.email=t@example.com', '-c', 'user.name=t', '-c', 'commit.gpgsign=false', ...args],
      {
        cwd: dir,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-qm', 'base');
  return { dir, git };
}

const EDGE_NODE = (name: string) =>
  `apiVersion: v1\nkind: Node\nmetadata:\n  name: ${name}\n  labels:\n    alibabacloud.com/is-edge-worker: "true"\n` +
  '    node-role.alibabacloud.com/cloud-gateway: ""\n';

interface Report {
  findings: { ruleId: string; file: string; line: number; baselined?: true; preExisting?: true }[];
  summary: Record<string, number>;
}

const json = (stdout: string) => JSON.parse(stdout) as Report;

test('--write-baseline: every finding by fingerprint, sorted, the same bytes each time; then exit 0', async () => {
  const { dir } = exampleRepo('write');
  const first = await cli(['lint', '.', '--write-baseline', 'edgenet-baseline.json'], { cwd: dir });
  assert.equal(first.code, 0, first.stderr);
  assert.equal(first.stdout, 'No problems (7 files, 11 documents, 4 baselined).\n');
  const bytes = readFileSync(path.join(dir, 'edgenet-baseline.json'), 'utf8');
  const entries = JSON.parse(bytes).findings as { ruleId: string; file: string; fingerprint: string; count: number }[];
  assert.deepEqual(
    entries.map((e) => [e.file, e.ruleId, e.count]),
    [
      ['apps/metrics/custom-metrics.yaml', 'gateway/cloud-gateway-missing', 1],
      ['infra/ros/cluster.yaml', 'cidr/pod-overlaps-vpc', 1],
      ['kube-system/kube-flannel.yaml', 'cidr/pod-overlaps-vpc', 1],
      ['nodes/nodes.yaml', 'gateway/cloud-gateway-on-edge-node', 1],
    ],
  );
  for (const e of entries) assert.match(e.fingerprint, /^[0-9a-f]{32}$/);
  assert.match(
    bytes,
    /^\{\n {2}"version": 1,\n {2}"tool": \{"name":"edgenet","version":"0\.1\.0"\},\n {2}"findings": \[\n/,
  );
  // Again, and from another directory naming the same file: the same bytes (paths are the baseline's own).
  await cli(['lint', 'write', '--write-baseline', 'write/edgenet-baseline.json'], { cwd: work });
  assert.equal(readFileSync(path.join(dir, 'edgenet-baseline.json'), 'utf8'), bytes);
});

test('--baseline: known findings survive moved lines and edits; a new one fails; a gone one is counted', async () => {
  const { dir } = exampleRepo('baseline');
  await cli(['lint', '.', '--write-baseline', '.edgenet-baseline.json'], { cwd: dir });
  // Unrelated edits: lines moved above every finding, a new document before the Node, another file changed.
  const nodes = path.join(dir, 'nodes', 'nodes.yaml');
  writeFileSync(
    nodes,
    `# moved\n\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n---\n${readFileSync(nodes, 'utf8')}`,
  );
  const vpc = path.join(dir, 'infra', 'ros', 'vpc.yaml');
  writeFileSync(vpc, `# a comment\n${readFileSync(vpc, 'utf8')}`);
  const known = await cli(['lint', '.', '--baseline', '.edgenet-baseline.json', '--format', 'json'], { cwd: dir });
  assert.equal(known.code, 0, known.stdout);
  const report = json(known.stdout);
  assert.deepEqual(
    report.findings.map((f) => [f.file, f.line, f.baselined]),
    [
      ['apps/metrics/custom-metrics.yaml', 10, true],
      ['infra/ros/cluster.yaml', 17, true],
      ['kube-system/kube-flannel.yaml', 11, true],
      ['nodes/nodes.yaml', 26, true],
    ],
  );
  assert.deepEqual([report.summary.errors, report.summary.baselined, report.summary.baselineGone], [0, 4, 0]);

  // A new finding fails alone; renaming the resource of a known one makes it new too.
  writeFileSync(path.join(dir, 'nodes', 'new.yaml'), EDGE_NODE('e2'));
  writeFileSync(nodes, readFileSync(nodes, 'utf8').replace('name: hz-edge-1', 'name: hz-edge-renamed'));
  const fresh = await cli(['lint', '.', '--baseline', '.edgenet-baseline.json', '--format', 'json'], { cwd: dir });
  assert.equal(fresh.code, 1);
  const active = json(fresh.stdout).findings.filter((f) => !f.baselined);
  assert.deepEqual(
    active.map((f) => [f.ruleId, f.file]),
    [
      ['gateway/cloud-gateway-on-edge-node', 'nodes/new.yaml'],
      ['gateway/cloud-gateway-on-edge-node', 'nodes/nodes.yaml'],
    ],
  );
  // The renamed Node's old fingerprint no longer occurs: the text summary says so.
  const text = await cli(['lint', '.', '--baseline', '.edgenet-baseline.json'], { cwd: dir });
  assert.match(
    text.stdout,
    joined(
      /\n2 problems \(2 errors, 0 warnings, 0 infos\) in 9 files, 14 documents, 3 baselined\.\n/,
      /1 finding of the baseline no longer occurs \(--write-baseline rewrites it without them\)\.\n$/,
    ),
  );
  const missing = await cli(['lint', '.', '--baseline', 'nope.json'], { cwd: dir });
  assert.deepEqual(
    [missing.code, missing.stderr],
    [2, 'edgenet: --baseline nope.json: no such file (write one with --write-baseline)\n'],
  );
});

test('--new-only REF: only findings REF lacks fail; the others are pre-existing (JSON, SARIF)', async () => {
  const { dir, git } = exampleRepo('new-only');
  writeFileSync(path.join(dir, 'nodes', 'new.yaml'), EDGE_NODE('e2'));
  // An unrelated change moves the lines of a known finding.
  const nodes = path.join(dir, 'nodes', 'nodes.yaml');
  writeFileSync(nodes, `# moved\n${readFileSync(nodes, 'utf8')}`);
  const result = await cli(['lint', '.', '--new-only', 'main', '--format', 'json'], { cwd: dir });
  assert.equal(result.code, 1, result.stderr);
  const report = json(result.stdout);
  assert.deepEqual(
    report.findings.map((f) => [f.file, f.line, f.preExisting ?? false]),
    [
      ['apps/metrics/custom-metrics.yaml', 10, true],
      ['infra/ros/cluster.yaml', 17, true],
      ['kube-system/kube-flannel.yaml', 11, true],
      ['nodes/new.yaml', 7, false],
      ['nodes/nodes.yaml', 19, true],
    ],
  );
  assert.deepEqual([report.summary.errors, report.summary.preExisting], [1, 4]);
  const commit = git('rev-parse', 'main').trim().slice(0, 12);
  const sarif = JSON.parse((await cli(['lint', '.', '--new-only', 'main', '--format', 'sarif'], { cwd: dir })).stdout);
  const suppressed = sarif.runs[0].results.filter((r: { suppressions?: unknown }) => r.suppressions);
  assert.equal(suppressed.length, 4);
  assert.deepEqual(suppressed[0].suppressions, [
    { kind: 'external', status: 'accepted', justification: `present at main (${commit})` },
  ]);
  // The repository was not touched: no worktree, the index and HEAD as they were.
  assert.equal(git('worktree', 'list').trim().split('\n').length, 1);
  assert.equal(git('status', '--porcelain'), ' M nodes/nodes.yaml\n?? nodes/new.yaml\n');
  // Committed, nothing is new.
  git('add', '-A');
  git('commit', '-qm', 'more');
  const none = await cli(['lint', '.', '--new-only', 'HEAD'], { cwd: dir });
  assert.equal(none.code, 0);
  assert.match(none.stdout, /^No problems \(8 files, 12 documents, 5 pre-existing\)\.\n$/);
  const stdin = await cli(['lint', '-', '--new-only', 'HEAD'], { cwd: dir, stdin: EDGE_NODE('x') });
  assert.deepEqual(
    [stdin.code, stdin.stderr],
    [2, 'edgenet: --new-only compares files in git; it cannot read stdin\n'],
  );
  const noRef = await cli(['lint', '.', '--new-only', 'no-such-ref'], { cwd: dir });
  assert.deepEqual(
    [noRef.code, noRef.stderr],
    [2, 'edgenet: --new-only no-such-ref: no such commit in this repository\n'],
  );
});

function sarifValidator() {
  const Ajv = require('ajv-draft-04');
  const addFormats = require('ajv-formats');
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'));
}

test('SARIF with waived and baselined findings: suppressions, kinds, justifications; valid SARIF 2.1.0', async () => {
  const { dir } = exampleRepo('sarif');
  // One waived by a comment (inSource), one by the configuration (external), one baselined (external).
  const cluster = path.join(dir, 'infra', 'ros', 'cluster.yaml');
  writeFileSync(
    cluster,
    readFileSync(cluster, 'utf8').replace(
      '      ContainerCidr: 172.20.0.0/16',
      '      ContainerCidr: 172.20.0.0/16 # edgenet-ignore cidr/pod-overlaps-vpc -- the VPC moves in Q3',
    ),
  );
  appendFileSync(
    path.join(dir, '.edgenet.yaml'),
    'ignore:\n  - rule: gateway/cloud-gateway-missing\n    reason: "the gateway node is added by the platform team"\n',
  );
  await cli(['lint', '.', '--write-baseline', 'base.json'], { cwd: dir });
  // The baseline keeps only the Node: the other finding left stands.
  const base = JSON.parse(readFileSync(path.join(dir, 'base.json'), 'utf8'));
  base.findings = base.findings.filter((e: { file: string }) => e.file === 'nodes/nodes.yaml');
  writeFileSync(path.join(dir, 'base.json'), JSON.stringify(base));
  const { stdout, code } = await cli(['lint', '.', '--baseline', 'base.json', '--format', 'sarif'], { cwd: dir });
  assert.equal(code, 1);
  const log = JSON.parse(stdout);
  const validate = sarifValidator();
  assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 3)));
  const run = log.runs[0];
  assert.deepEqual(run.automationDetails, { id: 'edgenet/sarif/' });
  assert.deepEqual(
    run.results.map((r: { ruleId: string; suppressions?: unknown }) => [r.ruleId, r.suppressions ?? null]),
    [
      [
        'gateway/cloud-gateway-missing',
        [{ kind: 'external', status: 'accepted', justification: 'the gateway node is added by the platform team' }],
      ],
      ['cidr/pod-overlaps-vpc', [{ kind: 'inSource', status: 'accepted', justification: 'the VPC moves in Q3' }]],
      ['cidr/pod-overlaps-vpc', null],
      [
        'gateway/cloud-gateway-on-edge-node',
        [{ kind: 'external', status: 'accepted', justification: 'in the baseline base.json' }],
      ],
    ],
  );
});

function findOpa(): string | undefined {
  const candidates = ['opa'];
  const gopath = spawnSync('go', ['env', 'GOPATH'], { encoding: 'utf8' });
  if (gopath.status === 0) candidates.push(path.join(gopath.stdout.trim(), 'bin', 'opa'));
  return candidates.find((c) => spawnSync(c, ['version']).status === 0);
}

test('user-policy rule ids: --rule, rules: and waivers accept them once the policy is loaded; SARIF lists the rule', {
  skip: !findOpa() && 'opa not found (npm test installs it): user policy test skipped',
}, async () => {
  const bundle = path.join(work, 'acme.tar.gz');
  const source = path.join(ROOT, 'test', 'data', 'user-policy');
  execFileSync(findOpa()!, [
    'build',
    '-t',
    'wasm',
    '-e',
    'acme/vpc_size/deny',
    '-o',
    bundle,
    source,
    '--ignore',
    '*_test.rego',
  ]);
  const { dir } = exampleRepo('policy');
  const lintIt = (...args: string[]) =>
    cli(['lint', '.', '--policy', bundle, '--format', 'json', ...args], { cwd: dir });
  const mine = (stdout: string) =>
    json(stdout)
      .findings.filter((f) => f.ruleId === 'acme/vpc_size')
      .map((f) => `${f.file}:${f.line}`);
  assert.deepEqual(mine((await lintIt()).stdout), ['.edgenet.yaml:1', 'infra/ros/vpc.yaml:6']);
  assert.deepEqual(mine((await lintIt('--rule', 'acme/vpc_size=off')).stdout), []);
  // Without the policy the id is unknown, with the nearest known id when there is one.
  const unknown = await cli(['lint', '.', '--rule', 'acme/vpc_size=off'], { cwd: dir });
  assert.deepEqual(
    [unknown.code, unknown.stderr],
    [2, 'edgenet: --rule: unknown rule "acme/vpc_size" (see `edgenet rules`)\n'],
  );
  const typo = await lintIt('--rule', 'acme/vpc_sise=off');
  assert.equal(
    typo.stderr,
    'edgenet: --rule: unknown rule "acme/vpc_sise" (did you mean acme/vpc_size?) (see `edgenet rules`)\n',
  );
  // rules: in the configuration, and a waiver in the file.
  appendFileSync(path.join(dir, '.edgenet.yaml'), 'rules:\n  acme/vpc_size: info\n');
  const vpc = path.join(dir, 'infra', 'ros', 'vpc.yaml');
  writeFileSync(
    vpc,
    readFileSync(vpc, 'utf8').replace(
      '    Default: 172.16.0.0/12',
      '    Default: 172.16.0.0/12 # edgenet-ignore acme/vpc_size -- a /12 on purpose',
    ),
  );
  const configured = json((await lintIt()).stdout);
  assert.deepEqual(
    configured.findings.filter((f) => f.ruleId === 'acme/vpc_size').map((f) => [f.file, f.line]),
    [['.edgenet.yaml', 1]],
  );
  assert.equal(configured.summary.suppressed, 1);
  assert.equal(configured.findings.filter((f) => f.ruleId.startsWith('input/')).length, 0, 'no invalid waiver');
  const noPolicy = await cli(['lint', '.'], { cwd: dir });
  assert.equal(noPolicy.code, 2);
  assert.match(
    noPolicy.stderr,
    /^edgenet: \.edgenet\.yaml:\d+:3: rules\.acme\/vpc_size: "acme\/vpc_size" is not a rule/,
  );
  const sarif = JSON.parse((await lintIt('--format', 'sarif')).stdout).runs[0];
  const rule = sarif.tool.driver.rules.find((r: { id: string }) => r.id === 'acme/vpc_size');
  assert.deepEqual(rule.properties, { tags: ['user-policy'] });
  const result = sarif.results.find((r: { ruleId: string }) => r.ruleId === 'acme/vpc_size');
  assert.equal(sarif.tool.driver.rules[result.ruleIndex].id, 'acme/vpc_size');
});

test('the Action: baseline and new-only; a base the clone lacks is a warning and every finding counts', async () => {
  const { dir, git } = exampleRepo('action');
  await cli(['lint', '.', '--write-baseline', 'edgenet-baseline.json'], { cwd: dir });
  git('add', '-A');
  git('commit', '-qm', 'baseline');
  writeFileSync(path.join(dir, 'nodes', 'new.yaml'), EDGE_NODE('e2'));
  const run = async (inputs: Record<string, string>) => {
    const summary = path.join(work, `summary-${Object.keys(inputs).join('-')}.md`);
    writeFileSync(summary, '');
    let stdout = '';
    const env: Record<string, string> = {
      GITHUB_WORKSPACE: dir,
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_BASE_REF: 'main',
      'INPUT_TRUST-FROM': 'none',
      'INPUT_SARIF-FILE': path.join(work, 'action.sarif'),
    };
    for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
    const code = await runAction({ env, stdout: (t) => (stdout += t) });
    return { code, stdout, summary: readFileSync(summary, 'utf8') };
  };
  const baselined = await run({ baseline: 'edgenet-baseline.json' });
  assert.equal(baselined.code, 1);
  assert.deepEqual(
    baselined.stdout
      .split('\n')
      .filter((l) => l.startsWith('::error'))
      .map((l) => /file=([^,]+)/.exec(l)![1]),
    ['nodes/new.yaml'],
  );
  assert.match(
    baselined.summary,
    /^### edgenet: 1 errors, 0 warnings, 0 infos\n\n9 files, 13 documents, 4 baselined\.\n/,
  );
  // new-only against the base branch, which the clone has as `main` (base-ref names it).
  const newOnly = await run({ 'new-only': 'true', 'base-ref': 'main' });
  assert.equal(newOnly.code, 1);
  assert.match(newOnly.summary, /, 4 pre-existing \(not failing\)\.\n/);
  git('add', '-A');
  git('commit', '-qm', 'new node');
  const clean = await run({ 'new-only': 'true', 'base-ref': 'main~0' });
  assert.equal(clean.code, 0, clean.stdout);
  // The default base (origin/main) is not in this clone: a warning, and every finding counts.
  const shallow = await run({ 'new-only': 'true' });
  assert.equal(shallow.code, 1);
  assert.match(
    shallow.stdout,
    joined(
      /^::warning title=edgenet%3A base not in the clone::The base origin\/main is not in the clone: /m,
      /findings on changed lines are not annotated first; new-only cannot tell new findings from old ones, /,
      /so every finding counts\. Check out with fetch-depth: 0/,
    ),
  );
  assert.equal(shallow.stdout.split('\n').filter((l) => l.startsWith('::error')).length, 5);
});

const TRUSTED_BASELINE =
  "--baseline with --trust-from: the trusted ref's baseline; a change cannot baseline its own findings";
test(TRUSTED_BASELINE, async () => {
  const { dir, git } = exampleRepo('trusted-baseline');
  await cli(['lint', '.', '--write-baseline', 'b.json'], { cwd: dir });
  git('add', '-A');
  git('commit', '-qm', 'baseline');
  writeFileSync(path.join(dir, 'nodes', 'new.yaml'), EDGE_NODE('e2'));
  // The change rewrites the baseline to hold its own new finding.
  await cli(['lint', '.', '--write-baseline', 'b.json'], { cwd: dir });
  assert.equal((await cli(['lint', '.', '--baseline', 'b.json'], { cwd: dir })).code, 0);
  const trusted = await cli(['lint', '.', '--baseline', 'b.json', '--trust-from', 'main'], { cwd: dir });
  assert.equal(trusted.code, 1);
  assert.equal(trusted.stderr, "edgenet: warning: --baseline b.json: the file differs from main's, which is used\n");
  assert.match(trusted.stdout, /^nodes\/new\.yaml\n/);
  rmSync(path.join(dir, 'b.json'));
  git('rm', '-q', '--cached', 'b.json');
  git('commit', '-qm', 'no baseline');
  await cli(['lint', '.', '--write-baseline', 'b.json'], { cwd: dir });
  const added = await cli(['lint', '.', '--baseline', 'b.json', '--trust-from', 'main'], { cwd: dir });
  assert.equal(added.code, 1);
  assert.match(
    added.stderr,
    /^edgenet: warning: --baseline b\.json: main has no such file .*nothing is baselined until it is merged\n$/,
  );
});

test("--new-only checks REF out without the repository's filters (a smudge that needs a secret)", async () => {
  const { dir, git } = exampleRepo('new-only-filter');
  writeFileSync(path.join(dir, '.gitattributes'), 'nodes/*.yaml filter=vault\n');
  git('add', '-A');
  git('commit', '-qm', 'attributes');
  // A global filter that fails, as git-lfs or a vault smudge does without its network.
  const global = path.join(work, 'filter.gitconfig');
  writeFileSync(global, '[filter "vault"]\n\tsmudge = "exit 1"\n\tclean = cat\n\trequired = true\n');
  const before = process.env.GIT_CONFIG_GLOBAL;
  process.env.GIT_CONFIG_GLOBAL = global;
  try {
    const result = await cli(['lint', '.', '--new-only', 'main', '--format', 'json', '--no-cache'], { cwd: dir });
    assert.equal(result.code, 0, result.stderr);
    assert.equal(json(result.stdout).summary.preExisting, 4);
  } finally {
    if (before === undefined) delete process.env.GIT_CONFIG_GLOBAL;
    else process.env.GIT_CONFIG_GLOBAL = before;
  }
});
