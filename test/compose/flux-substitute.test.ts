/** Flux's post-build substitution as kustomize-controller documents it (docs/spec/v1/kustomizations.md). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { envsubst, type Lookup, substitutionDisabled, wholeVariable } from '../../src/compose/flux-substitute.js';
import type { FluxApply } from '../../src/fleet/fleet.js';
import { fluxCopy } from '../../src/fleet/flux-copies.js';
import { readFluxBuild } from '../../src/model/installer-hints.js';

const vars =
  (values: Record<string, string>, otherwise: 'unset' | 'unknown' = 'unset'): Lookup =>
  (name) =>
    name in values ? { value: values[name]! } : otherwise;

test('only ${name} is a variable; $name is left alone and $${name} writes ${name}', () => {
  const lookup = vars({ region: 'cn-hangzhou' });
  assert.equal(envsubst('zone ${region}-a', lookup), 'zone cn-hangzhou-a');
  assert.equal(envsubst('echo $region', lookup), 'echo $region');
  assert.equal(envsubst('keep $${region}', lookup), 'keep ${region}');
  assert.equal(envsubst('${region}${region}', lookup), 'cn-hangzhoucn-hangzhou');
});

test('defaults: := and :- when unset or empty, = and - only when unset', () => {
  const lookup = vars({ empty: '' });
  assert.equal(envsubst('${missing:=10.0.0.0/16}', lookup), '10.0.0.0/16');
  assert.equal(envsubst('${missing:-a}', lookup), 'a');
  assert.equal(envsubst('${empty:=fallback}', lookup), 'fallback');
  assert.equal(envsubst('${empty=fallback}', lookup), '');
  assert.equal(envsubst('${empty-fallback}', lookup), '');
});

test('a variable edgenet cannot know stays written, so the model reads it as a deployment-time value', () => {
  // A Secret in substituteFrom may set anything: even a default is not the value.
  const hidden = vars({}, 'unknown');
  assert.equal(envsubst('${POD_CIDR}', hidden), '${POD_CIDR}');
  assert.equal(envsubst('${POD_CIDR:=10.0.0.0/16}', hidden), '${POD_CIDR:=10.0.0.0/16}');
  // Unset, with no default (Flux writes an empty string; strict mode fails): left as written.
  assert.equal(envsubst('${POD_CIDR}', vars({})), '${POD_CIDR}');
  // bash's string functions are not modelled; a name Flux rejects is not a variable.
  assert.equal(envsubst('${POD_CIDR/10/11}', vars({ POD_CIDR: '10.0.0.0/16' })), '${POD_CIDR/10/11}');
  assert.equal(envsubst('${1abc}', vars({ '1abc': 'x' })), '${1abc}');
  assert.equal(envsubst('unclosed ${POD_CIDR', vars({ POD_CIDR: 'x' })), 'unclosed ${POD_CIDR');
});

test('wholeVariable names a value that is exactly one variable', () => {
  assert.equal(wholeVariable('${POD_CIDR}'), 'POD_CIDR');
  assert.equal(wholeVariable('${POD_CIDR:=10.0.0.0/16}'), 'POD_CIDR');
  assert.equal(wholeVariable('${A}/16'), null);
  assert.equal(wholeVariable('${A}${B}'), null);
});

test('an object labelled or annotated substitute: disabled is left as written', () => {
  const labelled = { metadata: { labels: { 'kustomize.toolkit.fluxcd.io/substitute': 'disabled' } } };
  const annotated = { metadata: { annotations: { 'kustomize.toolkit.fluxcd.io/substitute': 'disabled' } } };
  assert.equal(substitutionDisabled(labelled), true);
  assert.equal(substitutionDisabled(annotated), true);
  assert.equal(substitutionDisabled({ metadata: { labels: { app: 'x' } } }), false);
});

const kustomization = (over: Partial<FluxApply['kustomization']>): FluxApply => ({
  id: 'flux-system/apps',
  cluster: 'prod',
  kustomization: {
    name: 'apps',
    namespace: 'flux-system',
    path: './apps',
    sourceRef: null,
    kubeConfigSecret: null,
    targetNamespace: null,
    substitute: [],
    substituteFrom: [],
    build: readFluxBuild({}, (path) => ({ file: 'clusters/prod/apps.yaml', doc: 0, path: ['spec', ...path] })),
    ref: { file: 'clusters/prod/apps.yaml', doc: 0, path: ['metadata', 'name'] },
    ...over,
  },
});

test('targetNamespace moves namespaced objects and leaves cluster-scoped ones', () => {
  const objects = [
    { kind: 'Deployment', metadata: { name: 'web', namespace: 'default' } },
    { kind: 'Service', metadata: { name: 'web' } },
    { kind: 'Node', metadata: { name: 'n1' } },
    { kind: 'Namespace', metadata: { name: 'apps' } },
  ];
  const copy = fluxCopy(objects, kustomization({ targetNamespace: 'apps' }), [], (ref) => ({ ...ref, file: 'x' }));
  assert.deepEqual(
    copy.objects.map((o) => (o as { metadata: { namespace?: string } }).metadata.namespace),
    ['apps', 'apps', undefined, undefined],
  );
  // The original is not changed (facts of other clusters share it).
  assert.equal(objects[0]!.metadata.namespace, 'default');
});

test('substitute over substituteFrom; a value a variable gave is placed where the variable is set', () => {
  const setHere = { file: 'clusters/prod/apps.yaml', doc: 0, path: ['spec', 'postBuild', 'substitute', 'A'] };
  const fromMap = { file: 'clusters/prod/vars.yaml', doc: 0, path: ['data', 'B'] };
  const flux = kustomization({
    substitute: [{ name: 'A', value: 'from-substitute', ref: setHere }],
    substituteFrom: [{ kind: 'ConfigMap', name: 'vars', optional: false }],
  });
  const configMaps = [
    {
      name: 'vars',
      namespace: 'flux-system',
      ref: { file: 'clusters/prod/vars.yaml', doc: 0, path: ['metadata', 'name'] },
      entries: [
        { key: 'A', value: 'from-map', ref: { ...fromMap, path: ['data', 'A'] } },
        { key: 'B', value: 'b', ref: fromMap },
      ],
    },
  ];
  const objects = [{ kind: 'ConfigMap', metadata: { name: 'c' }, data: { a: '${A}', b: '${B}', mixed: 'x-${B}' } }];
  const copy = fluxCopy(objects, flux, configMaps, (ref) => ({ ...ref, file: 'apps/c.yaml' }));
  assert.deepEqual((copy.objects[0] as { data: object }).data, { a: 'from-substitute', b: 'b', mixed: 'x-b' });
  assert.deepEqual(copy.relocate({ doc: 0, path: ['data', 'a'] }), setHere);
  assert.deepEqual(copy.relocate({ doc: 0, path: ['data', 'b'] }), fromMap);
  // Text around a variable is written in the file: the finding stays there.
  assert.deepEqual(copy.relocate({ doc: 0, path: ['data', 'mixed'] }), {
    doc: 0,
    path: ['data', 'mixed'],
    file: 'apps/c.yaml',
  });
});

test('commonMetadata: labels and annotations set over the objects after substitution, each placed at its entry', () => {
  const at = (...path: (string | number)[]) => ({ file: 'clusters/prod/apps.yaml', doc: 0, path });
  const build = readFluxBuild(
    { commonMetadata: { labels: { 'raven.openyurt.io/gateway': '${GATEWAY}' }, annotations: { team: 'net' } } },
    (path) => at('spec', ...path),
  );
  const flux = kustomization({ build, substitute: [{ name: 'GATEWAY', value: 'gw-a', ref: at('x') }] });
  const objects = [{ kind: 'Node', metadata: { name: 'n1', labels: { a: '${GATEWAY}' } } }];
  const copy = fluxCopy(objects, flux, [], (ref) => ({ ...ref, file: 'nodes.yaml' }));
  // kustomize-controller sets commonMetadata when it applies, after substitution: its values are not substituted.
  assert.deepEqual((copy.objects[0] as { metadata: object }).metadata, {
    name: 'n1',
    labels: { a: 'gw-a', 'raven.openyurt.io/gateway': '${GATEWAY}' },
    annotations: { team: 'net' },
  });
  assert.deepEqual(
    copy.relocate({ doc: 0, path: ['metadata', 'labels', 'raven.openyurt.io/gateway'] }),
    at('spec', 'commonMetadata', 'labels', 'raven.openyurt.io/gateway'),
  );
  assert.deepEqual(
    copy.relocate({ doc: 0, path: ['metadata', 'annotations', 'team'] }),
    at('spec', 'commonMetadata', 'annotations', 'team'),
  );
});
