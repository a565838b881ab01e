/**
 * The command line as an ESLint user expects it: help per command (exit 0), "did you mean" for
 * commands, options, rule ids and configuration keys, --ignore-pattern, --max-warnings, --quiet,
 * --print-config, exit 2 for a path with nothing to lint, and every configuration error in one
 * message with the culprit first.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { cli } from './helpers.js';

const EXAMPLE = 'fixtures/example';
const work = mkdtempSync(path.join(tmpdir(), 'edgenet-cli-'));
after(() => rmSync(work, { recursive: true, force: true }));

test("help: edgenet help lint and edgenet lint --help print lint's options and exit 0", async () => {
  const help = await cli(['help', 'lint']);
  const flag = await cli(['lint', '--help', '--frobnicate']);
  assert.equal(help.code, 0);
  assert.equal(flag.code, 0);
  assert.equal(flag.stdout, help.stdout);
  assert.match(help.stdout, /^usage: edgenet lint \[PATH\.\.\.\] \[options\]\n/);
  for (const option of ['--baseline FILE', '--new-only REF', '--max-warnings N', '--ignore-pattern GLOB', '--quiet'])
    assert.ok(help.stdout.includes(option), option);
  assert.match((await cli(['plan', '-h'])).stdout, /^usage: edgenet plan /);
  assert.match((await cli([])).stdout, /^edgenet: checks the networking/);
});

test('did you mean: commands, options, rule ids, formats', async () => {
  const cases: [string[], string][] = [
    [
      ['lnt'],
      'edgenet: unknown command "lnt" (did you mean lint?) ' +
        '(commands: lint, clusters, plan, graph, rules, explain, init, version, help)\n',
    ],
    [
      ['lint', '--formt', 'json'],
      'edgenet: unknown option --formt for lint (did you mean --format?) (see `edgenet lint --help`)\n',
    ],
    [['lint', '--format'], 'edgenet: --format needs a value (see `edgenet lint --help`)\n'],
    [
      ['lint', EXAMPLE, '--rule', 'cidr/not-privat=off'],
      'edgenet: --rule: unknown rule "cidr/not-privat" (did you mean cidr/not-private?) (see `edgenet rules`)\n',
    ],
    [
      ['explain', 'vxlan/backend-not-vxlam'],
      'edgenet: unknown rule "vxlan/backend-not-vxlam" (did you mean vxlan/backend-not-vxlan?) (see `edgenet rules`)\n',
    ],
    [
      ['lint', '--format', 'sarf'],
      'edgenet: unknown --format "sarf" (did you mean sarif?) (formats: text, json, sarif, github, junit, markdown)\n',
    ],
    [['help', 'grph'], 'edgenet: no help on "grph": not a command (did you mean graph?) (see `edgenet help`)\n'],
  ];
  for (const [argv, stderr] of cases) {
    const result = await cli(argv);
    assert.deepEqual([result.code, result.stderr], [2, stderr], argv.join(' '));
  }
});

test('--output: an unknown format, a directory and an empty name are usage errors (exit 2)', async () => {
  const xml = await cli(['lint', EXAMPLE, '--output', 'xml=foo']);
  assert.deepEqual(
    [xml.code, xml.stderr],
    [
      2,
      'edgenet: --output xml=foo: unknown format "xml" (formats: text, json, sarif, github, junit, markdown; ' +
        'a file whose name holds "=": --output ./xml=foo)\n',
    ],
  );
  const dir = await cli(['lint', EXAMPLE, '--output', work]);
  assert.deepEqual([dir.code, dir.stderr], [2, `edgenet: --output ${work}: is a directory; name a file in it\n`]);
  const sarifDir = await cli(['lint', EXAMPLE, '--output', `sarif=${work}/`]);
  assert.equal(sarifDir.code, 2);
});

test('a directory with nothing to lint is exit 2; a named file the configuration excludes is not', async () => {
  const empty = path.join(work, 'docs-only');
  mkdirSync(empty);
  writeFileSync(path.join(empty, 'README.md'), '# nothing to lint\n');
  const result = await cli(['lint', empty]);
  assert.deepEqual(
    [result.code, result.stderr],
    [
      2,
      `edgenet: ${empty}: no files to lint (a directory's .yaml, .yml and .json files, ` +
        "or those the configuration's include names)\n",
    ],
  );
  const named = await cli(['lint', `${EXAMPLE}/nodes/nodes.yaml`, '--ignore-pattern', '**/nodes.yaml']);
  assert.equal(named.code, 0);
  assert.match(named.stdout, /^No problems \(0 files, 0 documents\)\.\n$/);
});

