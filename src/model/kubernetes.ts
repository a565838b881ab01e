/**
 * Kubernetes objects: Nodes, NodePools, the flannel and Raven ConfigMaps, Raven Gateways,
 * workloads, Services, and the objects that make the API server call a Service.
 */
import type { PathSegment } from '../core/finding.js';
import {
  get,
  getArray,
  getRecord,
  isRecord,
  k8sResource,
  refTo,
  scalarString,
  stringMap,
  type DocContext,
} from './document.js';
import type { ModelDraft, RavenSwitch } from './draft.js';
import { FLANNEL_CONFIGMAP, NET_CONF_KEY, readFlannelConfigMap } from './flannel.js';
import { validateCrdObject } from './crd-schemas.js';
import { readGitopsObject } from './gitops.js';
import { readWorkloadObject } from './workloads.js';
import type { LabelFact, NodeFact, NodeRole } from './types.js';

export const LABEL = {
  edgeWorker: ['alibabacloud.com/is-edge-worker', 'openyurt.io/is-edge-worker'],
  pool: ['apps.openyurt.io/nodepool', 'apps.openyurt.io/desired-nodepool', 'alibabacloud.com/nodepool-id'],
  cloudGateway: 'node-role.alibabacloud.com/cloud-gateway',
  interconnectionMode: 'alibabacloud.com/interconnection-mode',
} as const;

export function isKubernetesObject(data: Record<string, unknown>): boolean {
  return typeof data.apiVersion === 'string' && typeof data.kind === 'string';
}

export function readKubernetesObject(ctx: DocContext, draft: ModelDraft): void {
  const data = ctx.data;
  const kind = data.kind as string;
  const apiVersion = data.apiVersion as string;
  const group = apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '';
  if (kind === 'List') {
    // kubectl's List wraps objects; read each item as if it stood alone, with paths kept exact.
    getArray(data, 'items').forEach((item, i) => {
      if (isRecord(item) && isKubernetesObject(item)) readKubernetesObject(nested(ctx, item, ['items', i]), draft);
    });
    return;
  }
  checkStringMaps(ctx, draft);
  if (kind === 'Node' && group === '') readNode(ctx, draft);
  else if (kind === 'NodePool' && group === 'apps.openyurt.io') readNodePool(ctx, draft);
  else if (kind === 'ConfigMap' && group === '') readConfigMap(ctx, draft);
  else if (kind === 'Gateway' && group === 'raven.openyurt.io') readGateway(ctx, draft);
  else if (kind === 'Service' && group === '') readService(ctx, draft);
  else if (kind === 'APIService') readApiService(ctx, draft);
  else if (kind === 'ValidatingWebhookConfiguration' || kind === 'MutatingWebhookConfiguration')
    readWebhooks(ctx, draft);
  else if (
    (kind === 'Ingress' && group.startsWith('networking.k8s.io')) ||
    (kind === 'Ingress' && group === 'extensions')
  )
    readIngress(ctx, draft);
  else if (!readGitopsObject(ctx, draft, group, kind)) readWorkloadObject(ctx, draft, group);
}

/**
 * Label and annotation values must be strings. YAML 1.1, which Kubernetes decodes with, reads
 * `on`, `yes`, `1.0` unquoted as a boolean or a number, and the API server refuses the object.
 */
function checkStringMaps(ctx: DocContext, draft: ModelDraft): void {
  const resource = k8sResource(ctx.data);
  for (const field of ['labels', 'annotations'] as const) {
    const map = getRecord(ctx.data, 'metadata', field);
    for (const [key, value] of Object.entries(map ?? {})) {
      if (typeof value === 'string') continue;
      const read = value === null ? 'null' : `the ${typeof value} ${String(value)}`;
      draft.invalid(
        at(ctx, ['metadata', field, key]),
        `${resource.kind} ${resource.name}: the value of ${field === 'labels' ? 'label' : 'annotation'} ` +
          `${key} is read as ${read} (YAML 1.1, as Kubernetes reads it), not a string: quote it.`,
        resource,
      );
    }
  }
}

/** A context whose refs still point into the enclosing document. */
function nested(ctx: DocContext, data: Record<string, unknown>, path: PathSegment[]): DocContext {
  return { ...ctx, data, prefix: [...(ctx.prefix ?? []), ...path] };
}

