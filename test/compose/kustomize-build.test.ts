import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import {
  type KustomizeResult,
  notAsked,
  type ObjectOrigin,
  type RenderedObject,
  renderKustomization,
} from '../../src/compose/kustomize-build.js';
import { matchDocument } from '../../src/compose/object-match.js';
import { firstErrorLine, runTool, toolEnv } from '../../src/compose/run-tool.js';
import { parseText } from '../../src/parse/parse-documents.js';
import { ROOT } from '../helpers.js';
import { tools, unless } from './tools.js';

const FIXTURES = path.join(ROOT, 'fixtures', 'compose', 'kustomize');
/** What of an origin places a value: its kind, and a resource's file and document. */
const placeOf = (o: ObjectOrigin) => (o.kind === 'resource' ? [o.kind, o.file, o.doc] : [o.kind]);
const fixture = (...parts: string[]) => path.join(FIXTURES, ...parts);
const work = mkdtempSync(path.join(tmpdir(), 'edgenet-kustomize-test-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** One row per object: kind, name, namespace, and where it came from (file relative to the fixtures). */
function rows(result: KustomizeResult): unknown[][] {
  assert.ok(result.ok, result.ok ? '' : result.reason);
  return result.objects.map((object) => {
    const metadata = object.data.metadata as Record<string, string>;
    const origin = object.origin;
    const where =
      origin.kind === 'resource'
        ? [path.relative(FIXTURES, origin.file), origin.doc, origin.match]
        : origin.kind === 'generated'
          ? [path.relative(FIXTURES, origin.file), origin.doc, origin.generator, origin.at]
          : [origin.reason];
    return [object.data.kind, metadata.name, metadata.namespace ?? null, origin.kind, ...where];
  });
}

function rowsOf(result: KustomizeResult): unknown[][] {
  assert.ok(result.ok, result.ok ? '' : result.reason);
  return result.objects.map((o) => [
    o.data.kind,
    (o.data.metadata as { name: string }).name,
    o.origin.kind === 'resource' ? o.origin.file : o.origin.kind,
    o.origin.kind === 'resource' ? o.origin.doc : null,
  ]);
}

function netConf(objects: RenderedObject[], name: string): unknown {
  const map = objects.find((o) => (o.data.metadata as { name: string }).name === name);
  assert.ok(map, `no ${name}`);
  return JSON.parse((map.data.data as Record<string, string>)['net-conf.json']!);
}

/** A build of our own in a temporary directory: file name to content. */
function build(name: string, files: Record<string, string>): string {
  const dir = path.join(work, name);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

test('edge-a: a strategic merge patch, a component, generators, namePrefix and namespace', {
  skip: unless('kustomize'),
}, async () => {
  const result = await renderKustomization(fixture('overlays', 'edge-a'), { env: tools().env });
  assert.deepEqual(rows(result), [
    ['Namespace', 'kube-system', null, 'resource', 'base/namespace.yaml', 0, 'only-document'],
    ['ServiceAccount', 'edge-a-flannel', 'kube-system', 'resource', 'base/kube-flannel.yaml', 0, 'transformed'],
    [
      'ConfigMap',
      'edge-a-cluster-info-ggdmtgffg5',
      'kube-system',
      'generated',
      'overlays/edge-a/kustomization.yaml',
      0,
      'ConfigMapGenerator',
      ['configMapGenerator', 0],
    ],
    // Made by the base's generator, merged into by the overlay's: kustomize names the one that made it.
    [
      'ConfigMap',
      'edge-a-flannel-env-mk8g86f7h4',
      'kube-system',
      'generated',
      'base/kustomization.yaml',
      0,
      'ConfigMapGenerator',
      ['configMapGenerator', 0],
    ],
    ['ConfigMap', 'edge-a-kube-flannel-cfg', 'kube-system', 'resource', 'base/kube-flannel.yaml', 1, 'transformed'],
    [
      'ConfigMap',
      'edge-a-raven-agent-config',
      'kube-system',
      'resource',
      'components/edge-tunnel/raven-agent-config.yaml',
      0,
      'only-document',
    ],
    ['DaemonSet', 'edge-a-kube-flannel-ds', 'kube-system', 'resource', 'base/kube-flannel.yaml', 2, 'transformed'],
  ]);
  assert.ok(result.ok);
  assert.equal(result.tool, 'kustomize');
  assert.deepEqual(netConf(result.objects, 'edge-a-kube-flannel-cfg'), {
    Network: '172.30.0.0/16',
    Backend: { Type: 'vxlan' },
  });
  for (const object of result.objects)
    assert.equal(
      (object.data.metadata as Record<string, unknown>).annotations,
      undefined,
      'the origin annotation is gone',
    );
  assert.deepEqual(
    result.inputs.files.filter((f) => f.field === 'patches').map((f) => path.relative(FIXTURES, f.path)),
    ['overlays/edge-a/network.yaml'],
  );
});

test('edge-b: a JSON 6902 patch and a nameSuffix', { skip: unless('kustomize') }, async () => {
  const result = await renderKustomization(fixture('overlays', 'edge-b'), { env: tools().env });
  assert.deepEqual(rows(result), [
    ['Namespace', 'kube-flannel', null, 'resource', 'base/namespace.yaml', 0, 'only-document'],
    ['ServiceAccount', 'flannel-b', 'kube-flannel', 'resource', 'base/kube-flannel.yaml', 0, 'transformed'],
    [
      'ConfigMap',
      'flannel-env-b-mdbmmkb7cg',
      'kube-flannel',
      'generated',
      'base/kustomization.yaml',
      0,
      'ConfigMapGenerator',
      ['configMapGenerator', 0],
    ],
    ['ConfigMap', 'kube-flannel-cfg-b', 'kube-flannel', 'resource', 'base/kube-flannel.yaml', 1, 'transformed'],
    ['DaemonSet', 'kube-flannel-ds-b', 'kube-flannel', 'resource', 'base/kube-flannel.yaml', 2, 'transformed'],
  ]);
  assert.ok(result.ok);
  assert.deepEqual(netConf(result.objects, 'kube-flannel-cfg-b'), {
    Network: '192.168.0.0/16',
    Backend: { Type: 'vxlan' },
  });
});

test('the base alone: every document found by its identity as written', { skip: unless('kustomize') }, async () => {
  const result = await renderKustomization(fixture('base'), { env: tools().env });
  assert.deepEqual(rows(result), [
    ['Namespace', 'kube-flannel', null, 'resource', 'base/namespace.yaml', 0, 'only-document'],
    ['ServiceAccount', 'flannel', 'kube-flannel', 'resource', 'base/kube-flannel.yaml', 0, 'identity'],
    [
      'ConfigMap',
      'flannel-env-mdbmmkb7cg',
      'kube-flannel',
      'generated',
      'base/kustomization.yaml',
      0,
      'ConfigMapGenerator',
      ['configMapGenerator', 0],
    ],
    ['ConfigMap', 'kube-flannel-cfg', 'kube-flannel', 'resource', 'base/kube-flannel.yaml', 1, 'identity'],
    ['DaemonSet', 'kube-flannel-ds', 'kube-flannel', 'resource', 'base/kube-flannel.yaml', 2, 'identity'],
  ]);
});

test('a chart inflated by kustomize (helmCharts, vendored): helm runs, nothing is pulled', {
  skip: unless('kustomize', 'helm'),
}, async () => {
  const result = await renderKustomization(fixture('with-chart'), { env: tools().env });
  assert.deepEqual(rows(result), [
    ['Namespace', 'kube-system', null, 'resource', 'base/namespace.yaml', 0, 'only-document'],
    ['ServiceAccount', 'flannel', 'kube-system', 'resource', 'base/kube-flannel.yaml', 0, 'transformed'],
    [
      'ConfigMap',
      'flannel-env-mdbmmkb7cg',
      'kube-system',
      'generated',
      'base/kustomization.yaml',
      0,
      'ConfigMapGenerator',
      ['configMapGenerator', 0],
    ],
    ['ConfigMap', 'kube-flannel-cfg', 'kube-system', 'resource', 'base/kube-flannel.yaml', 1, 'transformed'],
    [
      'ConfigMap',
      'raven-agent-config',
      'kube-system',
      'generated',
      'with-chart/kustomization.yaml',
      0,
      'HelmChartInflationGenerator',
      ['helmCharts', 0],
    ],
    ['DaemonSet', 'kube-flannel-ds', 'kube-system', 'resource', 'base/kube-flannel.yaml', 2, 'transformed'],
  ]);
  assert.ok(result.ok);
  const raven = result.objects.find((o) => (o.data.metadata as { name: string }).name === 'raven-agent-config');
  assert.deepEqual(raven?.data.data, { 'forward-node-ip': 'true', 'vpn-driver': 'wireguard' });
  assert.deepEqual(readdirSync(fixture('with-chart', 'charts')), ['raven-agent'], 'nothing pulled into the chart home');

  // Without helm, the build is not run and the reason is at the chart.
  const onlyKustomize = path.join(work, 'only-kustomize');
  mkdirSync(onlyKustomize);
  symlinkSync(tools().kustomize!.command, path.join(onlyKustomize, 'kustomize'));
  const noHelm = await renderKustomization(fixture('with-chart'), { env: { PATH: onlyKustomize } });
  assert.deepEqual(
    { ...noHelm, inputs: undefined },
    {
      ok: false,
      cause: 'missing-tool',
      reason: 'inflates a Helm chart: needs helm on PATH',
      at: { file: fixture('with-chart', 'kustomization.yaml'), at: ['helmCharts', 0, 'name'] },
      inputs: undefined,
    },
  );
});

test('the objects are exactly what `kustomize build` prints for the build itself', {
  skip: unless('kustomize', 'helm'),
}, async () => {
  const { env, kustomize, helm } = tools();
  for (const dir of ['overlays/edge-a', 'overlays/edge-b', 'base', 'with-chart']) {
    const home = mkdtempSync(path.join(work, 'home-'));
    const direct = await runTool(
      kustomize!,
      ['build', fixture(dir), '--enable-helm', '--helm-command', helm!.command],
      {
        env: toolEnv(env, home),
        cwd: home,
      },
    );
    assert.ok(direct.ok, direct.reason);
    const rendered = await renderKustomization(fixture(dir), { env });
    assert.ok(rendered.ok);
    assert.deepEqual(
      rendered.objects.map((o) => o.data),
      parseText('direct.yaml', direct.stdout).documents.map((d) => d.data),
      dir,
    );
    // Without origin annotations: the same objects; an origin read from the build's files is the
    // very one kustomize's annotation gives, the others wait for the annotations.
    const bare = await renderKustomization(fixture(dir), { env, origins: false });
    assert.ok(bare.ok);
    assert.deepEqual(
      bare.objects.map((o) => o.data),
      rendered.objects.map((o) => o.data),
      dir,
    );
    bare.objects.forEach((o, i) => {
      if (!notAsked(o.origin)) assert.deepEqual(placeOf(o.origin), placeOf(rendered.objects[i]!.origin), `${dir} ${i}`);
    });
  }
});

test('without origins, an object is as it is with them (the annotation taken off): others kept, none empty', {
  skip: unless('kustomize'),
}, async () => {
  const { env } = tools();
  const dir = build('annotations', {
    'kustomization.yaml': 'resources:\n  - objects.yaml\nbuildMetadata: [originAnnotations, managedByLabel]\n',
    'objects.yaml': [
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: empty\n  annotations: {}\n',
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: some\n  annotations:\n    a: b\n',
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: none\n',
    ].join('---\n'),
  });
  const withOrigins = await renderKustomization(dir, { env });
  const without = await renderKustomization(dir, { env, origins: false });
  assert.ok(withOrigins.ok && without.ok);
  const metadata = without.objects.map((o) => o.data.metadata as Record<string, unknown>);
  assert.deepEqual(
    metadata.map((m) => [m.name, m.annotations]),
    [
      ['empty', undefined],
      ['none', undefined],
      ['some', { a: 'b' }],
    ],
  );
  assert.deepEqual(
    without.objects.map((o) => o.data),
    withOrigins.objects.map((o) => o.data),
  );
});

test('the same bytes twice', { skip: unless('kustomize') }, async () => {
  const first = await renderKustomization(fixture('overlays', 'edge-a'), { env: tools().env });
  const second = await renderKustomization(fixture('overlays', 'edge-a'), { env: tools().env });
  assert.equal(JSON.stringify(second), JSON.stringify(first));
});

test('kubectl kustomize gives the same results, byte for byte', {
  skip: unless('kustomize', 'kubectl', 'helm'),
}, async () => {
  const { env, kubectl } = tools();
  for (const dir of ['overlays/edge-a', 'overlays/edge-b', 'base', 'with-chart']) {
    const ours = await renderKustomization(fixture(dir), { env });
    const theirs = await renderKustomization(fixture(dir), { env, tool: kubectl! });
    assert.ok(theirs.ok && ours.ok);
    assert.equal(theirs.tool, 'kubectl kustomize');
    assert.equal(JSON.stringify({ ...theirs, tool: 'either' }), JSON.stringify({ ...ours, tool: 'either' }), dir);
  }
  // With no kustomize on the PATH, kubectl is found and used.
  const fallback = await renderKustomization(fixture('overlays', 'edge-b'), {
    env: { PATH: path.dirname(kubectl!.command) },
  });
  assert.ok(fallback.ok);
  assert.equal(fallback.tool, 'kubectl kustomize');
});

test('a remote base: refused where it is named, before anything runs', async () => {
  // A stand-in tool that leaves a mark if it is ever run.
  const marker = path.join(work, 'ran');
  const sentinel = path.join(work, 'sentinel-kustomize');
  writeFileSync(sentinel, `#!/bin/sh\ntouch ${marker}\n`, { mode: 0o755 });
  const result = await renderKustomization(fixture('remote', 'overlay'), {
    env: { PATH: '' },
    tool: { name: 'kustomize', command: sentinel, prefix: [] },
  });
  assert.equal(existsSync(marker), false, 'no tool ran');
  assert.ok(!result.ok);
  assert.deepEqual(
    { ok: result.ok, cause: result.cause, reason: result.reason, at: result.at, tool: result.tool },
    {
      ok: false,
      cause: 'remote',
      reason:
        'needs the remote base ' +
        'https://github.com/flannel-io/flannel//Documentation/kustomization/kube-flannel?ref=v0.26.1: ' +
        'edgenet never fetches',
      at: { file: fixture('remote', 'base', 'kustomization.yaml'), at: ['resources', 1] },
      tool: undefined,
    },
  );
  assert.deepEqual(
    result.inputs?.kustomizations.map((k) => path.relative(FIXTURES, k.file)),
    ['remote/overlay/kustomization.yaml', 'remote/base/kustomization.yaml', 'base/kustomization.yaml'],
  );
});

test('the second fence: a tool run on a remote base in the tool environment cannot reach out', {
  skip: unless('kustomize'),
}, async () => {
  const { env, kustomize } = tools();
  const home = mkdtempSync(path.join(work, 'home-'));
  const result = await runTool(kustomize!, ['build', fixture('remote', 'base')], {
    env: toolEnv(env, home),
    cwd: home,
  });
  assert.equal(result.ok, false);
  // Go's HTTP client goes to the dead proxy; git is refused any transport but file.
  assert.match(result.stderr, /proxyconnect tcp: dial tcp 127\.0\.0\.1:9: connect: connection refused/);
  assert.match(result.stderr, /transport 'https' not allowed/);
});

test('cycles, missing inputs and inputs outside the boundary: refused with where, no tool run', async () => {
  const env = { PATH: '' };
  const fail = async (dir: string, options: { boundary?: string } = {}) => {
    const result = await renderKustomization(dir, { env, ...options });
    assert.ok(!result.ok);
    return [result.cause, result.reason, path.relative(FIXTURES, result.at.file), result.at.at.join('.')];
  };
  assert.deepEqual(await fail(fixture('invalid', 'cycle-a')), [
    'invalid-input',
    'kustomizations include each other: cycle-a -> cycle-b -> cycle-a',
    'invalid/cycle-b/kustomization.yaml',
    'resources.0',
  ]);
  assert.deepEqual(await fail(fixture('invalid', 'missing')), [
    'invalid-input',
    'not-here.yaml does not exist',
    'invalid/missing/kustomization.yaml',
    'resources.1',
  ]);
  assert.deepEqual(await fail(fixture('overlays', 'edge-a'), { boundary: fixture('overlays') }), [
    'invalid-input',
    `../../base is outside ${fixture('overlays')}`,
    'overlays/edge-a/kustomization.yaml',
    'resources.0',
  ]);
  assert.deepEqual(await fail(fixture('invalid')), [
    'invalid-input',
    `no kustomization.yaml, kustomization.yml, Kustomization in ${fixture('invalid')}`,
    'invalid',
    '',
  ]);
});

test('no tool: the reason names what to install, at the kustomization', async () => {
  const result = await renderKustomization(fixture('overlays', 'edge-b'), { env: { PATH: work } });
  assert.deepEqual(
    { ...result, inputs: undefined },
    {
      ok: false,
      cause: 'missing-tool',
      reason: 'needs kustomize (or kubectl) on PATH',
      at: { file: fixture('overlays', 'edge-b', 'kustomization.yaml'), at: [] },
      inputs: undefined,
    },
  );
});

const FAILING_BUILD_TITLE =
  "a failing build: the reason is the tool's first error " +
  'line as `kustomize build` gives it, the same through kubectl';
test(FAILING_BUILD_TITLE, {
  skip: unless('kustomize', 'kubectl'),
}, async () => {
  const { env, kustomize, kubectl } = tools();
  const builds = [
    build('bad-patch', {
      'kustomization.yaml': 'resources:\n  - cm.yaml\npatches:\n  - path: patch.yaml\n',
      'cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: kube-flannel-cfg\n',
      'patch.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: nope\n',
    }),
    build('bad-field', { 'kustomization.yaml': 'resourcez:\n  - cm.yaml\n' }),
    build('bad-yaml', {
      'kustomization.yaml': 'resources:\n  - cm.yaml\n',
      'cm.yaml': 'kind: ConfigMap\nmetadata: [\n',
    }),
  ];
  const expected = [
    'no resource matches strategic merge patch "ConfigMap.v1.[noGrp]/nope.[noNs]": no matches for Id ' +
      'ConfigMap.v1.[noGrp]/nope.[noNs]; failed to find unique target for patch ConfigMap.v1.[noGrp]/nope.[noNs]',
    'invalid Kustomization: json: unknown field "resourcez"',
    "accumulating resources: accumulating resources from 'cm.yaml': MalformedYAMLError: " +
      'yaml: line 2: did not find expected node content in File: cm.yaml',
  ];
  for (const [i, dir] of builds.entries()) {
    const home = mkdtempSync(path.join(work, 'home-'));
    const direct = await runTool(kustomize!, ['build', dir], { env: toolEnv(env, home), cwd: home });
    assert.equal(firstErrorLine(direct.stderr), expected[i]);
    for (const tool of [kustomize!, kubectl!]) {
      const result = await renderKustomization(dir, { env, tool });
      assert.ok(!result.ok);
      assert.deepEqual(
        [result.cause, result.reason, result.at, result.tool],
        ['exit', expected[i], { file: path.join(dir, 'kustomization.yaml'), at: [] }, tool.name],
      );
    }
  }
});

test('bounded: a time limit and an output limit, each a value', { skip: unless('kustomize') }, async () => {
  const { env } = tools();
  const slow = await renderKustomization(fixture('overlays', 'edge-a'), { env, timeoutMs: 1 });
  assert.ok(!slow.ok);
  assert.deepEqual([slow.cause, slow.reason, slow.tool], ['timeout', 'timed out after 1 ms', 'kustomize']);
  assert.ok(slow.inputs, 'the inputs are known even so');
  const big = await renderKustomization(fixture('overlays', 'edge-a'), { env, maxOutputBytes: 200 });
  assert.ok(!big.ok);
  assert.deepEqual([big.cause, big.reason], ['output-limit', 'output too large: more than 200 bytes on stdout']);
});

test("the build's own sortOptions and buildMetadata still apply through the wrapper", {
  skip: unless('kustomize'),
}, async () => {
  const { env } = tools();
  const dir = build('fifo', {
    'kustomization.yaml':
      'resources:\n  - svc.yaml\n  - cm.yaml\nsortOptions:\n  order: fifo\nbuildMetadata: [managedByLabel]\n',
    'svc.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: z\n',
    'cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n',
  });
  const result = await renderKustomization(dir, { env });
  assert.ok(result.ok);
  // kustomize's default (legacy) order would put the ConfigMap first.
  assert.deepEqual(
    result.objects.map((o) => [o.data.kind, (o.data.metadata as { labels?: unknown }).labels]),
    [
      ['Service', { 'app.kubernetes.io/managed-by': 'kustomize-v5.8.1' }],
      ['ConfigMap', { 'app.kubernetes.io/managed-by': 'kustomize-v5.8.1' }],
    ],
  );
});

test('loadRestrictor none: a file outside the kustomization, as Flux builds it', {
  skip: unless('kustomize', 'kubectl'),
}, async () => {
  const { env, kubectl } = tools();
  const dir = build('outside-root', {
    'shared/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: shared\n',
    'app/kustomization.yaml': 'resources:\n  - ../shared/cm.yaml\n',
  });
  const refused = await renderKustomization(path.join(dir, 'app'), { env });
  assert.ok(!refused.ok);
  // kustomize's own refusal (LoadRestrictionsRootOnly), clipped to one line of 500 characters.
  assert.ok(
    refused.reason.startsWith(
      "accumulating resources: accumulation err='accumulating resources from '../shared/cm.yaml': " +
        `security; file '${path.join(dir, 'shared', 'cm.yaml')}' is not in or below '`,
    ),
    refused.reason,
  );
  assert.ok(refused.reason.length <= 500);
  for (const tool of [undefined, kubectl!]) {
    const result = await renderKustomization(path.join(dir, 'app'), {
      env,
      loadRestrictor: 'none',
      ...(tool ? { tool } : {}),
    });
    assert.deepEqual(rowsOf(result), [['ConfigMap', 'shared', path.join(dir, 'shared', 'cm.yaml'), 0]]);
  }
});

test('the temporary directory is removed, after success and after failure', { skip: unless('kustomize') }, async () => {
  const tempDir = mkdtempSync(path.join(work, 'tmp-'));
  const ok = await renderKustomization(fixture('overlays', 'edge-b'), { env: tools().env, tempDir });
  assert.ok(ok.ok);
  const failed = await renderKustomization(build('bad-field-2', { 'kustomization.yaml': 'resourcez: []\n' }), {
    env: tools().env,
    tempDir,
  });
  assert.ok(!failed.ok);
  assert.deepEqual(readdirSync(tempDir), []);
});

test('document matching: identity, affixes, only-of-kind, ambiguous, none', () => {
  const doc = (index: number, kind: string, name: string, namespace?: string) => ({
    index,
    data: { apiVersion: 'v1', kind, metadata: { name, ...(namespace ? { namespace } : {}) } },
  });
  const docs = [
    doc(0, 'ConfigMap', 'a', 'x'),
    doc(2, 'ConfigMap', 'edge-a', 'x'),
    doc(3, 'Service', 's'),
    doc(4, 'Secret', 'k'),
  ];
  const none = { prefixes: [], suffixes: [], namespaces: new Set<string>() };
  const affixes = { prefixes: ['edge-', 'prod-'], suffixes: ['-b'], namespaces: new Set(['kube-system']) };
  const id = (kind: string, name: string, namespace?: string) => ({
    apiVersion: 'v1',
    kind,
    name,
    ...(namespace ? { namespace } : {}),
  });
  assert.deepEqual(matchDocument(id('ConfigMap', 'edge-a', 'x'), docs, none), { doc: 2, match: 'identity' });
  assert.deepEqual(matchDocument(id('ConfigMap', 'prod-edge-a-b', 'kube-system'), docs, affixes), {
    doc: 2,
    match: 'transformed',
  });
  assert.deepEqual(matchDocument(id('ConfigMap', 'prod-a', 'kube-system'), docs, affixes), {
    doc: 0,
    match: 'transformed',
  });
  assert.deepEqual(matchDocument(id('Service', 'renamed'), docs, none), { doc: 3, match: 'only-of-kind' });
  assert.deepEqual(matchDocument(id('ConfigMap', 'other', 'x'), docs, none), { doc: null, match: 'none' });
  assert.deepEqual(matchDocument(id('Deployment', 'a'), docs, none), { doc: null, match: 'none' });
  const twins = [doc(0, 'ConfigMap', 'a', 'x'), doc(1, 'ConfigMap', 'a', 'y')];
  assert.deepEqual(matchDocument(id('ConfigMap', 'a', 'kube-system'), twins, affixes), {
    doc: null,
    match: 'ambiguous',
  });
  assert.deepEqual(matchDocument(id('Anything', 'z'), [doc(5, 'ConfigMap', 'a')], none), {
    doc: 5,
    match: 'only-document',
  });
});
