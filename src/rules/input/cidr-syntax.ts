/** Malformed or non-canonical CIDRs in any field that holds one (input/invalid-resource). */
import type { RawFinding } from '../../core/finding.js';
import type { RuleContext, TsRule } from '../ts-rule.js';

export const cidrSyntax: TsRule = {
  id: 'input/invalid-resource',
  check({ cidrs }: RuleContext): RawFinding[] {
    const out: RawFinding[] = [];
    const seen = new Set<string>();
    for (const [fact, result] of cidrs.results()) {
      // A value reached twice (a Parameter Default used by two resources) is reported once.
      const key = JSON.stringify(fact.ref);
      if (seen.has(key)) continue;
      seen.add(key);
      if (!result.ok) {
        out.push({ ruleId: 'input/invalid-resource', ref: fact.ref, data: { detail: `${fact.origin}: ${result.error}.` }, resource: fact.resource });
      } else if (!result.canonical) {
        out.push({
          ruleId: 'input/invalid-resource',
          ref: fact.ref,
          data: { detail: `${fact.origin}: "${fact.cidr}" has host bits set; the network is ${result.cidr.text}, write that.` },
          resource: fact.resource,
        });
      }
    }
    return out;
  },
};
