/**
 * cidr/node-podcidr-overlap: two Nodes hold overlapping pod blocks. A sweep over blocks sorted by
 * start address finds every overlapping pair in O(n log n + pairs); the finding sits on the node
 * declared later, with the earlier one in `related`.
 */
import type { ParsedFact } from '../../model/cidr-index.js';
import { relation } from '../../net/cidr.js';
import { defineRule } from '../rule.js';

export const nodePodCidrOverlap = defineRule({
  id: 'cidr/node-podcidr-overlap',
  level: 'error',
  title: 'Two Nodes hold overlapping spec.podCIDR blocks',
  messages: {
    overlap: 'Node {node} podCIDR {cidr} {relation} the podCIDR {otherCidr} of node {other} declared at {otherAt}.',
  },
  why: 'Two nodes routing the same pod addresses break pod traffic to both.',
  fix: 'Let kube-controller-manager allocate pod CIDRs, or assign disjoint blocks.',
  check({ model, cidrs }, report) {
    const blocks = cidrs.valid(model.nodes.flatMap((n) => n.podCidrs));
    const order = new Map(blocks.map((b, i) => [b, i]));
    const sorted = [...blocks].sort(
      (a, b) =>
        a.cidr.family - b.cidr.family || (a.cidr.start < b.cidr.start ? -1 : a.cidr.start > b.cidr.start ? 1 : 0),
    );
    let active: ParsedFact[] = [];
    for (const block of sorted) {
      active = active.filter((a) => a.cidr.family === block.cidr.family && a.cidr.end >= block.cidr.start);
      for (const earlier of active) {
        // Two declarations of one Node (a base and its overlay) are one object, not two nodes.
        if (earlier.fact.resource.name === block.fact.resource.name) continue;
        const [first, later] = order.get(earlier)! < order.get(block)! ? [earlier, block] : [block, earlier];
        report({
          messageId: 'overlap',
          ref: later.fact.ref,
          resource: later.fact.resource,
          data: {
            node: later.fact.resource.name,
            cidr: later.cidr.text,
            relation: relation(later.cidr, first.cidr),
            other: first.fact.resource.name,
            otherCidr: first.cidr.text,
            otherAt: first.fact.ref,
          },
          related: [{ ref: first.fact.ref, message: `Node ${first.fact.resource.name} podCIDR ${first.cidr.text}` }],
        });
      }
      active.push(block);
    }
  },
});