function at(ctx: DocContext, path: PathSegment[], key = false) {
  return refTo(ctx, path, key ? { key: true } : {});
}

function readNode(ctx: DocContext, draft: ModelDraft): void {
  const resource = k8sResource(ctx.data);
  const labels: LabelFact[] = Object.entries(stringMap(get(ctx.data, 'metadata', 'labels'))).map(([key, value]) => ({
    key,
    value,
    ref: at(ctx, ['metadata', 'labels', key], true),
  }));
  const find = (keys: readonly string[]) => keys.map((k) => labels.find((l) => l.key === k)).find(Boolean) ?? null;
  const roleLabel = find(LABEL.edgeWorker);
  const role: NodeRole = roleLabel?.value === 'true' ? 'edge' : roleLabel?.value === 'false' ? 'cloud' : 'unknown';
  const podCidrs = [] as NodeFact['podCidrs'];
  const podCIDRs = getArray(ctx.data, 'spec', 'podCIDRs');
  if (podCIDRs.length > 0) {
    podCIDRs.forEach((c, i) => {
      if (typeof c === 'string')
        podCidrs.push({
          cidr: c,
          ref: at(ctx, ['spec', 'podCIDRs', i]),
          origin: `Node ${resource.name} spec.podCIDRs`,
          declaredBy: 'node',
          resource,
        });
    });
  } else {
    const single = get(ctx.data, 'spec', 'podCIDR');
    if (typeof single === 'string')
      podCidrs.push({
        cidr: single,
        ref: at(ctx, ['spec', 'podCIDR']),
        origin: `Node ${resource.name} spec.podCIDR`,
        declaredBy: 'node',
        resource,
      });
  }
  draft.nodes.push({
    name: resource.name ?? '',
    ref: at(ctx, ['metadata', 'name']),
    resource,
    labels,
    role,
    roleLabel,
    pool: find(LABEL.pool)?.value ?? null,
    podCidrs,
  });
}

function readNodePool(ctx: DocContext, draft: ModelDraft): void {
  const resource = k8sResource(ctx.data);
  const annotations = stringMap(get(ctx.data, 'metadata', 'annotations'));
  const type = scalarString(get(ctx.data, 'spec', 'type')) ?? null;
  validateCrdObject(ctx, draft, resource);
  draft.nodePools.push({
    objectLabels: stringMap(get(ctx.data, 'metadata', 'labels')),
    name: resource.name ?? '',
    type,
    interconnectionMode: annotations[LABEL.interconnectionMode] ?? null,
    labels: Object.entries(stringMap(get(ctx.data, 'spec', 'labels'))).map(([key, value]) => ({
      key,
      value,
      ref: at(ctx, ['spec', 'labels', key], true),
    })),
    ref:
      annotations[LABEL.interconnectionMode] !== undefined
        ? at(ctx, ['metadata', 'annotations', LABEL.interconnectionMode])
        : at(ctx, ['metadata', 'name']),
    resource,
  });
}

function readConfigMap(ctx: DocContext, draft: ModelDraft): void {
  const resource = k8sResource(ctx.data);
  const data = getRecord(ctx.data, 'data') ?? {};
  // yurt-manager reads these as true only when the value lower-cases to "true" (domain.md 3.2).
  const flag = (name: string, key: RavenSwitch['key']) => {
    const v = scalarString(data[name]);
    if (v !== undefined)
      draft.ravenSwitches.push({ key, value: v.toLowerCase() === 'true', ref: at(ctx, ['data', name]) });
  };
  draft.configMaps.push({
    ref: at(ctx, ['metadata', 'name']),
    name: resource.name ?? '',
    namespace: resource.namespace ?? 'default',
    entries: Object.entries(data).flatMap(([key, value]) =>
      typeof value === 'string' ? [{ key, value, ref: at(ctx, ['data', key]) }] : [],
    ),
  });
  // flannel's ConfigMap by its name, or by its net-conf.json key once a kustomization renamed it
  // (namePrefix: kustomize renames the DaemonSet's reference to it too).
  if (resource.name === FLANNEL_CONFIGMAP || NET_CONF_KEY in data) readFlannelConfigMap(ctx, resource, draft);
  else if (resource.name === 'raven-cfg') {
    flag('enable-l3-tunnel', 'enableL3Tunnel');
    flag('enable-l7-proxy', 'enableL7Proxy');
  } else if (resource.name === 'raven-agent-config') {
    flag('forward-node-ip', 'forwardNodeIp');
  }
}

