/**
 * What an installer changes in the objects it applies, as written: a Flux Kustomization's
 * patches, images, name prefix and suffix, components and common metadata
 * (kustomize.toolkit.fluxcd.io/v1 KustomizationSpec), and an Argo CD source's `kustomize`
 * options (argoproj.io/v1alpha1 ApplicationSourceKustomize). Each value keeps its place, so a
 * value the installer sets is reported where the installer sets it.
 */
import type { PathSegment, SourceRef } from '../core/finding.js';
import { get, getArray, getRecord, isRecord, scalarString } from './document.js';

/** A value as written, with its place. */
export interface Placed<T = string> {
  value: T;
  ref: SourceRef;
}

/** A map entry as written (a label, an annotation), with the place of its value. */
export interface PlacedEntry {
  key: string;
  value: string;
  ref: SourceRef;
}

/** A kustomize patch an installer adds to the build of its path. */
export interface InstallerPatchHint {
  /** The kustomization field it goes to: `patches`, or Flux v1beta2's two older fields. */
  field: 'patches' | 'patchesStrategicMerge' | 'patchesJson6902';
  /**
   * `text`: YAML in a string (`patch: |`), placed inside the string; `file`: a patch file,
   * relative to the path applied (Argo CD); `data`: YAML written in the installer itself.
   */
  content: { kind: 'text'; text: string } | { kind: 'file'; path: string } | { kind: 'data'; data: unknown };
  /** kustomize's selector (group, version, kind, name, namespace, labelSelector, annotationSelector). */
  target: Record<string, unknown> | null;
  /** Argo CD's patch options (allowNameChange, allowKindChange). */
  options: Record<string, unknown> | null;
  /** The patch string, file entry or written patch. */
  ref: SourceRef;
}

/**
 * What a Flux Kustomization changes in the build of its path: kustomize-controller writes these
 * into the path's kustomization (generating one when there is none; fluxcd/pkg/kustomize
 * generator), builds it, then sets `commonMetadata` on every object before post-build substitution.
 */
export interface FluxBuildHint {
  patches: InstallerPatchHint[];
  images: { name: string; newName: string | null; newTag: string | null; digest: string | null; ref: SourceRef }[];
  namePrefix: Placed | null;
  nameSuffix: Placed | null;
  /** spec.targetNamespace, with its place (the hint's targetNamespace is its value). */
  targetNamespace: Placed | null;
  /** Paths relative to the path applied. */
  components: Placed[];
  ignoreMissingComponents: boolean;
  commonMetadata: { labels: PlacedEntry[]; annotations: PlacedEntry[] };
}

/** An Argo CD source's `kustomize` options, which Argo CD applies with `kustomize edit` before the build. */
export interface ArgoKustomizeHint {
  namePrefix: Placed | null;
  nameSuffix: Placed | null;
  namespace: Placed | null;
  /** `kustomize edit set image` arguments: `[old=]new[:tag][@digest]`. */
  images: Placed[];
  replicas: { name: string; count: string; ref: SourceRef }[];
  commonLabels: PlacedEntry[];
  commonAnnotations: PlacedEntry[];
  forceCommonLabels: boolean;
  forceCommonAnnotations: boolean;
  labelWithoutSelector: boolean;
  labelIncludeTemplates: boolean;
  /** Annotation values are filled from Argo CD's build environment ($ARGOCD_APP_NAME ...). */
  commonAnnotationsEnvsubst: boolean;
  patches: InstallerPatchHint[];
  components: Placed[];
  ignoreMissingComponents: boolean;
  /** The `kustomize` key. */
  ref: SourceRef;
}

/** Where a path inside a spec is written. */
export type Place = (path: PathSegment[]) => SourceRef;

/** A Flux Kustomization's build changes, from its `spec` (`place` gives a path under spec its ref). */
export function readFluxBuild(spec: Record<string, unknown>, place: Place): FluxBuildHint {
  const patches: InstallerPatchHint[] = [];
  getArray(spec, 'patches').forEach((p, i) => {
    const text = get(p, 'patch');
    if (typeof text !== 'string') return;
    patches.push({
      field: 'patches',
      content: { kind: 'text', text },
      target: getRecord(p, 'target') ?? null,
      options: null,
      ref: place(['patches', i, 'patch']),
    });
  });
  // v1beta2: strategic merge patches as objects, JSON 6902 patches as lists of operations.
  getArray(spec, 'patchesStrategicMerge').forEach((data, i) => {
    if (!isRecord(data)) return;
    const ref = place(['patchesStrategicMerge', i]);
    patches.push({ field: 'patchesStrategicMerge', content: { kind: 'data', data }, target: null, options: null, ref });
  });
  getArray(spec, 'patchesJson6902').forEach((p, i) => {
    const data = get(p, 'patch');
    if (!Array.isArray(data)) return;
    patches.push({
      field: 'patchesJson6902',
      content: { kind: 'data', data },
      target: getRecord(p, 'target') ?? null,
      options: null,
      ref: place(['patchesJson6902', i, 'patch']),
    });
  });
  const images = getArray(spec, 'images').flatMap((image, i) => {
    const name = scalarString(get(image, 'name'));
    if (name === undefined) return [];
    const field = (key: string) => scalarString(get(image, key)) ?? null;
    return [
      {
        name,
        newName: field('newName'),
        newTag: field('newTag'),
        digest: field('digest'),
        ref: place(['images', i]),
      },
    ];
  });
  return {
    patches,
    images,
    // kustomize-controller sets these when present, even empty (an empty prefix clears the path's own).
    namePrefix: placedString(spec, 'namePrefix', place, true),
    nameSuffix: placedString(spec, 'nameSuffix', place, true),
    targetNamespace: placedString(spec, 'targetNamespace', place, true),
    components: placedStrings(spec, 'components', place),
    ignoreMissingComponents: spec.ignoreMissingComponents === true,
    commonMetadata: {
      labels: placedEntries(getRecord(spec, 'commonMetadata'), 'labels', (p) => place(['commonMetadata', ...p])),
      annotations: placedEntries(getRecord(spec, 'commonMetadata'), 'annotations', (p) =>
        place(['commonMetadata', ...p]),
      ),
    },
  };
}

