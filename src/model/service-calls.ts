/**
 * Who calls which Service. A name counts when it is one of the DNS forms of a Service that is in
 * the repository: `<svc>.<ns>.svc.cluster.local`, `<svc>.<ns>.svc` or `<svc>.<ns>`, found in a
 * container's env values or in the entries of a ConfigMap the workload reads; or the Service's
 * short name, which resolves in the caller's own namespace (the pod's DNS search list starts with
 * `<ns>.svc.cluster.local`: https://kubernetes.io/docs/concepts/services-networking/dns-pod-service/),
 * when the whole value is that name, `name:port` or a URL whose host it is: a bare word inside
 * a longer value is too often something else. Ingress backends are
 * called by the ingress controller: a workload in the repository running an ingress controller
 * image, else the cloud (ACK runs it there unless it is pinned elsewhere).
 */
import type { SourceRef } from '../core/finding.js';
import type { ModelDraft } from './draft.js';
import type { ServiceCallFact, ServiceFact, ServiceTarget, WorkloadFact } from './types.js';

const HOSTNAME = /[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)+/g;
/**
 * A whole value that is a short name (`api`, `api:8080`) or a URL whose host is one
 * (`http://api:8080/v1`). Each is matched without indices, and again with them (the `d` flag
 * costs an allocation a match) only where the name is a Service's.
 */
const SHORT_NAMES = [
  /^\s*([a-z0-9](?:[-a-z0-9]*[a-z0-9])?)(?::\d{1,5})?\s*$/i,
  /^\s*[a-z][a-z0-9+.-]*:\/\/(?:[^@/\s]*@)?([a-z0-9](?:[-a-z0-9]*[a-z0-9])?)(?::\d{1,5})?(?:[/?#]\S*)?\s*$/i,
].map((pattern) => [pattern, new RegExp(pattern.source, 'di')] as const);
const INGRESS_CONTROLLER = /ingress/i;
export const CLOUD_DOMAIN = 'vpc';

/** `<svc>.<ns>` of a Service's DNS name (`<svc>.<ns>.svc.cluster.local`, `<svc>.<ns>.svc`). */
function serviceKey(host: string): string {
  if (host.endsWith('.svc.cluster.local')) return host.slice(0, -'.svc.cluster.local'.length);
  return host.endsWith('.svc') ? host.slice(0, -'.svc'.length) : host;
}

export function targetsByName(services: ServiceFact[]): Map<string, ServiceTarget[]> {
  const byName = new Map<string, ServiceTarget[]>();
  for (const s of services) {
    const key = `${s.name}.${s.namespace}`;
    const target = {
      name: s.name,
      namespace: s.namespace,
      ref: s.ref,
      pools: s.pools,
      domains: s.domains,
      topologyAware: s.topologyAware,
    };
    const list = byName.get(key);
    if (list) list.push(target);
    else byName.set(key, [target]);
  }
  return byName;
}

export function findServiceCalls(
  draft: ModelDraft,
  workloads: WorkloadFact[],
  byName: Map<string, ServiceTarget[]>,
): ServiceCallFact[] {
  const mentions = (text: string, namespace: string): { targets: ServiceTarget[]; span: [number, number] }[] => {
    const out: { targets: ServiceTarget[]; span: [number, number] }[] = [];
    // A DNS name has a dot: most values (levels, flags, numbers) have none and skip the search.
    if (text.includes('.')) {
      for (const m of text.toLowerCase().matchAll(HOSTNAME)) {
        const targets = byName.get(serviceKey(m[0]));
        if (targets) out.push({ targets, span: [m.index!, m.index! + m[0].length] });
      }
    }
    for (const [pattern, withIndices] of SHORT_NAMES) {
      const m = pattern.exec(text);
      const targets = m ? byName.get(`${m[1]!.toLowerCase()}.${namespace}`) : undefined;
      if (targets) out.push({ targets, span: withIndices.exec(text)!.indices![1]! });
    }
    return out;
  };
  const at = (ref: SourceRef, span: [number, number], whole: string): SourceRef =>
    span[0] === 0 && span[1] === whole.length ? ref : { ...ref, span };
  const calls: ServiceCallFact[] = [];
  const configMaps = new Map(draft.configMaps.map((m) => [`${m.name}.${m.namespace}`, m]));
  // Object literals, not spreads of helpers: a large repository makes tens of thousands of calls.
  const push = (w: WorkloadFact, client: string, text: string, ref: SourceRef, via: ServiceCallFact['via']) => {
    for (const { targets, span } of mentions(text, w.namespace)) {
      calls.push({
        client,
        clientRef: w.ref,
        clientDomains: w.domains,
        resource: w.resource,
        service: targets[0]!.name,
        namespace: targets[0]!.namespace,
        targets,
        ref: at(ref, span, text),
        via,
      });
    }
  };

  for (const w of workloads) {
    const client = `${w.kind} ${w.namespace}/${w.name}`;
    for (const c of w.containers) for (const e of c.env) push(w, client, e.value, e.ref, 'env');
    for (const name of w.configMaps) {
      const cm = configMaps.get(`${name}.${w.namespace}`);
      if (cm) for (const entry of cm.entries) push(w, client, entry.value, entry.ref, 'configmap');
    }
  }

  const controllers = workloads.filter((w) => w.containers.some((c) => c.image && INGRESS_CONTROLLER.test(c.image)));
  const controllerDomains = controllers.length
    ? [...new Set(controllers.flatMap((w) => w.domains))].sort()
    : [CLOUD_DOMAIN];
  for (const b of draft.ingressBackends) {
    const targets = byName.get(`${b.service}.${b.namespace}`);
    if (!targets) continue;
    calls.push({
      client: `The ingress controller (for Ingress ${b.namespace}/${b.ingress})`,
      clientRef: controllers[0]?.ref ?? b.ref,
      clientDomains: controllerDomains,
      service: targets[0]!.name,
      namespace: targets[0]!.namespace,
      targets,
      ref: b.ref,
      via: 'ingress',
      resource: b.resource,
    });
  }
  return calls;
}
