/** The Rego topology rules through the compiled wasm: controller-too-old, business-traffic, cross-domain-unreachable. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintJson, ruleFixture, type JsonFinding } from '../helpers.js';

const at = (f: JsonFinding) => [f.file.split('/').pop(), f.line, f.column, f.endColumn];
const rel = (f: JsonFinding) => f.related.map((r) => [r.file.split('/').pop(), r.line, r.column, r.message]);

async function run(ruleId: string, kind: string) {
  return lintJson([ruleFixture(ruleId, kind)]);
}

test('gateway/controller-too-old: at the image tag, the label in related; a legacy tag counts as 1.x', async () => {
  const { findings } = await run('gateway/controller-too-old', 'fail');
  assert.deepEqual(
    findings.map((f) => f.ruleId),
    ['gateway/controller-too-old'],
  );
  assert.deepEqual(at(findings[0]!), ['edge-controller-manager.yaml', 15, 80, 101]);
  assert.match(
    findings[0]!.message,
    /^edge-controller-manager v1\.22\.15-aliyunedge\.1 \(image .*\) is older than 2\.1, which the cloud-gateway label needs\.$/,
  );
  assert.deepEqual(rel(findings[0]!), [['nodes.yaml', 7, 5, 'the cloud-gateway label is used here']]);
  assert.deepEqual((await run('gateway/controller-too-old', 'pass')).findings, []);
});

test('gateway/controller-too-old: the configured version is checked too', async () => {
  const { findings } = await lintJson([
    ruleFixture('gateway/controller-too-old', 'pass'),
    '--config',
    'test/data/ecm-2.0.yaml',
  ]);
  assert.deepEqual(
    findings.map((f) => [f.ruleId, f.file, f.line, f.column]),
    [['gateway/controller-too-old', 'test/data/ecm-2.0.yaml', 2, 33]],
  );
});

test('raven/business-traffic: a Service spanning domains with the tunnel on, forward-node-ip, a business port on the Gateway', async () => {
  const { findings } = await run('raven/business-traffic', 'fail');
  assert.deepEqual(findings.map(at), [
    ['app.yaml', 35, 9, 16],
    ['raven.yaml', 17, 20, 26],
    ['raven.yaml', 27, 20, 37],
  ]);
  assert.equal(
    findings[0]!.message,
    'Service shop/catalog has pods in edge pool hz, the cloud VPC; with enable-l3-tunnel "true" kube-proxy sends its business traffic between them through the Raven tunnel.',
  );
  assert.deepEqual(rel(findings[0]!), [['raven.yaml', 8, 21, 'the Raven L3 tunnel is switched on here']]);
  assert.match(findings[2]!.message, /^Gateway gw-cloud proxyHTTPPort lists 8080 beyond the O&M ports/);
  assert.deepEqual((await run('raven/business-traffic', 'pass')).findings, []);
});

test('reach/cross-domain-unreachable: env value, ConfigMap entry and Ingress backend, each at the name of the Service', async () => {
  const { findings } = await run('reach/cross-domain-unreachable', 'fail');
  assert.deepEqual(findings.map(at), [
    ['ingress.yaml', 15, 23, 26],
    ['shop.yaml', 48, 29, 55],
    ['shop.yaml', 56, 12, 20],
  ]);
  assert.equal(
    findings[1]!.message,
    'Deployment shop/web calls Service shop/api from edge pool sh, but its pods may run in edge pool hz: on the public network edge pool sh cannot reach pods in edge pool hz.',
  );
  assert.deepEqual(rel(findings[1]!), [
    ['shop.yaml', 22, 9, 'Service shop/api'],
    ['shop.yaml', 32, 9, 'the caller'],
  ]);
  assert.match(
    findings[0]!.message,
    /^The ingress controller \(for Ingress shop\/shop\) calls Service shop\/api from the cloud VPC/,
  );
  assert.deepEqual(rel(findings[0]!), [['shop.yaml', 22, 9, 'Service shop/api']]);
  assert.match(findings[2]!.message, /^CronJob shop\/reporter calls Service shop\/api from the cloud VPC/);
});

test("reach/cross-domain-unreachable: a caller pinned to the Service's own pool (a YurtAppSet) raises nothing", async () => {
  const { findings, code } = await run('reach/cross-domain-unreachable', 'pass');
  assert.deepEqual(findings, []);
  assert.equal(code, 0);
});

test('a Service declared twice (a kustomize base and its overlay) is judged, not a policy conflict', async () => {
  const service =
    'apiVersion: v1\nkind: Service\nmetadata: {name: api, namespace: shop}\nspec: {selector: {app: api}}\n';
  const pools = 'apiVersion: apps.openyurt.io/v1beta2\nkind: NodePool\nmetadata: {name: hz}\nspec: {type: Edge}\n';
  const api =
    'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: api, namespace: shop}\nspec:\n  template:\n    metadata: {labels: {app: api}}\n    spec:\n      nodeSelector: {apps.openyurt.io/nodepool: hz}\n      containers: [{name: a, image: x}]\n';
  const ingress =
    'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: i, namespace: shop}\nspec:\n  defaultBackend: {service: {name: api, port: {number: 80}}}\n';
  const { findings, code } = await lintJson(['-', '--stdin-filename', 'all.yaml'], {
    stdin: [service, service, pools, api, ingress].join('---\n'),
  });
  assert.equal(code, 1);
  assert.deepEqual(
    findings.map((f) => [f.ruleId, f.line, f.column]),
    [['reach/cross-domain-unreachable', 30, 36]],
  );
  // One finding at the backend, naming both declarations of the Service.
  assert.deepEqual(
    findings[0]!.related.map((r) => [r.line, r.message]),
    [
      [3, 'Service shop/api'],
      [8, 'Service shop/api'],
    ],
  );
});
