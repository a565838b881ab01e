/**
 * A path built as its installer builds it (src/compose/installed-build.ts), with the real
 * kustomize: a Flux Kustomization's patches, images, name prefix, target namespace and
 * components written into the path's kustomization (or the one kustomize-controller generates),
 * an Argo CD source's kustomize options applied with `kustomize edit`; and every value placed
 * where it is written. Fixtures: fixtures/compose/installed.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { installGraph, type KustomizeInstall, renderInstalled } from '../../src/compose/installed-build.js';
import type { KustomizeResult, RenderedObject } from '../../src/compose/kustomize-build.js';
import { cachedParser, kustomizeRelocator, type RenderedRef } from '../../src/compose/trace.js';
import { isFileRef } from '../../src/core/finding.js';
import { readFile } from '../../src/model/build-model.js';
import { ModelDraft } from '../../src/model/draft.js';
import { parseText } from '../../src/parse/parse-documents.js';
import { ROOT } from '../helpers.js';
import { tools, unless } from './tools.js';

const FIXTURES = path.join(ROOT, 'fixtures', 'compose', 'installed');
const display = (abs: string) => path.relative(ROOT, abs).split(path.sep).join('/');

/** The installers of the fixtures, read as edgenet reads them. */
function installers(): ModelDraft['gitops'] {
  const draft = new ModelDraft();
  for (const name of ['flux.yaml', 'argo.yaml']) {
    const file = display(path.join(FIXTURES, 'installers', name));
    readFile(parseText(file, readFileSync(path.join(ROOT, file), 'utf8')), draft);
  }
  return draft.gitops;
}

/** The install of a Flux Kustomization or Argo CD Application of the fixtures, by name, and the directory it builds. */
function install(name: string): { dir: string; install: KustomizeInstall } {
  const hints = installers();
  const k = hints.fluxKustomizations.find((x) => x.name === name);
  if (k) {
    const dir = path.join(FIXTURES, k.path!);
    const at = { file: path.join(ROOT, k.ref.file), doc: k.ref.doc, at: k.ref.path };
    const generated =
      k.path === './plain'
        ? { generated: { files: [path.join(dir, 'flannel.yaml')], dirs: [path.join(dir, 'sub')] } }
        : {};
    return {
      dir,
      install: { installer: `Flux Kustomization ${name}`, at, by: 'flux', changes: k.build, ...generated },
    };
  }
  const app = hints.argoApplications.find((a) => a.name === name)!;
  const source = app.sources[0]!;
  // As the plan makes it: a failure of the build is reported at the source's path.
  const ref = source.ref;
  return {
    dir: path.join(FIXTURES, source.path!),
    install: {
      installer: `Argo CD Application ${name}`,
      at: { file: path.join(ROOT, ref.file), doc: ref.doc, at: ref.path },
      by: 'argo',
      changes: source.kustomize!,
    },
  };
}

async function render(
  name: string,
  env = tools().env,
): Promise<{ result: KustomizeResult; install: KustomizeInstall }> {
  const { dir, install: i } = install(name);
  const result = await renderInstalled(dir, i, { env, loadRestrictor: 'none', boundary: ROOT });
  return { result, install: i };
}

function objectsOf(result: KustomizeResult): RenderedObject[] {
  assert.ok(result.ok, result.ok ? '' : result.reason);
  return result.objects;
}

function find(objects: RenderedObject[], kind: string): Record<string, unknown> {
  const found = objects.find((o) => o.data.kind === kind);
  assert.ok(found, `no ${kind}`);
  return found.data;
}

const get = (value: unknown, ...p: (string | number)[]): unknown =>
  p.reduce<unknown>((v, s) => (v as Record<string | number, unknown> | undefined)?.[s], value);

/** Where a rendered value is placed: `file:line:column`, the file relative to the fixtures. */
function placer(result: KustomizeResult, i: KustomizeInstall) {
  const objects = objectsOf(result);
  const parsed = cachedParser(ROOT, () => undefined);
  const relocate = kustomizeRelocator(
    objects,
    result.ok ? result.inputs : ({} as never),
    'build',
    { display, parsed },
    i,
  );
  return (kind: string, p: (string | number)[], inner?: (string | number)[]) => {
    const doc = objects.findIndex((o) => o.data.kind === kind);
    const ref: RenderedRef = { doc, path: p, ...(inner ? { inner } : {}) };
    const at = relocate(ref);
    const where = isFileRef(at)
      ? { line: at.line, column: at.column }
      : parsed(at.file)!.sourceMap.locate(at.doc, at.path, { inner: at.inner });
    return `${path.relative(display(FIXTURES), at.file)}:${where.line}:${where.column}`;
  };
}

