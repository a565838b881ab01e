/**
 * cidr/node-capacity: kube-controller-manager carves the pod CIDR into 2^(mask - prefix) node
 * blocks (pkg/controller/nodeipam/ipam/cidrset); each IPv4 block holds 2^(32 - mask) - 3 pod IPs
 * (network, cni0's .1 and broadcast: host-local's range), an IPv6 block 2^(128 - mask) - 2.
 */
import type { RawFinding, RawRelated } from '../../core/finding.js';
import type { Family } from '../../net/cidr.js';
import type { RuleContext, TsRule } from '../ts-rule.js';
import { nodeMask } from './node-mask.js';
import { referencePodCidr } from './reference.js';

/** kubelet's default --max-pods. */
const DEFAULT_MAX_PODS = 110;
/** kube-controller-manager refuses IPv6 node masks more than 16 bits longer than the cluster prefix. */
const MAX_IPV6_MASK_DIFF = 16;

export const nodeCapacity: TsRule = {
  id: 'cidr/node-capacity',
  check({ model, cidrs }: RuleContext): RawFinding[] {
    const out: RawFinding[] = [];
    const pods = cidrs.valid(model.podCidrs);
    const families = ([4, 6] as Family[]).filter((f) => pods.some((p) => p.cidr.family === f));
    for (const family of families) {
      const pod = referencePodCidr(pods, family)!;
      const mask = nodeMask(model, family, families.length === 1);
      if (!mask.known) {
        out.push({
          ruleId: 'input/skipped',
          ref: mask.at.ref,
          data: { reason: `the node capacity of ${pod.cidr.text} is unknown: ${mask.reason}` },
          resource: mask.at.resource,
        });
        continue;
      }
      const maskWords = mask.fact
        ? `/${mask.mask} (${mask.fact.origin})`
        : `/${mask.mask} (kube-controller-manager's default; no node mask is declared)`;
      const at = mask.fact?.ref ?? pod.fact.ref;
      const related: RawRelated[] = [{ ref: pod.fact.ref, message: `pod CIDR ${pod.cidr.text} (${pod.fact.origin})` }];
      const add = (ref: typeof at, detail: string, rel: RawRelated[]) =>
        out.push({
          ruleId: this.id,
          ref,
          resource: mask.fact?.resource ?? pod.fact.resource,
          data: { detail },
          related: rel,
        });
      const maskRelated: RawRelated[] = mask.fact ? [{ ref: mask.fact.ref, message: `node mask ${maskWords}` }] : [];

      if (mask.mask < pod.cidr.prefix) {
        add(
          at,
          `The node mask ${maskWords} is shorter than the pod CIDR ${pod.cidr.text}: kube-controller-manager cannot carve one node block from it.`,
          mask.fact ? related : [],
        );
        continue;
      }
      if (family === 6 && mask.mask - pod.cidr.prefix > MAX_IPV6_MASK_DIFF) {
        add(
          at,
          `The node mask ${maskWords} is ${mask.mask - pod.cidr.prefix} bits longer than the pod CIDR ${pod.cidr.text}; kube-controller-manager allows 16 ("New CIDR set failed; the node CIDR size is too big").`,
          mask.fact ? related : [],
        );
        continue;
      }
      const blocks = 2n ** BigInt(mask.mask - pod.cidr.prefix);
      const declaredNodes = new Set(model.nodes.map((n) => n.name)).size;
      const planned = model.cluster.maxNodes;
      const needed = Math.max(declaredNodes, planned?.value ?? 0);
      if (BigInt(needed) > blocks) {
        const why =
          planned && planned.value >= declaredNodes
            ? `the ${planned.value} nodes planned (cluster.maxNodes)`
            : `the ${declaredNodes} Nodes in the repository`;
        add(pod.fact.ref, `Pod CIDR ${pod.cidr.text} holds ${blocks} node blocks of ${maskWords}, fewer than ${why}.`, [
          ...maskRelated,
          ...(planned && planned.value >= declaredNodes
            ? [{ ref: planned.ref, message: `cluster.maxNodes: ${planned.value}` }]
            : []),
        ]);
      }
      const podsPerBlock = family === 4 ? 2n ** BigInt(32 - mask.mask) - 3n : 2n ** BigInt(128 - mask.mask) - 2n;
      const maxPods = model.cluster.maxPodsPerNode;
      const wanted = maxPods?.value ?? DEFAULT_MAX_PODS;
      if (podsPerBlock < BigInt(wanted)) {
        const whose = maxPods ? `cluster.maxPodsPerNode (${wanted})` : `kubelet's default maxPods (${wanted})`;
        add(
          at,
          `A ${maskWords} node block holds ${podsPerBlock < 0n ? 0n : podsPerBlock} pod IPs, fewer than ${whose}.`,
          [
            ...(mask.fact ? related : []),
            ...(maxPods ? [{ ref: maxPods.ref, message: `cluster.maxPodsPerNode: ${wanted}` }] : []),
          ],
        );
      }
    }
    return out;
  },
};
