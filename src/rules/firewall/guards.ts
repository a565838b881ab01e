/**
 * Which security groups guard a set of hosts, decided from facts, never guessed, with the words
 * that say how we know.
 *
 * Cloud nodes: `cluster.cloudSecurityGroups` when set (the user's word wins); else every group
 * tied to the nodes: the cluster resource's SecurityGroupId where its type has one
 * (ManagedKubernetesCluster; ACK creates the group of a ManagedEdgeKubernetesCluster), the
 * scaling group's SecurityGroupId of each cloud node pool (ALIYUN::CS::ClusterNodePool), and the
 * groups of each ECS instance that is a Node of the cluster. A group attached to anything else (a
 * bastion's SSH-only group in the same VPC) never guards the nodes.
 * Edge hosts: their site's `securityGroups`.
 */
import type { SourceRef } from '../../core/finding.js';
import type { NetworkModel, SecurityGroupFact, SiteFact } from '../../model/types.js';

export interface Guards {
  /** Every guarding group. */
  groups: SecurityGroupFact[];
  /**
   * The groups of each set of hosts: a node pool's nodes carry its groups, an instance its own,
   * so each set is judged on its own (Alibaba merges the rules of one instance's groups only).
   */
  sets: SecurityGroupFact[][];
  /** The groups and why each guards the hosts, in words for messages. */
  assumption: string;
  /** Each group with the facts that tie it to the hosts (for `edgenet plan`). */
  ties: { group: SecurityGroupFact; why: string[] }[];
  /** Names that tie a group to the hosts but name no group of the cluster's repository. */
  missing: { name: string; ref: SourceRef; why: string }[];
  /** Nothing ties any group to the hosts. */
  none: boolean;
}

interface Tie {
  name: string;
  ref: SourceRef;
  why: string;
  /** The hosts it guards: ties with one key guard the same hosts. */
  hosts: string;
}

const CONFIG_WORDS = 'named in cluster.cloudSecurityGroups';

function resolve(model: NetworkModel, ties: Tie[]): Guards {
  const byGroup = new Map<SecurityGroupFact, string[]>();
  const byHosts = new Map<string, SecurityGroupFact[]>();
  const missing: Guards['missing'] = [];
  for (const tie of ties) {
    // A Ref names the group of its own template first.
    const group =
      model.securityGroups.find((g) => g.names.includes(tie.name) && g.ref.file === tie.ref.file) ??
      model.securityGroups.find((g) => g.names.includes(tie.name));
    if (!group) {
      if (!missing.some((m) => m.name === tie.name)) missing.push({ name: tie.name, ref: tie.ref, why: tie.why });
      continue;
    }
    const set = byHosts.get(tie.hosts) ?? [];
    if (!set.includes(group)) set.push(group);
    byHosts.set(tie.hosts, set);
    const why = byGroup.get(group) ?? [];
    if (!why.includes(tie.why)) why.push(tie.why);
    byGroup.set(group, why);
  }
  const list = [...byGroup].map(([group, why]) => ({ group, why }));
  const assumption =
    list.length === 0 ? 'none known' : list.map((t) => `${t.group.id} (${t.why.join('; ')})`).join(', ');
  const sets = new Map<string, SecurityGroupFact[]>();
  for (const set of byHosts.values()) sets.set(set.map((g) => g.id).join('\0'), set);
  return {
    groups: list.map((t) => t.group),
    sets: [...sets.values()],
    assumption,
    ties: list,
    missing,
    none: ties.length === 0,
  };
}

export function cloudGuards(model: NetworkModel): Guards {
  const configured = model.cluster.cloudSecurityGroups;
  if (configured) {
    const at = (i: number): SourceRef => ({ ...configured.ref, path: [...configured.ref.path, i] });
    return resolve(
      model,
      configured.value.map((name, i) => ({ name, ref: at(i), why: CONFIG_WORDS, hosts: 'configured' })),
    );
  }
  const ties: Tie[] = [];
  for (const c of model.ackClusters) {
    if (c.securityGroupId && c.securityGroupRef)
      ties.push({
        name: c.securityGroupId,
        ref: c.securityGroupRef,
        why: `the SecurityGroupId of cluster ${c.logicalId}`,
        hosts: `cluster:${c.logicalId}`,
      });
  }
  const nodeNames = new Set(model.nodes.filter((n) => n.role !== 'edge').map((n) => n.name.toLowerCase()));
  for (const host of model.nodeHosts) {
    let why: string | undefined;
    if (host.kind === 'node-pool' && !host.edge) why = `the scaling group of node pool ${host.logicalId}`;
    const node = host.hostNames.find((n) => nodeNames.has(n.toLowerCase()));
    if (host.kind === 'instance' && node) why = `instance ${host.logicalId}, which is Node ${node.toLowerCase()}`;
    if (why)
      for (const g of host.securityGroups)
        ties.push({ name: g.id, ref: g.ref, why, hosts: `${host.kind}:${host.logicalId}` });
  }
  return resolve(model, ties);
}

export function siteGuards(model: NetworkModel, site: SiteFact): Guards {
  return resolve(
    model,
    site.securityGroups.map((name) => ({
      name,
      ref: site.ref,
      why: `the securityGroups of site ${site.name}`,
      hosts: `site:${site.name}`,
    })),
  );
}
