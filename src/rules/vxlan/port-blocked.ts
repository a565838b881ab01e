/**
 * vxlan/port-blocked: on Express Connect, flannel's VXLAN packets (UDP 8472, or Backend.Port)
 * travel between the cloud nodes and the data centre's hosts both ways; "Do not use security
 * rules to block port 8472" (ACK Edge, Flannel network plug-in). Checked inbound on the cloud
 * nodes from every host CIDR of every Express Connect site, and outbound to it.
 */
import type { RawFinding } from '../../core/finding.js';
import { DEFAULT_VXLAN_PORT } from '../../model/flannel.js';
import { blockedPath } from '../firewall/blocked-path.js';
import { cloudGuards } from '../firewall/guards.js';
import type { RuleContext, TsRule } from '../ts-rule.js';

export const vxlanPortBlocked: TsRule = {
  id: 'vxlan/port-blocked',
  check({ model, cidrs, firewall }: RuleContext): RawFinding[] {
    const sites = model.sites.filter((s) => s.connection === 'express-connect' && s.hostCidrs.length > 0);
    if (sites.length === 0) return [];
    const guards = cloudGuards(model);
    const ports = [
      ...new Set(
        model.flannel.length ? model.flannel.map((f) => f.backendPort ?? DEFAULT_VXLAN_PORT) : [DEFAULT_VXLAN_PORT],
      ),
    ];
    const out: RawFinding[] = [];
    for (const site of sites) {
      for (const host of cidrs.valid(site.hostCidrs)) {
        const peer = { cidr: host.cidr, ref: host.fact.ref, words: `edge site ${site.name} ${host.cidr.text}` };
        for (const [direction, path] of [
          ['ingress', 'from {peer} to the cloud nodes'],
          ['egress', 'from the cloud nodes to {peer}'],
        ] as const) {
          out.push(
            ...blockedPath(firewall, {
              ruleId: this.id,
              guards,
              acls: model.networkAcls,
              direction,
              protocol: 'udp',
              ports,
              purpose: 'flannel VXLAN',
              peer,
              path,
              site: site.name,
            }),
          );
        }
      }
    }
    return out;
  },
};
