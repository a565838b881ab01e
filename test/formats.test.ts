/** sarif (validated against the SARIF 2.1.0 schema), github (against @actions/core itself), junit, markdown. */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import * as core from '@actions/core';
import type { Finding, Level, Summary } from '../src/core/finding.js';
import { formatGithub } from '../src/report/formatters/github.js';
import { RULES } from '../src/rules/catalogue.js';
import { ROOT, cli, joined } from './helpers.js';

const require = createRequire(import.meta.url);
const EXAMPLE = 'fixtures/example';

function sarifValidator() {
  const Ajv = require('ajv-draft-04');
  const addFormats = require('ajv-formats');
  // The schema's language pattern is not valid as a unicode regular expression.
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'));
}

const SARIF_VALID =
  'sarif: valid against the SARIF 2.1.0 schema, every rule listed, a cross-file finding with both locations';
test(SARIF_VALID, async () => {
  const { stdout, code } = await cli(['lint', '--format', 'sarif', EXAMPLE]);
  assert.equal(code, 1);
  const log = JSON.parse(stdout);
  const validate = sarifValidator();
  assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 3)));
  const run = log.runs[0];
  assert.deepEqual(
    run.tool.driver.rules.map((r: { id: string }) => r.id),
    RULES.map((r) => r.id),
  );
  for (const rule of run.tool.driver.rules) {
    assert.ok(rule.help.text && rule.helpUri.startsWith('https://'), rule.id);
    // No rule is tagged security (docs/rules.md says why): none is a security alert by its level alone.
    assert.equal(rule.properties['security-severity'], undefined, rule.id);
    assert.ok(!rule.properties.tags.includes('security'), rule.id);
  }
  // The category of the upload: the repository's directory (the clone's name), so two repositories' keep apart.
  const top = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: ROOT, encoding: 'utf8' }).trim();
  assert.deepEqual(run.automationDetails, { id: `edgenet/${path.basename(top)}/` });
  const pod = run.results.find((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
    r.locations[0]!.physicalLocation.artifactLocation.uri.endsWith('cluster.yaml'),
  );
  assert.deepEqual(pod.locations[0].physicalLocation.region, {
    startLine: 17,
    startColumn: 22,
    endLine: 17,
    endColumn: 35,
  });
  assert.equal(pod.relatedLocations[0].physicalLocation.artifactLocation.uri, `${EXAMPLE}/infra/ros/vpc.yaml`);
  assert.deepEqual(pod.relatedLocations[0].physicalLocation.region, { startLine: 6, startColumn: 14 });
  assert.equal(run.tool.driver.rules[pod.ruleIndex].id, 'cidr/pod-overlaps-vpc');
});

