import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import {
  isRemoteReference,
  type KustomizationInput,
  readKustomization,
  walkKustomization,
} from '../../src/compose/kustomization.js';
import { ROOT } from '../helpers.js';

const FIXTURES = path.join(ROOT, 'fixtures', 'compose', 'kustomize');
const DIR = '/repo/apps/edge';
const FILE = `${DIR}/kustomization.yaml`;

/** An input, shortened for the table below: field, path inside the kustomization, kind, ref or content, extras. */
function brief(input: KustomizationInput): unknown[] {
  const { field, at, kind, ref, path: p, content, ...rest } = input;
  if (kind === 'local') assert.equal(p, path.resolve(DIR, ref!), 'local paths resolve against the kustomization');
  return [field, at.join('.'), kind, kind === 'inline' ? content : ref, ...(Object.keys(rest).length ? [rest] : [])];
}

test('every input a kustomization names, with where it is named', () => {
  const data = {
    apiVersion: 'kustomize.config.k8s.io/v1beta1',
    kind: 'Kustomization',
    namePrefix: 'edge-',
    nameSuffix: '-v2',
    namespace: 'kube-flannel',
    resources: [
      'flannel.yaml',
      '../base',
      'https://github.com/flannel-io/flannel//Documentation/kustomization?ref=v0.26.1',
    ],
    bases: ['../legacy-base'],
    components: ['../../components/tunnel'],
    crds: ['crds/gateway.yaml'],
    configurations: ['kustomizeconfig.yaml'],
    generators: ['gen/', 'apiVersion: builtin\nkind: ConfigMapGenerator\nmetadata:\n  name: x\n'],
    transformers: ['labels.yaml'],
    validators: ['check.yaml'],
    patches: [
      { path: 'network.yaml' },
      { path: 'ops.yaml', target: { kind: 'ConfigMap', name: 'kube-flannel-cfg' } },
      { patch: '- op: remove\n  path: /spec/x\n', target: { kind: 'DaemonSet' } },
    ],
    patchesStrategicMerge: ['smp.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n'],
    patchesJson6902: [{ target: { kind: 'Service', name: 's' }, path: 'svc-ops.yaml' }],
    configMapGenerator: [
      { name: 'cluster-info', files: ['cluster.json', 'net=net-conf.json'], envs: ['edge.env'], literals: ['a=b'] },
    ],
    secretGenerator: [{ name: 'tls', namespace: 'kube-system', env: 'tls.env' }],
    helmGlobals: { chartHome: 'vendor/charts' },
    helmCharts: [
      { name: 'flannel', repo: 'https://flannel-io.github.io/flannel/', valuesFile: 'values-edge.yaml' },
      { name: 'raven', additionalValuesFiles: ['raven-extra.yaml'] },
    ],
    openapi: { path: 'schema.json' },
    replacements: [{ path: 'replacements/cidr.yaml' }, { source: { kind: 'ConfigMap' }, targets: [] }],
    sortOptions: { order: 'fifo' },
    buildMetadata: ['managedByLabel'],
  };
  const read = readKustomization(data, FILE);
  assert.deepEqual(read.problems, []);
  assert.equal(read.kind, 'Kustomization');
  assert.deepEqual([read.namePrefix, read.nameSuffix, read.namespace], ['edge-', '-v2', 'kube-flannel']);
  assert.deepEqual(read.sortOptions, { order: 'fifo' });
  assert.deepEqual(read.buildMetadata, ['managedByLabel']);
  assert.deepEqual(read.generators, [
    { field: 'configMapGenerator', index: 0, name: 'cluster-info' },
    { field: 'secretGenerator', index: 0, name: 'tls', namespace: 'kube-system' },
  ]);
  assert.deepEqual(read.inputs.map(brief), [
    ['resources', 'resources.0', 'local', 'flannel.yaml'],
    ['resources', 'resources.1', 'local', '../base'],
    [
      'resources',
      'resources.2',
      'remote',
      'https://github.com/flannel-io/flannel//Documentation/kustomization?ref=v0.26.1',
    ],
    ['bases', 'bases.0', 'local', '../legacy-base'],
    ['components', 'components.0', 'local', '../../components/tunnel'],
    ['crds', 'crds.0', 'local', 'crds/gateway.yaml'],
    ['configurations', 'configurations.0', 'local', 'kustomizeconfig.yaml'],
    ['generators', 'generators.0', 'local', 'gen/'],
    ['generators', 'generators.1', 'inline', 'apiVersion: builtin\nkind: ConfigMapGenerator\nmetadata:\n  name: x\n'],
    ['transformers', 'transformers.0', 'local', 'labels.yaml'],
    ['validators', 'validators.0', 'local', 'check.yaml'],
    ['patches', 'patches.0.path', 'local', 'network.yaml'],
    ['patches', 'patches.1.path', 'local', 'ops.yaml', { target: { kind: 'ConfigMap', name: 'kube-flannel-cfg' } }],
    ['patches', 'patches.2.patch', 'inline', '- op: remove\n  path: /spec/x\n', { target: { kind: 'DaemonSet' } }],
    ['patchesStrategicMerge', 'patchesStrategicMerge.0', 'local', 'smp.yaml'],
    [
      'patchesStrategicMerge',
      'patchesStrategicMerge.1',
      'inline',
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n',
    ],
    ['patchesJson6902', 'patchesJson6902.0.path', 'local', 'svc-ops.yaml', { target: { kind: 'Service', name: 's' } }],
    ['configMapGenerator', 'configMapGenerator.0.files.0', 'local', 'cluster.json', { role: 'file' }],
    ['configMapGenerator', 'configMapGenerator.0.files.1', 'local', 'net-conf.json', { role: 'file', key: 'net' }],
    ['configMapGenerator', 'configMapGenerator.0.envs.0', 'local', 'edge.env', { role: 'env' }],
    ['secretGenerator', 'secretGenerator.0.env', 'local', 'tls.env', { role: 'env' }],
    ['helmGlobals', 'helmGlobals.chartHome', 'local', 'vendor/charts', { role: 'chartHome' }],
    [
      'helmCharts',
      'helmCharts.0.name',
      'local',
      'vendor/charts/flannel',
      { role: 'chart', repo: 'https://flannel-io.github.io/flannel/' },
    ],
    ['helmCharts', 'helmCharts.0.valuesFile', 'local', 'values-edge.yaml', { role: 'values' }],
    ['helmCharts', 'helmCharts.1.name', 'local', 'vendor/charts/raven', { role: 'chart' }],
    ['helmCharts', 'helmCharts.1.additionalValuesFiles.0', 'local', 'raven-extra.yaml', { role: 'values' }],
    ['openapi', 'openapi.path', 'local', 'schema.json'],
    ['replacements', 'replacements.0.path', 'local', 'replacements/cidr.yaml'],
    ['replacements', 'replacements.1', 'inline', { source: { kind: 'ConfigMap' }, targets: [] }],
  ]);
});