test('--ignore-pattern, --quiet and --max-warnings', async () => {
  const ignored = await cli([
    'lint',
    EXAMPLE,
    '--ignore-pattern',
    `${EXAMPLE}/infra/**`,
    '--ignore-pattern',
    '**/kube-flannel.yaml',
    '--format',
    'json',
  ]);
  const files = (JSON.parse(ignored.stdout).findings as { file: string }[]).map((f) => f.file);
  assert.deepEqual(files, [`${EXAMPLE}/apps/metrics/custom-metrics.yaml`, `${EXAMPLE}/nodes/nodes.yaml`]);
  const levels = ['--rule', 'cidr/pod-overlaps-vpc=warning'];
  const quiet = await cli(['lint', EXAMPLE, ...levels, '--quiet', '--format', 'json']);
  const report = JSON.parse(quiet.stdout);
  assert.deepEqual(
    report.findings.map((f: { level: string }) => f.level),
    ['error', 'error'],
  );
  assert.deepEqual([report.summary.errors, report.summary.warnings], [2, 0]);
  const under = await cli([
    'lint',
    EXAMPLE,
    ...levels,
    '--rule',
    'gateway/cloud-gateway-missing=off',
    '--rule',
    'gateway/cloud-gateway-on-edge-node=off',
    '--max-warnings',
    '2',
  ]);
  assert.equal(under.code, 0);
  const over = await cli([
    'lint',
    EXAMPLE,
    ...levels,
    '--rule',
    'gateway/cloud-gateway-missing=off',
    '--rule',
    'gateway/cloud-gateway-on-edge-node=off',
    '--max-warnings',
    '1',
  ]);
  assert.deepEqual([over.code, over.stderr], [1, 'edgenet: 2 warnings, more than --max-warnings 1 allows\n']);
  assert.equal((await cli(['lint', EXAMPLE, '--max-warnings', 'many'])).code, 2);
});

test("--print-config: the configuration the run would use, with every rule's level, and no lint", async () => {
  const { code, stdout } = await cli(['lint', EXAMPLE, '--print-config', '--rule', 'cidr/not-private=off']);
  assert.equal(code, 0);
  const printed = JSON.parse(stdout);
  assert.equal(printed.configFile, `${EXAMPLE}/.edgenet.yaml`);
  assert.deepEqual(printed.cluster.sites[0].nodePools, ['hz-pool']);
  assert.equal(printed.rules['cidr/not-private'], 'off');
  assert.equal(printed.rules['cidr/pod-overlaps-vpc'], 'error');
  assert.equal(printed.maxFileSize, 16 * 1024 * 1024);
  assert.deepEqual(Object.keys(printed), [
    'configFile',
    'cluster',
    'clusters',
    'include',
    'exclude',
    'ignorePatterns',
    'maxFileSize',
    'rules',
    'ignore',
    'inlineIgnores',
    'trustFrom',
    'failOn',
  ]);
});

test('configuration errors: all in one message, a misspelt key first with the key it was meant to be', async () => {
  const dir = path.join(work, 'bad-config');
  mkdirSync(dir);
  writeFileSync(path.join(dir, 'a.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n');
  writeFileSync(
    path.join(dir, '.edgenet.yaml'),
    'cluster:\n  connection: privat\nclusters:\n  - nme: a\nrules:\n  cidr/not-privat: off\nmaxFileSize: 0\n',
  );
  const result = await cli(['lint', '.'], { cwd: dir });
  assert.equal(result.code, 2);
  assert.equal(
    result.stderr,
    [
      'edgenet: .edgenet.yaml:4:5: clusters.0.nme is not a known key (did you mean name?)',
      '.edgenet.yaml:6:3: rules.cidr/not-privat: "cidr/not-privat" is not a rule ' +
        '(did you mean cidr/not-private?) (see `edgenet rules`)',
      '.edgenet.yaml:2:15: cluster.connection must be one of public, express-connect',
      '.edgenet.yaml:7:14: maxFileSize must be >= 1',
      '',
    ].join('\n'),
  );
});
