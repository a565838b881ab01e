/**
 * cidr/pod-overlaps-vpc: the pod CIDR shares addresses with the VPC or a vSwitch. Reported at the
 * pod CIDR (the VPC usually cannot move), with the VPC or vSwitch in `related`.
 */
import { defineRule, prose } from '../rule.js';
import { overlapsVpc } from './overlap.js';

export const podOverlapsVpc = defineRule({
  id: 'cidr/pod-overlaps-vpc',
  level: 'error',
  title: 'Pod CIDR overlaps the VPC CIDR or a vSwitch CIDR',
  messages: {
    overlap: 'Pod CIDR {subject} {relation} {otherKind} CIDR {other} declared at {otherAt} ({overlap} in both).',
  },
  why: prose`
    Flannel routes the pod CIDR over VXLAN. Addresses that are also in the VPC are routed to the wrong place:
    "Flannel ensures the pod CIDR block does not overlap with the VPC CIDR block" (ACK Edge, Flannel network
    plug-in). The container CIDR cannot be changed after the cluster is created.
  `,
  fix: 'Choose a pod CIDR outside every VPC and vSwitch CIDR, e.g. 10.0.0.0/16 when the VPC is 192.168.0.0/16.',
  check({ model, cidrs }, report) {
    const reports = overlapsVpc(
      'overlap',
      cidrs.valid(model.podCidrs),
      cidrs.valid(model.vpcCidrs),
      cidrs.valid(model.vswitchCidrs),
    );
    for (const r of reports) report(r);
  },
});
