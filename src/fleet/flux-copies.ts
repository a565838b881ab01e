/**
 * What a cluster receives from a Flux Kustomization that changes the objects it applies: each
 * file (or rendered build) it applies, copied with its post-build variables substituted, its
 * `targetNamespace` set and its `commonMetadata` labels and annotations added (kustomize-controller
 * sets them when it applies, after substitution), read as a file of its own. A value a variable
 * gave is placed where the variable is set (the `substitute` entry, the ConfigMap key), a
 * commonMetadata value at its entry, the rest where it is written.
 * Values are substituted in strings, keys kept: a variable standing for a number stays a string
 * (Flux substitutes text, so an unquoted one becomes a number there).
 */
import type { PathSegment, SourceRef } from '../core/finding.js';
import { type Lookup, substituteObject, substitutionDisabled, wholeVariable } from '../compose/flux-substitute.js';
import type { Relocate, RenderedRef } from '../compose/trace.js';
import { get, isRecord } from '../model/document.js';
import type { ConfigMapDraft } from '../model/draft.js';
import type { FluxBuildHint, PlacedEntry } from '../model/installer-hints.js';
import type { FluxApply } from './fleet.js';

export interface FluxCopy {
  /** The objects as the cluster receives them, by index. */
  objects: unknown[];
  relocate: Relocate;
}

/** The copy of `objects` (a file's documents or a build's objects) that `flux` applies. */
export function fluxCopy(
  objects: readonly unknown[],
  flux: FluxApply,
  configMaps: readonly ConfigMapDraft[],
  /** Where a value of the original objects is written. */
  written: Relocate,
): FluxCopy {
  const k = flux.kustomization;
  const variables = variablesOf(flux, configMaps);
  const substitutes = k.substitute.length > 0 || k.substituteFrom.length > 0;
  const common = k.build.commonMetadata;
  const copied = objects.map((object) => {
    let out = substitutes && !substitutionDisabled(object) ? substituteObject(object, variables.lookup) : object;
    if (k.targetNamespace !== null && isRecord(out) && namespaced(out)) {
      const metadata = isRecord(out.metadata) ? out.metadata : {};
      out = { ...out, metadata: { ...metadata, namespace: k.targetNamespace } };
    }
    if ((common.labels.length || common.annotations.length) && isRecord(out)) out = withCommonMetadata(out, common);
    return out;
  });
  const relocate: Relocate = (ref) => {
    const entry = commonEntry(common, ref);
    if (entry) return entry.ref;
    const original = originalText(objects[ref.doc], ref);
    const name = substitutes && original !== undefined ? wholeVariable(original) : null;
    return (name && variables.places.get(name)) || written(ref);
  };
  return { objects: copied, relocate };
}

/**
 * The variables a Kustomization sets: `substitute` over `substituteFrom` (later sources over
 * earlier), ConfigMaps read from the cluster's files. A Secret, or a ConfigMap the repository
 * does not hold, may set any variable: then a variable set nowhere visible is unknown, not unset.
 */
function variablesOf(
  flux: FluxApply,
  configMaps: readonly ConfigMapDraft[],
): { lookup: Lookup; places: Map<string, SourceRef> } {
  const k = flux.kustomization;
  const values = new Map<string, string>();
  const places = new Map<string, SourceRef>();
  let hidden = false;
  for (const source of k.substituteFrom) {
    const found =
      source.kind === 'ConfigMap'
        ? configMaps.filter((c) => c.name === source.name && c.namespace === k.namespace)
        : [];
    // A Secret's values are not in the repository, a ConfigMap it does not hold may still be in
    // the cluster, and of two ConfigMaps of one name edgenet cannot choose.
    if (found.length !== 1) {
      hidden = true;
      continue;
    }
    for (const entry of found[0]!.entries) {
      values.set(entry.key, entry.value);
      places.set(entry.key, entry.ref);
    }
  }
  for (const s of k.substitute) {
    values.set(s.name, s.value);
    places.set(s.name, s.ref);
  }
  const lookup: Lookup = (name) => {
    const value = values.get(name);
    if (value !== undefined) return { value };
    return hidden ? 'unknown' : 'unset';
  };
  return { lookup, places };
}

/** An object with commonMetadata's labels and annotations set over its own (fluxcd/pkg/ssa SetCommonMetadata). */
function withCommonMetadata(
  object: Record<string, unknown>,
  common: FluxBuildHint['commonMetadata'],
): Record<string, unknown> {
  const metadata = isRecord(object.metadata) ? object.metadata : {};
  const merged = (own: unknown, entries: readonly PlacedEntry[]) => {
    const out: Record<string, unknown> = isRecord(own) ? { ...own } : {};
    for (const e of entries) out[e.key] = e.value;
    return out;
  };
  const next: Record<string, unknown> = { ...metadata };
  if (common.labels.length) next.labels = merged(metadata.labels, common.labels);
  if (common.annotations.length) next.annotations = merged(metadata.annotations, common.annotations);
  return { ...object, metadata: next };
}

/** The commonMetadata entry that wrote the label or annotation a ref names. */
function commonEntry(common: FluxBuildHint['commonMetadata'], ref: RenderedRef): PlacedEntry | undefined {
  const [metadata, map, key] = ref.path;
  if (metadata !== 'metadata' || ref.path.length !== 3) return undefined;
  const entries = map === 'labels' ? common.labels : map === 'annotations' ? common.annotations : [];
  return entries.find((e) => e.key === key);
}

/** The string at a ref in an original object (inside its embedded JSON when the ref says so). */
function originalText(object: unknown, ref: RenderedRef): string | undefined {
  const value = get(object, ...ref.path);
  if (typeof value !== 'string') return undefined;
  if (!ref.inner?.length) return value;
  try {
    const inner = get(JSON.parse(value), ...(ref.inner as PathSegment[]));
    return typeof inner === 'string' ? inner : undefined;
  } catch {
    return undefined;
  }
}

/** Kinds the API server keeps outside namespaces: kustomize's namespace transformer leaves them alone. */
const CLUSTER_SCOPED = new Set([
  'APIService',
  'CertificateSigningRequest',
  'ClusterRole',
  'ClusterRoleBinding',
  'ComponentStatus',
  'CSIDriver',
  'CSINode',
  'CustomResourceDefinition',
  'FlowSchema',
  'IngressClass',
  'MutatingWebhookConfiguration',
  'Namespace',
  'Node',
  'PersistentVolume',
  'PriorityClass',
  'PriorityLevelConfiguration',
  'RuntimeClass',
  'StorageClass',
  'ValidatingAdmissionPolicy',
  'ValidatingAdmissionPolicyBinding',
  'ValidatingWebhookConfiguration',
  'VolumeAttachment',
]);

function namespaced(object: Record<string, unknown>): boolean {
  return typeof object.kind === 'string' && !CLUSTER_SCOPED.has(object.kind);
}
