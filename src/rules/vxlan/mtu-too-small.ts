/**
 * vxlan/mtu-too-small: flannel's VXLAN adds 50 bytes to every pod packet (encapOverhead in
 * pkg/backend/vxlan/vxlan_network.go) and gives pods the interface MTU minus 50, or Backend.MTU
 * minus 50 when net-conf.json sets it. An Express Connect site whose link carries less than that
 * packet size fragments or drops full-size pod packets: "VTEPs MUST NOT fragment VXLAN packets
 * ... The destination VTEP MAY silently discard such VXLAN fragments" (RFC 7348, 4.3).
 */
import { defineRule, prose } from '../rule.js';

/** flannel's VXLAN overhead: outer IPv4 20 + UDP 8 + VXLAN 8 + inner Ethernet 14. */
const VXLAN_OVERHEAD = 50;
/** Ethernet's MTU, the interface MTU flannel reads when Backend.MTU is not set (an assumption: edgenet sees no NIC). */
const ETHERNET_MTU = 1500;

export const mtuTooSmall = defineRule({
  id: 'vxlan/mtu-too-small',
  level: 'warning',
  title: "An Express Connect site's path MTU is below the size of flannel's VXLAN packets",
  messages: {
    backend: prose`Edge site {site} carries packets of at most {mtu} bytes, but flannel's Backend.MTU is {packet}:
      pods send {pod}-byte packets and VXLAN adds 50, so full-size packets are fragmented or dropped on the link.`,
    interface: prose`Edge site {site} carries packets of at most {mtu} bytes, but flannel sends VXLAN packets as large
      as the node's interface MTU ({packet} on Ethernet; Backend.MTU is not set): pods send {pod}-byte packets
      and VXLAN adds 50, so full-size packets are fragmented or dropped on the link.`,
  },
  why: prose`
    flannel gives pods the interface MTU (or Backend.MTU) minus the 50 bytes VXLAN adds
    (pkg/backend/vxlan/vxlan_network.go; Documentation/backends.md). A link with a smaller MTU between the
    cloud and a data centre fragments or drops those packets (RFC 7348, 4.3; flannel issue #1011).
  `,
  fix: "Set net-conf.json's Backend.MTU to the site's path MTU (pods then get 50 bytes less), or raise the link's MTU.",
  docs: prose`
    https://github.com/flannel-io/flannel/blob/master/Documentation/backends.md (VXLAN, MTU);
    https://datatracker.ietf.org/doc/html/rfc7348#section-4.3; https://github.com/flannel-io/flannel/issues/1011
  `,
  check({ model }, report) {
    const configured = model.flannel.map((f) => f.backendMtu).filter((m) => m !== null);
    for (const site of model.sites) {
      if (site.connection !== 'express-connect' || site.mtu === null) continue;
      const mtu = site.mtu;
      const packets = configured.length > 0 ? configured : [null];
      for (const backend of packets) {
        const packet = backend?.value ?? ETHERNET_MTU;
        if (mtu.value >= packet) continue;
        report({
          messageId: backend ? 'backend' : 'interface',
          ref: mtu.ref,
          data: { site: site.name, mtu: mtu.value, packet, pod: packet - VXLAN_OVERHEAD },
          related: backend ? [{ ref: backend.ref, message: `flannel Backend.MTU: ${backend.value}` }] : [],
        });
      }
    }
  },
});
