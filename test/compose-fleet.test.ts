/**
 * Compose before judging (issue 13): Kustomize overlays and Helm charts are rendered with the
 * real tools, judged per cluster, and every finding points at the line that wrote the value: the
 * patch, the values file, the HelmRelease.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import type { Finding } from '../src/core/finding.js';
import { tools, unless } from './compose/tools.js';
import { cli, ROOT } from './helpers.js';
import { findingsOf } from './rule-tester.js';
import { helmPath, setValueAt } from '../src/compose/trace.js';

const OVERLAYS = 'fixtures/fleets/overlays';
const HELM = 'fixtures/fleets/helm';
const place = (f: Finding) => [f.ruleId, f.file, f.line, f.column, f.endColumn, f.clusters.join(',')];
const related = (f: Finding) => f.related.map((r) => [r.file, r.line, r.column]);

test('a base and two overlays: one pod CIDR moved into the VPC, found at the JSON 6902 patch line', {
  skip: unless('kustomize'),
}, async () => {
  const findings = await findingsOf({ name: 'overlays', dir: OVERLAYS, env: tools().env });
  assert.deepEqual(findings.map(place), [
    ['cidr/pod-overlaps-vpc', `${OVERLAYS}/overlays/shanghai/network-patch.yaml`, 6, 18, 36, 'shanghai'],
  ]);
  assert.deepEqual(related(findings[0]!), [[`${OVERLAYS}/cloud/vpc.yaml`, 7, 18]]);
  assert.equal(
    findings[0]!.message,
    'Pod CIDR 192.168.128.0/17 lies inside VPC CIDR 192.168.0.0/16 ' +
      `declared at ${OVERLAYS}/cloud/vpc.yaml:7 (192.168.128.0/17 in both).`,
  );
});

test('the same bytes twice, and the same report whether kustomize or kubectl kustomize renders', {
  skip: unless('kustomize', 'kubectl'),
}, async () => {
  const { env } = tools();
  const run = (pathEnv: string) => cli(['lint', OVERLAYS, '--format', 'json'], { env: { PATH: pathEnv } });
  const first = await run(env.PATH!);
  const second = await run(env.PATH!);
  assert.equal(first.code, 1);
  assert.equal(first.stdout, second.stdout);
  // Without the pinned kustomize on PATH, kubectl's embedded one renders.
  const kubectlOnly = await run(['/usr/local/bin', '/usr/bin', '/bin'].join(path.delimiter));
  assert.equal(kubectlOnly.stdout, first.stdout);
});

/**
 * The real kustomize behind a script that notes, for each build, the directory it includes and
 * whether origin annotations are asked for: how many times, and how, a run renders.
 */
