/**
 * cidr/not-private: an IPv4 pod or Service CIDR outside RFC 1918, or touching 100.64.0.0/10,
 * which Alibaba Cloud services use (ACK's ContainerCidr rule; the leased-line network guide).
 * IPv6 ranges are not judged: ACK accepts global addresses there.
 */
import type { RawFinding } from '../../core/finding.js';
import { contains, overlaps, parseCidr, relation, type Cidr } from '../../net/cidr.js';
import type { RuleContext, TsRule } from '../ts-rule.js';

const cidr = (text: string): Cidr => (parseCidr(text) as { cidr: Cidr }).cidr;
const PRIVATE = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'].map(cidr);
const ALIBABA_SERVICES = cidr('100.64.0.0/10');

export const notPrivate: TsRule = {
  id: 'cidr/not-private',
  check({ model, cidrs }: RuleContext): RawFinding[] {
    const out: RawFinding[] = [];
    for (const [kind, facts] of [
      ['Pod', model.podCidrs],
      ['Service', model.serviceCidrs],
    ] as const) {
      for (const { fact, cidr } of cidrs.valid(facts)) {
        if (cidr.family !== 4) continue;
        let detail: string | undefined;
        if (overlaps(cidr, ALIBABA_SERVICES))
          detail = `${relation(cidr, ALIBABA_SERVICES)} 100.64.0.0/10, which Alibaba Cloud services use`;
        else if (!PRIVATE.some((p) => contains(p, cidr)))
          detail = 'is not inside the private ranges 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16';
        if (detail)
          out.push({
            ruleId: this.id,
            ref: fact.ref,
            resource: fact.resource,
            data: { kind, cidr: cidr.text, detail },
          });
      }
    }
    return out;
  },
};
