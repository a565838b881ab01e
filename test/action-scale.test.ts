/**
 * The Action on a repository with 5,000 findings and 450 edge pools, run as a runner runs it:
 * the job summary stays under GitHub's 1 MiB (past it GitHub drops the whole summary) and says
 * how many findings it leaves out; the network diagram is grouped so that Mermaid draws it
 * (rendered in Chromium when it is installed); ten annotations of each level, errors first, and
 * the notice about the rest inside the cap; the SARIF report has every finding.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { runAction, SUMMARY_LIMIT } from '../src/action/run-action.js';
import { cli, joined } from './helpers.js';
import { CHROMIUM, renderMermaid } from './render/mermaid-chromium.js';

const work = mkdtempSync(path.join(tmpdir(), 'edgenet-action-scale-'));
after(() => rmSync(work, { recursive: true, force: true }));

const POOLS = 450;
const NODES_PER_POOL = 10;
const WARNINGS = 300;
const INFOS = 200;

/** 4,500 edge Nodes with the cloud-gateway label (errors), 300 unused waivers (warnings), 200 non-manifests (infos). */
function generate(repo: string): void {
  mkdirSync(path.join(repo, 'nodes'), { recursive: true });
  mkdirSync(path.join(repo, 'notes'), { recursive: true });
  for (let p = 0; p < POOLS; p++) {
    const docs = [];
    for (let n = 0; n < NODES_PER_POOL; n++)
      docs.push(
        [
          'apiVersion: v1',
          'kind: Node',
          'metadata:',
          `  name: edge-${p}-${n}`,
          '  labels:',
          '    alibabacloud.com/is-edge-worker: "true"',
          `    apps.openyurt.io/nodepool: pool-${p}`,
          '    node-role.alibabacloud.com/cloud-gateway: ""',
          '',
        ].join('\n'),
      );
    writeFileSync(path.join(repo, 'nodes', `pool-${p}.yaml`), docs.join('---\n'));
  }
  const waivers = Array.from({ length: WARNINGS }, (_, i) => `# edgenet-ignore cidr/not-private -- exception ${i}`);
  writeFileSync(
    path.join(repo, 'waivers.yaml'),
    `${waivers.join('\n')}\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: waivers\n`,
  );
  for (let i = 0; i < INFOS; i++)
    writeFileSync(path.join(repo, 'notes', `note-${i}.yaml`), 'name: note\ndescription:|  not YAML\n');
}

test('the Action at 5,000 findings: summary under 1 MiB, a diagram Mermaid draws, annotations in the caps', {
  timeout: 300_000,
}, async () => {
  const repo = path.join(work, 'repo');
  generate(repo);
  const summaryFile = path.join(work, 'summary.md');
  const sarifFile = path.join(repo, 'edgenet.sarif');
  writeFileSync(summaryFile, '');
  let stdout = '';
  const code = await runAction({
    env: {
      GITHUB_WORKSPACE: repo,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_EVENT_NAME: 'push',
      'INPUT_SARIF-FILE': 'edgenet.sarif',
    },
    stdout: (t) => (stdout += t),
  });
  assert.equal(code, 1, stdout.slice(0, 2000));

  const sarif = JSON.parse(readFileSync(sarifFile, 'utf8'));
  const results = sarif.runs[0].results as { level: string }[];
  assert.equal(results.length, 5000);
  assert.deepEqual(
    ['error', 'warning', 'note'].map((l) => results.filter((r) => r.level === l).length),
    [POOLS * NODES_PER_POOL, WARNINGS, INFOS],
  );

  const summary = readFileSync(summaryFile);
  const text = summary.toString('utf8');
  console.log(`job summary at 5,000 findings: ${summary.length} bytes`);
  assert.ok(summary.length <= SUMMARY_LIMIT && summary.length < 1024 * 1024, `${summary.length} bytes`);
  assert.match(text, /^### edgenet: 4500 errors, 300 warnings, 200 infos\n/);
  const rows = text.split('\n').filter((l) => /^\| (🔴|🟠|🔵) /.test(l));
  const more = /^\*\*(\d+) more findings in the SARIF report \(edgenet\.sarif\)\*\*/m.exec(text);
  assert.ok(more, 'a closing line counts the findings left out');
  assert.equal(Number(more[1]) + rows.length, 5000);
  assert.ok(rows.length > 1000, `${rows.length} rows`);
  // Errors first: the table is cut among the errors, none of the warnings or infos is in it.
  assert.ok(rows.every((r) => r.startsWith('| 🔴 error ')));

  // The diagram: 450 public-network pools would pass Mermaid's limits; grouped, they are one node.
  const mermaid = /````*mermaid\n([\s\S]*?)\n````*\n/.exec(text)![1]!;
  assert.match(text, /Pools are grouped by connection and site \(`edgenet graph` draws each\)\./);
  assert.ok(mermaid.length < 40_000, `${mermaid.length} characters`);
  assert.match(mermaid, /"450 public-network places without a site"/);

  const annotations = stdout.split('\n').filter((l) => l.startsWith('::'));
  const kinds = annotations.map((l) => /^::(\w+)/.exec(l)![1]);
  assert.deepEqual(kinds, [...Array(10).fill('error'), ...Array(10).fill('warning'), ...Array(10).fill('notice')]);
  assert.match(
    annotations.at(-1)!,
    joined(
      /^::notice title=edgenet%3A more findings::GitHub shows 10 annotations of each level per step: /,
      /4490 of 4500 errors, 290 of 300 warnings, 191 of 200 infos are not annotated here\. /,
      /The job summary and the SARIF report list all 5000\.$/,
    ),
  );

  if (CHROMIUM) {
    const rendered = await renderMermaid(mermaid);
    assert.ok(rendered.labels.some((l) => l.includes('450 public-network places without a site')));
    // What the summary had before: every pool drawn, which Mermaid refuses.
    const full = await cli(['graph', repo]);
    assert.ok(full.stdout.length > 50_000, `${full.stdout.length} characters`);
    console.log(`every pool drawn: ${full.stdout.length} characters`);
    // Mermaid draws its refusal instead of the diagram.
    const refused = await renderMermaid(full.stdout);
    assert.ok(
      refused.labels.some((l) => /Maximum text size in diagram exceeded/.test(l)),
      refused.labels.join(' '),
    );
    assert.ok(!rendered.labels.some((l) => /Maximum text size/.test(l)));
  }
});
