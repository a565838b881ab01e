/**
 * The per-cluster override written in the installer, not in the files: a Flux Kustomization's
 * spec.patches and an Argo CD source's kustomize options change what each cluster receives, so
 * the base's value is never judged in a cluster that patches it, and a value a patch sets is
 * reported inside the patch (fixtures/fleets/flux-patches, fixtures/fleets/argo-kustomize).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Finding } from '../../src/core/finding.js';
import { tools, unless } from '../compose/tools.js';
import { cli, joined } from '../helpers.js';
import { findingsOf } from '../rule-tester.js';

const place = (dir: string) => (f: Finding) => [
  f.ruleId,
  f.file.replace(`${dir}/`, ''),
  f.line,
  f.column,
  f.endLine,
  f.endColumn,
  f.clusters.join(','),
];

const FLUX_PATCHES_TITLE =
  'Flux Kustomization patches: each cluster judged as its patch leaves ' +
  'it, the value placed in the patch or at the variable that fills it';
test(FLUX_PATCHES_TITLE, {
  skip: unless('kustomize'),
}, async () => {
  const dir = 'fixtures/fleets/flux-patches';
  const findings = await findingsOf({ name: 'flux patches', dir, env: tools().env });
  assert.deepEqual(findings.map(place(dir)), [
    // dev's patch string sets 10.32.0.0/16: inside the string, at the value.
    ['cidr/pod-overlaps-vpc', 'clusters/dev/infra.yaml', 24, 22, 24, 34, 'dev'],
    // lab's patch names an object the path does not have: the build fails as Flux's does, said at the patch.
    ['input/skipped', 'clusters/lab/infra.yaml', 15, 14, 24, 1, 'lab'],
    // staging patches in ${POD_CIDR}; post-build substitution fills it: at the substitute entry.
    ['cidr/pod-overlaps-vpc', 'clusters/staging/infra.yaml', 23, 17, 23, 29, 'staging'],
  ]);
  assert.match(
    findings[1]!.message,
    joined(
      /^Not analysed: fixtures\/fleets\/flux-patches\/infra\/flannel as Flux Kustomization flux-system\/infra/,
      / \(fixtures\/fleets\/flux-patches\/clusters\/lab\/infra\.yaml\) builds it does not render: no resource/,
      / matches strategic merge patch "HelmRelease\.v2\.helm\.toolkit\.fluxcd\.io\/cilium\.kube-system"/,
    ),
  );
  // The base's 10.244.0.0/16 lies inside the VPC too, but every cluster patches it: never reported.
  assert.equal(
    findings.some((f) => f.file.endsWith('infra/flannel/release.yaml')),
    false,
  );
  const { stdout } = await cli(['clusters', dir], { env: tools().env });
  assert.match(
    stdout,
    joined(
      /formed by: Flux Kustomization flux-system\/infra/,
      / \(fixtures\/fleets\/flux-patches\/clusters\/staging\/infra\.yaml\) applies/,
      / fixtures\/fleets\/flux-patches\/infra\/flannel \(with patches and post-build substitution\)/,
    ),
  );
});

const WITHOUT_KUSTOMIZE_TITLE =
  'without kustomize, a path a Flux Kustomization patches is not ' +
  'judged as written: one info per cluster, at the Kustomization';
test(WITHOUT_KUSTOMIZE_TITLE, async () => {
  const dir = 'fixtures/fleets/flux-patches';
  const findings = await findingsOf({ name: 'flux patches without tools', dir, env: { PATH: '/nonexistent' } });
  assert.deepEqual(
    findings.map((f) => [f.ruleId, f.file.replace(`${dir}/`, ''), f.line, f.clusters.join(',')]),
    [
      ['input/skipped', 'clusters/dev/infra.yaml', 5, 'dev'],
      ['input/skipped', 'clusters/lab/infra.yaml', 6, 'lab'],
      ['input/skipped', 'clusters/prod/infra.yaml', 5, 'prod'],
      ['input/skipped', 'clusters/staging/infra.yaml', 6, 'staging'],
    ],
  );
  assert.match(
    findings[0]!.message,
    joined(
      /fixtures\/fleets\/flux-patches\/infra\/flannel as Flux Kustomization/,
      / flux-system\/infra \(fixtures\/fleets\/flux-patches\/clusters\/dev\/infra\.yaml\)/,
      / builds it is not rendered: it needs kustomize \(or kubectl\) on PATH/,
    ),
  );
});

const ARGO_OPTIONS_TITLE =
  'Argo CD kustomize options: each Application judged as its options leave the ' +
  'path; options on a directory without a kustomization are said, not guessed';
test(ARGO_OPTIONS_TITLE, {
  skip: unless('kustomize'),
}, async () => {
  const dir = 'fixtures/fleets/argo-kustomize';
  const findings = await findingsOf({ name: 'argo kustomize', dir, env: tools().env });
  assert.deepEqual(findings.map(place(dir)), [
    // lab's options need a kustomization its path does not have: at the path.
    ['input/skipped', 'apps/lab.yaml', 12, 11, 12, 14, 'lab'],
    // staging's strategic merge patch sets the Network inside net-conf.json inside the patch string.
    ['cidr/pod-overlaps-vpc', 'apps/staging.yaml', 25, 30, 25, 44, 'staging'],
  ]);
  assert.match(
    findings[0]!.message,
    /Argo CD applies kustomize options to the kustomization of the path, and net has none/,
  );
  const { stdout } = await cli(['clusters', dir], { env: tools().env });
  assert.match(
    stdout,
    joined(
      /formed by: Argo CD Application flannel-staging \(fixtures\/fleets\/argo-kustomize\/apps\/staging\.yaml\)/,
      / applies fixtures\/fleets\/argo-kustomize\/base\/flannel \(with kustomize patches and namePrefix staging-\)/,
    ),
  );
});
