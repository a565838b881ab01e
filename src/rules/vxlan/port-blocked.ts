/**
 * vxlan/port-blocked: flannel's VXLAN packets (UDP 8472, or Backend.Port) must cross every
 * firewall between the hosts that exchange them, both ways.
 *
 * - Express Connect: between the cloud nodes and each data centre's hosts. "Do not use security
 *   rules to block port 8472" (ACK Edge, Flannel network plug-in). Checked on the cloud nodes'
 *   groups (src/rules/firewall/guards.ts) and every network ACL of the cluster's VPC, inbound
 *   from and outbound to every host CIDR of the site; and on the site's own groups, inbound from
 *   and outbound to the VPC CIDR ("UDP 8472 from the VPC CIDR block", ACK Edge, domain names and
 *   IP routing for leased line access).
 * - Public network: among the hosts of each site. "UDP 8472, source: the host CIDR block of the
 *   edge nodes" (ACK Edge, network configuration for public network access,
 *   https://www.alibabacloud.com/help/en/ack/ack-edge/user-guide/network-configuration-for-public-network-access).
 *   Checked on the site's groups, inbound and outbound; the hosts are members of those groups.
 */
import type { RawFinding, SourceRef } from '../../core/finding.js';
import { skipped } from '../../core/input-findings.js';
import { DEFAULT_VXLAN_PORT } from '../../model/flannel.js';
import type { NetworkModel, SiteFact } from '../../model/types.js';
import { BLOCKED_MESSAGE, blockedPath, type PathCheck } from '../firewall/blocked-path.js';
import { cloudGuards, type Guards, siteGuards } from '../firewall/guards.js';
import { defineRule, prose, type Report } from '../rule.js';

/**
 * The UDP ports flannel's VXLAN backend uses: Backend.Port, or the kernel's 8472. flannel
 * lower-cases Backend.Type (pkg/backend/manager.go), so "VXLAN" is vxlan. No port when flannel's
 * configuration names another backend (vxlan/backend-not-vxlan says so); 8472 when the
 * repository holds no flannel configuration (ACK manages it).
 */
export function vxlanPorts(model: NetworkModel): number[] {
  if (model.flannel.length === 0) return [DEFAULT_VXLAN_PORT];
  const ports = new Set<number>();
  for (const f of model.flannel)
    if (f.backendType?.toLowerCase() === 'vxlan') ports.add(f.backendPort ?? DEFAULT_VXLAN_PORT);
  return [...ports].sort((a, b) => a - b);
}

/** Groups named as guards that are not in the repository: their rules are not judged. */
export function missingGroups(guards: Guards, hosts: string): RawFinding[] {
  return guards.missing.map((m) =>
    skipped(
      m.ref,
      `security group ${m.name} guards ${hosts} (${m.why}) but is not in the repository, so ` +
        'its rules are not checked: add its template or a DescribeSecurityGroupAttribute export',
    ),
  );
}

/** ACK Edge, domain names and IP routing for leased line access: a URL longer than a line. */
const LEASED_LINE_PORTS =
  'https://www.alibabacloud.com/help/en/ack/ack-edge/user-guide/' +
  'configuration-of-domain-name-and-ip-routing-network-segment-for-under-cloud-node-access';

