/** cidr/service-overlaps-vpc: the Service CIDR shares addresses with the VPC or a vSwitch. */
import type { RuleContext, TsRule } from '../ts-rule.js';
import { rangesOverlapVpc } from './pod-overlaps-vpc.js';

export const serviceOverlapsVpc: TsRule = {
  id: 'cidr/service-overlaps-vpc',
  check({ model, cidrs }: RuleContext) {
    return rangesOverlapVpc(
      this.id,
      cidrs.valid(model.serviceCidrs),
      cidrs.valid(model.vpcCidrs),
      cidrs.valid(model.vswitchCidrs),
    );
  },
};
