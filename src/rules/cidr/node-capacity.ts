/**
 * cidr/node-capacity: kube-controller-manager carves the pod CIDR into 2^(mask - prefix) node
 * blocks (pkg/controller/nodeipam/ipam/cidrset); each IPv4 block holds 2^(32 - mask) - 3 pod IPs
 * (network, cni0's .1 and broadcast: host-local's range), an IPv6 block 2^(128 - mask) - 2.
 * ACK's "Pods per Node" sets an ACK cluster's NodeCidrMask and its nodes' pod limit together
 * (https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/user-guide/work-with-flannel).
 */
import type { RawRelated } from '../../core/finding.js';
import { skipped } from '../../core/input-findings.js';
import { nodeMask } from '../../model/node-mask.js';
import type { Family } from '../../net/cidr.js';
import { defineRule, prose } from '../rule.js';
import { referencePodCidr } from './reference.js';

/** kubelet's default --max-pods. */
const DEFAULT_MAX_PODS = 110;
/** kube-controller-manager refuses IPv6 node masks more than 16 bits longer than the cluster prefix. */
const MAX_IPV6_MASK_DIFF = 16;

export const nodeCapacity = defineRule({
  id: 'cidr/node-capacity',
  level: 'warning',
  title: 'The pod CIDR cannot hold the nodes, or a node block holds too few pods',
  messages: {
    'mask-shorter': prose`The node mask {mask} is shorter than the pod CIDR {pod}: kube-controller-manager cannot
      carve one node block from it.`,
    'ipv6-mask-too-long': prose`The node mask {mask} is {bits} bits longer than the pod CIDR {pod};
      kube-controller-manager allows 16 ("New CIDR set failed; the node CIDR size is too big").`,
    'too-few-blocks': 'Pod CIDR {pod} holds {blocks} node blocks of {mask}, fewer than {needed}.',
    'too-few-pods': 'A {mask} node block holds {pods} pod IPs, fewer than {wanted}.',
  },
  why: prose`
    kube-controller-manager hands out 2^(node mask - prefix) node blocks; when they run out, new nodes get no pod
    network.
  `,
  fix: 'Use a larger pod CIDR or a larger node mask.',
  check({ model, cidrs }, report) {
    const pods = cidrs.valid(model.podCidrs);
    const families = ([4, 6] as Family[]).filter((f) => pods.some((p) => p.cidr.family === f));
    for (const family of families) {
      const pod = referencePodCidr(pods, family)!;
      const mask = nodeMask(model, family, families.length === 1);
      if (!mask.known) {
        const reason = `the node capacity of ${pod.cidr.text} is unknown: ${mask.reason}`;
        report(skipped(mask.at.ref, reason, mask.at.resource));
        continue;
      }
      const maskWords = mask.fact
        ? `/${mask.mask} (${mask.fact.origin})`
        : `/${mask.mask} (kube-controller-manager's default; no node mask is declared)`;
      const at = mask.fact?.ref ?? pod.fact.ref;
      const resource = mask.fact?.resource ?? pod.fact.resource;
      const podRelated: RawRelated[] = [
        { ref: pod.fact.ref, message: `pod CIDR ${pod.cidr.text} (${pod.fact.origin})` },
      ];
      const maskRelated: RawRelated[] = mask.fact ? [{ ref: mask.fact.ref, message: `node mask ${maskWords}` }] : [];
      const data = { mask: maskWords, pod: pod.cidr.text };

      if (mask.mask < pod.cidr.prefix) {
        report({ messageId: 'mask-shorter', ref: at, resource, data, related: mask.fact ? podRelated : [] });
        continue;
      }
      if (family === 6 && mask.mask - pod.cidr.prefix > MAX_IPV6_MASK_DIFF) {
        const bits = mask.mask - pod.cidr.prefix;
        report({
          messageId: 'ipv6-mask-too-long',
          ref: at,
          resource,
          data: { ...data, bits },
          related: mask.fact ? podRelated : [],
        });
        continue;
      }
      const blocks = 2n ** BigInt(mask.mask - pod.cidr.prefix);
      const declaredNodes = new Set(model.nodes.map((n) => n.name)).size;
      const planned = model.cluster.maxNodes;
      const byPlan = planned !== null && planned.value >= declaredNodes;
      if (BigInt(Math.max(declaredNodes, planned?.value ?? 0)) > blocks) {
        const needed = byPlan
          ? `the ${planned.value} nodes planned (cluster.maxNodes)`
          : `the ${declaredNodes} Nodes in the repository`;
        report({
          messageId: 'too-few-blocks',
          ref: pod.fact.ref,
          resource,
          data: { ...data, blocks: String(blocks), needed },
          related: [
            ...maskRelated,
            ...(byPlan ? [{ ref: planned.ref, message: `cluster.maxNodes: ${planned.value}` }] : []),
          ],
        });
      }
      const podsPerBlock = family === 4 ? 2n ** BigInt(32 - mask.mask) - 3n : 2n ** BigInt(128 - mask.mask) - 2n;
      const maxPods = model.cluster.maxPodsPerNode;
      const wanted = maxPods?.value ?? DEFAULT_MAX_PODS;
      // An ACK cluster's NodeCidrMask is its "Pods per Node" ("the maximum number of pods per
      // node"): ACK sets the nodes' pod limit from it, so kubelet's default is not the measure.
      const ackChoosesMaxPods = !maxPods && mask.fact?.declaredBy === 'template';
      if (!ackChoosesMaxPods && podsPerBlock < BigInt(wanted)) {
        const whose = maxPods ? `cluster.maxPodsPerNode (${wanted})` : `kubelet's default maxPods (${wanted})`;
        report({
          messageId: 'too-few-pods',
          ref: at,
          resource,
          data: { ...data, pods: String(podsPerBlock < 0n ? 0n : podsPerBlock), wanted: whose },
          related: [
            ...(mask.fact ? podRelated : []),
            ...(maxPods ? [{ ref: maxPods.ref, message: `cluster.maxPodsPerNode: ${wanted}` }] : []),
          ],
        });
      }
    }
  },
});
