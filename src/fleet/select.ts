/**
 * One cluster's facts out of the repository's: every fact keeps the file (and document) it came
 * from and, in a template, its resource, so a cluster's draft is the repository's draft filtered
 * by its scope units. Fact objects are shared, never copied or changed.
 */
import type { FileRef, SourceRef } from '../core/finding.js';
import { ModelDraft } from '../model/draft.js';
import { fluxCopyName, type ScopeUnit } from './fleet.js';

/** Which facts a cluster keeps; `files` names every file a fact it keeps can come from. */
export interface Keep {
  (ref: SourceRef | FileRef, resource?: string | null): boolean;
  readonly files: ReadonlySet<string>;
}

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
  const keep = (ref: SourceRef | FileRef, resource?: string | null) => {
    const scope = files.get(ref.file);
    if (scope === undefined) return false;
    if (scope === 'whole') return true;
    if ('line' in ref || !resource) return false;
    return scope.get(ref.doc)?.has(resource) ?? false;
  };
  return Object.assign(keep, { files: new Set(files.keys()) });
}

/** The logical id of the template resource a ref points into (`Resources.<id>...`). */
function templateResource(ref: SourceRef): string | null {
  return ref.path[0] === 'Resources' && typeof ref.path[1] === 'string' ? ref.path[1] : null;
}

/** How to select one list of the draft: where its facts are, and the place and resource of one. */
interface List<T> {
  of(draft: ModelDraft): T[];
  ref(item: T): SourceRef | FileRef;
  resource?(item: T): string | null;
}
const list = <T>(l: List<T>) => l as List<unknown>;
/** Facts in templates: kept by their resource where the scope takes only part of a template. */
const named = <T extends { ref: SourceRef; resource: { name: string | null } }>(of: (draft: ModelDraft) => T[]) =>
  list<T>({ of, ref: (f) => f.ref, resource: (f) => f.resource.name });
/** Facts of Kubernetes objects: kept by their file. */
const placed = <T extends { ref: SourceRef | FileRef }>(of: (draft: ModelDraft) => T[]) =>
  list<T>({ of, ref: (f) => f.ref });

const LISTS: readonly List<unknown>[] = [
  ...(['pod', 'service', 'vpc', 'vswitch'] as const).map((kind) => named((d) => d.cidrs[kind])),
  named((d) => d.masks),
  named((d) => d.ackClusters),
  named((d) => d.unknowns),
  placed((d) => d.nodes),
  placed((d) => d.nodePools),
  placed((d) => d.flannel),
  placed((d) => d.gateways),
  placed((d) => d.ravenSwitches),
  named((d) => d.securityGroups),
  named((d) => d.networkAcls),
  list({ of: (d) => d.looseAclEntries, ref: (f) => f.entry.ref, resource: (f) => f.resource.name }),
  list({ of: (d) => d.looseRules, ref: (f) => f.rule.ref, resource: (f) => templateResource(f.rule.ref) }),
  placed((d) => d.workloads),
  placed((d) => d.services),
  placed((d) => d.apiServerCalls),
  placed((d) => d.configMaps),
  placed((d) => d.ingressBackends),
  placed((d) => d.controllerVersions),
];

/**
 * Clusters' drafts out of the repository's. The facts are indexed by file, so selecting a cluster
 * costs what the cluster holds, not what the repository does (a fleet of thousands of clusters is
 * linear). Facts added to the repository's draft later (Flux copies) are indexed when next asked.
 */
export class DraftSelector {
  /** Per list, the positions of its facts by file, in the order they were read. */
  private readonly byFile = LISTS.map(() => new Map<string, number[]>());
  private readonly indexed = LISTS.map(() => 0);

  constructor(private readonly draft: ModelDraft) {}

  /** The facts `keep` keeps, each list in the repository draft's order. */
  select(keep: Keep): ModelDraft {
    const out = new ModelDraft();
    LISTS.forEach((l, i) => {
      const from = l.of(this.draft);
      const byFile = this.byFile[i]!;
      for (let at = this.indexed[i]!; at < from.length; at++) {
        const file = l.ref(from[at]).file;
        const positions = byFile.get(file);
        if (positions) positions.push(at);
        else byFile.set(file, [at]);
      }
      this.indexed[i] = from.length;
      const positions: number[] = [];
      for (const file of keep.files) for (const at of byFile.get(file) ?? []) positions.push(at);
      positions.sort((a, b) => a - b);
      const to = l.of(out);
      for (const at of positions) {
        const item = from[at];
        if (keep(l.ref(item), l.resource?.(item))) to.push(item);
      }
    });
    return out;
  }
}
