/**
 * One cluster's facts out of the repository's: every fact keeps the file (and document) it came
 * from and, in a template, its resource, so a cluster's draft is the repository's draft filtered
 * by its scope units. Fact objects are shared, never copied or changed.
 */
import type { FileRef, SourceRef } from '../core/finding.js';
import { ModelDraft } from '../model/draft.js';
import { fluxCopyName, type ScopeUnit } from './fleet.js';

type Keep = (ref: SourceRef | FileRef, resource?: string | null) => boolean;

/**
 * A predicate over facts: whole files, parts of templates, and the rendered files of builds
 * (`rendered` gives a build's rendered file names), each as a Flux Kustomization changed it when one does.
 */
export function unitPredicate(units: readonly ScopeUnit[], rendered: (build: string) => readonly string[]): Keep {
  const files = new Map<string, 'whole' | Map<number, Set<string>>>();
  const whole = (file: string) => files.set(file, 'whole');
  for (const u of units) {
    if (u.kind === 'file') whole(u.flux ? fluxCopyName(u.file, u.flux) : u.file);
    else if (u.kind === 'build') for (const f of rendered(u.build)) whole(u.flux ? fluxCopyName(f, u.flux) : f);
    else {
      const known = files.get(u.file);
      if (known === 'whole') continue;
      const docs = known ?? new Map<number, Set<string>>();
      const set = docs.get(u.doc) ?? new Set<string>();
      for (const r of u.resources) set.add(r);
      docs.set(u.doc, set);
      files.set(u.file, docs);
    }
  }
  return (ref, resource) => {
    const scope = files.get(ref.file);
    if (scope === undefined) return false;
    if (scope === 'whole') return true;
    if ('line' in ref || !resource) return false;
    return scope.get(ref.doc)?.has(resource) ?? false;
  };
}

/** The logical id of the template resource a ref points into (`Resources.<id>...`). */
function templateResource(ref: SourceRef): string | null {
  return ref.path[0] === 'Resources' && typeof ref.path[1] === 'string' ? ref.path[1] : null;
}

export function selectDraft(draft: ModelDraft, keep: Keep): ModelDraft {
  const out = new ModelDraft();
  const copy = <T>(from: readonly T[], to: T[], test: (item: T) => boolean) => {
    for (const item of from) if (test(item)) to.push(item);
  };
  for (const kind of ['pod', 'service', 'vpc', 'vswitch'] as const) {
    copy(draft.cidrs[kind], out.cidrs[kind], (f) => keep(f.ref, f.resource.name));
  }
  copy(draft.masks, out.masks, (f) => keep(f.ref, f.resource.name));
  copy(draft.ackClusters, out.ackClusters, (f) => keep(f.ref, f.resource.name));
  copy(draft.unknowns, out.unknowns, (f) => keep(f.ref, f.resource.name));
  copy(draft.nodes, out.nodes, (f) => keep(f.ref));
  copy(draft.nodePools, out.nodePools, (f) => keep(f.ref));
  copy(draft.flannel, out.flannel, (f) => keep(f.ref));
  copy(draft.gateways, out.gateways, (f) => keep(f.ref));
  copy(draft.ravenSwitches, out.ravenSwitches, (f) => keep(f.ref));
  copy(draft.securityGroups, out.securityGroups, (f) => keep(f.ref, f.resource.name));
  copy(draft.networkAcls, out.networkAcls, (f) => keep(f.ref, f.resource.name));
  copy(draft.looseAclEntries, out.looseAclEntries, (f) => keep(f.entry.ref, f.resource.name));
  copy(draft.looseRules, out.looseRules, (f) => keep(f.rule.ref, templateResource(f.rule.ref)));
  copy(draft.workloads, out.workloads, (f) => keep(f.ref));
  copy(draft.services, out.services, (f) => keep(f.ref));
  copy(draft.apiServerCalls, out.apiServerCalls, (f) => keep(f.ref));
  copy(draft.configMaps, out.configMaps, (f) => keep(f.ref));
  copy(draft.ingressBackends, out.ingressBackends, (f) => keep(f.ref));
  copy(draft.controllerVersions, out.controllerVersions, (f) => keep(f.ref));
  return out;
}
