/** cidr/service-overlaps-vpc: the Service CIDR shares addresses with the VPC or a vSwitch. */
import { defineRule } from '../rule.js';
import { overlapsVpc } from './overlap.js';

export const serviceOverlapsVpc = defineRule({
  id: 'cidr/service-overlaps-vpc',
  level: 'error',
  title: 'Service CIDR overlaps the VPC or a vSwitch',
  messages: {
    overlap: 'Service CIDR {subject} {relation} {otherKind} CIDR {other} declared at {otherAt} ({overlap} in both).',
  },
  why:
    'The Service CIDR "cannot overlap with the VPC CIDR block or ' +
    'the container CIDR block" (ROS ManagedEdgeKubernetesCluster).',
  fix: 'Choose a Service CIDR outside the VPC, e.g. 172.21.0.0/20.',
  check({ model, cidrs }, report) {
    const reports = overlapsVpc(
      'overlap',
      cidrs.valid(model.serviceCidrs),
      cidrs.valid(model.vpcCidrs),
      cidrs.valid(model.vswitchCidrs),
    );
    for (const r of reports) report(r);
  },
});