test('a Component is read like a Kustomization; fields of the wrong shape are problems, never throws', () => {
  const component = readKustomization(
    { apiVersion: 'kustomize.config.k8s.io/v1alpha1', kind: 'Component', resources: ['a.yaml'] },
    FILE,
  );
  assert.equal(component.kind, 'Component');
  assert.deepEqual(component.problems, []);
  const bad = readKustomization(
    { apiVersion: 'kustomize.toolkit.fluxcd.io/v1', resources: 'a.yaml', patches: [{}, 3], namePrefix: 7 },
    FILE,
  );
  assert.deepEqual(bad.problems, [
    { at: ['apiVersion'], message: 'apiVersion kustomize.toolkit.fluxcd.io/v1 is not kustomize.config.k8s.io' },
    { at: ['namePrefix'], message: 'namePrefix must be a string' },
    { at: ['resources'], message: 'resources must be a list' },
    { at: ['patches', 0], message: 'a patch needs path or patch' },
    { at: ['patches', 1], message: 'patches entries must be mappings' },
  ]);
  assert.deepEqual(readKustomization(['a'], FILE).problems, [{ at: [], message: 'a kustomization must be a mapping' }]);
  assert.deepEqual(readKustomization(null, FILE).inputs, []);
});

test('remote references: what kustomize would fetch', () => {
  for (const remote of [
    'https://github.com/flannel-io/flannel//Documentation/kustomization/kube-flannel?ref=v0.26.1',
    'http://example.com/flannel.yaml',
    'git@github.com:openyurtio/openyurt.git/config/yurt-manager?ref=v1.4.0',
    'ssh://git@github.com/org/repo.git',
    'git::https://gitlab.com/org/repo.git',
    'github.com/openyurtio/raven/charts?ref=main',
    'gitlab.com/org/repo/base',
    'oci://registry-1.docker.io/bitnamicharts',
    'file:///srv/git/repo.git',
    'example.com/org/repo.git//deploy',
    'base?ref=main',
  ])
    assert.equal(isRemoteReference(remote), true, remote);
  for (const local of [
    '../base',
    'flannel.yaml',
    'overlays/github.com-mirror',
    './a/b',
    'patch.yaml',
    'charts/flannel',
  ])
    assert.equal(isRemoteReference(local), false, local);
});

