/**
 * cidr/node-podcidr-overlap: two Nodes hold overlapping pod blocks. A sweep over blocks sorted by
 * start address finds every overlapping pair in O(n log n + pairs); the finding sits on the node
 * declared later, with the earlier one in `related`.
 */
import type { RawFinding } from '../../core/finding.js';
import { relation } from '../../net/cidr.js';
import type { ParsedFact } from '../cidr-index.js';
import type { RuleContext, TsRule } from '../ts-rule.js';

export const nodePodCidrOverlap: TsRule = {
  id: 'cidr/node-podcidr-overlap',
  check({ model, cidrs }: RuleContext): RawFinding[] {
    const blocks = cidrs.valid(model.nodes.flatMap((n) => n.podCidrs));
    const order = new Map(blocks.map((b, i) => [b, i]));
    const sorted = [...blocks].sort(
      (a, b) =>
        a.cidr.family - b.cidr.family || (a.cidr.start < b.cidr.start ? -1 : a.cidr.start > b.cidr.start ? 1 : 0),
    );
    const out: RawFinding[] = [];
    let active: ParsedFact[] = [];
    for (const block of sorted) {
      active = active.filter((a) => a.cidr.family === block.cidr.family && a.cidr.end >= block.cidr.start);
      for (const earlier of active) {
        const [first, later] = order.get(earlier)! < order.get(block)! ? [earlier, block] : [block, earlier];
        out.push({
          ruleId: this.id,
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
    return out;
  },
};
