import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import {
  type ChartResult,
  DEFAULT_KUBE_VERSION,
  escapeSetValue,
  renderChart,
  splitManifests,
} from '../../src/compose/helm-template.js';
import { runTool, toolEnv } from '../../src/compose/run-tool.js';
import { ROOT } from '../helpers.js';
import { tools, unless } from './tools.js';

const HELM = path.join(ROOT, 'fixtures', 'compose', 'helm');
const FLANNEL = path.join(HELM, 'flannel');
const work = mkdtempSync(path.join(tmpdir(), 'edgenet-helm-test-'));
after(() => rmSync(work, { recursive: true, force: true }));

function rows(result: ChartResult): unknown[][] {
  assert.ok(result.ok, result.ok ? '' : result.reason);
  return result.objects.map((o) => {
    const metadata = o.data.metadata as Record<string, string>;
    return [o.data.kind, metadata.name, metadata.namespace ?? null, o.source, path.relative(HELM, o.template)];
  });
}

function netConf(result: ChartResult): unknown {
  assert.ok(result.ok, result.ok ? '' : result.reason);
  const config = result.objects.find((o) => o.data.kind === 'ConfigMap');
  assert.ok(config);
  return JSON.parse((config.data.data as Record<string, string>)['net-conf.json']!);
}

