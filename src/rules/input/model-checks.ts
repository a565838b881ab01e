/**
 * Input findings that need the assembled model: malformed or non-canonical CIDRs and node masks,
 * malformed firewall rules (found once by the FirewallIndex), and values a template leaves to
 * deployment time (a Ref to a Parameter without Default, Fn::Select ...), reported as not
 * analysed rather than guessed.
 */
import type { RawFinding } from '../../core/finding.js';
import { invalidResource, skipped } from '../../core/input-findings.js';
import { maskValue } from '../../model/node-mask.js';
import type { Family } from '../../net/cidr.js';
import type { RuleContext } from '../rule.js';

export function modelInputChecks({ model, cidrs, firewall }: RuleContext): RawFinding[] {
  const out: RawFinding[] = [];
  const seen = new Set<string>();
  for (const [fact, result] of cidrs.results()) {
    // A value reached twice (a Parameter Default used by two resources) is reported once.
    const key = JSON.stringify(fact.ref);
    if (seen.has(key)) continue;
    seen.add(key);
    if (!result.ok) out.push(invalidResource(fact.ref, `${fact.origin}: ${result.error}.`, fact.resource));
    else if (!result.canonical) {
      const network = result.cidr.text;
      const detail = `${fact.origin}: "${fact.cidr}" has host bits set; the network is ${network}, write that.`;
      out.push(invalidResource(fact.ref, detail, fact.resource));
    }
  }
  for (const mask of model.nodeCidrMasks) {
    const families: Family[] = mask.family === 0 ? [4, 6] : [mask.family];
    if (families.some((f) => maskValue(mask, f) !== undefined)) continue;
    const range = mask.family === 6 ? '1 to 128' : '1 to 32';
    const detail = `${mask.origin}: "${mask.value}" is not a node mask (a whole number from ${range}).`;
    out.push(invalidResource(mask.ref, detail, mask.resource));
  }
  for (const problem of firewall.problems) out.push(problem);
  for (const u of model.unknowns) out.push(skipped(u.ref, `${u.what} is unknown: ${u.reason}`, u.resource));
  return out;
}