const PATCHES_TITLE =
  'Flux patches as kustomize applies them: lists merged by key, ' +
  '$patch delete and replace, a custom resource list replaced whole';
test(PATCHES_TITLE, {
  skip: unless('kustomize'),
}, async () => {
  const { result, install: i } = await render('merge');
  const objects = objectsOf(result);
  const daemonSet = find(objects, 'DaemonSet');
  const containers = get(daemonSet, 'spec', 'template', 'spec', 'containers') as Record<string, unknown>[];
  // install-cni deleted; kube-flannel's env merged by name (POD_NAME changed, EVENT_QUEUE_DEPTH kept).
  assert.deepEqual(
    containers.map((c) => c.name),
    ['kube-flannel'],
  );
  assert.deepEqual(containers[0]!.env, [
    { name: 'POD_NAME', value: 'from-flux' },
    { name: 'EVENT_QUEUE_DEPTH', value: '5000' },
  ]);
  // The JSON 6902 patch, selected by a name pattern, applies after the strategic merge ones.
  assert.deepEqual(containers[0]!.args, ['--ip-masq=false']);
  // `$patch: replace` replaces the ConfigMap's data whole.
  const configMap = find(objects, 'ConfigMap');
  assert.deepEqual(Object.keys(configMap.data as object), ['net-conf.json']);
  assert.equal(JSON.parse(get(configMap, 'data', 'net-conf.json') as string).Network, '10.42.0.0/16');
  // A HelmRelease has no schema: its list is replaced, its maps merged.
  const release = find(objects, 'HelmRelease');
  assert.deepEqual(get(release, 'spec', 'values'), { peers: [{ ip: '10.0.0.9', name: 'b' }], tunnel: { port: 4500 } });

  const at = placer(result, i);
  // Each value a patch set is placed inside the patch string; the rest where the base writes it.
  assert.equal(at('ConfigMap', ['data', 'net-conf.json'], ['Network']), 'installers/flux.yaml:41:26');
  assert.equal(
    at('DaemonSet', ['spec', 'template', 'spec', 'containers', 0, 'env', 0, 'value']),
    'installers/flux.yaml:28:30',
  );
  assert.equal(at('DaemonSet', ['spec', 'template', 'spec', 'containers', 0, 'args']), 'installers/flux.yaml:61:18');
  assert.equal(at('HelmRelease', ['spec', 'values', 'peers', 0, 'ip']), 'installers/flux.yaml:54:21');
  assert.equal(at('HelmRelease', ['spec', 'values', 'tunnel', 'port']), 'base/raven.yaml:10:13');
});

test('a JSON 6902 add at the end of a list: the appended element placed in the patch', {
  skip: unless('kustomize'),
}, async () => {
  const { result, install: i } = await render('append');
  const env = get(find(objectsOf(result), 'DaemonSet'), 'spec', 'template', 'spec', 'containers', 0, 'env');
  assert.deepEqual((env as unknown[])[2], { name: 'APPENDED', value: 'by-flux' });
  assert.equal(
    placer(result, i)('DaemonSet', ['spec', 'template', 'spec', 'containers', 0, 'env', 2, 'value']),
    'installers/flux.yaml:203:42',
  );
});

test('Flux patch targets: a label selector, an annotation selector, group and version', {
  skip: unless('kustomize'),
}, async () => {
  const { result, install: i } = await render('select');
  const objects = objectsOf(result);
  const labelled = objects.filter((o) => get(o.data, 'metadata', 'labels', 'selected') === 'by-label');
  assert.deepEqual(
    labelled.map((o) => o.data.kind),
    ['ConfigMap', 'DaemonSet'],
  );
  const annotated = objects.filter((o) => get(o.data, 'metadata', 'annotations', 'selected') === 'by-annotation');
  assert.deepEqual(
    annotated.map((o) => o.data.kind),
    ['DaemonSet'],
  );
  assert.equal(get(find(objects, 'Deployment'), 'spec', 'replicas'), 3);
  assert.equal(get(find(objects, 'HelmRelease'), 'spec', 'values', 'tunnel', 'port'), 4501);
  const at = placer(result, i);
  assert.equal(at('Deployment', ['spec', 'replicas']), 'installers/flux.yaml:87:18');
  assert.equal(at('HelmRelease', ['spec', 'values', 'tunnel', 'port']), 'installers/flux.yaml:92:18');
  assert.equal(at('DaemonSet', ['metadata', 'annotations', 'selected']), 'installers/flux.yaml:82:18');
});

