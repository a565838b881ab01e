/**
 * cidr/pod-overlaps-service: pod and Service CIDRs share addresses. Reported at the Service CIDR,
 * the smaller range and the one ROS validates against the container CIDR, with the pod CIDR in
 * `related`.
 */
import type { RuleContext, TsRule } from '../ts-rule.js';
import { overlapFindings } from './overlap.js';

export const podOverlapsService: TsRule = {
  id: 'cidr/pod-overlaps-service',
  check({ model, cidrs }: RuleContext) {
    return overlapFindings(this.id, cidrs.valid(model.serviceCidrs), [
      { facts: cidrs.valid(model.podCidrs), kind: 'pod' },
    ]);
  },
};
