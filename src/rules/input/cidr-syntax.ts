/** Malformed or non-canonical CIDRs and node masks, wherever they are declared (input/invalid-resource). */
import type { RawFinding } from '../../core/finding.js';
import type { Family } from '../../net/cidr.js';
import { maskValue } from '../cidr/node-mask.js';
import type { RuleContext, TsRule } from '../ts-rule.js';

export const cidrSyntax: TsRule = {
  id: 'input/invalid-resource',
  check({ model, cidrs }: RuleContext): RawFinding[] {
    const out: RawFinding[] = [];
    const seen = new Set<string>();
    for (const [fact, result] of cidrs.results()) {
      // A value reached twice (a Parameter Default used by two resources) is reported once.
      const key = JSON.stringify(fact.ref);
      if (seen.has(key)) continue;
      seen.add(key);
      if (!result.ok) {
        out.push({
          ruleId: 'input/invalid-resource',
          ref: fact.ref,
          data: { detail: `${fact.origin}: ${result.error}.` },
          resource: fact.resource,
        });
      } else if (!result.canonical) {
        out.push({
          ruleId: 'input/invalid-resource',
          ref: fact.ref,
          data: {
            detail: `${fact.origin}: "${fact.cidr}" has host bits set; the network is ${result.cidr.text}, write that.`,
          },
          resource: fact.resource,
        });
      }
    }
    for (const mask of model.nodeCidrMasks) {
      const families: Family[] = mask.family === 0 ? [4, 6] : [mask.family];
      if (families.some((f) => maskValue(mask, f) !== undefined)) continue;
      const range = mask.family === 6 ? '1 to 128' : '1 to 32';
      out.push({
        ruleId: 'input/invalid-resource',
        ref: mask.ref,
        resource: mask.resource,
        data: { detail: `${mask.origin}: "${mask.value}" is not a node mask (a whole number from ${range}).` },
      });
    }
    return out;
  },
};
