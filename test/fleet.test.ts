/**
 * Fleets (contract section 7): a repository of several clusters is judged one cluster at a time,
 * so facts of unrelated clusters are never compared; clusters sharing a VPC are compared by the
 * fleet rule only.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import type { Finding } from '../src/core/finding.js';
import { cli, joined, lintJson, ROOT, sharedCorpus } from './helpers.js';
import { tools, unless } from './compose/tools.js';
import { findingsOf } from './rule-tester.js';

const ROS = 'fixtures/fleets/ros-collection';
const GITOPS = 'fixtures/fleets/gitops';

const row = (f: Finding) => [f.ruleId, f.file.replace(`${ROS}/`, ''), f.line, f.column, f.clusters.join(',')];

test('24 independent ROS templates: each stack is judged with its own VPC, none with another template', async () => {
  const findings = await findingsOf({ name: 'ros', dir: ROS });
  const judged = findings.filter((f) => !(f.ruleId === 'input/skipped' && /belongs? to none/.test(f.message)));
  assert.deepEqual(judged.map(row), [
    ['cidr/pod-overlaps-vpc', 'ack/edge/edge-cluster-pod-in-vpc.yaml', 29, 22, 'ack/edge/edge-cluster-pod-in-vpc.yaml'],
    [
      'cidr/pod-overlaps-service',
      'ack/edge/edge-cluster-pod-service.yml',
      36,
      20,
      'ack/edge/edge-cluster-pod-service.yml',
    ],
    ['input/skipped', 'ack/edge/edge-cluster-service-vswitch.yml', 21, 9, 'ack/edge/edge-cluster-service-vswitch.yml'],
    [
      'cidr/service-overlaps-vpc',
      'ack/edge/edge-cluster-service-vswitch.yml',
      52,
      20,
      'ack/edge/edge-cluster-service-vswitch.yml',
    ],
    [
      'cidr/cluster-pod-cidrs-overlap',
      'ack/edge/shared-vpc/edge-hangzhou-b.yml',
      16,
      22,
      'ack/edge/shared-vpc/edge-hangzhou-b.yml',
    ],
    ['cidr/not-private', 'solutions/cdn/edge-video-cluster.yml', 21, 22, 'solutions/cdn/edge-video-cluster.yml'],
    [
      'cidr/pod-overlaps-vpc',
      'solutions/iot/edge-gateway-cluster.yaml',
      22,
      14,
      'solutions/iot/edge-gateway-cluster.yaml',
    ],
  ]);
  // The VPC of the in-template overlap is the template's own, placed at its Parameter's Default.
  const own = judged.find((f) => f.file.endsWith('edge-gateway-cluster.yaml'))!;
  assert.match(own.message, /^Pod CIDR 10\.0\.0\.0\/16 lies inside VPC CIDR 10\.0\.0\.0\/8 /);
  // Two clusters of one template with separate pod CIDRs: no mismatch between them.
  assert.equal(
    findings.some((f) => f.file.endsWith('prod-and-staging-one-vpc.yaml')),
    false,
  );
  // Templates with no cluster are said to be in none, one finding per directory.
  const unscoped = findings.filter(
    (f) => f.message.includes('belongs to none') || f.message.includes('belong to none'),
  );
  assert.deepEqual(
    unscoped.map((f) => f.file.replace(`${ROS}/`, '')),
    ['compute/ecs/ecs-instance-web.yml', 'network/edge/edge-network-baseline.yml'],
  );
  assert.match(
    unscoped[1]!.message,
    /^Not analysed: 3 files under .*network\/ \(.*\) belong to none of the repository's 19 clusters/,
  );
});

test('the same templates declared one cluster are compared with each other', async () => {
  const findings = await findingsOf({
    name: 'ros as one',
    dir: ROS,
    config: 'clusters:\n  - name: everything\n    paths: ["**"]\n',
  });
  const errors = findings.filter((f) => f.level === 'error');
  assert.ok(errors.length >= 40, `${errors.length} errors`);
  assert.ok(
    findings.every((f) => f.clusters.length === 0),
    'one cluster: no cluster names',
  );
  // A pod CIDR of one template inside the VPC of another, and two clusters' pod CIDRs compared.
  const basic = findings.find(
    (f) =>
      f.ruleId === 'cidr/pod-overlaps-vpc' &&
      f.file.endsWith('ack-gpu-training.yml') &&
      f.related.some((r) => !r.file.endsWith('ack-gpu-training.yml')),
  );
  assert.ok(basic, 'a cross-template pod/VPC overlap');
  assert.ok(findings.some((f) => f.ruleId === 'cidr/pod-cidr-mismatch'));
});

test('two Flux trees with their own flannel ConfigMaps: no mismatch between the clusters', async () => {
  const flannel = (network: string) => `kind: ConfigMap
apiVersion: v1
metadata: {name: kube-flannel-cfg, namespace: kube-flannel}
data:
  net-conf.json: '{"Network": "${network}", "Backend": {"Type": "vxlan"}}'
`;
  const findings = await findingsOf({
    name: 'two trees',
    files: {
      'clusters/prod/kube-flannel.yaml': flannel('10.0.0.0/16'),
      'clusters/staging/kube-flannel.yaml': flannel('10.1.0.0/16'),
      'clusters/staging/overlap.yaml': flannel('10.2.0.0/16'),
    },
  });
  // Only staging holds two flannel ConfigMaps that disagree; prod and staging are never compared.
  assert.deepEqual(
    findings.map((f) => [f.ruleId, f.file, f.clusters]),
    [['cidr/pod-cidr-mismatch', 'clusters/staging/overlap.yaml', ['staging']]],
  );
});

test('edgenet clusters: each cluster, the rule that formed it, its files and builds (text and JSON)', async () => {
  const { code, stdout } = await cli(['clusters', GITOPS, '--format', 'json']);
  assert.equal(code, 0);
  const report = JSON.parse(stdout) as {
    clusters: {
      name: string;
      reasons: string[];
      files: string[];
      builds: { id: string; kind: string }[];
      vpcs: string[];
    }[];
  };
  assert.deepEqual(
    report.clusters.map((c) => c.name),
    ['cloud/lab.yaml#EdgeA', 'cloud/lab.yaml#EdgeB', 'prod', 'staging'],
  );
  const prod = report.clusters.find((c) => c.name === 'prod')!;
  assert.ok(prod.reasons.some((r) => r.startsWith('clusters[0] in ')));
  assert.ok(
    prod.reasons.some(
      (r) => r.includes('Flux Kustomization flux-system/infrastructure') && r.endsWith('infrastructure/overlays/prod'),
    ),
  );
  assert.deepEqual(
    prod.builds.map((b) => [b.id, b.kind]),
    [[`${GITOPS}/infrastructure/overlays/prod`, 'kustomize']],
  );
  assert.ok(prod.files.includes(`${GITOPS}/cloud/prod.yaml`));
  // The base and the patch are the build's inputs: never files of their own.
  assert.ok(!prod.files.some((f) => f.includes('infrastructure/')));
  assert.deepEqual(report.clusters[0]!.vpcs, [`VPC LabVpc of ${GITOPS}/cloud/lab.yaml`]);
  const text = await cli(['clusters', GITOPS]);
  assert.match(text.stdout, /^prod\n {2}formed by: clusters\[0\] in /m);
});

test('a finding names its cluster in every format; lint --cluster keeps one cluster', async () => {
  const { findings } = await lintJson([GITOPS]);
  const overlap = findings.find((f) => f.ruleId === 'cidr/cluster-pod-cidrs-overlap')! as unknown as {
    cluster: string;
  };
  assert.equal(overlap.cluster, 'cloud/lab.yaml#EdgeB');
  const only = await lintJson([GITOPS, '--cluster', 'prod']);
  assert.ok(
    only.findings.every((f) => (f as unknown as { cluster: string | null }).cluster !== 'cloud/lab.yaml#EdgeB'),
  );
  const text = await cli(['lint', GITOPS]);
  assert.match(text.stdout, /cidr\/cluster-pod-cidrs-overlap {2}\(in cluster cloud\/lab\.yaml#EdgeB\)/);
  const github = await cli(['lint', GITOPS, '--format', 'github']);
  assert.match(github.stdout, /title=edgenet cidr\/cluster-pod-cidrs-overlap \(in cluster cloud\/lab.yaml#EdgeB\)/);
  const sarif = JSON.parse((await cli(['lint', GITOPS, '--format', 'sarif'])).stdout);
  const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'cidr/cluster-pod-cidrs-overlap');
  assert.deepEqual(result.properties, { cluster: 'cloud/lab.yaml#EdgeB' });
  const wrong = await cli(['lint', GITOPS, '--cluster', 'prd']);
  assert.equal(wrong.code, 2);
  assert.match(wrong.stderr, /--cluster prd: no such cluster \(did you mean prod\?\)/);
});

test('plan and graph: one section per cluster, or one cluster with --cluster', async () => {
  const plan = await cli(['plan', GITOPS]);
  assert.equal(plan.code, 0);
  assert.match(plan.stdout, /^cluster cloud\/lab\.yaml#EdgeA:\n/);
  assert.match(plan.stdout, /\ncluster staging:\n/);
  const one = JSON.parse((await cli(['plan', GITOPS, '--cluster', 'prod', '--format', 'json'])).stdout);
  assert.deepEqual(
    one.clusters.map((c: { name: string }) => c.name),
    ['prod'],
  );
  const graph = await cli(['graph', GITOPS]);
  assert.match(graph.stdout, /subgraph c2_cluster\["cluster prod"\]/);
});

test('a waiver can name the clusters it applies in', async () => {
  const config = [
    'clusters:',
    '  - name: prod',
    '    paths: [cloud/prod.yaml]',
    'ignore:',
    '  - rule: cidr/cluster-pod-cidrs-overlap',
    '    clusters: [cloud/lab.yaml#EdgeA]',
    '    reason: the lab is torn down weekly',
  ].join('\n');
  const findings = await findingsOf({ name: 'waiver', dir: GITOPS, config });
  // The finding is EdgeB's: a waiver for EdgeA leaves it, and is itself unused.
  assert.ok(findings.some((f) => f.ruleId === 'cidr/cluster-pod-cidrs-overlap'));
  assert.ok(findings.some((f) => f.ruleId === 'input/unused-suppression'));
  const right = await findingsOf({ name: 'waiver', dir: GITOPS, config: config.replace('#EdgeA', '#EdgeB') });
  assert.equal(
    right.some((f) => f.ruleId.startsWith('cidr/')),
    false,
  );
});

const SUBSTITUTION_TITLE =
  'Flux post-build substitution: a variable is judged with the value its cluster gives it, placed where it is set';
test(SUBSTITUTION_TITLE, async () => {
  const dir = 'fixtures/fleets/flux-substitute';
  const findings = await findingsOf({ name: 'flux-substitute', dir });
  const place = (f: Finding) => [f.ruleId, f.file.replace(`${dir}/`, ''), f.line, f.column, f.clusters.join(',')];
  assert.deepEqual(findings.map(place), [
    // staging's value comes from its substituteFrom ConfigMap: the finding is at that key.
    ['cidr/pod-overlaps-vpc', 'clusters/staging/vars.yaml', 7, 13, 'staging'],
    // dev's comes from a Secret, not in the repository: not analysed, never read as "${POD_CIDR}".
    ['input/skipped', 'infra/flannel.yaml', 9, 18, 'dev'],
  ]);
  assert.match(findings[1]!.message, /"\$\{POD_CIDR\}" holds the variable \$\{POD_CIDR\}, filled in at deployment/);
  // prod's 10.0.0.0/16 (its postBuild.substitute) is judged and is fine: no finding names prod.
  const { stdout } = await cli(['clusters', dir]);
  assert.match(
    stdout,
    joined(
      /applies fixtures\/fleets\/flux-substitute\/infra \(with/,
      / post-build substitution and targetNamespace kube-flannel\)/,
    ),
  );
});

test('a value Flux substitutes is placed at its postBuild.substitute entry', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'edgenet-flux-'));
  try {
    cpSync(path.join(ROOT, 'fixtures', 'fleets', 'flux-substitute'), dir, { recursive: true });
    const prod = path.join(dir, 'clusters', 'prod', 'infra.yaml');
    writeFileSync(prod, readFileSync(prod, 'utf8').replace('10.0.0.0/16', '192.168.64.0/18'));
    const { findings } = await lintJson(['.'], { cwd: dir });
    assert.deepEqual(
      findings.filter((f) => f.cluster === 'prod').map((f) => [f.ruleId, f.file, f.line, f.column, f.endColumn]),
      [['cidr/pod-overlaps-vpc', 'clusters/prod/infra.yaml', 16, 17, 34]],
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

const APPLICATION_SETS_TITLE =
  'Argo CD: ApplicationSets expanded from list and git directory generators, an Application by its server';
test(APPLICATION_SETS_TITLE, async () => {
  const dir = 'fixtures/fleets/argocd';
  const findings = await findingsOf({ name: 'argocd', dir });
  const place = (f: Finding) => [f.ruleId, f.file.replace(`${dir}/`, ''), f.line, f.column, f.clusters.join(',')];
  // Four regions with four pod CIDRs: none is compared with another (no cidr/pod-cidr-mismatch).
  assert.deepEqual(findings.map(place), [
    ['input/skipped', 'apps/regions.yaml', 56, 9, ''],
    ['cidr/pod-overlaps-vpc', 'envs/shanghai/flannel.yaml', 9, 18, 'shanghai'],
    ['cidr/pod-overlaps-vpc', 'regions/chengdu/flannel.yaml', 9, 18, 'chengdu'],
  ]);
  assert.match(
    findings[0]!.message,
    joined(
      /ApplicationSet every-cluster generates from Argo CD's/,
      / registered clusters \(cluster secrets\), not in the repository/,
    ),
  );
  const { stdout } = await cli(['clusters', dir, '--format', 'json']);
  const clusters = (JSON.parse(stdout) as { clusters: { name: string; files: string[] }[] }).clusters;
  assert.deepEqual(
    clusters.map((c) => [c.name, c.files.map((f) => f.replace(`${dir}/`, ''))]),
    [
      ['chengdu', ['regions/chengdu/flannel.yaml']],
      ['hangzhou', ['envs/hangzhou/flannel.yaml']],
      ['https://beijing.example.com:6443', ['envs/beijing/flannel.yaml']],
      ['shanghai', ['envs/shanghai/flannel.yaml']],
    ],
  );
});

const multiTenancy = sharedCorpus('real', 'fluxcd__flux2-multi-tenancy');

test('a Kustomize patch of a Flux Kustomization applies nothing itself (flux2-multi-tenancy)', {
  skip: !multiTenancy && '../shared/corpus/real not found: flux2-multi-tenancy test skipped',
}, async () => {
  const dir = path.relative(ROOT, multiTenancy!);
  const { findings } = await lintJson([dir]);
  // tenants/<env>/dev-team-patch.yaml only sets spec.path on the base's Kustomization.
  assert.deepEqual(
    findings.filter((f) => f.file.endsWith('-patch.yaml')).map((f) => [f.ruleId, f.file, f.message]),
    [],
  );
  // The base's Kustomization is what applies: from another repository, said once per cluster.
  assert.deepEqual(
    findings
      .filter((f) => f.file.endsWith('tenants/base/dev-team/sync.yaml'))
      .map((f) => [f.ruleId, f.line, f.clusters ?? [f.cluster]]),
    [['input/skipped', 15, ['production', 'staging']]],
  );
});

test('a root Flux Kustomization outside clusters/<name>/ starts one cluster: its tree is judged together', {
  skip: unless('kustomize'),
}, async () => {
  const dir = 'fixtures/fleets/flux-root';
  // The NodePools and the webhook are two Flux Kustomizations' builds under kubernetes/apps,
  // which kubernetes/flux/cluster/ks.yaml applies: one cluster, so the missing gateway is seen.
  const findings = await findingsOf({ name: 'flux-root', dir, env: tools().env });
  assert.deepEqual(
    findings.map((f) => [f.ruleId, f.file.replace(`${dir}/`, ''), f.line, f.column, f.clusters.join(',')]),
    [['gateway/cloud-gateway-missing', 'kubernetes/apps/guard-system/guard/app/webhook.yaml', 9, 15, '']],
  );
  const { stdout } = await cli(['clusters', dir, '--format', 'json'], { env: tools().env });
  const clusters = (JSON.parse(stdout) as { clusters: { name: string; reasons: string[] }[] }).clusters;
  assert.deepEqual(
    clusters.map((c) => c.name),
    ['kubernetes/flux/cluster'],
  );
  assert.match(clusters[0]!.reasons[0]!, /Flux Kustomization flux-system\/cluster-apps .* which no other applies/);
});

test('one finding in two clusters that give its rule different levels is two findings, each at its level', async () => {
  const findings = await findingsOf({
    name: 'levels per cluster',
    config: [
      'clusters:',
      '  - name: a',
      '    paths: ["shared/**"]',
      '    rules:',
      '      gateway/cloud-gateway-on-edge-node: warning',
      '  - name: b',
      '    paths: ["shared/**"]',
      '',
    ].join('\n'),
    files: {
      'shared/node.yaml': [
        'apiVersion: v1',
        'kind: Node',
        'metadata:',
        '  name: edge-1',
        '  labels:',
        '    alibabacloud.com/is-edge-worker: "true"',
        '    node-role.alibabacloud.com/cloud-gateway: ""',
        '',
      ].join('\n'),
    },
  });
  assert.deepEqual(
    findings.map((f) => [f.ruleId, f.level, f.line, f.clusters.join(',')]),
    [
      ['gateway/cloud-gateway-on-edge-node', 'warning', 7, 'a'],
      ['gateway/cloud-gateway-on-edge-node', 'error', 7, 'b'],
    ],
  );
});
