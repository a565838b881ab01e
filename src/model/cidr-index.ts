/**
 * Every CIDR fact of the model parsed once. Rules read the valid ones; the malformed and
 * non-canonical ones become input/invalid-resource findings (src/rules/input/cidr-syntax.ts).
 */
import type { NetworkModel, CidrFact } from './types.js';
import { parseCidr, type Cidr, type ParsedCidr } from '../net/cidr.js';

export interface ParsedFact {
  fact: CidrFact;
  cidr: Cidr;
}

export class CidrIndex {
  private readonly parsed = new Map<CidrFact, ParsedCidr>();

  constructor(readonly model: NetworkModel) {
    for (const fact of allCidrFacts(model)) this.parsed.set(fact, parseCidr(fact.cidr));
  }

  /** The facts whose CIDR parsed (a non-canonical one is read as its network, as Kubernetes does). */
  valid(facts: readonly CidrFact[]): ParsedFact[] {
    const out: ParsedFact[] = [];
    for (const fact of facts) {
      const result = this.parsed.get(fact) ?? parseCidr(fact.cidr);
      if (result.ok) out.push({ fact, cidr: result.cidr });
    }
    return out;
  }

  results(): [CidrFact, ParsedCidr][] {
    return [...this.parsed];
  }
}

export function allCidrFacts(model: NetworkModel): CidrFact[] {
  return [
    ...model.podCidrs,
    ...model.serviceCidrs,
    ...model.vpcCidrs,
    ...model.vswitchCidrs,
    ...model.sites.flatMap((s) => s.hostCidrs),
    ...model.nodes.flatMap((n) => n.podCidrs),
  ];
}
