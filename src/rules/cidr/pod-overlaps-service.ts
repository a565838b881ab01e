/**
 * cidr/pod-overlaps-service: pod and Service CIDRs share addresses. Reported at the Service CIDR,
 * the smaller range and the one ROS validates against the container CIDR, with the pod CIDR in
 * `related`.
 */
import { defineRule } from '../rule.js';
import { overlapReports } from './overlap.js';

export const podOverlapsService = defineRule({
  id: 'cidr/pod-overlaps-service',
  level: 'error',
  title: 'Pod CIDR overlaps the Service CIDR',
  messages: {
    overlap: 'Service CIDR {subject} {relation} pod CIDR {other} declared at {otherAt} ({overlap} in both).',
  },
  why: 'kube-proxy would capture pod addresses as Service virtual IPs.',
  fix: 'Give pods and Services disjoint ranges.',
  check({ model, cidrs }, report) {
    const pods = [{ facts: cidrs.valid(model.podCidrs), kind: 'pod' }];
    for (const r of overlapReports('overlap', cidrs.valid(model.serviceCidrs), pods)) report(r);
  },
});
