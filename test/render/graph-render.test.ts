/**
 * edgenet graph, seen as a person sees it: the Mermaid output rendered in headless Chromium, and
 * the picture checked for the domains, links and violations. Also plan's table on its example.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cli, joined } from '../helpers.js';
import { CHROMIUM, renderMermaid } from './mermaid-chromium.js';

const skip = !CHROMIUM && 'chromium not found (apt-get install chromium): graph rendering skipped';

test('the graph of a failing fixture renders, with its domains, links and the violations on them', {
  skip,
  timeout: 120_000,
}, async () => {
  const { stdout, code } = await cli(['graph', 'fixtures/rules/reach/cross-domain-unreachable/fail']);
  assert.equal(code, 0);
  const rendered = await renderMermaid(stdout);
  for (const label of [
    'Cloud VPC and Express Connect pools',
    'hz: public network',
    'sh: public network',
    'cloud: cloud',
    'hz',
    'sh',
    '2 calls: reach/cross-domain',
    '1 call: reach/cross-domain',
  ]) {
    assert.ok(
      rendered.labels.some((l) => l.includes(label)),
      `"${label}" is in the picture: ${JSON.stringify(rendered.labels)}`,
    );
  }
  assert.equal(rendered.edges, 4, 'two public links and two violations');
  assert.match(rendered.svg, /#d73a49/, 'violations are drawn in red');
});

test('the README example renders: Express Connect with the VXLAN port open', { skip, timeout: 120_000 }, async () => {
  const { stdout } = await cli(['graph', 'fixtures/example']);
  const rendered = await renderMermaid(stdout);
  assert.ok(
    rendered.labels.some((l) => l.includes('Express Connect · VXLAN UDP 8472 open')),
    JSON.stringify(rendered.labels),
  );
  assert.ok(rendered.labels.some((l) => l.includes('hz-pool (site idc-hangzhou)')));
  assert.equal(rendered.edges, 1);
});

test('a blocked VXLAN port is drawn on its Express Connect link; DOT has the same', async () => {
  const mermaid = await cli(['graph', 'fixtures/rules/vxlan/port-blocked/fail']);
  assert.match(mermaid.stdout, /cloud <-->\|"Express Connect · VXLAN UDP 8472 blocked"\| site_idc_hangzhou/);
  assert.match(mermaid.stdout, /linkStyle 0,1 stroke:#d73a49/);
  const dot = await cli(['graph', 'fixtures/rules/vxlan/port-blocked/fail', '--format', 'dot']);
  assert.match(dot.stdout, /^digraph edgenet \{/);
  assert.match(
    dot.stdout,
    /"cloud" -> "site:idc-hangzhou" \[label="Express Connect · VXLAN UDP 8472 blocked", dir=both, color="#d73a49"/,
  );
});

test('plan: every range, where declared, the node blocks and their use, the overlaps marked', async () => {
  const { stdout, code } = await cli(['plan', 'fixtures/example', '--format', 'json']);
  assert.equal(code, 0);
  const plan = JSON.parse(stdout);
  const pod = plan.rows.find((r: { kind: string }) => r.kind === 'pod');
  assert.deepEqual(pod, {
    kind: 'pod',
    cidr: '172.20.0.0/16',
    family: 4,
    declaredAt: ['fixtures/example/infra/ros/cluster.yaml:17', 'fixtures/example/kube-system/kube-flannel.yaml:11'],
    origins: ['ROS ContainerCidr Cluster', 'flannel net-conf.json Network'],
    overlaps: ['lies inside VPC 172.16.0.0/12'],
    nodeMask: 24,
    nodeMaskSource: 'ROS NodeCidrMask Cluster',
    nodeBlocks: '256',
    nodesUsed: 2,
    podIpsPerNode: '253',
  });
  assert.deepEqual(
    plan.rows.map((r: { kind: string; cidr: string }) => `${r.kind} ${r.cidr}`),
    [
      'pod 172.20.0.0/16',
      'service 192.168.240.0/20',
      'vpc 172.16.0.0/12',
      'vswitch 172.16.1.0/24',
      'edge-hosts 10.10.0.0/16',
    ],
  );
  const markdown = await cli(['plan', 'fixtures/example', '--format', 'markdown']);
  assert.match(markdown.stdout, /^\| range \| kind \| declared at \|/);
  assert.match(
    markdown.stdout,
    joined(
      /\| 172\.20\.0\.0\/16 \| pod \| .* \| \/24 \(ROS NodeCidrMask Cluster\)/,
      / \| 256 \| 2 \| 253 \| ⚠ lies inside VPC 172\.16\.0\.0\/12 \|/,
    ),
  );
});

test('the Action job summary carries the diagram', async () => {
  const { runAction } = await import('../../src/action/run-action.js');
  const { mkdtempSync, readFileSync, writeFileSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const path = await import('node:path');
  const dir = mkdtempSync(path.join(tmpdir(), 'edgenet-summary-'));
  try {
    const env = {
      GITHUB_WORKSPACE: path.resolve('fixtures/example'),
      GITHUB_STEP_SUMMARY: path.join(dir, 's.md'),
      'INPUT_SARIF-FILE': path.join(dir, 'r.sarif'),
    };
    writeFileSync(env.GITHUB_STEP_SUMMARY, '');
    await runAction({ env, stdout: () => {} });
    const summary = readFileSync(env.GITHUB_STEP_SUMMARY, 'utf8');
    assert.match(summary, /#### The network\n\n```mermaid\nflowchart LR\n/);
    assert.match(summary, /Express Connect · VXLAN UDP 8472 open/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