test('the input graph of a build: every kustomization, file, and where each was named', () => {
  const graph = walkKustomization(path.join(FIXTURES, 'overlays', 'edge-a'));
  const rel = (p: string) => path.relative(FIXTURES, p);
  assert.equal(graph.root, path.join(FIXTURES, 'overlays', 'edge-a', 'kustomization.yaml'));
  assert.deepEqual(
    graph.kustomizations.map((k) => [
      rel(k.file),
      k.doc,
      k.read.kind,
      k.from && [rel(k.from.file), k.from.at.join('.')],
    ]),
    [
      ['overlays/edge-a/kustomization.yaml', 0, 'Kustomization', undefined],
      ['base/kustomization.yaml', 0, 'Kustomization', ['overlays/edge-a/kustomization.yaml', 'resources.0']],
      [
        'components/edge-tunnel/kustomization.yaml',
        0,
        'Component',
        ['overlays/edge-a/kustomization.yaml', 'components.0'],
      ],
    ],
  );
  assert.deepEqual(
    graph.files.map((f) => [rel(f.path), f.field, rel(f.from.file), f.from.at.join('.')]),
    [
      ['base/namespace.yaml', 'resources', 'base/kustomization.yaml', 'resources.0'],
      ['base/kube-flannel.yaml', 'resources', 'base/kustomization.yaml', 'resources.1'],
      [
        'components/edge-tunnel/raven-agent-config.yaml',
        'resources',
        'components/edge-tunnel/kustomization.yaml',
        'resources.0',
      ],
      ['overlays/edge-a/network.yaml', 'patches', 'overlays/edge-a/kustomization.yaml', 'patches.0.path'],
      [
        'overlays/edge-a/cluster.json',
        'configMapGenerator',
        'overlays/edge-a/kustomization.yaml',
        'configMapGenerator.0.files.0',
      ],
    ],
  );
  assert.deepEqual([graph.remotes, graph.missing, graph.cycles, graph.problems], [[], [], [], []]);

  const b = walkKustomization(path.join(FIXTURES, 'overlays', 'edge-b', 'kustomization.yaml'));
  assert.deepEqual(
    b.files.filter((f) => f.field === 'patches').map((f) => [rel(f.path), f.target]),
    [['overlays/edge-b/network-patch.yaml', { kind: 'ConfigMap', name: 'kube-flannel-cfg' }]],
  );
});