const NAME_PREFIX_TITLE =
  'Flux namePrefix, targetNamespace, images and a component: ' +
  'written into the path kustomization, placed at the Kustomization';
test(NAME_PREFIX_TITLE, {
  skip: unless('kustomize'),
}, async () => {
  const { result, install: i } = await render('rename');
  const objects = objectsOf(result);
  assert.deepEqual(
    objects.map((o) => [o.data.kind, get(o.data, 'metadata', 'name'), get(o.data, 'metadata', 'namespace')]),
    [
      ['ConfigMap', 'prod-kube-flannel-cfg', 'edge'],
      ['Deployment', 'prod-raven-proxy', 'edge'],
      ['DaemonSet', 'prod-kube-flannel-ds', 'edge'],
      ['HelmRelease', 'prod-raven-agent', 'edge'],
    ],
  );
  // The image merges into the path's own entry for it (its newTag replaced).
  const daemonSet = find(objects, 'DaemonSet');
  assert.equal(
    get(daemonSet, 'spec', 'template', 'spec', 'containers', 0, 'image'),
    'docker.io/flannel/flannel:v0.26.1',
  );
  assert.equal(get(find(objects, 'ConfigMap'), 'metadata', 'labels', 'gateway'), 'true');
  const at = placer(result, i);
  assert.equal(at('ConfigMap', ['metadata', 'name']), 'installers/flux.yaml:103:15');
  assert.equal(at('ConfigMap', ['metadata', 'namespace']), 'installers/flux.yaml:104:20');
  assert.equal(at('DaemonSet', ['spec', 'template', 'spec', 'containers', 0, 'image']), 'installers/flux.yaml:106:7');
  // The component's patch, a file of its own.
  assert.equal(at('ConfigMap', ['metadata', 'labels', 'gateway']), 'components/gateway/kustomization.yaml:11:16');
  // Values the installer does not change stay where the base writes them.
  assert.equal(at('ConfigMap', ['data', 'net-conf.json'], ['Network']), 'base/flannel.yaml:11:18');
});

const NO_KUSTOMIZATION_TITLE =
  'Flux over a directory without a kustomization: the generated ' +
  'one lists its manifests and the directories with their own';
test(NO_KUSTOMIZATION_TITLE, {
  skip: unless('kustomize'),
}, async () => {
  const { result, install: i } = await render('generated');
  const objects = objectsOf(result);
  assert.deepEqual(
    objects.map((o) => [get(o.data, 'metadata', 'name'), o.origin.kind === 'resource' ? display(o.origin.file) : '']),
    [
      ['kube-flannel-cfg', 'fixtures/compose/installed/plain/flannel.yaml'],
      ['raven-cfg', 'fixtures/compose/installed/plain/sub/raven.yaml'],
    ],
  );
  const at = placer(result, i);
  // A one-line JSON string set by a patch string: placed at the Network inside both.
  assert.equal(at('ConfigMap', ['data', 'net-conf.json'], ['Network']), 'installers/flux.yaml:128:39');
  const graph = installGraph(path.join(FIXTURES, 'plain'), i);
  assert.deepEqual(graph.files.map((f) => display(f.path)).sort(), [
    'fixtures/compose/installed/plain/flannel.yaml',
    'fixtures/compose/installed/plain/sub/raven.yaml',
  ]);
});

