/**
 * vxlan/port-blocked: on Express Connect, flannel's VXLAN packets (UDP 8472, or Backend.Port)
 * travel between the cloud nodes and the data centre's hosts both ways; "Do not use security
 * rules to block port 8472" (ACK Edge, Flannel network plug-in). Checked inbound on the cloud
 * nodes from every host CIDR of every Express Connect site, and outbound to it.
 */
import { DEFAULT_VXLAN_PORT } from '../../model/flannel.js';
import { BLOCKED_MESSAGE, blockedPath } from '../firewall/blocked-path.js';
import { cloudGuards } from '../firewall/guards.js';
import { defineRule } from '../rule.js';

export const vxlanPortBlocked = defineRule({
  id: 'vxlan/port-blocked',
  level: 'error',
  title: 'A security group or ACL blocks the Flannel VXLAN port on Express Connect',
  messages: { blocked: BLOCKED_MESSAGE },
  why: 'ACK Edge: "Do not use security rules to block port 8472" (Flannel network plug-in).',
  fix: 'Accept UDP 8472 both ways between the cloud nodes and the data centre host CIDRs.',
  check({ model, cidrs, firewall }, report) {
    const sites = model.sites.filter((s) => s.connection === 'express-connect' && s.hostCidrs.length > 0);
    if (sites.length === 0) return;
    const guards = cloudGuards(model);
    const declared = model.flannel.map((f) => f.backendPort ?? DEFAULT_VXLAN_PORT);
    const ports = [...new Set(declared.length ? declared : [DEFAULT_VXLAN_PORT])];
    for (const site of sites) {
      for (const host of cidrs.valid(site.hostCidrs)) {
        const peer = { cidr: host.cidr, ref: host.fact.ref, words: `edge site ${site.name} ${host.cidr.text}` };
        for (const [direction, path] of [
          ['ingress', 'from {peer} to the cloud nodes'],
          ['egress', 'from the cloud nodes to {peer}'],
        ] as const) {
          const check = { guards, acls: model.networkAcls, direction, protocol: 'udp' as const, ports, peer, path };
          for (const r of blockedPath(firewall, { ...check, purpose: 'flannel VXLAN', site: site.name })) report(r);
        }
      }
    }
  },
});