/** Whether a Flux Kustomization changes its path's build (not only what post-build does). */
export function fluxChangesBuild(build: FluxBuildHint): boolean {
  return (
    build.patches.length > 0 ||
    build.images.length > 0 ||
    build.namePrefix !== null ||
    build.nameSuffix !== null ||
    build.components.length > 0
  );
}

/** An Argo CD source's `kustomize` (`place` gives a path under it its ref); null when it has none. */
export function readArgoKustomize(kustomize: unknown, place: Place): ArgoKustomizeHint | null {
  if (!isRecord(kustomize)) return null;
  const patches: InstallerPatchHint[] = [];
  getArray(kustomize, 'patches').forEach((p, i) => {
    const text = get(p, 'patch');
    const file = get(p, 'path');
    const content =
      typeof text === 'string'
        ? ({ kind: 'text', text } as const)
        : typeof file === 'string'
          ? ({ kind: 'file', path: file } as const)
          : undefined;
    if (!content) return;
    patches.push({
      field: 'patches',
      content,
      target: getRecord(p, 'target') ?? null,
      options: getRecord(p, 'options') ?? null,
      ref: place(['patches', i, content.kind === 'text' ? 'patch' : 'path']),
    });
  });
  const flag = (key: string) => kustomize[key] === true;
  return {
    namePrefix: placedString(kustomize, 'namePrefix', place),
    nameSuffix: placedString(kustomize, 'nameSuffix', place),
    namespace: placedString(kustomize, 'namespace', place),
    images: placedStrings(kustomize, 'images', place),
    replicas: getArray(kustomize, 'replicas').flatMap((r, i) => {
      const name = scalarString(get(r, 'name'));
      const count = scalarString(get(r, 'count'));
      return name !== undefined && count !== undefined ? [{ name, count, ref: place(['replicas', i, 'count']) }] : [];
    }),
    commonLabels: placedEntries(kustomize, 'commonLabels', place),
    commonAnnotations: placedEntries(kustomize, 'commonAnnotations', place),
    forceCommonLabels: flag('forceCommonLabels'),
    forceCommonAnnotations: flag('forceCommonAnnotations'),
    labelWithoutSelector: flag('labelWithoutSelector'),
    labelIncludeTemplates: flag('labelIncludeTemplates'),
    commonAnnotationsEnvsubst: flag('commonAnnotationsEnvsubst'),
    patches,
    components: placedStrings(kustomize, 'components', place),
    ignoreMissingComponents: flag('ignoreMissingComponents'),
    ref: place([]),
  };
}

/** Whether Argo CD changes the build with these options (`version` and the like change nothing of the objects). */
export function argoChangesBuild(k: ArgoKustomizeHint): boolean {
  return (
    k.namePrefix !== null ||
    k.nameSuffix !== null ||
    k.namespace !== null ||
    k.images.length > 0 ||
    k.replicas.length > 0 ||
    k.commonLabels.length > 0 ||
    k.commonAnnotations.length > 0 ||
    k.patches.length > 0 ||
    k.components.length > 0
  );
}

function placedString(from: Record<string, unknown>, key: string, place: Place, empty = false): Placed | null {
  const value = scalarString(from[key]);
  // Argo CD runs `kustomize edit` only for a value that is not empty.
  return value === undefined || (value === '' && !empty) ? null : { value, ref: place([key]) };
}

function placedStrings(from: Record<string, unknown>, key: string, place: Place): Placed[] {
  return getArray(from, key).flatMap((v, i) => {
    const value = scalarString(v);
    return value === undefined ? [] : [{ value, ref: place([key, i]) }];
  });
}

function placedEntries(from: Record<string, unknown> | undefined, key: string, place: Place): PlacedEntry[] {
  const map = getRecord(from, key);
  if (!map) return [];
  return Object.entries(map).flatMap(([k, v]) => {
    const value = scalarString(v);
    return value === undefined ? [] : [{ key: k, value, ref: place([key, k]) }];
  });
}
