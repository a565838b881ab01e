/**
 * What GitOps objects say about which files make which cluster: Flux Kustomizations (with their
 * GitRepository, ExternalArtifact and ArtifactGenerator sources), Flux HelmReleases, Argo CD
 * Applications and ApplicationSets. Read here as hints; src/fleet turns them into cluster scopes
 * (contract section 7).
 */
import type { PathSegment } from '../core/finding.js';
import {
  get,
  getArray,
  getRecord,
  isRecord,
  k8sResource,
  refTo,
  scalarString,
  stringMap,
  type DocContext,
} from './document.js';
import type { ModelDraft } from './draft.js';
import type { ArgoApplicationHint, ArtifactGeneratorHint } from './gitops-hints.js';
import { readArgoKustomize, readFluxBuild } from './installer-hints.js';

/** Reads a GitOps object into the draft's hints; false when the object is none of them. */
export function readGitopsObject(ctx: DocContext, draft: ModelDraft, group: string, kind: string): boolean {
  const hints = draft.gitops;
  const resource = k8sResource(ctx.data);
  const namespace = resource.namespace ?? 'flux-system';
  const at = (...path: PathSegment[]) => refTo(ctx, path);
  if (group === 'kustomize.toolkit.fluxcd.io' && kind === 'Kustomization') {
    const spec = getRecord(ctx.data, 'spec') ?? {};
    const source = getRecord(spec, 'sourceRef');
    hints.fluxKustomizations.push({
      name: resource.name ?? '',
      namespace,
      path: scalarString(spec.path) ?? null,
      sourceRef: source
        ? {
            kind: scalarString(source.kind) ?? 'GitRepository',
            name: scalarString(source.name) ?? '',
            namespace: scalarString(source.namespace) ?? namespace,
          }
        : null,
      kubeConfigSecret: scalarString(get(spec, 'kubeConfig', 'secretRef', 'name')) ?? null,
      targetNamespace: scalarString(spec.targetNamespace) ?? null,
      substitute: Object.entries(stringMap(get(spec, 'postBuild', 'substitute'))).map(([name, value]) => ({
        name,
        value,
        ref: at('spec', 'postBuild', 'substitute', name),
      })),
      substituteFrom: getArray(spec, 'postBuild', 'substituteFrom').flatMap((s) => {
        const name = scalarString(get(s, 'name'));
        const kind = scalarString(get(s, 'kind')) ?? 'ConfigMap';
        return name ? [{ kind, name, optional: get(s, 'optional') === true }] : [];
      }),
      build: readFluxBuild(spec, (path) => at('spec', ...path)),
      ref: at('metadata', 'name'),
    });
    return true;
  }
  if (group === 'source.toolkit.fluxcd.io' && kind === 'GitRepository') {
    hints.gitRepositories.push({
      name: resource.name ?? '',
      namespace,
      url: scalarString(get(ctx.data, 'spec', 'url')) ?? null,
      ignore: scalarString(get(ctx.data, 'spec', 'ignore')) ?? null,
      ref: at('metadata', 'name'),
    });
    return true;
  }
  if (group === 'source.extensions.fluxcd.io' && kind === 'ArtifactGenerator') {
    const sources: ArtifactGeneratorHint['sources'] = {};
    for (const s of getArray(ctx.data, 'spec', 'sources')) {
      const alias = scalarString(get(s, 'alias'));
      const name = scalarString(get(s, 'name'));
      if (alias && name) sources[alias] = { kind: scalarString(get(s, 'kind')) ?? 'GitRepository', name };
    }
    hints.artifactGenerators.push({
      namespace,
      sources,
      artifacts: getArray(ctx.data, 'spec', 'artifacts').flatMap((a) => {
        const name = scalarString(get(a, 'name'));
        if (!name) return [];
        const copies = getArray(a, 'copy').flatMap((c) => {
          const from = scalarString(get(c, 'from'));
          const to = scalarString(get(c, 'to'));
          return from && to ? [{ from, to }] : [];
        });
        return [{ name, copies }];
      }),
      ref: at('metadata', 'name'),
    });
    return true;
  }
  if (group === 'helm.toolkit.fluxcd.io' && kind === 'HelmRelease') {
    const spec = getRecord(ctx.data, 'spec') ?? {};
    const chartSpec = getRecord(spec, 'chart', 'spec');
    const source = getRecord(chartSpec, 'sourceRef');
    // spec.chartRef names the chart's own source object (an OCIRepository, a HelmChart) instead.
    const chartRef = chartSpec ? undefined : getRecord(spec, 'chartRef');
    const from = source ?? chartRef;
    hints.helmReleases.push({
      name: resource.name ?? '',
      namespace: resource.namespace ?? 'default',
      chart: scalarString(chartSpec?.chart) ?? null,
      chartRef: chartRef ? at('spec', 'chartRef', 'name') : at('spec', 'chart', 'spec', 'chart'),
      sourceRef: from ? { kind: scalarString(from.kind) ?? '', name: scalarString(from.name) ?? '' } : null,
      byChartRef: chartRef !== undefined,
      targetNamespace: scalarString(spec.targetNamespace) ?? null,
      values: spec.values ?? null,
      valuesRef: at('spec', 'values'),
      valuesFrom: getArray(spec, 'valuesFrom').flatMap((v, i) => {
        const name = scalarString(get(v, 'name'));
        if (!name) return [];
        return [
          {
            kind: scalarString(get(v, 'kind')) ?? 'ConfigMap',
            name,
            valuesKey: scalarString(get(v, 'valuesKey')) ?? null,
            targetPath: scalarString(get(v, 'targetPath')) ?? null,
            optional: get(v, 'optional') === true,
            ref: at('spec', 'valuesFrom', i, 'name'),
          },
        ];
      }),
      resource,
      ref: at('metadata', 'name'),
    });
    return true;
  }
  if (group === 'argoproj.io' && kind === 'Application') {
    hints.argoApplications.push(readArgoApplication(ctx, ctx.data, []));
    return true;
  }
  if (group === 'argoproj.io' && kind === 'ApplicationSet') {
    const generators = getArray(ctx.data, 'spec', 'generators');
    const lists = generators.map((g) => getArray(g, 'list', 'elements'));
    const allLists = generators.length > 0 && generators.every((g) => isRecord(get(g, 'list')));
    hints.argoApplicationSets.push({
      name: resource.name ?? '',
      elements: allLists ? lists.flat().map(stringMap) : null,
      gitDirectories: generators.flatMap((g) =>
        getArray(g, 'git', 'directories').flatMap((d) => {
          const path = scalarString(get(d, 'path'));
          return path === undefined ? [] : [{ path, exclude: get(d, 'exclude') === true }];
        }),
      ),
      generatorKinds: generators.flatMap((g) => (isRecord(g) ? Object.keys(g).filter((k) => k !== 'selector') : [])),
      template: get(ctx.data, 'spec', 'template') ?? null,
      templatePath: at('spec', 'template').path,
      ref: at('metadata', 'name'),
    });
    return true;
  }
  return false;
}