function readGateway(ctx: DocContext, draft: ModelDraft): void {
  const resource = k8sResource(ctx.data);
  validateCrdObject(ctx, draft, resource);
  const port = (key: string) => {
    const v = scalarString(get(ctx.data, 'spec', 'proxyConfig', key));
    return v === undefined ? null : { value: v, ref: at(ctx, ['spec', 'proxyConfig', key]) };
  };
  draft.gateways.push({
    name: resource.name ?? '',
    ref: at(ctx, ['metadata', 'name']),
    resource,
    proxyHTTPPort: port('proxyHTTPPort'),
    proxyHTTPSPort: port('proxyHTTPSPort'),
  });
}

function readService(ctx: DocContext, draft: ModelDraft): void {
  const resource = k8sResource(ctx.data);
  const selector = getRecord(ctx.data, 'spec', 'selector');
  const annotations = stringMap(get(ctx.data, 'metadata', 'annotations'));
  // Service topology keeps traffic in the caller's pool (OpenYurt topologyKeys, Kubernetes PreferClose or Local).
  const topologyAware =
    annotations['openyurt.io/topologyKeys'] !== undefined ||
    scalarString(get(ctx.data, 'spec', 'trafficDistribution')) === 'PreferClose' ||
    scalarString(get(ctx.data, 'spec', 'internalTrafficPolicy')) === 'Local';
  draft.services.push({
    name: resource.name ?? '',
    namespace: resource.namespace ?? 'default',
    ref: at(ctx, ['metadata', 'name']),
    resource,
    selector: selector ? stringMap(selector) : null,
    topologyAware,
  });
}

function readApiService(ctx: DocContext, draft: ModelDraft): void {
  const resource = k8sResource(ctx.data);
  const service = getRecord(ctx.data, 'spec', 'service');
  const name = scalarString(service?.name);
  if (!name) return;
  draft.apiServerCalls.push({
    kind: resource.kind,
    name: resource.name ?? '',
    service: name,
    namespace: scalarString(service?.namespace) ?? 'default',
    ref: at(ctx, ['spec', 'service', 'name']),
    resource,
  });
}

function readWebhooks(ctx: DocContext, draft: ModelDraft): void {
  const resource = k8sResource(ctx.data);
  getArray(ctx.data, 'webhooks').forEach((hook, i) => {
    const service = getRecord(hook, 'clientConfig', 'service');
    const name = scalarString(service?.name);
    if (!name) return;
    draft.apiServerCalls.push({
      kind: resource.kind,
      name: `${resource.name}/${scalarString(get(hook, 'name')) ?? i}`,
      service: name,
      namespace: scalarString(service?.namespace) ?? 'default',
      ref: at(ctx, ['webhooks', i, 'clientConfig', 'service', 'name']),
      resource,
    });
  });
}

function readIngress(ctx: DocContext, draft: ModelDraft): void {
  const resource = k8sResource(ctx.data);
  const namespace = resource.namespace ?? 'default';
  const backend = (b: unknown, path: PathSegment[]) => {
    // networking.k8s.io/v1: backend.service.name; v1beta1 and extensions: backend.serviceName.
    const v1 = scalarString(get(b, 'service', 'name'));
    const old = scalarString(get(b, 'serviceName'));
    if (v1)
      draft.ingressBackends.push({
        ingress: resource.name ?? '',
        service: v1,
        namespace,
        ref: at(ctx, [...path, 'service', 'name']),
        resource,
      });
    else if (old)
      draft.ingressBackends.push({
        ingress: resource.name ?? '',
        service: old,
        namespace,
        ref: at(ctx, [...path, 'serviceName']),
        resource,
      });
  };
  backend(get(ctx.data, 'spec', 'defaultBackend'), ['spec', 'defaultBackend']);
  backend(get(ctx.data, 'spec', 'backend'), ['spec', 'backend']);
  getArray(ctx.data, 'spec', 'rules').forEach((rule, i) => {
    getArray(rule, 'http', 'paths').forEach((p, j) => {
      backend(get(p, 'backend'), ['spec', 'rules', i, 'http', 'paths', j, 'backend']);
    });
  });
}