export const vxlanPortBlocked = defineRule({
  id: 'vxlan/port-blocked',
  level: 'error',
  title: 'A security group or network ACL blocks the Flannel VXLAN port',
  messages: { blocked: BLOCKED_MESSAGE },
  why: prose`
    ACK Edge: "Do not use security rules to block port 8472" (Flannel network plug-in). Over
    Express Connect the cloud nodes and the data centre hosts exchange VXLAN both ways; on the
    public network the hosts of a site do among themselves ("UDP 8472, source: the host CIDR block
    of the edge nodes", network configuration for public network access).
  `,
  fix: prose`
    Accept UDP 8472 (or flannel's Backend.Port) both ways between the cloud nodes and the data
    centre host CIDRs, on both ends' security groups and in every network ACL of the VPC; on a
    public-network site, among the site's hosts. Name the cloud nodes' groups in
    cluster.cloudSecurityGroups when no template ties them to the nodes.
  `,
  docs: prose`
    Flannel network plug-in: https://www.alibabacloud.com/help/en/ack/ack-edge/user-guide/flannel-network-plugin ·
    Public network ports (inbound on edge nodes from the host CIDR: TCP 10250, 10255 kubelet; TCP 9100, 9445
    node-exporter; UDP 8472 flannel VXLAN):
    https://www.alibabacloud.com/help/en/ack/ack-edge/user-guide/network-configuration-for-public-network-access ·
    Leased line ports (UDP 8472 from the VPC CIDR): ${LEASED_LINE_PORTS} ·
    Network ACLs: https://www.alibabacloud.com/help/en/vpc/network-acl-overview
  `,
  check({ model, cidrs, firewall }, report) {
    const ports = vxlanPorts(model);
    if (ports.length === 0) return;
    const out: (Report<'blocked'> | RawFinding)[] = [];
    const push = (items: (Report<'blocked'> | RawFinding)[]) => {
      for (const item of items) out.push(item);
    };
    const base = { protocol: 'udp' as const, ports, purpose: 'flannel VXLAN' };

    const express = model.sites.filter((s) => s.connection === 'express-connect' && s.hostCidrs.length > 0);
    if (express.length > 0) {
      const guards = cloudGuards(model);
      if (guards.none && model.securityGroups.length > 0) push([noGuards(model, express[0]!, ports)]);
      push(missingGroups(guards, 'the cloud nodes'));
      const vpc = cidrs.valid(model.vpcCidrs);
      for (const site of express) {
        const edge = siteGuards(model, site);
        push(missingGroups(edge, `the hosts of site ${site.name}`));
        const members = guards.groups.some((g) => edge.groups.includes(g));
        for (const host of cidrs.valid(site.hostCidrs)) {
          const peer = { cidr: host.cidr, ref: host.fact.ref, words: `edge site ${site.name} ${host.cidr.text}` };
          const cloud = { ...base, guards, acls: model.networkAcls, peer, site: site.name, members };
          push(blockedPath(firewall, { ...cloud, direction: 'ingress', path: 'from {peer} to the cloud nodes' }));
          push(blockedPath(firewall, { ...cloud, direction: 'egress', path: 'from the cloud nodes to {peer}' }));
        }
        if (edge.groups.length === 0) continue;
        if (vpc.length === 0) {
          push([
            skipped(
              site.ref,
              `UDP ${ports.join(', ')} between the cloud nodes and the hosts of site ${site.name} ` +
                "is not checked on the site's groups: the VPC CIDR is unknown (set cluster.vpcCidrs)",
            ),
          ]);
          continue;
        }
        for (const v of vpc) {
          const peer = { cidr: v.cidr, ref: v.fact.ref, words: `the cloud nodes' VPC ${v.cidr.text}` };
          const check: Omit<PathCheck, 'direction' | 'path'> = {
            ...base,
            guards: edge,
            acls: [],
            peer,
            site: site.name,
            members,
          };
          push(
            blockedPath(firewall, { ...check, direction: 'ingress', path: `from {peer} to edge site ${site.name}` }),
          );
          push(blockedPath(firewall, { ...check, direction: 'egress', path: `from edge site ${site.name} to {peer}` }));
        }
      }
    }

    for (const site of model.sites) {
      if (site.connection !== 'public' || site.securityGroups.length === 0) continue;
      const guards = siteGuards(model, site);
      push(missingGroups(guards, `the hosts of site ${site.name}`));
      for (const host of cidrs.valid(site.hostCidrs)) {
        const peer = { cidr: host.cidr, ref: host.fact.ref, words: host.cidr.text };
        const check = { ...base, guards, acls: [], peer, site: site.name, members: true };
        const among = `among the hosts of edge site ${site.name}`;
        push(blockedPath(firewall, { ...check, direction: 'ingress', path: `${among}, from {peer}` }));
        push(blockedPath(firewall, { ...check, direction: 'egress', path: `${among}, to {peer}` }));
      }
    }
    const seen = new Set<string>();
    for (const r of out) {
      // Skipped findings about one group or value arise once per site and port; say each once.
      const key = 'ruleId' in r ? JSON.stringify([r.ref, r.data]) : '';
      if (key && seen.has(key)) continue;
      if (key) seen.add(key);
      report(r);
    }
  },
});

/** One info finding when nothing ties a group to the cloud nodes: which key to set. */
function noGuards(model: NetworkModel, site: SiteFact, ports: number[]): RawFinding {
  const cluster = model.ackClusters[0];
  const ref: SourceRef = cluster?.ref ?? site.ref;
  const edge = model.ackClusters.find((c) => c.type === 'ALIYUN::CS::ManagedEdgeKubernetesCluster');
  const because = edge ? ` (${edge.type} has no SecurityGroupId: ACK creates the nodes' group)` : '';
  return skipped(
    ref,
    `flannel VXLAN (UDP ${ports.join(', ')}) between the cloud nodes and the Express Connect ` +
      "sites is not checked on the cloud nodes' security groups: nothing in the repository " +
      `ties a group to them${because}; name their groups in cluster.cloudSecurityGroups`,
  );
}
