/**
 * The network as a picture: network domains (the cloud VPC with its Express Connect pools; each
 * public-network pool alone), the links between them (Express Connect with the VXLAN port's
 * status, the public network with Raven's proxy and tunnel), the cloud-gateway nodes, and every
 * violation drawn on the link it concerns.
 */
import type { Finding } from '../core/finding.js';
import { LABEL } from '../model/kubernetes.js';
import type { NetworkModel } from '../model/types.js';
import { vxlanPorts } from '../rules/vxlan/port-blocked.js';

export interface GraphNode {
  id: string;
  label: string;
  kind: 'cloud' | 'pool' | 'site' | 'gateway';
}

export interface GraphDomain {
  id: string;
  label: string;
  nodes: GraphNode[];
}

export interface GraphEdge {
  from: string;
  to: string;
  label: string;
  kind: 'express-connect' | 'public' | 'violation';
  /** A blocked link or a violation: drawn in red. */
  broken: boolean;
}

export interface Graph {
  domains: GraphDomain[];
  edges: GraphEdge[];
}

const CLOUD = 'cloud';
const poolId = (name: string) => `pool:${name}`;

export function buildGraph(model: NetworkModel, findings: readonly Finding[]): Graph {
  const cloudPools = model.pools.filter((p) => p.cloud).map((p) => p.name);
  const vpc: GraphDomain = {
    id: 'vpc',
    label: 'Cloud VPC and Express Connect pools',
    nodes: [{ id: CLOUD, label: cloudPools.length ? `cloud: ${cloudPools.join(', ')}` : 'cloud', kind: 'cloud' }],
  };
  const domains: GraphDomain[] = [vpc];
  for (const node of model.nodes.filter(
    (n) => n.role === 'cloud' && n.labels.some((l) => l.key === LABEL.cloudGateway),
  )) {
    vpc.nodes.push({ id: `gateway:${node.name}`, label: `cloud gateway ${node.name}`, kind: 'gateway' });
  }
  const edges: GraphEdge[] = [];
  // flannel lower-cases Backend.Type: "VXLAN" is vxlan; another backend carries no VXLAN port.
  const ports = vxlanPorts(model);
  const tunnel = ports.length
    ? `VXLAN UDP ${ports.join(', ')}`
    : `flannel ${model.flannel.find((f) => f.backendType)?.backendType ?? 'udp'}`;
  const ravenWords = [
    model.raven.enableL7Proxy?.value ? 'Raven proxy' : '',
    model.raven.enableL3Tunnel?.value ? 'Raven tunnel' : '',
  ]
    .filter(Boolean)
    .join(' + ');
  const blockedSites = new Set(
    findings.filter((f) => f.ruleId === 'vxlan/port-blocked').map((f) => String(f.data?.site)),
  );

  // Pools of a site, and sites without pools, as places at the edge.
  const places = [
    ...model.pools
      .filter((p) => !p.cloud)
      .map((p) => ({
        id: poolId(p.name),
        name: p.name,
        connection: p.connection,
        sites: model.sites.filter((s) => s.nodePools.includes(p.name)).map((s) => s.name),
      })),
    ...model.sites
      .filter((s) => s.nodePools.length === 0)
      .map((s) => ({ id: `site:${s.name}`, name: s.name, connection: s.connection, sites: [s.name] })),
  ];
  for (const place of places) {
    const site = place.sites.length && !place.sites.includes(place.name) ? ` (site ${place.sites.join(', ')})` : '';
    const label = `${place.name}${site}`;
    const node: GraphNode = { id: place.id, label, kind: place.id.startsWith('site:') ? 'site' : 'pool' };
    if (place.connection === 'express-connect') {
      vpc.nodes.push(node);
      const blocked = place.sites.some((s) => blockedSites.has(s));
      edges.push({
        from: CLOUD,
        to: place.id,
        kind: 'express-connect',
        broken: blocked,
        label: `Express Connect · ${tunnel} ${blocked ? 'blocked' : 'open'}`,
      });
    } else {
      domains.push({ id: `domain:${place.name}`, label: `${place.name}: public network`, nodes: [node] });
      edges.push({
        from: CLOUD,
        to: place.id,
        kind: 'public',
        broken: false,
        label: `public network${ravenWords ? ` · ${ravenWords}` : ''}`,
      });
    }
  }

  // Violations between domains, one edge per pair, counting the calls.
  const nodeOfDomain = (domain: string) => (domain === 'vpc' ? CLOUD : domain.startsWith('pool:') ? domain : undefined);
  const pairs = new Map<string, { from: string; to: string; rules: Set<string>; count: number }>();
  for (const f of findings) {
    if (!Array.isArray(f.data?.edges)) continue;
    for (const [from, to] of f.data.edges as [string, string][]) {
      const a = nodeOfDomain(from);
      const b = nodeOfDomain(to);
      if (!a || !b) continue;
      const key = `${a}\0${b}`;
      const entry = pairs.get(key) ?? { from: a, to: b, rules: new Set<string>(), count: 0 };
      entry.rules.add(f.ruleId);
      entry.count++;
      pairs.set(key, entry);
    }
  }
  for (const p of pairs.values()) {
    edges.push({
      from: p.from,
      to: p.to,
      kind: 'violation',
      broken: true,
      label: `${p.count} ${p.count === 1 ? 'call' : 'calls'}: ${[...p.rules].sort().join(', ')}`,
    });
  }
  return { domains, edges };
}
