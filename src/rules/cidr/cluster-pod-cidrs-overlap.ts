/**
 * cidr/cluster-pod-cidrs-overlap: two clusters in one VPC whose pod CIDRs overlap. In Flannel mode
 * ACK's Cloud Controller Manager adds one route per node (its pod block) to the VPC's route table
 * and deletes conflicting entries, so the clusters take each other's routes. Clusters share a VPC
 * when they name the same one (a template's VPC resource, a literal id, `clusters[].vpcId`);
 * equal CIDRs alone never make a shared VPC. Reported at the pod CIDR of the cluster whose name
 * sorts last, the other in `related`.
 */
import { describeInterval, intersection, relation, type Family } from '../../net/cidr.js';
import { defineFleetRule, type FleetMember, prose } from '../rule.js';
import { referencePodCidr } from './reference.js';

export const clusterPodCidrsOverlap = defineFleetRule({
  id: 'cidr/cluster-pod-cidrs-overlap',
  level: 'error',
  title: 'Two clusters in one VPC have overlapping pod CIDRs',
  messages: {
    overlap: prose`Pod CIDR {subject} of cluster {cluster} {relation} pod CIDR {other} of cluster {otherCluster}
      declared at {otherAt}; both clusters run in {vpc} ({overlap} in both).`,
  },
  why: prose`
    In Flannel mode, ACK's Cloud Controller Manager manages the VPC's route table with one route entry per node
    (its pod block) and automatically deletes conflicting route entries ("Use the Flannel network plugin",
    ACK). Two clusters in one VPC with overlapping pod CIDRs take each other's routes. ROS documents the
    same constraint for ContainerCidr: it "cannot overlap with the VPC CIDR block or the CIDR blocks of
    existing Kubernetes clusters in the VPC".
  `,
  fix: prose`
    Give every cluster of a VPC its own pod CIDR, e.g. 10.0.0.0/16, 10.1.0.0/16, ...; or put the clusters in
    separate VPCs.
  `,
  docs: prose`
    https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/user-guide/work-with-flannel;
    https://www.alibabacloud.com/help/en/ros/developer-reference/aliyun-cs-managededgekubernetescluster
  `,
  checkFleet(clusters, report) {
    const named = clusters.filter((c) => c.scope.name !== null);
    for (let i = 0; i < named.length; i++) {
      for (let j = i + 1; j < named.length; j++) {
        const [a, b] = named[i]!.scope.name! < named[j]!.scope.name! ? [named[i]!, named[j]!] : [named[j]!, named[i]!];
        const vpc = sharedVpc(a, b);
        if (!vpc) continue;
        for (const family of [4, 6] as Family[]) {
          const mine = referencePodCidr(b.cidrs.valid(b.model.podCidrs), family);
          const theirs = referencePodCidr(a.cidrs.valid(a.model.podCidrs), family);
          const both = mine && theirs ? intersection(mine.cidr, theirs.cidr) : null;
          if (!mine || !theirs || !both) continue;
          report({
            cluster: b.scope.name,
            messageId: 'overlap',
            ref: mine.fact.ref,
            resource: mine.fact.resource,
            data: {
              subject: mine.cidr.text,
              cluster: b.scope.name,
              relation: relation(mine.cidr, theirs.cidr),
              other: theirs.cidr.text,
              otherCluster: a.scope.name,
              otherAt: theirs.fact.ref,
              vpc: vpc.words,
              overlap: describeInterval(both),
            },
            related: [
              {
                ref: theirs.fact.ref,
                message: `pod CIDR ${theirs.cidr.text} of cluster ${a.scope.name} (${theirs.fact.origin})`,
              },
              { ref: vpc.ref, message: `the ${vpc.words}, named here` },
            ],
          });
        }
      }
    }
  },
});

function sharedVpc(a: FleetMember, b: FleetMember) {
  return a.scope.vpcs.find((v) => b.scope.vpcs.some((w) => w.key === v.key));
}
