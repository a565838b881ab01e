/**
 * The address plan: every range the model holds (pod, Service, VPC, vSwitch, edge site hosts),
 * where each is declared, the per-node block and the headroom of the pod CIDR, and which ranges
 * overlap. Built from the same facts and arithmetic as the cidr/* rules.
 */
import type { CidrFact, NetworkModel } from '../model/types.js';
import { contains, overlaps, relation, type Cidr, type Family } from '../net/cidr.js';
import { CidrIndex } from '../model/cidr-index.js';
import { nodeMask } from '../model/node-mask.js';
import { cloudGuards, type Guards, siteGuards } from '../rules/firewall/guards.js';

export interface PlanRow {
  kind: 'pod' | 'service' | 'vpc' | 'vswitch' | 'edge-hosts';
  cidr: string;
  family: Family;
  /** "file:line" of every declaration of this range. */
  declaredAt: string[];
  /** What declares it: "ROS ContainerCidr Cluster", "edge site idc-hz hostCidrs". */
  origins: string[];
  /** Pod ranges: the per-node block and what it holds. */
  nodeMask?: number | null;
  nodeMaskSource?: string;
  nodeBlocks?: string;
  nodesUsed?: number;
  podIpsPerNode?: string;
  /** Other rows this one overlaps, as "relation kind cidr". */
  overlaps: string[];
}

/** Which security groups guard which hosts, and the facts that say so (src/rules/firewall/guards.ts). */
export interface PlanGuard {
  /** "the cloud nodes", "the hosts of site idc-hz". */
  hosts: string;
  groups: { id: string; why: string[] }[];
  /** Groups named as guards that the repository does not hold. */
  missing: string[];
}

export interface Plan {
  rows: PlanRow[];
  /** Values the templates leave to deployment time. */
  unknown: string[];
  guards: PlanGuard[];
}

const KIND_WORDS: Record<PlanRow['kind'], string> = {
  pod: 'pod',
  service: 'Service',
  vpc: 'VPC',
  vswitch: 'vSwitch',
  'edge-hosts': 'edge hosts',
};

export function buildPlan(model: NetworkModel, describe: (fact: CidrFact) => string): Plan {
  const index = new CidrIndex(model);
  const sources: [PlanRow['kind'], CidrFact[]][] = [
    ['pod', model.podCidrs],
    ['service', model.serviceCidrs],
    ['vpc', model.vpcCidrs],
    ['vswitch', model.vswitchCidrs],
    ['edge-hosts', model.sites.flatMap((s) => s.hostCidrs)],
  ];
  // One row per (kind, range), with every declaration of it.
  const rows: (PlanRow & { parsed: Cidr })[] = [];
  for (const [kind, facts] of sources) {
    for (const { fact, cidr } of index.valid(facts)) {
      const row = rows.find((r) => r.kind === kind && r.cidr === cidr.text);
      if (row) {
        row.declaredAt.push(describe(fact));
        if (!row.origins.includes(fact.origin)) row.origins.push(fact.origin);
        continue;
      }
      rows.push({
        kind,
        cidr: cidr.text,
        family: cidr.family,
        declaredAt: [describe(fact)],
        origins: [fact.origin],
        overlaps: [],
        parsed: cidr,
      });
    }
  }
  const families = new Set(rows.filter((r) => r.kind === 'pod').map((r) => r.family));
  const nodeBlocks = index.valid(model.nodes.flatMap((n) => n.podCidrs));
  for (const row of rows) {
    for (const other of rows) {
      if (other === row || !overlaps(row.parsed, other.parsed)) continue;
      // A vSwitch inside its VPC, or a node block inside the pod CIDR, is the plan working.
      if ((row.kind === 'vswitch' && other.kind === 'vpc') || (row.kind === 'vpc' && other.kind === 'vswitch'))
        continue;
      if (row.kind === other.kind && row.kind === 'pod') continue;
      row.overlaps.push(`${relation(row.parsed, other.parsed)} ${KIND_WORDS[other.kind]} ${other.cidr}`);
    }
    if (row.kind !== 'pod') continue;
    const mask = nodeMask(model, row.family, families.size === 1);
    if (!mask.known) {
      row.nodeMask = null;
      row.nodeMaskSource = mask.reason;
      continue;
    }
    row.nodeMask = mask.mask;
    row.nodeMaskSource = mask.fact?.origin ?? "kube-controller-manager's default";
    const bits = mask.mask - row.parsed.prefix;
    row.nodeBlocks = bits < 0 ? '0 (mask shorter than the prefix)' : (2n ** BigInt(bits)).toString();
    row.nodesUsed = nodeBlocks.filter((b) => contains(row.parsed, b.cidr)).length;
    const ips = row.family === 4 ? 2n ** BigInt(32 - mask.mask) - 3n : 2n ** BigInt(128 - mask.mask) - 2n;
    row.podIpsPerNode = (ips < 0n ? 0n : ips).toString();
  }
  return {
    rows: rows.map(({ parsed: _parsed, ...row }) => row),
    unknown: model.unknowns.map((u) => `${u.what}: ${u.reason}`),
    guards: planGuards(model),
  };
}

/** The guards of the cloud nodes when the cluster has groups or sites to guard, and of each site that names groups. */
function planGuards(model: NetworkModel): PlanGuard[] {
  const out: PlanGuard[] = [];
  const row = (hosts: string, g: Guards): PlanGuard => ({
    hosts,
    groups: g.ties.map((t) => ({ id: t.group.id, why: t.why })),
    missing: g.missing.map((m) => `${m.name} (${m.why})`),
  });
  if (model.securityGroups.length > 0 || model.sites.some((s) => s.connection === 'express-connect'))
    out.push(row('the cloud nodes', cloudGuards(model)));
  for (const site of model.sites)
    if (site.securityGroups.length > 0) out.push(row(`the hosts of site ${site.name}`, siteGuards(model, site)));
  return out;
}