function noteBuilds(): { env: Record<string, string>; builds: () => string[]; dispose: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'edgenet-noted-'));
  const log = path.join(dir, 'builds.log');
  const real = tools().kustomize!.command;
  writeFileSync(
    path.join(dir, 'kustomize'),
    [
      '#!/bin/sh',
      'k="$2/kustomization.yaml"',
      'included=$(sed -n \'s/^ *"\\(\\.\\.[^"]*\\)".*/\\1/p\' "$k" | head -n 1)',
      'if grep -q originAnnotations "$k"; then how=origins; else how=bare; fi',
      `echo "\${included##*/} $how" >> ${JSON.stringify(log)}`,
      `exec ${JSON.stringify(real)} "$@"`,
      '',
    ].join('\n'),
    { mode: 0o755 },
  );
  return {
    env: { PATH: [dir, tools().env.PATH].join(path.delimiter) },
    builds: () => (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').sort() : []),
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * Two overlays of one base whose pod network overlaps the VPC: wuhan's ConfigMap is found in the
 * build's own files; chengdu's configMapGenerator merges a key into it, so only kustomize's origin
 * annotations say where it was written.
 */
function originsRepository(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'edgenet-origins-'));
  const files: Record<string, string> = {
    '.edgenet.yaml':
      'clusters:\n  - name: chengdu\n    paths: [overlays/chengdu/**, vpc.yaml]\n' +
      '  - name: wuhan\n    paths: [overlays/wuhan/**, vpc.yaml]\n',
    'vpc.yaml': readFileSync(path.join(ROOT, OVERLAYS, 'cloud', 'vpc.yaml'), 'utf8'),
    'base/kustomization.yaml': 'resources:\n  - kube-flannel.yaml\n',
    'base/kube-flannel.yaml': readFileSync(path.join(ROOT, OVERLAYS, 'base', 'kube-flannel.yaml'), 'utf8').replace(
      '10.244.0.0/16',
      '192.168.64.0/18',
    ),
    'overlays/wuhan/kustomization.yaml': 'resources:\n  - ../../base\n',
    'overlays/chengdu/kustomization.yaml':
      'resources:\n  - ../../base\nconfigMapGenerator:\n  - name: kube-flannel-cfg\n    namespace: kube-flannel\n' +
      '    behavior: merge\n    literals: [city=chengdu]\n',
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

test('kustomize is asked for origins only where the files of the build cannot place a finding; the plan asks for all', {
  skip: unless('kustomize'),
}, async () => {
  const noted = noteBuilds();
  try {
    const lint = await cli(['lint', OVERLAYS, '--format', 'json'], { env: noted.env });
    assert.equal(lint.code, 1);
    // Each overlay rendered once without origins: shanghai's finding is in its patch, which the
    // build's files name. The finding is where the first test finds it.
    assert.deepEqual(noted.builds(), ['hangzhou bare', 'shanghai bare']);
    const [finding] = JSON.parse(lint.stdout).findings as Finding[];
    assert.deepEqual(
      [finding!.file, finding!.line, finding!.column],
      [`${OVERLAYS}/overlays/shanghai/network-patch.yaml`, 6, 18],
    );
  } finally {
    noted.dispose();
  }
  const repository = originsRepository();
  const origins = noteBuilds();
  try {
    const lint = await cli(['lint', '.', '--format', 'json'], { cwd: repository, env: origins.env });
    assert.equal(lint.code, 1);
    // Both find the base's value; only chengdu, whose ConfigMap a generator may have made, is
    // rendered again with origins. The finding is at the base's line in both.
    assert.deepEqual(origins.builds(), ['chengdu bare', 'chengdu origins', 'wuhan bare']);
    const findings = JSON.parse(lint.stdout).findings as (Finding & { clusters?: string[] })[];
    assert.deepEqual(
      findings.map((f) => [f.ruleId, f.file, f.line, f.column, f.clusters]),
      [
        // The two clusters' pod networks overlap each other (a fleet rule), and the VPC.
        ['cidr/cluster-pod-cidrs-overlap', 'base/kube-flannel.yaml', 9, 18, undefined],
        ['cidr/pod-overlaps-vpc', 'base/kube-flannel.yaml', 9, 18, ['chengdu', 'wuhan']],
      ],
    );
  } finally {
    origins.dispose();
    rmSync(repository, { recursive: true, force: true });
  }
  const plan = noteBuilds();
  try {
    const result = await cli(['plan', OVERLAYS], { env: plan.env });
    assert.equal(result.code, 0, result.stderr);
    // The plan says where every fact is written: every build with its origins, once.
    assert.deepEqual(plan.builds(), ['hangzhou origins', 'shanghai origins']);
    assert.match(result.stdout, /overlays\/shanghai\/network-patch\.yaml:6/);
  } finally {
    plan.dispose();
  }
});

test('a chart that renders differently each time (randAlphaNum) does not cost its neighbours their places', {
  skip: unless('kustomize', 'helm'),
}, async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'edgenet-random-chart-'));
  try {
    const files: Record<string, string> = {
      '.edgenet.yaml': 'cluster:\n  vpcCidrs: [10.0.0.0/8]\n',
      'app/kustomization.yaml':
        'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - kube-flannel.yaml\n' +
        'helmCharts:\n  - name: token\n    releaseName: token\n    namespace: default\n',
      'app/kube-flannel.yaml':
        'kind: ConfigMap\napiVersion: v1\nmetadata:\n  name: kube-flannel-cfg\n  namespace: kube-flannel\n' +
        'data:\n  net-conf.json: |\n    {\n' +
        '      "Network": "10.244.0.0/16",\n      "Backend": {"Type": "vxlan"}\n    }\n',
      'app/charts/token/Chart.yaml': 'apiVersion: v2\nname: token\nversion: 0.1.0\n',
      'app/charts/token/values.yaml': '{}\n',
      'app/charts/token/templates/secret.yaml':
        'apiVersion: v1\nkind: Secret\nmetadata:\n  name: token\nstringData:\n  token: {{ randAlphaNum 16 | quote }}\n',
    };
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    }
    const result = await cli(['lint', '.', '--format', 'json'], { cwd: dir, env: tools().env });
    const findings = (JSON.parse(result.stdout).findings as Finding[]).filter((f) => f.level === 'error');
    // Rendered twice (the second time for origins), the Secret differs; the ConfigMap is placed
    // where it is written all the same.
    assert.deepEqual(
      findings.map((f) => [f.ruleId, f.file, f.line, f.column]),
      [['cidr/pod-overlaps-vpc', 'app/kube-flannel.yaml', 9, 18]],
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the render cache keeps a build rendered again for its origins with them: a second run renders nothing', {
  skip: unless('kustomize'),
}, async () => {
  const noted = noteBuilds();
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'edgenet-render-cache-'));
  const repository = originsRepository();
  try {
    const run = () =>
      cli(['lint', '.', '--format', 'json', '--cache', '--cache-location', path.join(cacheDir, 'facts.json')], {
        cwd: repository,
        env: noted.env,
      });
    const first = await run();
    assert.deepEqual(noted.builds(), ['chengdu bare', 'chengdu origins', 'wuhan bare']);
    const second = await run();
    assert.deepEqual(noted.builds(), ['chengdu bare', 'chengdu origins', 'wuhan bare'], 'no render the second time');
    assert.equal(second.stdout, first.stdout);
    assert.equal(first.code, 1);
  } finally {
    noted.dispose();
    rmSync(cacheDir, { recursive: true, force: true });
    rmSync(repository, { recursive: true, force: true });
  }
});