/** An Application (or an ApplicationSet's template, expanded): its sources and destination. */
export function readArgoApplication(ctx: DocContext, app: unknown, base: PathSegment[]): ArgoApplicationHint {
  const spec = getRecord(app, 'spec') ?? {};
  const single = getRecord(spec, 'source');
  const sources = single
    ? [[single, [...base, 'spec', 'source']] as const]
    : getArray(spec, 'sources').map((s, i) => [s, [...base, 'spec', 'sources', i]] as const);
  return {
    name: scalarString(get(app, 'metadata', 'name')) ?? '',
    sources: sources.map(([s, path]) => {
      const helm = getRecord(s, 'helm');
      return {
        at: [...path],
        repoURL: scalarString(get(s, 'repoURL')) ?? null,
        path: scalarString(get(s, 'path')) ?? null,
        chart: scalarString(get(s, 'chart')) ?? null,
        refName: scalarString(get(s, 'ref')) ?? null,
        helm: helm
          ? {
              valueFiles: getArray(helm, 'valueFiles').flatMap((v, index) => {
                const file = scalarString(v);
                return file ? [{ file, index }] : [];
              }),
              values: helm.valuesObject ?? helm.values ?? null,
              parameters: getArray(helm, 'parameters').flatMap((p) => {
                const name = scalarString(get(p, 'name'));
                const value = scalarString(get(p, 'value'));
                return name !== undefined && value !== undefined ? [{ name, value }] : [];
              }),
            }
          : null,
        directoryRecurse: get(s, 'directory', 'recurse') === true,
        directoryInclude: scalarString(get(s, 'directory', 'include')) ?? null,
        directoryExclude: scalarString(get(s, 'directory', 'exclude')) ?? null,
        kustomize: readArgoKustomize(get(s, 'kustomize'), (p) => refTo(ctx, [...path, 'kustomize', ...p])),
        ref: refTo(ctx, [...path, 'path']),
      };
    }),
    destination: {
      name: scalarString(get(spec, 'destination', 'name')) ?? null,
      server: scalarString(get(spec, 'destination', 'server')) ?? null,
      namespace: scalarString(get(spec, 'destination', 'namespace')) ?? null,
    },
    resource: k8sResource(isRecord(app) ? app : {}),
    ref: refTo(ctx, [...base, 'metadata', 'name']),
  };
}