/** A chart of our own in a temporary directory: file name to content. */
function chart(name: string, files: Record<string, string>): string {
  const dir = path.join(work, name);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

test('the flannel chart with its own values: each object mapped to its template, subcharts by alias', {
  skip: unless('helm'),
}, async () => {
  const result = await renderChart(FLANNEL, { env: tools().env });
  assert.deepEqual(rows(result), [
    ['ServiceAccount', 'flannel', 'default', 'flannel/templates/daemonset.yaml', 'flannel/templates/daemonset.yaml'],
    ['ConfigMap', 'kube-flannel-cfg', 'default', 'flannel/templates/config.yaml', 'flannel/templates/config.yaml'],
    [
      'Service',
      'release-name-metrics',
      'default',
      'flannel/charts/flannel-metrics/templates/service.yaml',
      'flannel/charts/metrics/templates/service.yaml',
    ],
    ['DaemonSet', 'kube-flannel-ds', 'default', 'flannel/templates/daemonset.yaml', 'flannel/templates/daemonset.yaml'],
  ]);
  assert.deepEqual(netConf(result), { Network: '10.244.0.0/16', Backend: { Type: 'vxlan' } });
  assert.ok(result.ok);
  assert.deepEqual(result.chart, { file: path.join(FLANNEL, 'Chart.yaml'), name: 'flannel', version: '0.3.0' });
  assert.equal(result.tool, 'helm');
});

test('values files, then inline values, then --set parameters, each over the one before', {
  skip: unless('helm'),
}, async () => {
  const env = tools().env;
  const base = {
    env,
    releaseName: 'edge',
    namespace: 'kube-flannel',
    valuesFiles: [path.join(HELM, 'values', 'edge-a.yaml')],
  };
  assert.deepEqual(netConf(await renderChart(FLANNEL, base)), {
    Network: '172.30.0.0/16',
    Backend: { Port: 4789, Type: 'vxlan' },
  });
  const inline = await renderChart(FLANNEL, { ...base, values: { flannel: { vni: 4096, backendPort: 8472 } } });
  assert.deepEqual(netConf(inline), { Network: '172.30.0.0/16', Backend: { Port: 8472, VNI: 4096, Type: 'vxlan' } });
  const set = await renderChart(FLANNEL, {
    ...base,
    values: { podCidr: '10.1.0.0/16' },
    set: [
      { name: 'podCidr', value: '10.2.0.0/16' },
      { name: 'flannel.backend', value: 'host-gw' },
      // helm's list syntax: the commas separate items.
      { name: 'flannel.args', value: '{--ip-masq,--kube-subnet-mgr,--iface=eth0}' },
    ],
  });
  assert.deepEqual(netConf(set), { Network: '10.2.0.0/16', Backend: { Port: 4789, Type: 'host-gw' } });
  assert.ok(set.ok);
  const daemonSet = set.objects.find((o) => o.data.kind === 'DaemonSet')!.data as {
    metadata: { namespace: string; labels: Record<string, string> };
    spec: { template: { spec: { containers: { args: string[] }[] } } };
  };
  assert.deepEqual(daemonSet.spec.template.spec.containers[0]!.args, [
    '--ip-masq',
    '--kube-subnet-mgr',
    '--iface=eth0',
  ]);
  assert.equal(daemonSet.metadata.namespace, 'kube-flannel');
  assert.equal(daemonSet.metadata.labels['app.kubernetes.io/instance'], 'edge');
  const dual = await renderChart(FLANNEL, { env, values: { podCidrv6: 'fd00:10:244::/56' } });
  assert.deepEqual(netConf(dual), {
    Network: '10.244.0.0/16',
    EnableIPv4: true,
    EnableIPv6: true,
    IPv6Network: 'fd00:10:244::/56',
    Backend: { Type: 'vxlan' },
  });
});

test('the Kubernetes version charts see (the one given, else a current release); --set-string', {
  skip: unless('helm'),
}, async () => {
  const dir = chart('kube-version', {
    'Chart.yaml': 'apiVersion: v2\nname: kv\nversion: 0.1.0\n',
    'values.yaml': 'port: 8472\n',
    'templates/cm.yaml': [
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata:',
      '  name: kv',
      'data:',
      '  version: {{ .Capabilities.KubeVersion.GitVersion | quote }}',
      '  port: {{ kindOf .Values.port | quote }}',
      '',
    ].join('\n'),
  });
  const data = async (options: Partial<Parameters<typeof renderChart>[1]> = {}) => {
    const result = await renderChart(dir, { env: tools().env, ...options });
    assert.ok(result.ok, result.ok ? '' : result.reason);
    return result.objects[0]!.data.data;
  };
  assert.deepEqual(await data(), { version: DEFAULT_KUBE_VERSION, port: 'float64' });
  // An ACK version: helm keeps its major.minor.patch (seen with helm 3.22.0), so `>=1.30.0` constraints hold.
  assert.deepEqual(await data({ kubeVersion: '1.32.1-aliyun.1' }), { version: 'v1.32.1', port: 'float64' });
  assert.deepEqual(await data({ set: [{ name: 'port', value: '8472', forceString: true }] }), {
    version: DEFAULT_KUBE_VERSION,
    port: 'string',
  });
});

test('a dependency that is not vendored: refused at its entry in Chart.yaml, helm never runs', async () => {
  const marker = path.join(work, 'helm-ran');
  const sentinel = path.join(work, 'sentinel-helm');
  writeFileSync(sentinel, `#!/bin/sh\ntouch ${marker}\n`, { mode: 0o755 });
  const result = await renderChart(path.join(HELM, 'unvendored'), {
    env: { PATH: '' },
    tool: { name: 'helm', command: sentinel, prefix: [] },
  });
  assert.deepEqual(result, {
    ok: false,
    cause: 'remote',
    reason:
      'needs the chart dependency flannel 0.26.1 from https://flannel-io.github.io/flannel/, ' +
      'which is not vendored in charts/: edgenet never fetches',
    at: { file: path.join(HELM, 'unvendored', 'Chart.yaml'), at: ['dependencies', 0] },
  });
  assert.equal(existsSync(marker), false);

  const local = chart('file-dependency', {
    'Chart.yaml':
      'apiVersion: v2\nname: app\nversion: 0.1.0\ndependencies:\n' +
      '  - name: common\n    version: 1.0.0\n    repository: file://../common\n',
  });
  assert.deepEqual(await renderChart(local, { env: { PATH: '' } }), {
    ok: false,
    cause: 'invalid-input',
    reason: 'the dependency common 1.0.0 (file://../common) is not in charts/: it needs `helm dependency build`',
    at: { file: path.join(local, 'Chart.yaml'), at: ['dependencies', 0] },
  });
});

test('a values schema that refers to a remote schema: refused (helm would fetch it)', async () => {
  const dir = chart('remote-schema', {
    'Chart.yaml': 'apiVersion: v2\nname: s\nversion: 0.1.0\n',
    'values.schema.json': '{"type": "object", "properties": {"podCidr": {"$ref": "https://example.com/cidr.json"}}}',
  });
  assert.deepEqual(await renderChart(dir, { env: { PATH: '' } }), {
    ok: false,
    cause: 'remote',
    reason: 'values.schema.json refers to the remote schema https://example.com/cidr.json: edgenet never fetches',
    at: { file: path.join(dir, 'values.schema.json'), at: [] },
  });
});

test('values files must be local, absolute, existing and inside the boundary', async () => {
  const env = { PATH: '' };
  const at = { file: path.join(FLANNEL, 'Chart.yaml'), at: [] };
  const reason = async (options: Parameters<typeof renderChart>[1]) => {
    const result = await renderChart(FLANNEL, options);
    assert.ok(!result.ok);
    return [result.cause, result.reason];
  };
  assert.deepEqual(await reason({ env, valuesFiles: ['https://example.com/values.yaml'] }), [
    'remote',
    'needs the remote values file https://example.com/values.yaml: edgenet never fetches',
  ]);
  assert.deepEqual(await reason({ env, valuesFiles: ['values/edge-a.yaml'] }), [
    'invalid-input',
    'values file values/edge-a.yaml is not an absolute path',
  ]);
  assert.deepEqual(await reason({ env, valuesFiles: [path.join(HELM, 'values', 'none.yaml')] }), [
    'invalid-input',
    `values file ${path.join(HELM, 'values', 'none.yaml')} does not exist`,
  ]);
  assert.deepEqual(await reason({ env, valuesFiles: [path.join(HELM, 'values', 'edge-a.yaml')], boundary: FLANNEL }), [
    'invalid-input',
    `values file ${path.join(HELM, 'values', 'edge-a.yaml')} is outside ${FLANNEL}`,
  ]);
  assert.deepEqual((await renderChart(FLANNEL, { env, boundary: path.join(HELM, 'values') })) as unknown, {
    ok: false,
    cause: 'invalid-input',
    reason: `the chart is outside ${path.join(HELM, 'values')}`,
    at,
  });
  assert.deepEqual(await renderChart(FLANNEL, { env }), {
    ok: false,
    cause: 'missing-tool',
    reason: 'needs helm on PATH',
    at,
  });
  assert.deepEqual(await renderChart(path.join(HELM, 'values'), { env }), {
    ok: false,
    cause: 'invalid-input',
    reason: 'Chart.yaml cannot be read (ENOENT)',
    at: { file: path.join(HELM, 'values', 'Chart.yaml'), at: [] },
  });
});

test("a template that fails: helm's first error line, and the template line it names", {
  skip: unless('helm'),
}, async () => {
  const dir = chart('bad', {
    'Chart.yaml': 'apiVersion: v2\nname: bad\nversion: 0.1.0\n',
    'templates/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Values.x.y }}\n',
  });
  assert.deepEqual(await renderChart(dir, { env: tools().env }), {
    ok: false,
    cause: 'exit',
    reason:
      'template: bad/templates/cm.yaml:4:18: executing "bad/templates/cm.yaml" ' +
      'at <.Values.x.y>: nil pointer evaluating interface {}.y',
    at: { file: path.join(dir, 'Chart.yaml'), at: [] },
    tool: 'helm',
    line: { file: path.join(dir, 'templates', 'cm.yaml'), line: 4, column: 18 },
  });
  // A bad inline value: the reason never shows the temporary file it was written to.
  const bad = await renderChart(dir, { env: tools().env, set: [{ name: 'a[', value: '1' }] });
  assert.ok(!bad.ok);
  assert.equal(bad.reason, 'failed parsing --set data: error parsing index: EOF');
});

test('bounded: a time limit and an output limit, each a value', { skip: unless('helm') }, async () => {
  const slow = await renderChart(FLANNEL, { env: tools().env, timeoutMs: 1 });
  assert.deepEqual(slow, {
    ok: false,
    cause: 'timeout',
    reason: 'timed out after 1 ms',
    at: { file: path.join(FLANNEL, 'Chart.yaml'), at: [] },
    tool: 'helm',
  });
  const big = await renderChart(FLANNEL, { env: tools().env, maxOutputBytes: 100 });
  assert.ok(!big.ok);
  assert.deepEqual([big.cause, big.reason], ['output-limit', 'output too large: more than 100 bytes on stdout']);
});

test('the same bytes twice; the temporary directory is removed', { skip: unless('helm') }, async () => {
  const tempDir = mkdtempSync(path.join(work, 'tmp-'));
  const options = { env: tools().env, values: { podCidr: '10.9.0.0/16' }, tempDir };
  const first = await renderChart(FLANNEL, options);
  const second = await renderChart(FLANNEL, options);
  assert.equal(JSON.stringify(second), JSON.stringify(first));
  assert.deepEqual(readdirSync(tempDir), []);
});

test('a subchart vendored as an archive, and CRDs: mapped to the archive and to crds/', {
  skip: unless('helm'),
}, async () => {
  const { env, helm } = tools();
  const dir = path.join(work, 'packaged');
  cpSync(FLANNEL, dir, { recursive: true });
  mkdirSync(path.join(dir, 'crds'));
  writeFileSync(
    path.join(dir, 'crds', 'gateways.yaml'),
    'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\n' +
      'metadata:\n  name: gateways.raven.openyurt.io\n',
  );
  const home = mkdtempSync(path.join(work, 'home-'));
  const packaged = await runTool(
    helm!,
    ['package', path.join(dir, 'charts', 'metrics'), '-d', path.join(dir, 'charts')],
    {
      env: toolEnv(env, home),
      cwd: home,
    },
  );
  assert.ok(packaged.ok, packaged.reason);
  rmSync(path.join(dir, 'charts', 'metrics'), { recursive: true });
  const result = await renderChart(dir, { env });
  assert.ok(result.ok, result.ok ? '' : result.reason);
  assert.deepEqual(
    result.objects.map((o) => [o.data.kind, o.source, path.relative(dir, o.template), o.inArchive]),
    [
      ['CustomResourceDefinition', 'flannel/crds/gateways.yaml', 'crds/gateways.yaml', undefined],
      ['ServiceAccount', 'flannel/templates/daemonset.yaml', 'templates/daemonset.yaml', undefined],
      ['ConfigMap', 'flannel/templates/config.yaml', 'templates/config.yaml', undefined],
      [
        'Service',
        'flannel/charts/flannel-metrics/templates/service.yaml',
        'charts/metrics-0.1.0.tgz',
        'metrics/templates/service.yaml',
      ],
      ['DaemonSet', 'flannel/templates/daemonset.yaml', 'templates/daemonset.yaml', undefined],
    ],
  );
  const withoutCrds = await renderChart(dir, { env, includeCrds: false });
  assert.ok(withoutCrds.ok);
  assert.equal(withoutCrds.objects.length, 4);
});

test('helm output split by document, each with its # Source', () => {
  const text =
    '---\n# Source: a/templates/x.yaml\napiVersion: v1\nkind: A\n---\n' +
    '# Source: a/charts/b/templates/y.yaml\nkind: B\n---\n\nkind: C\n';
  assert.deepEqual(splitManifests(text), [
    { source: 'a/templates/x.yaml', text: '\n# Source: a/templates/x.yaml\napiVersion: v1\nkind: A\n' },
    { source: 'a/charts/b/templates/y.yaml', text: '\n# Source: a/charts/b/templates/y.yaml\nkind: B\n' },
    { text: '\n\nkind: C\n' },
  ]);
});

test('--set values: commas escaped unless already escaped or a {list}', () => {
  assert.equal(escapeSetValue('10.0.0.0/8,192.168.0.0/16'), '10.0.0.0/8\\,192.168.0.0/16');
  assert.equal(escapeSetValue('a\\,b,,c'), 'a\\,b\\,\\,c');
  assert.equal(escapeSetValue('{a,b}'), '{a,b}');
  assert.equal(escapeSetValue('plain'), 'plain');
});
