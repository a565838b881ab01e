/**
 * The GitOps hints a repository's objects give, as the draft keeps them: src/model/gitops.ts
 * reads them, src/fleet turns them into cluster scopes.
 */
import type { PathSegment, ResourceId, SourceRef } from '../core/finding.js';
import type { ArgoKustomizeHint, FluxBuildHint } from './installer-hints.js';

export interface FluxKustomizationHint {
  name: string;
  namespace: string;
  /** spec.path as written (relative to the source's root); null when absent (the root itself). */
  path: string | null;
  sourceRef: { kind: string; name: string; namespace: string } | null;
  /** spec.kubeConfig.secretRef.name: the remote cluster it applies to. */
  kubeConfigSecret: string | null;
  targetNamespace: string | null;
  /** spec.postBuild.substitute, each value with its place (a finding on a substituted value points there). */
  substitute: { name: string; value: string; ref: SourceRef }[];
  /** spec.postBuild.substituteFrom, in order (later ones win). */
  substituteFrom: { kind: string; name: string; optional: boolean }[];
  /** What it changes in the build of its path (patches, images, ...) and sets after it (commonMetadata). */
  build: FluxBuildHint;
  ref: SourceRef;
}

export interface GitRepositoryHint {
  name: string;
  namespace: string;
  url: string | null;
  /** spec.ignore: .gitignore patterns of files source-controller leaves out of the artifact. */
  ignore: string | null;
  ref: SourceRef;
}

/** Flux's ArtifactGenerator: artifacts assembled from copies of a source's paths. */
export interface ArtifactGeneratorHint {
  namespace: string;
  /** alias -> source (kind, name). */
  sources: Record<string, { kind: string; name: string }>;
  artifacts: { name: string; copies: { from: string; to: string }[] }[];
  ref: SourceRef;
}

export interface HelmReleaseHint {
  name: string;
  namespace: string;
  /** spec.chart.spec.chart: a chart name, or a path inside a GitRepository source; null with spec.chartRef. */
  chart: string | null;
  /** Where the chart is named: spec.chart.spec.chart, or spec.chartRef.name. */
  chartRef: SourceRef;
  /** spec.chart.spec.sourceRef, or with spec.chartRef the object it names (an OCIRepository, a HelmChart). */
  sourceRef: { kind: string; name: string } | null;
  /** Installed through spec.chartRef: `sourceRef` is the chart itself, not a repository of charts. */
  byChartRef: boolean;
  /** spec.targetNamespace, else the release's own namespace. */
  targetNamespace: string | null;
  values: unknown;
  valuesRef: SourceRef;
  /** spec.valuesFrom in order (later ones win, spec.values over all). */
  valuesFrom: {
    kind: string;
    name: string;
    /** The key holding the values (default values.yaml). */
    valuesKey: string | null;
    /** Where the key's whole content goes, as one value (`--set` style), instead of a values document. */
    targetPath: string | null;
    optional: boolean;
    ref: SourceRef;
  }[];
  resource: ResourceId;
  ref: SourceRef;
}

export interface ArgoSourceHint {
  /** Where the source is in its document, e.g. ['spec', 'sources', 0]. */
  at: PathSegment[];
  repoURL: string | null;
  path: string | null;
  chart: string | null;
  /** `ref`: the name other sources of a multi-source Application give its files (`$values/...`). */
  refName: string | null;
  helm: {
    /** helm.valueFiles, each with its index in the list. */
    valueFiles: { file: string; index: number }[];
    values: unknown;
    parameters: { name: string; value: string }[];
  } | null;
  directoryRecurse: boolean;
  /** spec.source.directory.include / exclude: globs over the paths below the source's path. */
  directoryInclude: string | null;
  directoryExclude: string | null;
  /** spec.source.kustomize: the options Argo CD applies to the path's kustomization before the build. */
  kustomize: ArgoKustomizeHint | null;
  ref: SourceRef;
}

export interface ArgoApplicationHint {
  name: string;
  sources: ArgoSourceHint[];
  destination: { name: string | null; server: string | null; namespace: string | null };
  resource: ResourceId;
  ref: SourceRef;
}

export interface ArgoApplicationSetHint {
  name: string;
  /** List generator elements (string values only); null when the generators are not all lists. */
  elements: Record<string, string>[] | null;
  /** Git directory generator path globs; `exclude: true` takes the directories it matches out. */
  gitDirectories: { path: string; exclude: boolean }[];
  /** Each generator's kind (list, git, clusters, matrix, scmProvider...), in order. */
  generatorKinds: string[];
  /** The Application template, as written (with {{...}} placeholders). */
  template: unknown;
  /** Where the template is in its document: a generated Application's values are placed there. */
  templatePath: PathSegment[];
  ref: SourceRef;
}

export interface GitopsHints {
  fluxKustomizations: FluxKustomizationHint[];
  gitRepositories: GitRepositoryHint[];
  artifactGenerators: ArtifactGeneratorHint[];
  helmReleases: HelmReleaseHint[];
  argoApplications: ArgoApplicationHint[];
  argoApplicationSets: ArgoApplicationSetHint[];
}

export function emptyGitopsHints(): GitopsHints {
  return {
    fluxKustomizations: [],
    gitRepositories: [],
    artifactGenerators: [],
    helmReleases: [],
    argoApplications: [],
    argoApplicationSets: [],
  };
}
