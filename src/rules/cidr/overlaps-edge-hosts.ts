/**
 * cidr/overlaps-edge-hosts: a pod or Service CIDR shares addresses with a data centre's host
 * network, which edge nodes then cannot route ("Node route overlaps with service cidr", ACK Edge
 * FAQ). Reported at the pod or Service CIDR: the data centre's network does not move.
 */
import { defineRule, prose } from '../rule.js';
import { overlapReports } from './overlap.js';

export const overlapsEdgeHosts = defineRule({
  id: 'cidr/overlaps-edge-hosts',
  level: 'error',
  title: "Pod or Service CIDR overlaps an edge site's host network",
  messages: {
    overlap: prose`{kind} CIDR {subject} {relation} the host network {other} of edge site {site} declared at
      {otherAt} ({overlap} in both).`,
  },
  why: prose`
    ACK Edge: "Node route overlaps with service cidr ... make sure that these CIDR blocks do not conflict with
    the route of the node" (edge node FAQ).
  `,
  fix: 'Keep pod and Service CIDRs out of every data centre network.',
  check({ model, cidrs }, report) {
    for (const site of model.sites) {
      const hosts = [{ facts: cidrs.valid(site.hostCidrs), kind: `edge site ${site.name} host` }];
      for (const [kind, facts] of [
        ['Pod', model.podCidrs],
        ['Service', model.serviceCidrs],
      ] as const) {
        for (const r of overlapReports('overlap', cidrs.valid(facts), hosts, () => ({ kind, site: site.name }))) {
          report(r);
        }
      }
    }
  },
});
