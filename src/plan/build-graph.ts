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
  /** A place at the edge: its connection and sites, by which a large graph groups its pools. */
  group?: { connection: 'express-connect' | 'public'; sites: string[] };
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
    const node: GraphNode = {
      id: place.id,
      label,
      kind: place.id.startsWith('site:') ? 'site' : 'pool',
      group: { connection: place.connection === 'express-connect' ? 'express-connect' : 'public', sites: place.sites },
    };
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

/**
 * A large graph drawn small: the pools at the edge grouped by connection and site, one node per
 * group with its count, one link per group (blocked when any of its links is), and the
 * violations between groups counted. Mermaid refuses a diagram past its size limits (50,000
 * characters, 500 links), which a few hundred pools pass.
 */
export function summariseGraph(graph: Graph, bySite = true): Graph {
  const groupOf = new Map<string, { id: string; label: string; connection: string; members: number }>();
  const nodeGroup = new Map<string, string>();
  for (const d of graph.domains) {
    for (const n of d.nodes) {
      if (!n.group) continue;
      const sites = bySite ? n.group.sites.join(', ') : '';
      const key = `${n.group.connection}\0${sites}`;
      let group = groupOf.get(key);
      if (!group) {
        const id = `group:${groupOf.size}`;
        group = { id, label: sites, connection: n.group.connection, members: 0 };
        groupOf.set(key, group);
      }
      group.members++;
      nodeGroup.set(n.id, group.id);
    }
  }
  const words = (g: { label: string; connection: string; members: number }) => {
    const connection = g.connection === 'express-connect' ? 'Express Connect' : 'public-network';
    const pools = `${g.members} ${connection} ${g.members === 1 ? 'place' : 'places'}`;
    return g.label ? `site ${g.label}: ${pools}` : bySite ? `${pools} without a site` : pools;
  };
  const vpc = graph.domains.find((d) => d.id === 'vpc');
  const gateways = vpc?.nodes.filter((n) => n.kind === 'gateway') ?? [];
  const vpcNodes: GraphNode[] = (vpc?.nodes ?? []).filter((n) => n.kind === 'cloud');
  if (gateways.length > 3)
    vpcNodes.push({ id: 'gateways', label: `${gateways.length} cloud gateway nodes`, kind: 'gateway' });
  else for (const g of gateways) vpcNodes.push(g);
  const domains: GraphDomain[] = [{ id: 'vpc', label: vpc?.label ?? 'Cloud VPC', nodes: vpcNodes }];
  for (const g of groupOf.values()) {
    const node: GraphNode = { id: g.id, label: words(g), kind: 'pool' };
    if (g.connection === 'express-connect') vpcNodes.push(node);
    else
      domains.push({ id: `domain:${g.id}`, label: `public network: a domain per place (${g.members})`, nodes: [node] });
  }
  const edges = new Map<string, GraphEdge & { count: number; brokenCount: number }>();
  const calls = new Map<string, { from: string; to: string; count: number; rules: Set<string> }>();
  const mapped = (id: string) => nodeGroup.get(id) ?? id;
  for (const e of graph.edges) {
    const from = mapped(e.from);
    const to = mapped(e.to);
    if (e.kind === 'violation') {
      const key = `${from}\0${to}`;
      const entry = calls.get(key) ?? { from, to, count: 0, rules: new Set<string>() };
      const m = /^(\d+) calls?: (.*)$/.exec(e.label);
      entry.count += m ? Number(m[1]) : 1;
      for (const r of (m?.[2] ?? e.label).split(', ')) entry.rules.add(r);
      calls.set(key, entry);
      continue;
    }
    const key = `${from}\0${to}\0${e.kind}\0${e.label.replace(/ (blocked|open)$/, '')}`;
    const entry = edges.get(key) ?? { ...e, from, to, count: 0, brokenCount: 0 };
    entry.count++;
    if (e.broken) entry.brokenCount++;
    edges.set(key, entry);
  }
  const out: GraphEdge[] = [];
  for (const e of edges.values()) {
    const base = e.label.replace(/ (blocked|open)$/, '');
    const state =
      e.kind === 'express-connect' ? (e.brokenCount ? ` blocked at ${e.brokenCount} of ${e.count}` : ' open') : '';
    const times = e.kind === 'public' && e.count > 1 ? ` (${e.count} links)` : '';
    out.push({ from: e.from, to: e.to, kind: e.kind, broken: e.brokenCount > 0, label: `${base}${state}${times}` });
  }
  for (const c of calls.values()) {
    const label = `${c.count} ${c.count === 1 ? 'call' : 'calls'}: ${[...c.rules].sort().join(', ')}`;
    out.push({ from: c.from, to: c.to, kind: 'violation', broken: true, label });
  }
  return { domains, edges: out };
}