test('strategic merge patch, component, namePrefix and namespace: values placed where they are written', {
  skip: unless('kustomize'),
}, async () => {
  const findings = await findingsOf({
    name: 'compose fixtures',
    dir: 'fixtures/compose/kustomize/overlays',
    env: tools().env,
    config: 'cluster:\n  vpcCidrs: [172.30.0.0/16, 192.168.0.0/16]\n',
  });
  const overlaps = findings.filter((f) => f.ruleId === 'cidr/pod-overlaps-vpc');
  assert.deepEqual(
    overlaps.map((f) => [f.file.replace('fixtures/compose/kustomize/', ''), f.line, f.column, f.clusters.join(',')]),
    [
      ['overlays/edge-a/network.yaml', 9, 18, 'edge-a'],
      ['overlays/edge-b/network-patch.yaml', 5, 18, 'edge-b'],
    ],
  );
});

const FLANNEL_CHART_TITLE =
  'a flannel chart: the value a HelmRelease sets is found there (inline ' +
  'or in a valuesFrom ConfigMap), the chart default in values.yaml';
test(FLANNEL_CHART_TITLE, {
  skip: unless('helm'),
}, async () => {
  const findings = await findingsOf({ name: 'helm', dir: HELM, env: tools().env });
  assert.deepEqual(findings.map(place), [
    ['cidr/pod-overlaps-vpc', `${HELM}/charts/flannel/values.yaml`, 2, 10, 26, 'staging'],
    // vault: a Secret after the ConfigMap may replace the chart's backend and the ConfigMap's pod CIDR.
    ['input/skipped', `${HELM}/charts/flannel/values.yaml`, 4, 12, 17, 'vault'],
    // edge: valuesFrom a Secret is not in the repository (said, not guessed); the ConfigMap after
    // it sets the pod CIDR, found inside its values.yaml string, and a backend merged with the
    // release's own flannel map.
    ['input/skipped', `${HELM}/clusters/edge/flannel.yaml`, 22, 13, 32, 'edge'],
    ['cidr/pod-overlaps-vpc', `${HELM}/clusters/edge/flannel.yaml`, 35, 14, 29, 'edge'],
    ['vxlan/backend-not-vxlan', `${HELM}/clusters/edge/flannel.yaml`, 37, 16, 23, 'edge'],
    ['cidr/pod-overlaps-vpc', `${HELM}/clusters/prod/flannel.yaml`, 16, 14, 29, 'prod'],
    ['input/skipped', `${HELM}/clusters/vault/flannel.yaml`, 21, 13, 30, 'vault'],
    ['input/skipped', `${HELM}/clusters/vault/flannel.yaml`, 30, 14, 29, 'vault'],
  ]);
  assert.equal(
    findings[2]!.message,
    'Not analysed: HelmRelease kube-flannel/flannel takes values from Secret ' +
      'flannel-credentials (key extra.yaml), which are not in the repository: ' +
      'the chart is rendered without them, and a value they may set is not judged.',
  );
  const vault =
    'HelmRelease kube-flannel/flannel (fixtures/fleets/helm/clusters/vault/flannel.yaml) ' +
    'takes values from Secret flannel-overrides (key values.yaml), which are not in the ' +
    'repository, and those may replace the value written here.';
  assert.equal(findings[1]!.message, `Not analysed: flannel net-conf.json Backend.Type is unknown: ${vault}`);
  assert.equal(findings[7]!.message, `Not analysed: flannel net-conf.json Network is unknown: ${vault}`);
});

const WITHOUT_TOOLS_TITLE =
  'without the tools: each build is not analysed, naming the tool, and its patches are never resources';
