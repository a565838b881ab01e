/**
 * Charts a cluster installs from elsewhere (a HelmRelease's Helm or OCI repository, its
 * spec.chartRef, an Argo CD chart source), read per cluster once every build is rendered: a
 * known chart's values (src/model/known-charts.ts) become the cluster's facts, merged from the
 * ConfigMaps and value files they come from as the installer merges them; any other chart is
 * said not fetched, once per HelmRelease. An installer is read where the cluster reads it: a
 * file as written, a build as rendered (its namespace), a Flux Kustomization's copy.
 */
import type { FileRef, PathSegment, SourceRef } from '../core/finding.js';
import { type HelmValuesSource, helmPath, hides, type HiddenValues } from '../compose/trace.js';
import { get } from '../model/document.js';
import type { ConfigMapDraft, ModelDraft } from '../model/draft.js';
import type { ArgoApplicationHint, GitopsHints, HelmReleaseHint } from '../model/gitops-hints.js';
import { isKnownChart, readKnownChartValues, type ValuesSite } from '../model/known-charts.js';
import type { ParsedFile } from '../parse/parse-documents.js';
import { argoHelmValues } from './argo-helm-values.js';
import { releaseValues } from './release-values.js';

export interface RemoteChartsInput {
  /** The repository's GitOps hints, those of rendered builds and Flux copies included. */
  hints: GitopsHints;
  /** The cluster's facts by their place (src/fleet/select.ts). */
  keep: (ref: SourceRef | FileRef) => boolean;
  /** Applications an ApplicationSet generates for the cluster (ClusterScope.applications). */
  applications: readonly ArgoApplicationHint[];
  /** The cluster's ConfigMaps. */
  configMaps: readonly ConfigMapDraft[];
  /** A repository file parsed, by reported name. */
  parsed(display: string): ParsedFile | undefined;
  /** A repository-relative file, as reported, when this repository has it. */
  repositoryFile(repoPath: string): string | undefined;
}

export interface RemoteChartsSkipped {
  ref: SourceRef;
  reason: string;
}

/** Reads the cluster's known charts into its draft; returns what it does not analyse. */
export function readRemoteCharts(input: RemoteChartsInput, draft: ModelDraft): RemoteChartsSkipped[] {
  const skipped: RemoteChartsSkipped[] = [];
  for (const release of input.hints.helmReleases) {
    if (input.keep(release.ref)) readRelease(release, input, draft, skipped);
  }
  const apps = [...input.hints.argoApplications.filter((app) => input.keep(app.ref)), ...input.applications];
  for (const app of apps) {
    for (const source of app.sources) {
      // Another chart from a Helm repository is said not fetched by the fleet plan.
      if (!source.chart || !isKnownChart(source.chart)) continue;
      readKnownChartValues(
        {
          chart: source.chart,
          chartRef: { file: app.ref.file, doc: app.ref.doc, path: [...source.at, 'chart'] },
          value: lookup(argoHelmValues(app, source, input), input.parsed),
          resource: app.resource,
          installer: `Argo CD Application ${app.name}`,
        },
        draft,
      );
    }
  }
  return skipped;
}

function readRelease(
  release: HelmReleaseHint,
  input: RemoteChartsInput,
  draft: ModelDraft,
  skipped: RemoteChartsSkipped[],
): void {
  const kind = release.sourceRef?.kind ?? '';
  const name = release.sourceRef?.name ?? '';
  const words = `HelmRelease ${release.namespace}/${release.name}`;
  // A chart of the repository is rendered by the fleet plan, for the cluster that applies it.
  if (!release.byChartRef && kind === 'GitRepository') return;
  if (release.chart === null && !release.byChartRef) {
    skipped.push({ ref: release.ref, reason: `${words} names no chart (spec.chart.spec.chart or spec.chartRef)` });
    return;
  }
  // A chartRef's object is named after its chart more often than not (an OCIRepository flannel).
  const chart = release.chart ?? name;
  if (kind !== 'Bucket' && isKnownChart(chart)) {
    const { sources, missingKeys } = releaseValues(release, input.configMaps);
    for (const m of missingKeys) skipped.push(m);
    readKnownChartValues(
      {
        chart,
        chartRef: release.chartRef,
        value: lookup(sources, input.parsed),
        resource: release.resource,
        installer: words,
      },
      draft,
    );
    return;
  }
  const from = [kind || 'a chart source', name].filter(Boolean).join(' ');
  skipped.push({
    ref: release.chartRef,
    reason: release.byChartRef
      ? `${words} installs the chart of ${from}, which edgenet does not fetch`
      : `${words} installs chart ${release.chart} from ${from}, which edgenet does not fetch`,
  });
}

/**
 * The value a path gets from `sources` (lowest precedence first): the highest that writes it,
 * unless values edgenet cannot read lie above it (or nothing writes it and they may): then it
 * is hidden, placed where it is written (else where they are named).
 */
function lookup(
  sources: readonly HelmValuesSource[],
  parsed: (display: string) => ParsedFile | undefined,
): ValuesSite['value'] {
  return (path) => {
    let hidden: HiddenValues | undefined;
    for (let i = sources.length - 1; i >= 0; i--) {
      const source = sources[i]!;
      if (source.kind === 'hidden') {
        if (!hidden && hides(source, path)) hidden = source;
        continue;
      }
      const found = written(source, path, parsed);
      if (found === undefined) continue;
      return hidden ? { hidden: hidden.words, ref: found.ref, overrides: true } : found;
    }
    return hidden ? { hidden: hidden.words, ref: hidden.ref, overrides: false } : undefined;
  };
}

function written(
  source: Exclude<HelmValuesSource, HiddenValues>,
  path: PathSegment[],
  parsed: (display: string) => ParsedFile | undefined,
): { value: unknown; ref: SourceRef } | undefined {
  if (source.kind === 'set' || source.kind === 'target') {
    const at = helmPath(source.name);
    const same = at.length === path.length && at.every((s, i) => String(s) === String(path[i]));
    return same ? { value: source.value, ref: source.ref } : undefined;
  }
  if (source.kind === 'inline') {
    const value = get(source.values, ...path);
    if (value === undefined || value === null) return undefined;
    const { ref } = source;
    return { value, ref: source.embedded ? { ...ref, inner: path } : { ...ref, path: [...ref.path, ...path] } };
  }
  const doc = parsed(source.file)?.documents[0];
  const value = doc && get(doc.data, ...path);
  if (value === undefined || value === null) return undefined;
  return { value, ref: { file: source.file, doc: doc!.index, path } };
}
