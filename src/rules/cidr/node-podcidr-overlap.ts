/**
 * cidr/node-podcidr-overlap: Nodes hold overlapping pod blocks. One sweep over the blocks sorted
 * by start address cuts them into groups that overlap (a group goes on while the next block starts
 * before the group's end), in O(n log n): 500 Nodes sharing one block are one finding, not
 * 124,750 pairs. The finding sits on the block declared last, with the others in `related`
 * (the first RELATED_CAP of them; the message counts them all).
 */
import type { ParsedFact } from '../../model/cidr-index.js';
import { relation } from '../../net/cidr.js';
import { defineRule } from '../rule.js';

/** Other ends listed in a finding's `related`; the message names how many there are in all. */
export const RELATED_CAP = 10;
/** Node names the message lists before "and N more". */
const NAMED = 5;

export const nodePodCidrOverlap = defineRule({
  id: 'cidr/node-podcidr-overlap',
  level: 'error',
  title: 'Two Nodes hold overlapping spec.podCIDR blocks',
  messages: {
    overlap: 'Node {node} podCIDR {cidr} {relation} the podCIDR {otherCidr} of node {other} declared at {otherAt}.',
    group:
      'Node {node} podCIDR {cidr} overlaps the podCIDR blocks of ' +
      'other nodes: {count} nodes hold overlapping blocks ({others}).',
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
    const judge = (group: ParsedFact[]) => {
      const later = group.reduce((a, b) => (order.get(b)! > order.get(a)! ? b : a));
      // Each other node once, at its first declaration (a base and its overlay declare one Node twice).
      const others = new Map<string | null, ParsedFact>();
      for (const b of [...group].sort((x, y) => order.get(x)! - order.get(y)!)) {
        const name = b.fact.resource.name;
        if (name !== later.fact.resource.name && !others.has(name)) others.set(name, b);
      }
      if (others.size === 0) return;
      const node = later.fact.resource.name;
      const related = [...others.values()]
        .slice(0, RELATED_CAP)
        .map((b) => ({ ref: b.fact.ref, message: `Node ${b.fact.resource.name} podCIDR ${b.cidr.text}` }));
      if (others.size === 1) {
        const first = [...others.values()][0]!;
        report({
          messageId: 'overlap',
          ref: later.fact.ref,
          resource: later.fact.resource,
          data: {
            node,
            cidr: later.cidr.text,
            relation: relation(later.cidr, first.cidr),
            other: first.fact.resource.name,
            otherCidr: first.cidr.text,
            otherAt: first.fact.ref,
          },
          related,
        });
        return;
      }
      const names = [...others.keys()].slice(0, NAMED).join(', ');
      const more = others.size > NAMED ? ` and ${others.size - NAMED} more` : '';
      report({
        messageId: 'group',
        ref: later.fact.ref,
        resource: later.fact.resource,
        data: { node, cidr: later.cidr.text, count: others.size + 1, others: `${names}${more}` },
        related,
      });
    };
    let group: ParsedFact[] = [];
    let end = 0n;
    for (const block of sorted) {
      const joins = group.length > 0 && block.cidr.family === group[0]!.cidr.family && block.cidr.start <= end;
      if (!joins) {
        if (group.length > 1) judge(group);
        group = [];
        end = block.cidr.end;
      } else if (block.cidr.end > end) end = block.cidr.end;
      group.push(block);
    }
    if (group.length > 1) judge(group);
  },
});
