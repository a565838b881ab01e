/**
 * What an installer changes in the objects it applies, for the plan: whether it changes the
 * build of its path (then the path is built as the installer builds it, src/compose/installed-build.ts),
 * whether it changes the objects after the build (a copy of each file or build, flux-copies.ts),
 * and the words `edgenet clusters` says it with.
 */
import type { SourceRef } from '../core/finding.js';
import type { ArgoSourceHint, ArgoApplicationHint, FluxKustomizationHint } from '../model/gitops-hints.js';
import { argoChangesBuild, fluxChangesBuild } from '../model/installer-hints.js';
import type { KustomizeInstall } from '../compose/installed-build.js';

/** Who installs: `Flux Kustomization flux-system/infra (clusters/prod/infra.yaml)`. */
export function fluxInstaller(k: FluxKustomizationHint): string {
  return `Flux Kustomization ${k.namespace}/${k.name} (${k.ref.file})`;
}

/** The build a Flux Kustomization changes, or undefined when it builds its path as it is. */
export function fluxInstall(
  k: FluxKustomizationHint,
  absolute: (display: string) => string,
): Extract<KustomizeInstall, { by: 'flux' }> | undefined {
  if (!fluxChangesBuild(k.build)) return undefined;
  return { installer: fluxInstaller(k), at: namedAt(k.ref, absolute), by: 'flux', changes: k.build };
}

/**
 * Whether a Flux Kustomization changes the objects after the build: post-build substitution,
 * commonMetadata, and targetNamespace when the build does not set it.
 */
export function fluxChangesAfterBuild(k: FluxKustomizationHint): boolean {
  const metadata = k.build.commonMetadata;
  return (
    k.substitute.length > 0 ||
    k.substituteFrom.length > 0 ||
    metadata.labels.length > 0 ||
    metadata.annotations.length > 0 ||
    (k.targetNamespace !== null && !fluxChangesBuild(k.build))
  );
}

/** What a Flux Kustomization changes, in words: "patches, post-build substitution and targetNamespace kube-flannel". */
export function fluxChangeWords(k: FluxKustomizationHint): string[] {
  const b = k.build;
  return [
    ...(b.patches.length ? ['patches'] : []),
    ...(b.images.length ? ['images'] : []),
    ...(b.namePrefix ? [`namePrefix ${b.namePrefix.value}`] : []),
    ...(b.nameSuffix ? [`nameSuffix ${b.nameSuffix.value}`] : []),
    ...(b.components.length ? ['components'] : []),
    ...(b.commonMetadata.labels.length || b.commonMetadata.annotations.length ? ['commonMetadata'] : []),
    ...(k.substitute.length || k.substituteFrom.length ? ['post-build substitution'] : []),
    ...(k.targetNamespace !== null ? [`targetNamespace ${k.targetNamespace}`] : []),
  ];
}

/** The build an Argo CD source's kustomize options change, or undefined when they change nothing. */
export function argoInstallChanges(
  app: ArgoApplicationHint,
  source: ArgoSourceHint,
  absolute: (display: string) => string,
): Extract<KustomizeInstall, { by: 'argo' }> | undefined {
  const k = source.kustomize;
  if (!k || !argoChangesBuild(k)) return undefined;
  return {
    installer: `Argo CD Application ${app.name} (${app.ref.file})`,
    // A failure of the build is the source's: reported at the path it builds.
    at: namedAt(source.ref, absolute),
    by: 'argo',
    changes: k,
  };
}

/** An Argo CD source's kustomize options, in words: "kustomize patches and namePrefix prod-". */
export function argoChangeWords(source: ArgoSourceHint): string[] {
  const k = source.kustomize;
  if (!k) return [];
  return [
    ...(k.patches.length ? ['kustomize patches'] : []),
    ...(k.images.length ? ['images'] : []),
    ...(k.namePrefix ? [`namePrefix ${k.namePrefix.value}`] : []),
    ...(k.nameSuffix ? [`nameSuffix ${k.nameSuffix.value}`] : []),
    ...(k.namespace ? [`namespace ${k.namespace.value}`] : []),
    ...(k.replicas.length ? ['replicas'] : []),
    ...(k.commonLabels.length ? ['commonLabels'] : []),
    ...(k.commonAnnotations.length ? ['commonAnnotations'] : []),
    ...(k.components.length ? ['components'] : []),
  ];
}

/** "a", "a and b", "a, b and c". */
export function listWords(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

function namedAt(ref: SourceRef, absolute: (display: string) => string): KustomizeInstall['at'] {
  return { file: absolute(ref.file), doc: ref.doc, at: ref.path };
}
