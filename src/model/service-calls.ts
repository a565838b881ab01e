/**
 * Who calls which Service. A name counts when it is one of the DNS forms of a Service that is in
 * the repository: `<svc>.<ns>.svc.cluster.local`, `<svc>.<ns>.svc` or `<svc>.<ns>`, found in a
 * container's env values or in the entries of a ConfigMap the workload reads. Ingress backends are
 * called by the ingress controller: a workload in the repository running an ingress controller
 * image, else the cloud (ACK runs it there unless it is pinned elsewhere).
 */
import type { SourceRef } from '../core/finding.js';
import type { ModelDraft } from './draft.js';
import type { ServiceCallFact, ServiceFact, WorkloadFact } from './types.js';

const HOSTNAME = /[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)+/g;
const INGRESS_CONTROLLER = /ingress/i;
export const CLOUD_DOMAIN = 'vpc';

export function findServiceCalls(draft: ModelDraft, workloads: WorkloadFact[], services: ServiceFact[]): ServiceCallFact[] {
  const byName = new Map(services.map((s) => [`${s.name}.${s.namespace}`, s]));
  const mentions = (text: string): { service: ServiceFact; span: [number, number] }[] => {
    const out: { service: ServiceFact; span: [number, number] }[] = [];
    for (const m of text.toLowerCase().matchAll(HOSTNAME)) {
      const host = m[0].replace(/\.svc\.cluster\.local$|\.svc$/, '');
      const service = byName.get(host);
      if (service) out.push({ service, span: [m.index!, m.index! + m[0].length] });
    }
    return out;
  };
  const at = (ref: SourceRef, span: [number, number], whole: string): SourceRef => (span[0] === 0 && span[1] === whole.length ? ref : { ...ref, span });
  const calls: ServiceCallFact[] = [];
  const client = (w: WorkloadFact) => ({ client: `${w.kind} ${w.namespace}/${w.name}`, clientRef: w.ref, clientDomains: w.domains, resource: w.resource });

  for (const w of workloads) {
    for (const c of w.containers) {
      for (const e of c.env) {
        for (const { service, span } of mentions(e.value)) {
          calls.push({ ...client(w), service: service.name, namespace: service.namespace, ref: at(e.ref, span, e.value), via: 'env' });
        }
      }
    }
    for (const cm of draft.configMaps.filter((m) => m.namespace === w.namespace && w.configMaps.includes(m.name))) {
      for (const entry of cm.entries) {
        for (const { service, span } of mentions(entry.value)) {
          calls.push({ ...client(w), service: service.name, namespace: service.namespace, ref: at(entry.ref, span, entry.value), via: 'configmap' });
        }
      }
    }
  }

  const controllers = workloads.filter((w) => w.containers.some((c) => c.image && INGRESS_CONTROLLER.test(c.image)));
  const controllerDomains = controllers.length ? [...new Set(controllers.flatMap((w) => w.domains))].sort() : [CLOUD_DOMAIN];
  for (const b of draft.ingressBackends) {
    const service = byName.get(`${b.service}.${b.namespace}`);
    if (!service) continue;
    calls.push({
      client: `The ingress controller (for Ingress ${b.namespace}/${b.ingress})`,
      clientRef: controllers[0]?.ref ?? b.ref,
      clientDomains: controllerDomains,
      service: service.name,
      namespace: service.namespace,
      ref: b.ref,
      via: 'ingress',
      resource: b.resource,
    });
  }
  return calls;
}
