/**
 * cidr/not-private: an IPv4 pod or Service CIDR outside RFC 1918, or touching 100.64.0.0/10,
 * which Alibaba Cloud services use (ACK's ContainerCidr rule; the leased-line network guide).
 * IPv6 ranges are not judged: ACK accepts global addresses there.
 */
import { contains, overlaps, parseCidr, relation, type Cidr } from '../../net/cidr.js';
import { defineRule } from '../rule.js';

const cidr = (text: string): Cidr => (parseCidr(text) as { cidr: Cidr }).cidr;
const PRIVATE = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'].map(cidr);
const ALIBABA_SERVICES = cidr('100.64.0.0/10');

export const notPrivate = defineRule({
  id: 'cidr/not-private',
  level: 'warning',
  title: 'A pod or Service CIDR outside the private ranges, or inside 100.64.0.0/10',
  messages: {
    'alibaba-services': '{kind} CIDR {cidr} {relation} 100.64.0.0/10, which Alibaba Cloud services use.',
    public: '{kind} CIDR {cidr} is not inside the private ranges 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16.',
  },
  why: 'ACK requires private ranges; 100.64.0.0/10 is used by Alibaba Cloud services.',
  fix: 'Use a range inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16.',
  check({ model, cidrs }, report) {
    for (const [kind, facts] of [
      ['Pod', model.podCidrs],
      ['Service', model.serviceCidrs],
    ] as const) {
      for (const { fact, cidr } of cidrs.valid(facts)) {
        if (cidr.family !== 4) continue;
        const at = { ref: fact.ref, resource: fact.resource };
        if (overlaps(cidr, ALIBABA_SERVICES)) {
          const data = { kind, cidr: cidr.text, relation: relation(cidr, ALIBABA_SERVICES) };
          report({ messageId: 'alibaba-services', ...at, data });
        } else if (!PRIVATE.some((p) => contains(p, cidr))) {
          report({ messageId: 'public', ...at, data: { kind, cidr: cidr.text } });
        }
      }
    }
  },
});
