/**
 * How the fleet plan forms clusters in the corners reviewers found (src/fleet/plan-fleet.ts):
 * each case is a small repository under fixtures/fleets/, and each finding is asserted at its
 * rule, file, line, column and clusters.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Finding } from '../../src/core/finding.js';
import { tools, unless } from '../compose/tools.js';
import { findingsOf } from '../rule-tester.js';

const place = (dir?: string) => (f: Finding) => [
  f.ruleId,
  dir ? f.file.replace(`${dir}/`, '') : f.file,
  f.line,
  f.column,
  f.clusters.join(','),
];

const TWO_KUSTOMIZATIONS_TITLE =
  'a directory with kustomization.yaml and kustomization.yml: kustomize refuses it, said once, no crash';
test(TWO_KUSTOMIZATIONS_TITLE, async () => {
  const dir = 'fixtures/fleets/two-kustomizations';
  const findings = await findingsOf({ name: 'two kustomizations', dir });
  // The ConfigMap both list is the build's input: not judged raw while the build is not rendered.
  assert.deepEqual(findings.map(place(dir)), [['input/skipped', 'app/kustomization.yaml', 1, 1, '']]);
  assert.equal(
    findings[0]!.message,
    `Not analysed: the Kustomize build ${dir}/app does not render: ` +
      'found several kustomization files: kustomization.yaml, kustomization.yml.',
  );
});

// picomatch took 39 s on a 34-character name; the timeout stops a matcher that backtracks.
const APPSET_TITLE =
  'ApplicationSet git directories: an exclude takes a directory out (said, not judged), and a glob is linear';
test(APPSET_TITLE, { timeout: 60_000 }, async () => {
  const dir = 'fixtures/fleets/appset-git-directories';
  const findings = await findingsOf({ name: 'appset directories', dir });
  // apps/experimental's host-gw flannel is not prod's: no mismatch with apps/net, no backend warning.
  assert.deepEqual(findings.map(place(dir)), [['input/skipped', 'apps/experimental/flannel.yaml', 1, 1, '']]);
  assert.equal(
    findings[0]!.message,
    'Not analysed: Argo CD ApplicationSet apps (a git directory with exclude: true) ' +
      'leaves this file out of what it syncs: not judged.',
  );
});

/** An Argo CD Application of the flannel chart from its Helm repository, with its pod CIDR. */
const flannelApplication = (name: string, destination: string, podCidr: string) =>
  [
    'apiVersion: argoproj.io/v1alpha1',
    'kind: Application',
    'metadata:',
    `  name: ${name}`,
    '  namespace: argocd',
    'spec:',
    '  source:',
    '    repoURL: https://flannel-io.github.io/flannel/',
    '    chart: flannel',
    '    targetRevision: v0.26.0',
    '    helm:',
    '      valuesObject:',
    `        podCidr: ${podCidr}`,
    '  destination:',
    `    name: ${destination}`,
    '    namespace: kube-flannel',
    '',
  ].join('\n');

test('Applications of a known chart join their destinations: prod and staging are not compared', async () => {
  const findings = await findingsOf({
    name: 'known chart, two destinations',
    files: {
      'argocd/flannel-prod.yaml': flannelApplication('flannel-prod', 'prod', '10.1.0.0/16'),
      'argocd/flannel-staging.yaml': flannelApplication('flannel-staging', 'staging', '8.8.0.0/16'),
    },
  });
  // Staging's public pod CIDR is staging's alone; before, the two were one cluster and mismatched.
  assert.deepEqual(findings.map(place()), [['cidr/not-private', 'argocd/flannel-staging.yaml', 13, 18, 'staging']]);
});

const NESTED_BUILD_TITLE =
  'a Flux path without a kustomization takes the outermost builds below it, not a build nested in one';
test(NESTED_BUILD_TITLE, { skip: unless('kustomize') }, async () => {
  const dir = 'fixtures/fleets/nested-build';
  const findings = await findingsOf({ name: 'nested build', dir, env: tools().env });
  // apps/net/extra is inside apps/net, which kustomize-controller includes without descending:
  // prod does not get extra's 8.8.0.0/16 (no mismatch with apps/net there); it is a build nobody applies.
  assert.deepEqual(findings.map(place(dir)), [
    ['cidr/not-private', 'apps/net/extra/flannel.yaml', 9, 18, 'apps/net/extra'],
  ]);
});

const SHARED_PATHS_TITLE =
  'a directory two clusters apply: its Flux Kustomization and its HelmRelease apply to both, ' +
  "each release with its cluster's ConfigMaps";