test(WITHOUT_TOOLS_TITLE, async () => {
  const findings = await findingsOf({ name: 'no tools', dir: OVERLAYS, env: { PATH: '' } });
  assert.deepEqual(
    findings.map((f) => [f.ruleId, f.file, f.line, f.clusters.join(',')]),
    [
      ['input/skipped', `${OVERLAYS}/overlays/hangzhou/kustomization.yaml`, 1, 'hangzhou'],
      ['input/skipped', `${OVERLAYS}/overlays/shanghai/kustomization.yaml`, 1, 'shanghai'],
    ],
  );
  assert.match(
    findings[0]!.message,
    /the Kustomize build .*overlays\/hangzhou is not rendered: kustomize \(or kubectl\) is not on PATH/,
  );
});

test('never the network: a remote base and an unvendored chart dependency are not analysed, with the reason', {
  skip: unless('kustomize', 'helm'),
}, async () => {
  const remote = await findingsOf({ name: 'remote', dir: 'fixtures/compose/kustomize/remote', env: tools().env });
  assert.deepEqual(
    remote.map((f) => [f.ruleId, f.file, f.line, f.column]),
    [['input/skipped', 'fixtures/compose/kustomize/remote/base/kustomization.yaml', 5, 5]],
  );
  assert.match(
    remote[0]!.message,
    /needs the remote base https:\/\/github\.com\/flannel-io\/.*: edgenet never fetches/,
  );
  const chart = await findingsOf({ name: 'chart', dir: 'fixtures/compose/helm/unvendored', env: tools().env });
  assert.deepEqual(
    chart.map((f) => [f.ruleId, f.file, f.line]),
    [['input/skipped', 'fixtures/compose/helm/unvendored/Chart.yaml', 7]],
  );
  assert.match(chart[0]!.message, /not vendored in charts\/: edgenet never fetches/);
  assert.ok(ROOT);
});

const APPSET_VALUES_TITLE =
  'an ApplicationSet generates Applications with their helm values: a chart of the repository ' +
  'renders with them, a known chart is read from them, each in its own cluster';
test(APPSET_VALUES_TITLE, { skip: unless('helm') }, async () => {
  const dir = 'fixtures/fleets/appset-values';
  const findings = await findingsOf({ name: 'appset values', dir, env: tools().env });
  // Before, the generated Applications had no helm values: netcfg rendered with its default
  // 100.64.0.0/16 in prod and staging, and the flannel set was never read.
  assert.deepEqual(
    findings.map((f) => [f.ruleId, f.file.replace(`${dir}/`, ''), f.line, f.column, f.clusters.join(',')]),
    [
      ['cidr/not-private', 'argocd/flannel.yaml', 22, 22, 'edge'],
      ['vxlan/backend-not-vxlan', 'argocd/flannel.yaml', 24, 24, 'edge'],
      // staging's value is the template's placeholder filled from its list element.
      ['cidr/not-private', 'argocd/netcfg.yaml', 24, 22, 'staging'],
    ],
  );
});

const TARGET_PATH_TITLE =
  "a HelmRelease's valuesFrom targetPath sets one value in its place: spec.values goes over it, " +
  'as helm-controller merges them';
test(TARGET_PATH_TITLE, { skip: unless('helm') }, async () => {
  const dir = 'fixtures/fleets/targetpath';
  const findings = await findingsOf({ name: 'targetPath', dir, env: tools().env });
  // prod's spec.values (10.1.0.0/16) wins over its ConfigMap's 8.8.0.0/16: before, the key went
  // to helm as --set, applied last. staging has no spec.values: the key is the value.
  assert.deepEqual(
    findings.map((f) => [f.ruleId, f.file.replace(`${dir}/`, ''), f.line, f.column, f.clusters.join(',')]),
    [['cidr/not-private', 'infrastructure/staging/flannel.yaml', 28, 9, 'staging']],
  );
});

test('a --set style path: dots, an escaped dot and list indices; set without changing the values', () => {
  assert.deepEqual(helmPath('flannel.backend'), ['flannel', 'backend']);
  assert.deepEqual(helmPath('a\\.b.c'), ['a.b', 'c']);
  assert.deepEqual(helmPath('list[1].name'), ['list', 1, 'name']);
  const values = { list: [{ name: 'a' }], keep: 1 };
  assert.deepEqual(setValueAt(values, helmPath('list[1].name'), 'b'), {
    list: [{ name: 'a' }, { name: 'b' }],
    keep: 1,
  });
  assert.deepEqual(values, { list: [{ name: 'a' }], keep: 1 });
});
