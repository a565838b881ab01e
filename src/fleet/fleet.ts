/**
 * A repository as a fleet of clusters (contract section 7): which files (and which parts of a
 * template) describe which cluster, which builds must be rendered for it, and why. Facts are only
 * compared with facts of the same cluster.
 */
import type { Build } from '../compose/build.js';
import type { ArgoApplicationHint, FluxKustomizationHint } from '../model/gitops-hints.js';
import type { SourceRef } from '../core/finding.js';
import type { NetworkModel } from '../model/types.js';

/** What a cluster is made of. */
export type ScopeUnit =
  /** A file read whole: as it is, or as the Flux Kustomization that applies it changes it. */
  | { kind: 'file'; file: string; flux?: FluxApply }
  /** Part of a template: the cluster resource, its VPC and what hangs on that VPC. */
  | { kind: 'stack'; file: string; doc: number; resources: string[] }
  /** A Kustomize build or a Helm chart, rendered before it is judged (then changed by `flux`). */
  | { kind: 'build'; build: string; flux?: FluxApply };

/**
 * A Flux Kustomization that changes the objects it applies after the build: post-build variable
 * substitution, `commonMetadata`, and `targetNamespace` (contract section 7.2). What it changes
 * in the build itself (patches, images ...) makes a build of its own (Build.install).
 */
export interface FluxApply {
  /** `<namespace>/<name>` of the Kustomization, unique in the repository with its file. */
  id: string;
  kustomization: FluxKustomizationHint;
  /**
   * The cluster it applies in: a Kustomization in a directory two clusters apply substitutes
   * each one's own ConfigMaps, so each gets a copy of its own.
   */
  cluster: string;
}

/** The name a file (or rendered build) is read under as a Flux Kustomization changed it in a cluster. */
export function fluxCopyName(name: string, flux: FluxApply): string {
  return `${name}#flux:${flux.kustomization.ref.file}:${flux.id}@${flux.cluster}`;
}

export type { Build, HelmValuesSource } from '../compose/build.js';

/** Which VPC a cluster runs in, as far as the repository says: equal keys mean one shared VPC. */
export interface VpcIdentity {
  /** `template:<file>#<doc>/<logicalId>` for a VPC a template creates, `id:<vpc-id>` for a literal id. */
  key: string;
  /** Words for messages. */
  words: string;
  ref: SourceRef;
}

export interface ClusterScope {
  /** The cluster's name; null only for the one cluster of a repository that is not split. */
  name: string | null;
  /** How it was formed, in words: "Flux Kustomization clusters/prod/apps.yaml applies ./apps/prod". */
  reasons: string[];
  units: ScopeUnit[];
  vpcs: VpcIdentity[];
  /**
   * Applications an ApplicationSet generates for this cluster that install a known chart: read
   * as written ones are (src/fleet/remote-charts.ts), though their file (the ApplicationSet's)
   * is not the cluster's.
   */
  applications: ArgoApplicationHint[];
}

/** Files that describe no cluster of a fleet, grouped by directory. */
export interface UnscopedGroup {
  /** The directory (as reported) the files are under. */
  dir: string;
  files: string[];
}

export interface Fleet {
  clusters: ClusterScope[];
  builds: Map<string, Build>;
  unscoped: UnscopedGroup[];
  /** Things the plan could not follow, each an input/skipped at its place. */
  /** `cluster`: said of that cluster only (else of every cluster holding the file). */
  skipped: { ref: SourceRef | { file: string; line: number; column: number }; reason: string; cluster?: string }[];
}

/** A cluster as judged: its scope and the model its rules saw. */
export interface JudgedCluster {
  scope: ClusterScope;
  model: NetworkModel;
}