test('remote references, cycles and missing paths are values, found where they are named', () => {
  const remote = walkKustomization(path.join(FIXTURES, 'remote', 'overlay'));
  assert.deepEqual(remote.remotes, [
    {
      field: 'resources',
      ref: 'https://github.com/flannel-io/flannel//Documentation/kustomization/kube-flannel?ref=v0.26.1',
      from: { file: path.join(FIXTURES, 'remote', 'base', 'kustomization.yaml'), at: ['resources', 1] },
    },
  ]);

  const cycle = walkKustomization(path.join(FIXTURES, 'invalid', 'cycle-a'));
  const a = path.join(FIXTURES, 'invalid', 'cycle-a', 'kustomization.yaml');
  const b = path.join(FIXTURES, 'invalid', 'cycle-b', 'kustomization.yaml');
  assert.deepEqual(cycle.cycles, [{ chain: [a, b, a], from: { file: b, at: ['resources', 0] } }]);
  assert.equal(cycle.kustomizations.length, 2);

  const missing = walkKustomization(path.join(FIXTURES, 'invalid', 'missing'));
  const file = path.join(FIXTURES, 'invalid', 'missing', 'kustomization.yaml');
  assert.deepEqual(missing.missing, [
    {
      field: 'resources',
      ref: 'not-here.yaml',
      path: path.join(FIXTURES, 'invalid', 'missing', 'not-here.yaml'),
      from: { file, at: ['resources', 1] },
    },
    {
      field: 'patches',
      ref: 'missing-patch.yaml',
      path: path.join(FIXTURES, 'invalid', 'missing', 'missing-patch.yaml'),
      from: { file, at: ['patches', 0, 'path'] },
    },
  ]);

  const none = walkKustomization(path.join(FIXTURES, 'invalid'));
  assert.deepEqual(none.kustomizations, []);
  assert.equal(none.problems[0]?.kind, 'no-kustomization');
});

test('a boundary: inputs outside it are problems and are not followed', () => {
  const graph = walkKustomization(path.join(FIXTURES, 'overlays', 'edge-a'), {
    boundary: path.join(FIXTURES, 'overlays'),
  });
  assert.deepEqual(
    graph.problems.map((p) => [p.kind, path.relative(FIXTURES, p.file), p.at?.join('.')]),
    [
      ['outside', 'overlays/edge-a/kustomization.yaml', 'resources.0'],
      ['outside', 'overlays/edge-a/kustomization.yaml', 'components.0'],
    ],
  );
  assert.equal(graph.kustomizations.length, 1);
});

test('a chart: a local directory when vendored, else remote where a repo is named, else missing', () => {
  const graph = walkKustomization(path.join(FIXTURES, 'with-chart'));
  assert.deepEqual(
    graph.files.filter((f) => f.role === 'chart').map((f) => [path.relative(FIXTURES, f.path), f.directory]),
    [['with-chart/charts/raven-agent', true]],
  );
  const dir = mkdtempSync(path.join(tmpdir(), 'edgenet-charts-'));
  try {
    writeFileSync(
      path.join(dir, 'kustomization.yaml'),
      'helmCharts:\n  - name: flannel\n    repo: https://flannel-io.github.io/flannel/\n  - name: raven\n',
    );
    const file = path.join(dir, 'kustomization.yaml');
    const pulled = walkKustomization(dir);
    assert.deepEqual(pulled.remotes, [
      {
        field: 'helmCharts',
        ref: 'https://flannel-io.github.io/flannel/',
        from: { file, at: ['helmCharts', 0, 'repo'] },
      },
    ]);
    assert.deepEqual(pulled.missing, [
      {
        field: 'helmCharts',
        ref: 'charts/raven',
        path: path.join(dir, 'charts', 'raven'),
        from: { file, at: ['helmCharts', 1, 'name'] },
      },
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
