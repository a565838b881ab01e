/**
 * Workloads: where their pods may run and what they reference. Pod templates of the core
 * controllers, and OpenYurt's YurtAppSet and YurtAppDaemon, whose pools are named outright or
 * chosen by NodePool labels.
 */
import type { PathSegment, ResourceId } from '../core/finding.js';
import { readComponentFlags } from './control-plane.js';
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
import type { FlatContainer, ModelDraft, Placement, Requirement } from './draft.js';

const POD_SPEC_PATHS: Record<string, PathSegment[]> = {
  Pod: ['spec'],
  Deployment: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  ReplicationController: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};

/**
 * The image of edge-controller-manager carries its version as the tag (domain.md 2.4), also when
 * the image is pinned by digest too (`repo:tag@sha256:...`: the tag names the version, the digest
 * the bytes; https://github.com/distribution/reference/blob/main/reference.go).
 */
const CONTROLLER_IMAGE = /(^|\/)edge-controller-manager:([^@/:]+)(@[a-z0-9]+(?:[+._-][a-z0-9]+)*:[0-9a-fA-F]{32,})?$/;

export function readWorkloadObject(ctx: DocContext, draft: ModelDraft, group: string): void {
  const kind = ctx.data.kind as string;
  const podSpec = POD_SPEC_PATHS[kind];
  if (podSpec && (group === '' || group === 'apps' || group === 'batch')) {
    readPodTemplate(ctx, draft, podSpec, { kind: 'terms' });
  } else if (group === 'apps.openyurt.io' && (kind === 'YurtAppSet' || kind === 'YurtAppDaemon')) {
    readYurtApp(ctx, draft, kind);
  }
}

/**
 * YurtAppSet v1alpha1 lists `spec.topology.pools[].name`; v1beta1 lists `spec.pools` or selects
 * with `spec.nodepoolSelector`; YurtAppDaemon selects with `spec.nodepoolSelector`. The pod
 * template sits under a deployment or statefulset template.
 */
function readYurtApp(ctx: DocContext, draft: ModelDraft, kind: string): void {
  const spec = getRecord(ctx.data, 'spec') ?? {};
  const templateRoot: PathSegment[] = isRecord(get(spec, 'workload', 'workloadTemplate'))
    ? ['spec', 'workload', 'workloadTemplate']
    : ['spec', 'workloadTemplate'];
  const which = ['deploymentTemplate', 'statefulSetTemplate'].find((t) => isRecord(get(ctx.data, ...templateRoot, t)));
  if (!which) return;
  const named = [
    ...getArray(spec, 'topology', 'pools').map((p) => scalarString(get(p, 'name'))),
    ...getArray(spec, 'pools').map(scalarString),
  ].filter((p): p is string => Boolean(p));
  const selector =
    getRecord(spec, 'nodepoolSelector', 'matchLabels') ?? getRecord(spec, 'nodePoolSelector', 'matchLabels');
  const placement: Placement =
    named.length > 0
      ? { kind: 'pools', pools: named }
      : selector
        ? { kind: 'poolSelector', selector: stringMap(selector) }
        : { kind: 'terms' };
  readPodTemplate(ctx, draft, [...templateRoot, which, 'spec', 'template', 'spec'], placement, kind);
}

function readPodTemplate(
  ctx: DocContext,
  draft: ModelDraft,
  specPath: PathSegment[],
  placement: Placement,
  kind = ctx.data.kind as string,
): void {
  const resource: ResourceId = { ...k8sResource(ctx.data), kind };
  const spec = getRecord(ctx.data, ...specPath) ?? {};
  const templateMeta = specPath.length === 1 ? ['metadata'] : [...specPath.slice(0, -1), 'metadata'];
  const containers: FlatContainer[] = [];
  const configMaps = new Set<string>();
  getArray(spec, 'volumes').forEach((v) => {
    const name = scalarString(get(v, 'configMap', 'name'));
    if (name) configMaps.add(name);
    getArray(v, 'projected', 'sources').forEach((s) => {
      const projected = scalarString(get(s, 'configMap', 'name'));
      if (projected) configMaps.add(projected);
    });
  });
  for (const list of ['initContainers', 'containers'] as const) {
    getArray(spec, list).forEach((c, i) => {
      if (!isRecord(c)) return;
      const base = [...specPath, list, i];
      readComponentFlags(ctx, c, base, draft, resource);
      getArray(c, 'envFrom').forEach((e) => {
        const name = scalarString(get(e, 'configMapRef', 'name'));
        if (name) configMaps.add(name);
      });
      getArray(c, 'env').forEach((e) => {
        const name = scalarString(get(e, 'valueFrom', 'configMapKeyRef', 'name'));
        if (name) configMaps.add(name);
      });
      const image = scalarString(c.image) ?? null;
      const imageRef = refTo(ctx, [...base, 'image']);
      const tag = image ? CONTROLLER_IMAGE.exec(image) : null;
      if (image && tag) {
        const start = tag.index + tag[0].length - tag[2]!.length - (tag[3]?.length ?? 0);
        draft.controllerVersions.push({
          value: tag[2]!,
          ref: { ...imageRef, span: [start, start + tag[2]!.length] },
          origin: `image ${image}`,
        });
      }
      containers.push({
        name: scalarString(c.name) ?? '',
        image,
        imageRef,
        env: getArray(c, 'env').flatMap((e, j) => {
          const name = scalarString(get(e, 'name'));
          const value = scalarString(get(e, 'value'));
          return name !== undefined && value !== undefined
            ? [{ name, value, ref: refTo(ctx, [...base, 'env', j, 'value']) }]
            : [];
        }),
      });
    });
  }
  draft.workloads.push({
    kind,
    name: resource.name ?? '',
    namespace: resource.namespace ?? 'default',
    ref: refTo(ctx, ['metadata', 'name']),
    resource,
    podLabels: stringMap(get(ctx.data, ...templateMeta, 'labels')),
    placement: placement.kind === 'terms' ? { kind: 'terms', terms: nodeTerms(spec) } : placement,
    containers,
    configMaps: [...configMaps].sort(),
  });
}

/**
 * The pod's node constraints as ORed terms of ANDed requirements: nodeSelector is ANDed into
 * every required nodeAffinity term, as the scheduler does.
 */
function nodeTerms(spec: Record<string, unknown>): Requirement[][] {
  const selector: Requirement[] = Object.entries(stringMap(spec.nodeSelector)).map(([key, value]) => ({
    key,
    operator: 'In',
    values: [value],
  }));
  const terms = getArray(
    spec,
    'affinity',
    'nodeAffinity',
    'requiredDuringSchedulingIgnoredDuringExecution',
    'nodeSelectorTerms',
  )
    .filter(isRecord)
    .map((term) =>
      getArray(term, 'matchExpressions').flatMap((expr): Requirement[] => {
        const key = scalarString(get(expr, 'key'));
        const operator = scalarString(get(expr, 'operator'));
        if (!key || !operator || !['In', 'NotIn', 'Exists', 'DoesNotExist'].includes(operator)) return [];
        const values = getArray(expr, 'values')
          .map(scalarString)
          .filter((v): v is string => v !== undefined);
        return [{ key, operator: operator as Requirement['operator'], values }];
      }),
    );
  if (terms.length === 0) return [selector];
  return terms.map((t) => [...selector, ...t]);
}