test(SHARED_PATHS_TITLE, { skip: unless('helm') }, async () => {
  const dir = 'fixtures/fleets/shared-paths';
  const findings = await findingsOf({ name: 'shared paths', dir, env: tools().env });
  // Before, infrastructure/ was prod's only: staging got neither network/ nor the chart.
  assert.deepEqual(findings.map(place(dir)), [
    ['cidr/not-private', 'clusters/staging/values.yaml', 8, 14, 'staging'],
    ['gateway/cloud-gateway-on-edge-node', 'network/node.yaml', 7, 5, 'prod,staging'],
  ]);
});

const KUBE_VERSIONS_TITLE =
  'a chart two clusters of different kubernetesVersion render is rendered once per version, each judged in its own';
test(KUBE_VERSIONS_TITLE, { skip: unless('helm') }, async () => {
  const dir = 'fixtures/fleets/kube-versions';
  const findings = await findingsOf({ name: 'kube versions', dir, env: tools().env });
  // The template picks 8.8.0.0/16 from Kubernetes 1.25 on: "old" (1.20) renders 10.1.0.0/16.
  assert.deepEqual(findings.map(place(dir)), [['cidr/not-private', 'charts/netcfg/templates/cm.yaml', 10, 7, 'new']]);
});

const IGNORE_TITLE =
  "each cluster's flux-system GitRepository filters what that cluster syncs: a's spec.ignore does not hide b's files";
test(IGNORE_TITLE, async () => {
  const dir = 'fixtures/fleets/ignore-per-cluster';
  const findings = await findingsOf({ name: 'ignore per cluster', dir });
  // Before, a's `ignore: experimental/` took b's experimental/ out: an input/skipped, nothing judged.
  assert.deepEqual(findings.map(place(dir)), [
    ['cidr/not-private', 'clusters/b/experimental/flannel.yaml', 9, 18, 'b'],
  ]);
});

const OUTSIDE_TITLE = 'an Argo CD value file $values/../x is outside its repository: never read, said at its entry';
test(OUTSIDE_TITLE, async () => {
  const dir = 'fixtures/fleets/argo-values-outside';
  const findings = await findingsOf({ name: 'values outside', dir });
  assert.deepEqual(
    findings.map((f) => [f.ruleId, f.file.replace(`${dir}/`, ''), f.line, f.column]),
    [
      ['input/skipped', 'argocd/app.yaml', 14, 9],
      ['input/skipped', 'argocd/app.yaml', 14, 9],
      ['input/skipped', 'argocd/app.yaml', 14, 9],
    ],
  );
  for (const f of findings)
    assert.match(f.message, /value file \$values\/\.\.\/secret-outside\.yaml is outside the repository/);
});

const MISSING_TITLE =
  'a value file an Application names that does not exist is reported at its entry; tool messages name files relatively';
test(MISSING_TITLE, { skip: unless('helm') || unless('kustomize') }, async () => {
  const dir = 'fixtures/fleets/argo-missing-values';
  const findings = await findingsOf({ name: 'missing values', dir, env: tools().env });
  const rows = findings.map((f) => [f.ruleId, f.file.replace(`${dir}/`, ''), f.line, f.column]);
  assert.deepEqual(rows, [
    ['input/skipped', 'argocd/app.yaml', 12, 20],
    // base/ has no kustomization: its file is no cluster's, and the overlay's build fails.
    ['input/skipped', 'base/cm.yaml', 1, 1],
    ['input/skipped', 'overlay/kustomization.yaml', 2, 5],
  ]);
  assert.match(
    findings[0]!.message,
    / values file fixtures\/fleets\/argo-missing-values\/charts\/netcfg\/values-prod\.yaml does /,
  );
  assert.match(findings[2]!.message, / in fixtures\/fleets\/argo-missing-values\/base\.$/);
  for (const f of findings) assert.doesNotMatch(f.message, new RegExp(process.cwd().replace(/[/\\.]/g, '\\$&')));
});

const GENERATED_TITLE =
  "a HelmRelease's values from a ConfigMap its kustomization generates from a file: read there, and placed there";
test(GENERATED_TITLE, { skip: unless('helm') }, async () => {
  const dir = 'fixtures/fleets/generated-values';
  const findings = await findingsOf({ name: 'generated values', dir, env: tools().env });
  // Before, the ConfigMap was "not in the repository": two infos, and the pod CIDR unjudged.
  assert.deepEqual(findings.map(place(dir)), [['cidr/not-private', 'infrastructure/flannel-values.yaml', 2, 10, '']]);
});
