/**
 * raven/ports-blocked: on the public network Raven carries O&M traffic between the cloud and each
 * data centre. The edge hosts must reach the cloud gateway on TCP 10280-10284 (proxy) and UDP 4500
 * (the L3 tunnel, when it is on), and accept TCP 10250/10255 (kubelet) and 9100/9445 (metrics)
 * from their own hosts (ACK Edge, network configuration for public network access:
 * https://www.alibabacloud.com/help/en/ack/ack-edge/user-guide/network-configuration-for-public-network-access).
 * Checked on the security groups a public site lists in `securityGroups`. ACK installs Raven with
 * its proxy on ("By default, the raven-agent-ds component is automatically installed ... and the
 * proxy mode is enabled", Work with Raven), so only a raven-cfg that switches both modes off
 * spares the check.
 */
import { parseCidr, type Cidr } from '../../net/cidr.js';
import type { RawFinding } from '../../core/finding.js';
import { BLOCKED_MESSAGE, blockedPath } from '../firewall/blocked-path.js';
import { siteGuards } from '../firewall/guards.js';
import { defineRule, prose, type Report } from '../rule.js';

const INTERNET = (parseCidr('0.0.0.0/0') as { cidr: Cidr }).cidr;
const PROXY_PORTS = [10280, 10281, 10282, 10283, 10284];
const TUNNEL_PORT = 4500;
const OM_PORTS = [10250, 10255, 9100, 9445];

export const ravenPortsBlocked = defineRule({
  id: 'raven/ports-blocked',
  level: 'warning',
  title: 'A security group blocks what Raven needs on the public network',
  messages: { blocked: BLOCKED_MESSAGE },
  why: prose`
    Raven needs TCP 10280-10284 out, UDP 4500 for the tunnel, and TCP 10250/10255/9100/9445 on edge
    hosts from the host CIDR block (ACK Edge, network configuration for public network access). ACK
    installs Raven with its proxy on unless raven-cfg switches it off.
  `,
  fix: 'Open the ports Raven needs.',
  docs: prose`
    Public network ports, inbound on edge nodes from the host CIDR block of the edge nodes: TCP 10250,
    10255 (API Server and Metrics Server to kubelet, through Raven); TCP 9100, 9445 (Prometheus to
    node-exporter, through Raven); UDP 8472 (flannel VXLAN, checked by vxlan/port-blocked):
    https://www.alibabacloud.com/help/en/ack/ack-edge/user-guide/network-configuration-for-public-network-access ·
    Raven's proxy and tunnel modes:
    https://www.alibabacloud.com/help/en/ack/ack-edge/user-guide/using-the-cloud-side-communication-raven-component
  `,
  check({ model, cidrs, firewall }, report) {
    const { raven } = model;
    const ravenOn =
      raven.enableL7Proxy?.value !== false || raven.enableL3Tunnel?.value === true || raven.gateways.length > 0;
    if (!ravenOn) return;
    const out: (Report<'blocked'> | RawFinding)[] = [];
    const push = (items: (Report<'blocked'> | RawFinding)[]) => {
      for (const item of items) out.push(item);
    };
    for (const site of model.sites.filter((s) => s.connection === 'public' && s.securityGroups.length > 0)) {
      const guards = siteGuards(model, site);
      const internet = { cidr: INTERNET, ref: null, words: 'the Internet (0.0.0.0/0)' };
      const check = { guards, acls: [], site: site.name };
      push(
        blockedPath(firewall, {
          ...check,
          direction: 'egress',
          protocol: 'tcp',
          ports: PROXY_PORTS,
          purpose: 'Raven proxy',
          peer: internet,
          path: `from edge site ${site.name} to the cloud gateway on {peer}`,
        }),
      );
      if (raven.enableL3Tunnel?.value) {
        push(
          blockedPath(firewall, {
            ...check,
            direction: 'egress',
            protocol: 'udp',
            ports: [TUNNEL_PORT],
            purpose: 'Raven tunnel',
            peer: internet,
            path: `from edge site ${site.name} to the cloud gateway on {peer}`,
          }),
        );
      }
      for (const host of cidrs.valid(site.hostCidrs)) {
        const peer = { cidr: host.cidr, ref: host.fact.ref, words: `${host.cidr.text}` };
        push(
          blockedPath(firewall, {
            ...check,
            direction: 'ingress',
            protocol: 'tcp',
            ports: OM_PORTS,
            purpose: 'kubelet and metrics through Raven',
            peer,
            path: `to the hosts of edge site ${site.name} from {peer}`,
          }),
        );
      }
    }
    const seen = new Set<string>();
    for (const r of out) {
      const key = 'ruleId' in r ? JSON.stringify([r.ref, r.data]) : '';
      if (key && seen.has(key)) continue;
      if (key) seen.add(key);
      report(r);
    }
  },
});
