/**
 * Address settings of the control plane: kubeadm's ClusterConfiguration, and the flags of
 * kube-controller-manager and kube-apiserver containers (static pods or Deployments).
 */
import type { PathSegment, ResourceId } from '../core/finding.js';
import { get, getArray, isRecord, k8sResource, refTo, scalarString, type DocContext } from './document.js';
import type { CidrKind, ModelDraft } from './draft.js';
import type { Declarer } from './types.js';

type FlagTarget = { cidr: CidrKind } | { mask: 0 | 4 | 6 };

const COMPONENT_FLAGS: Record<string, { declaredBy: Declarer; flags: Record<string, FlagTarget> }> = {
  'kube-controller-manager': {
    declaredBy: 'controller-manager',
    flags: {
      'cluster-cidr': { cidr: 'pod' },
      'service-cluster-ip-range': { cidr: 'service' },
      'node-cidr-mask-size': { mask: 0 },
      'node-cidr-mask-size-ipv4': { mask: 4 },
      'node-cidr-mask-size-ipv6': { mask: 6 },
    },
  },
  'kube-apiserver': { declaredBy: 'api-server', flags: { 'service-cluster-ip-range': { cidr: 'service' } } },
};

export function isKubeadmClusterConfiguration(data: Record<string, unknown>): boolean {
  return (
    typeof data.apiVersion === 'string' &&
    data.apiVersion.startsWith('kubeadm.k8s.io/') &&
    data.kind === 'ClusterConfiguration'
  );
}

/** kubeadm's DefaultServicesSubnet (cmd/kubeadm/app/apis/kubeadm/v1beta4/defaults.go). */
export const KUBEADM_DEFAULT_SERVICE_SUBNET = '10.96.0.0/12';

export function readKubeadm(ctx: DocContext, draft: ModelDraft): void {
  const resource = k8sResource(ctx.data);
  for (const [key, kind] of [
    ['podSubnet', 'pod'],
    ['serviceSubnet', 'service'],
  ] as const) {
    const value = scalarString(get(ctx.data, 'networking', key));
    if (value)
      draft.addCidrList(kind, value, refTo(ctx, ['networking', key]), `kubeadm networking.${key}`, 'kubeadm', resource);
  }
  if (scalarString(get(ctx.data, 'networking', 'serviceSubnet')) === undefined) {
    // Absent, kubeadm uses its default: placed at `networking` (or the kind), where it would be set.
    const at = get(ctx.data, 'networking') === undefined ? ['kind'] : ['networking'];
    draft.addCidr('service', {
      cidr: KUBEADM_DEFAULT_SERVICE_SUBNET,
      ref: refTo(ctx, at, { key: true }),
      origin: "kubeadm's default serviceSubnet",
      declaredBy: 'kubeadm',
      resource,
    });
  }
  // extraArgs is a map in v1beta3 and a list of {name, value} in v1beta4.
  const extra = get(ctx.data, 'controllerManager', 'extraArgs');
  const args: { name: string; value: string; path: PathSegment[] }[] = Array.isArray(extra)
    ? extra.flatMap((a, i) => {
        const name = scalarString(get(a, 'name'));
        const value = scalarString(get(a, 'value'));
        return name && value !== undefined
          ? [{ name, value, path: ['controllerManager', 'extraArgs', i, 'value'] }]
          : [];
      })
    : isRecord(extra)
      ? Object.entries(extra).flatMap(([name, v]) => {
          const value = scalarString(v);
          return value === undefined ? [] : [{ name, value, path: ['controllerManager', 'extraArgs', name] }];
        })
      : [];
  const flags = COMPONENT_FLAGS['kube-controller-manager']!.flags;
  for (const { name, value, path } of args) {
    const target = flags[name];
    if (target)
      addFlag(
        draft,
        target,
        value,
        refTo(ctx, path),
        `kubeadm controllerManager.extraArgs ${name}`,
        'kubeadm',
        resource,
      );
  }
}

/** Flags of a container that runs kube-controller-manager or kube-apiserver. */
export function readComponentFlags(
  ctx: DocContext,
  container: Record<string, unknown>,
  base: PathSegment[],
  draft: ModelDraft,
  resource: ResourceId,
): void {
  const words: { text: string; path: PathSegment[] }[] = [];
  for (const list of ['command', 'args'] as const) {
    getArray(container, list).forEach((w, i) => {
      const text = scalarString(w);
      if (text !== undefined) words.push({ text, path: [...base, list, i] });
    });
  }
  const identity = [scalarString(container.name), scalarString(container.image), ...words.map((w) => w.text)].join(' ');
  for (const [component, { declaredBy, flags }] of Object.entries(COMPONENT_FLAGS)) {
    if (!identity.includes(component)) continue;
    words.forEach((word, i) => {
      const match = /^--([a-z0-9-]+)(=(.*))?$/.exec(word.text);
      const target = match && flags[match[1]!];
      if (!match || !target) return;
      const origin = `${component} --${match[1]}`;
      if (match[2] !== undefined) {
        const start = match[1]!.length + 3;
        addFlag(
          draft,
          target,
          match[3]!,
          refTo(ctx, word.path, { span: [start, word.text.length] }),
          origin,
          declaredBy,
          resource,
        );
      } else if (words[i + 1]) {
        addFlag(draft, target, words[i + 1]!.text, refTo(ctx, words[i + 1]!.path), origin, declaredBy, resource);
      }
    });
  }
}

function addFlag(
  draft: ModelDraft,
  target: FlagTarget,
  value: string,
  ref: ReturnType<typeof refTo>,
  origin: string,
  declaredBy: Declarer,
  resource: ResourceId,
): void {
  if ('cidr' in target) draft.addCidrList(target.cidr, value, ref, origin, declaredBy, resource);
  else draft.addMask({ value, family: target.mask, ref, origin, declaredBy, resource });
}
