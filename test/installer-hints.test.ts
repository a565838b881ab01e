/** What an installer changes in what it applies, read with each value's place (src/model/installer-hints.ts). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Locator } from '../src/evaluate/locate.js';
import { readFile } from '../src/model/build-model.js';
import { ModelDraft } from '../src/model/draft.js';
import { argoChangesBuild, fluxChangesBuild } from '../src/model/installer-hints.js';
import { parseText } from '../src/parse/parse-documents.js';

function read(name: string, text: string) {
  const parsed = parseText(name, text);
  const draft = new ModelDraft();
  readFile(parsed, draft);
  const locator = new Locator();
  locator.add(name, parsed);
  const line = (ref: Parameters<Locator['locate']>[0]) => locator.locate(ref).line;
  return { hints: draft.gitops, line };
}

test('a Flux Kustomization: patches (v1 and v1beta2), images, name affixes, components, commonMetadata', () => {
  const { hints, line } = read(
    'ks.yaml',
    `apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
metadata: {name: infra, namespace: flux-system}
spec:
  path: ./infra
  targetNamespace: kube-flannel
  namePrefix: prod-
  patches:
    - target: {kind: ConfigMap}
      patch: |
        - op: replace
          path: /data/x
          value: y
  patchesStrategicMerge:
    - {apiVersion: v1, kind: ConfigMap, metadata: {name: a}, data: {x: z}}
  images:
    - {name: flannel, newTag: v0.26.0}
  components: [../components/ha]
  commonMetadata:
    labels: {team: net}
`,
  );
  const build = hints.fluxKustomizations[0]!.build;
  assert.equal(fluxChangesBuild(build), true);
  assert.deepEqual(
    build.patches.map((p) => [p.field, p.content.kind, p.target, line(p.ref)]),
    [
      ['patches', 'text', { kind: 'ConfigMap' }, 10],
      ['patchesStrategicMerge', 'data', null, 15],
    ],
  );
  assert.deepEqual(
    build.images.map((i) => [i.name, i.newName, i.newTag, line(i.ref)]),
    [['flannel', null, 'v0.26.0', 17]],
  );
  assert.deepEqual([build.namePrefix?.value, line(build.namePrefix!.ref)], ['prod-', 7]);
  assert.deepEqual([build.targetNamespace?.value, line(build.targetNamespace!.ref)], ['kube-flannel', 6]);
  assert.deepEqual(
    build.components.map((c) => [c.value, line(c.ref)]),
    [['../components/ha', 18]],
  );
  assert.deepEqual(
    build.commonMetadata.labels.map((l) => [l.key, l.value, line(l.ref)]),
    [['team', 'net', 20]],
  );
});

test('a Flux Kustomization with post-build changes only does not change its build', () => {
  const { hints } = read(
    'ks.yaml',
    `apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
metadata: {name: infra}
spec:
  targetNamespace: x
  postBuild: {substitute: {A: b}}
`,
  );
  assert.equal(fluxChangesBuild(hints.fluxKustomizations[0]!.build), false);
});

test('an Argo CD source: its kustomize options, each placed; none when it has no kustomize', () => {
  const { hints, line } = read(
    'app.yaml',
    `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata: {name: flannel}
spec:
  sources:
    - path: base/flannel
      kustomize:
        namePrefix: prod-
        images: [flannel=registry/flannel:v1]
        replicas: [{name: web, count: 2}]
        commonLabels: {team: net}
        forceCommonLabels: true
        patches:
          - path: patch.yaml
          - target: {kind: ConfigMap}
            patch: |-
              - op: remove
                path: /data/x
        components: [../ha]
        version: v5.0.0
    - path: plain
      kustomize:
        version: v5.0.0
    - path: none
  destination: {name: prod}
`,
  );
  const [first, second, third] = hints.argoApplications[0]!.sources;
  const k = first!.kustomize!;
  assert.equal(argoChangesBuild(k), true);
  assert.deepEqual([k.namePrefix?.value, line(k.namePrefix!.ref)], ['prod-', 8]);
  assert.deepEqual(
    k.images.map((i) => [i.value, line(i.ref)]),
    [['flannel=registry/flannel:v1', 9]],
  );
  assert.deepEqual(
    k.replicas.map((r) => [r.name, r.count, line(r.ref)]),
    [['web', '2', 10]],
  );
  assert.deepEqual([k.commonLabels[0]!.key, k.forceCommonLabels, k.labelWithoutSelector], ['team', true, false]);
  assert.deepEqual(
    k.patches.map((p) => [p.content.kind, p.target, line(p.ref)]),
    [
      ['file', null, 14],
      ['text', { kind: 'ConfigMap' }, 16],
    ],
  );
  assert.deepEqual(
    k.components.map((c) => c.value),
    ['../ha'],
  );
  assert.equal(argoChangesBuild(second!.kustomize!), false);
  assert.equal(third!.kustomize, null);
});