test('sarif: fingerprints are stable when unrelated lines move, and differ between findings', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'edgenet-fp-'));
  try {
    const cm = readFileSync(path.join(ROOT, EXAMPLE, 'nodes', 'nodes.yaml'), 'utf8');
    writeFileSync(path.join(dir, 'nodes.yaml'), cm);
    const before = JSON.parse((await cli(['lint', '--format', 'sarif', '.'], { cwd: dir })).stdout).runs[0].results;
    writeFileSync(path.join(dir, 'nodes.yaml'), `# a comment that moves every line down\n\n${cm}`);
    const after = JSON.parse((await cli(['lint', '--format', 'sarif', '.'], { cwd: dir })).stdout).runs[0].results;
    assert.equal(
      after[0].locations[0].physicalLocation.region.startLine,
      before[0].locations[0].physicalLocation.region.startLine + 2,
    );
    assert.deepEqual(
      after.map((r: { partialFingerprints: unknown }) => r.partialFingerprints),
      before.map((r: { partialFingerprints: unknown }) => r.partialFingerprints),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const all = JSON.parse((await cli(['lint', '--format', 'sarif', EXAMPLE])).stdout).runs[0].results.map(
    (r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints['edgenet/v1'],
  );
  assert.equal(new Set(all).size, all.length);
});

test('github: each finding is the workflow command @actions/core writes for it', async () => {
  const { stdout } = await cli(['lint', '--format', 'github', EXAMPLE]);
  const json = JSON.parse((await cli(['lint', '--format', 'json', EXAMPLE])).stdout).findings as {
    ruleId: string;
    level: string;
    message: string;
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    related: { file: string; line: number; column: number; message: string }[];
  }[];
  let expected = '';
  const write = process.stdout.write;
  process.stdout.write = ((s: string) => {
    expected += s;
    return true;
  }) as typeof process.stdout.write;
  try {
    for (const f of json) {
      const message = f.message + f.related.map((r) => `\n↳ ${r.file}:${r.line}:${r.column} ${r.message}`).join('');
      const props = {
        title: `edgenet ${f.ruleId}`,
        file: f.file,
        startLine: f.line,
        endLine: f.endLine,
        startColumn: f.column,
        endColumn: f.endColumn,
      };
      (f.level === 'error' ? core.error : f.level === 'warning' ? core.warning : core.notice)(message, props);
    }
  } finally {
    process.stdout.write = write;
  }
  assert.equal(stdout.replace(/\n/g, require('node:os').EOL), expected);
  assert.match(stdout, /%0A↳ /, 'related places ride along, escaped');
});

test('github: only what GitHub shows is written, changed lines first; a notice says what the cap hides', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'edgenet-git-'));
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd: dir, stdio: 'pipe' });
  try {
    const node = (i: number) =>
      `apiVersion: v1\nkind: Node\nmetadata:\n  name: e${i}\n  labels:\n` +
      '    alibabacloud.com/is-edge-worker: "true"\n    node-role.alibabacloud.com/cloud-gateway: ""\n';
    mkdirSync(path.join(dir, 'nodes'));
    writeFileSync(path.join(dir, 'nodes', 'a.yaml'), Array.from({ length: 12 }, (_, i) => node(i)).join('---\n'));
    writeFileSync(path.join(dir, 'nodes', 'b.yaml'), '# nothing yet\n');
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'base');
    writeFileSync(path.join(dir, 'nodes', 'b.yaml'), node(99));
    const { stdout } = await cli(['lint', '--format', 'github', '--base-ref', 'HEAD', '.'], { cwd: dir });
    const lines = stdout.trim().split('\n');
    assert.match(lines[0]!, /^::error title=edgenet gateway\/cloud-gateway-on-edge-node,file=nodes\/b\.yaml,line=7,/);
    // Ten errors, the changed line's first, and the notice: the other three are not written at all.
    assert.equal(lines.length, 11);
    assert.deepEqual(
      lines.slice(1, 10).map((l) => /line=(\d+),/.exec(l)![1]),
      ['7', '15', '23', '31', '39', '47', '55', '63', '71'],
    );
    assert.match(
      lines[10]!,
      joined(
        /^::notice title=edgenet%3A more findings::/,
        /GitHub shows 10 annotations of each level per step: 3 of 13 errors are not annotated here\./,
      ),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('github: errors first, at most ten of each level, and the notice takes one of the ten notices', async () => {
  const finding = (level: Level, i: number): Finding => ({
    ruleId: 'input/skipped',
    level,
    message: `${level} ${i}`,
    file: `f${String(i).padStart(2, '0')}.yaml`,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 2,
    related: [],
    clusters: [],
  });
  const findings = [
    ...Array.from({ length: 12 }, (_, i) => finding('info', i)),
    ...Array.from({ length: 3 }, (_, i) => finding('warning', i)),
    ...Array.from({ length: 11 }, (_, i) => finding('error', i)),
  ];
  const context = { toolVersion: '0', summary: {} as Summary, sources: new Map(), color: false, rules: RULES };
  const lines = formatGithub(findings, context).trim().split('\n');
  assert.deepEqual(
    lines.map((l) => /^::(\w+)/.exec(l)![1]),
    [...Array(10).fill('error'), ...Array(3).fill('warning'), ...Array(10).fill('notice')],
  );
  assert.equal(lines.filter((l) => l.startsWith('::notice title=edgenet%3A more findings')).length, 1);
  assert.match(lines[22]!, /1 of 11 errors, 3 of 12 infos are not annotated here\. [\s\S]*list all 26\.$/);
  // Nine warnings the step wrote before leave one place.
  const taken = formatGithub(findings, { ...context, annotationsTaken: { warning: 9 } })
    .trim()
    .split('\n');
  assert.equal(taken.filter((l) => l.startsWith('::warning')).length, 1);
  assert.match(taken.at(-1)!, /1 of 11 errors, 2 of 3 warnings, 3 of 12 infos/);
});

const JUNIT_CASES =
  'junit: a failing case per error or warning, a skipped case per info, a passing case for a clean run';
test(JUNIT_CASES, async () => {
  const failing = (await cli(['lint', '--format', 'junit', EXAMPLE])).stdout;
  assert.match(
    failing,
    /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="edgenet" tests="4" failures="4">/,
  );
  assert.equal(failing.match(/<failure /g)?.length, 4);
  assert.match(
    failing,
    joined(
      /<testcase classname="fixtures\/example\/infra\/ros\/cluster\.yaml" /,
      /name="cidr\/pod-overlaps-vpc fixtures\/example\/infra\/ros\/cluster\.yaml:17:22">/,
    ),
  );
  const clean = (await cli(['lint', '--format', 'junit', 'fixtures/rules/cidr/pod-overlaps-vpc/pass'])).stdout;
  assert.match(clean, /tests="1" failures="0"/);
  assert.match(clean, /<testcase classname="edgenet" name="edgenet lint \(2 files\)"\/>/);
});

test('several formats in one run: --output FORMAT=FILE, repeatable', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'edgenet-multi-'));
  try {
    const result = await cli([
      'lint',
      EXAMPLE,
      '--output',
      `sarif=${dir}/r.sarif`,
      '--output',
      `junit=${dir}/r.xml`,
      '--output',
      `markdown=${dir}/r.md`,
    ]);
    assert.equal(result.code, 1);
    assert.equal(JSON.parse(readFileSync(`${dir}/r.sarif`, 'utf8')).runs[0].results.length, 4);
    assert.match(readFileSync(`${dir}/r.xml`, 'utf8'), /failures="4"/);
    assert.match(readFileSync(`${dir}/r.md`, 'utf8'), /^### edgenet: 4 errors, 0 warnings, 0 infos\n/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
