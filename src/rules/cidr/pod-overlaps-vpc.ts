/**
 * cidr/pod-overlaps-vpc: the pod CIDR shares addresses with the VPC or a vSwitch. Reported at the
 * pod CIDR (the value to change; the VPC usually cannot move) with the VPC in `related`.
 */
import type { RawFinding } from '../../core/finding.js';
import { contains, describeInterval, intersection, relation, type Interval } from '../../net/cidr.js';
import type { RuleContext, TsRule } from '../ts-rule.js';

export const podOverlapsVpc: TsRule = {
  id: 'cidr/pod-overlaps-vpc',
  check({ model, cidrs }: RuleContext): RawFinding[] {
    const out: RawFinding[] = [];
    const vpcs = cidrs.valid(model.vpcCidrs);
    const vswitches = cidrs.valid(model.vswitchCidrs);
    for (const pod of cidrs.valid(model.podCidrs)) {
      const reported: Interval[] = [];
      for (const [others, otherKind] of [[vpcs, 'VPC'], [vswitches, 'vSwitch']] as const) {
        for (const other of others) {
          const overlap = intersection(pod.cidr, other.cidr);
          // A vSwitch overlap inside an already reported VPC overlap says nothing new.
          if (!overlap || reported.some((r) => contains(r, overlap))) continue;
          reported.push(overlap);
          out.push({
            ruleId: this.id,
            ref: pod.fact.ref,
            resource: pod.fact.resource,
            data: { pod: pod.cidr.text, relation: relation(pod.cidr, other.cidr), other: other.cidr.text, otherKind, otherAt: other.fact.ref, overlap: describeInterval(overlap) },
            related: [{ ref: other.fact.ref, message: `${otherKind} CIDR ${other.cidr.text} declared here (${other.fact.origin})` }],
          });
        }
      }
    }
    return out;
  },
};
