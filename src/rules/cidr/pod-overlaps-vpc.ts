/**
 * cidr/pod-overlaps-vpc: the pod CIDR shares addresses with the VPC or a vSwitch. Reported at the
 * pod CIDR (the VPC usually cannot move), with the VPC or vSwitch in `related`.
 */
import type { RawFinding } from '../../core/finding.js';
import { contains, overlaps } from '../../net/cidr.js';
import type { ParsedFact } from '../cidr-index.js';
import type { RuleContext, TsRule } from '../ts-rule.js';
import { overlapFindings } from './overlap.js';

export const podOverlapsVpc: TsRule = {
  id: 'cidr/pod-overlaps-vpc',
  check({ model, cidrs }: RuleContext) {
    return rangesOverlapVpc(
      this.id,
      cidrs.valid(model.podCidrs),
      cidrs.valid(model.vpcCidrs),
      cidrs.valid(model.vswitchCidrs),
    );
  },
};

export function rangesOverlapVpc(
  ruleId: string,
  subjects: ParsedFact[],
  vpcs: ParsedFact[],
  vswitches: ParsedFact[],
): RawFinding[] {
  return subjects.flatMap((subject) => {
    const reportedVpcs = vpcs.filter((v) => overlaps(v.cidr, subject.cidr)).map((v) => v.cidr);
    // A vSwitch lies inside its VPC: when the VPC is reported, the vSwitch adds nothing.
    const switches = vswitches.filter((s) => !reportedVpcs.some((vpc) => contains(vpc, s.cidr)));
    return [
      ...overlapFindings(ruleId, [subject], [{ facts: vpcs, kind: 'VPC' }]),
      ...overlapFindings(ruleId, [subject], [{ facts: switches, kind: 'vSwitch' }]),
    ];
  });
}
