/**
 * Which security groups guard a set of hosts, and the words that say how we know. Cloud nodes:
 * `cluster.cloudSecurityGroups`; else the cluster resource's SecurityGroupId; else every group in
 * the cluster's VPC; else every group in the repository. Edge hosts: their site's securityGroups.
 */
import type { NetworkModel, SecurityGroupFact, SiteFact } from '../../model/types.js';

export interface Guards {
  groups: SecurityGroupFact[];
  assumption: string;
}

const named = (model: NetworkModel, names: readonly string[]) =>
  model.securityGroups.filter((g) => g.names.some((n) => names.includes(n)));
const list = (groups: SecurityGroupFact[]) => groups.map((g) => g.id).join(', ');

export function cloudGuards(model: NetworkModel): Guards {
  const configured = model.cluster.cloudSecurityGroups;
  if (configured) {
    const groups = named(model, configured.value);
    return { groups, assumption: `${list(groups)}, named in cluster.cloudSecurityGroups` };
  }
  const cluster = model.ackClusters.find((c) => c.securityGroupId !== null);
  if (cluster) {
    const groups = named(model, [cluster.securityGroupId!]);
    return { groups, assumption: `${list(groups)}, the cluster's SecurityGroupId` };
  }
  const vpc = model.ackClusters.find((c) => c.vpc !== null)?.vpc;
  if (vpc) {
    const groups = model.securityGroups.filter((g) => g.vpc === vpc);
    return {
      groups,
      assumption: `${list(groups)}: every group in the cluster's VPC ${vpc} (no cluster.cloudSecurityGroups, no SecurityGroupId)`,
    };
  }
  const groups = model.securityGroups;
  return {
    groups,
    assumption: `${list(groups)}: every security group in the repository (no cluster.cloudSecurityGroups, no cluster resource to tell)`,
  };
}

export function siteGuards(model: NetworkModel, site: SiteFact): Guards {
  const groups = named(model, site.securityGroups);
  return { groups, assumption: `${list(groups)}, the securityGroups of site ${site.name}` };
}
