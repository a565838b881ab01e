/**
 * cidr/pod-cidr-mismatch: the pod CIDR is declared differently in two places, or a Node's
 * podCIDR lies outside flannel's Network (flannel then refuses the node, with the error quoted
 * from pkg/subnet/kube/kube.go).
 */
import type { ParsedFact } from '../../model/cidr-index.js';
import { contains, type Family } from '../../net/cidr.js';
import { defineRule, prose, type Report } from '../rule.js';
import { byPrecedence } from './reference.js';

type MessageId = 'differs' | 'flannel-narrower' | 'node-outside-flannel' | 'node-outside-cluster';

export const podCidrMismatch = defineRule({
  id: 'cidr/pod-cidr-mismatch',
  level: 'error',
  title: 'The pod CIDR is declared differently in two places',
  messages: {
    differs: 'Pod CIDR {cidr} ({origin}) differs from {reference} ({referenceOrigin}).',
    'flannel-narrower': prose`Pod CIDR {cidr} ({origin}) differs from {reference} ({referenceOrigin}): flannel's
      Network must contain the cluster's pod CIDR.`,
    // flannel's own error (pkg/subnet/kube/kube.go), so that a search for it finds this rule.
    'node-outside-flannel': prose`subnet "{reference}" specified in the flannel net config doesn't contain
      "{cidr}" {family}PodCIDR of the "{node}" node: flannel will not start on it.`,
    'node-outside-cluster':
      "Node {node} podCIDR {cidr} lies outside the cluster's pod CIDR {reference} ({referenceOrigin}).",
  } satisfies Record<MessageId, string>,
  why: 'flannel only accepts node podCIDRs inside its Network; a mismatch leaves nodes without a pod network.',
  fix: 'Declare one pod CIDR everywhere.',
  check({ model, cidrs }, report) {
    const pods = cidrs.valid(model.podCidrs);
    for (const family of [4, 6] as Family[]) {
      const declared = byPrecedence(pods.filter((p) => p.cidr.family === family));
      const reference = declared[0];
      if (!reference) continue;
      for (const other of declared.slice(1)) {
        if (other.cidr.text === reference.cidr.text) continue;
        // flannel's Network only has to contain every node block, so it may be wider.
        if (other.fact.declaredBy === 'flannel' && contains(other.cidr, reference.cidr)) continue;
        const narrower = other.fact.declaredBy === 'flannel' && reference.fact.declaredBy !== 'flannel';
        report(finding(narrower ? 'flannel-narrower' : 'differs', other, reference));
      }
      const nodes = cidrs.valid(model.nodes.flatMap((n) => n.podCidrs));
      for (const r of nodesOutside(nodes, declared, family)) report(r);
    }
  },
});

function nodesOutside(nodeCidrs: ParsedFact[], declared: ParsedFact[], family: Family): Report<MessageId>[] {
  const flannel = declared.filter((d) => d.fact.declaredBy === 'flannel');
  const reference = declared.find((d) => d.fact.declaredBy !== 'flannel');
  const out: Report<MessageId>[] = [];
  for (const node of nodeCidrs.filter((n) => n.cidr.family === family)) {
    const name = node.fact.resource.name ?? '';
    if (flannel.length > 0) {
      if (flannel.some((f) => contains(f.cidr, node.cidr))) continue;
      out.push(finding('node-outside-flannel', node, flannel[0]!, { node: name, family: family === 6 ? 'IPv6 ' : '' }));
    } else if (reference && !contains(reference.cidr, node.cidr)) {
      out.push(finding('node-outside-cluster', node, reference, { node: name }));
    }
  }
  return out;
}

function finding(messageId: MessageId, at: ParsedFact, other: ParsedFact, extra = {}): Report<MessageId> {
  return {
    messageId,
    ref: at.fact.ref,
    resource: at.fact.resource,
    data: {
      cidr: at.cidr.text,
      origin: at.fact.origin,
      reference: other.cidr.text,
      referenceOrigin: other.fact.origin,
      ...extra,
    },
    related: [{ ref: other.fact.ref, message: `${other.fact.origin}: ${other.cidr.text}` }],
  };
}
