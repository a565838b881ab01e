/**
 * cidr/overlaps-edge-hosts: a pod or Service CIDR shares addresses with a data centre's host
 * network, which edge nodes then cannot route ("Node route overlaps with service cidr", ACK Edge
 * FAQ). Reported at the pod or Service CIDR: the data centre's network does not move.
 */
import type { RuleContext, TsRule } from '../ts-rule.js';
import { overlapFindings } from './overlap.js';

export const overlapsEdgeHosts: TsRule = {
  id: 'cidr/overlaps-edge-hosts',
  check({ model, cidrs }: RuleContext) {
    return model.sites.flatMap((site) => {
      const hosts = [{ facts: cidrs.valid(site.hostCidrs), kind: `edge site ${site.name} host` }];
      return [
        ...overlapFindings(this.id, cidrs.valid(model.podCidrs), hosts, () => ({ kind: 'Pod', site: site.name })),
        ...overlapFindings(this.id, cidrs.valid(model.serviceCidrs), hosts, () => ({
          kind: 'Service',
          site: site.name,
        })),
      ];
    });
  },
};