test('Argo CD kustomize options by `kustomize edit`, then its patches (a file, inline) and components', {
  skip: unless('kustomize'),
}, async () => {
  const { result, install: i } = await render('options');
  const objects = objectsOf(result);
  assert.deepEqual(
    objects.map((o) => [o.data.kind, get(o.data, 'metadata', 'name'), get(o.data, 'metadata', 'namespace')]),
    [
      ['ConfigMap', 'edge-kube-flannel-cfg', 'edge-system'],
      ['Deployment', 'edge-raven-proxy', 'edge-system'],
      ['DaemonSet', 'edge-kube-flannel-ds', 'edge-system'],
      ['HelmRelease', 'edge-raven-agent', 'edge-system'],
    ],
  );
  const deployment = find(objects, 'Deployment');
  assert.equal(get(deployment, 'spec', 'replicas'), 2);
  // commonLabels go to selectors too (kustomize edit add label, without --without-selector).
  assert.equal(get(deployment, 'spec', 'selector', 'matchLabels', 'team'), 'net');
  const daemonSet = find(objects, 'DaemonSet');
  assert.equal(
    get(daemonSet, 'spec', 'template', 'spec', 'containers', 0, 'image'),
    'docker.io/flannel/flannel:v0.27.0',
  );
  const at = placer(result, i);
  assert.equal(at('ConfigMap', ['data', 'net-conf.json'], ['Network']), 'installers/argo-patch.yaml:10:18');
  assert.equal(at('HelmRelease', ['spec', 'values', 'tunnel', 'port']), 'installers/argo.yaml:29:22');
  assert.equal(at('Deployment', ['spec', 'replicas']), 'installers/argo.yaml:19:18');
  assert.equal(at('Deployment', ['metadata', 'labels', 'team']), 'installers/argo.yaml:21:15');
  assert.equal(at('DaemonSet', ['spec', 'template', 'spec', 'containers', 0, 'image']), 'installers/argo.yaml:16:11');
  assert.equal(at('ConfigMap', ['metadata', 'name']), 'installers/argo.yaml:13:19');
  assert.equal(at('ConfigMap', ['metadata', 'namespace']), 'installers/argo.yaml:14:18');
});

const REFUSED_TITLE =
  'refused where the installer refuses, or where its value is known only when it builds: said at the entry';
test(REFUSED_TITLE, async () => {
  const refusal = async (name: string) => {
    const { result } = await render(name);
    assert.ok(!result.ok, `${name} renders`);
    return [result.cause, result.reason, display(result.at.file), result.at.doc, result.at.at.join('.')];
  };
  assert.deepEqual(await refusal('remote-component'), [
    'invalid-input',
    'Flux refuses component https://github.com/example/fleet//components/gateway: ' +
      'a component path must be local and relative',
    'fixtures/compose/installed/installers/flux.yaml',
    4,
    'spec.components.0',
  ]);
  assert.deepEqual(await refusal('missing-component'), [
    'invalid-input',
    '../components/none does not exist',
    'fixtures/compose/installed/installers/flux.yaml',
    5,
    'spec.components.0',
  ]);
  assert.deepEqual(await refusal('plain'), [
    'invalid-input',
    "Argo CD applies kustomize options to the kustomization of the path, and plain has none: Argo CD's build fails",
    'fixtures/compose/installed/installers/argo.yaml',
    1,
    'spec.source.path',
  ]);
  assert.deepEqual(await refusal('revision'), [
    'invalid-input',
    'Argo CD fills docker.io/flannel/flannel:$ARGOCD_APP_REVISION ' +
      'from its build environment: the value is known only when it builds',
    'fixtures/compose/installed/installers/argo.yaml',
    2,
    'spec.source.kustomize.images.0',
  ]);
});

test("a patch that matches nothing fails the build as it fails Flux's: kustomize's error, at the patch", {
  skip: unless('kustomize'),
}, async () => {
  const { result } = await render('no-match');
  assert.ok(!result.ok);
  assert.equal(
    result.reason,
    'no resource matches strategic merge patch "ConfigMap.v1.[noGrp]/not-in-the-build.[noNs]": ' +
      'no matches for Id ConfigMap.v1.[noGrp]/not-in-the-build.[noNs]; failed to find unique ' +
      'target for patch ConfigMap.v1.[noGrp]/not-in-the-build.[noNs]',
  );
  assert.deepEqual(
    [display(result.at.file), result.at.doc, result.at.at],
    // kustomize names the patch's object: reported at that patch.
    ['fixtures/compose/installed/installers/flux.yaml', 7, ['spec', 'patches', 0, 'patch']],
  );
  // ignoreMissingComponents: the missing component is left out, the build renders.
  assert.equal(objectsOf((await render('missing-ignored')).result).length, 4);
});

test('kubectl kustomize builds a Flux install the same; Argo CD options need kustomize itself (kubectl has no edit)', {
  skip: unless('kustomize', 'kubectl'),
}, async () => {
  const kubectlOnly = { PATH: ['/usr/local/bin', '/usr/bin', '/bin'].join(path.delimiter) };
  const flux = await render('merge', kubectlOnly);
  const withKustomize = await render('merge');
  assert.deepEqual(
    objectsOf(flux.result).map((o) => o.data),
    objectsOf(withKustomize.result).map((o) => o.data),
  );
  const { result } = await render('options', kubectlOnly);
  assert.ok(!result.ok);
  assert.equal(result.cause, 'missing-tool');
  assert.match(result.reason, /needs kustomize on PATH: Argo CD applies its kustomize options with `kustomize edit`/);
});
