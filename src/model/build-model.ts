/**
 * Builds a cluster's NetworkModel from its documents plus its configuration. Extractors read
 * documents into a draft; the cross-document facts (pools, domains, placement, which workloads
 * back a Service) are derived here once every document of the cluster is read.
 */
import type { RawFinding } from '../core/finding.js';
import type { ClusterSettings } from '../config/cluster-settings.js';
import type { ParsedFile } from '../parse/parse-documents.js';
import { isKubeadmClusterConfiguration, readKubeadm } from './control-plane.js';
import { isRecord, type DocContext } from './document.js';
import { ModelDraft, type NodePoolObject, type Placement, type RavenSwitch } from './draft.js';
import { isKubernetesObject, LABEL, readKubernetesObject } from './kubernetes.js';
import { poolLabels, poolsAllowed, selectsCreatedCloudPool, type PoolLabels } from './placement.js';
import { CLOUD_DOMAIN, findServiceCalls, targetsByName } from './service-calls.js';
import {
  isNetworkAclExport,
  isSecurityGroupExport,
  readNetworkAclExport,
  readSecurityGroupExport,
} from './security-groups.js';
import { isTemplate, readTemplate } from './templates.js';
import type {
  AckClusterFact,
  CidrFact,
  Connection,
  MaskFact,
  NetworkAclFact,
  NetworkModel,
  NodeFact,
  NodeHostFact,
  PoolFact,
  RavenFacts,
  SecurityGroupFact,
  ServiceFact,
  SiteFact,
  WorkloadFact,
} from './types.js';

export interface ModelResult {
  model: NetworkModel;
  /** input/invalid-resource findings found while reading. */
  findings: RawFinding[];
}

export function buildModel(files: readonly ParsedFile[], settings: ClusterSettings): ModelResult {
  const draft = new ModelDraft();
  for (const file of files) readFile(file, draft);
  return finishModel(draft, settings);
}

/** kustomize's file names (api/konfig RecognizedKustomizationFileNames) and Helm's chart file. */
const KUSTOMIZATION_FILE = /(^|\/)(kustomization\.ya?ml|Kustomization)$/;
const CHART_FILE = /(^|\/)Chart\.yaml$/;

/** What a file holds, as far as deciding clusters cares: Kubernetes objects, or the cloud side. */
export type FileKind = 'kubernetes' | 'cloud';

/**
 * Reads one file's documents into the draft; after it, the documents are no longer needed.
 * Returns what the file holds (empty for a file that describes no cluster).
 */
export function readFile(file: ParsedFile, draft: ModelDraft): Set<FileKind> {
  const kinds = new Set<FileKind>();
  const kustomization = KUSTOMIZATION_FILE.test(file.file);
  const chart = CHART_FILE.test(file.file);
  for (const { index, data } of file.documents) {
    if (!isRecord(data)) continue;
    // A kustomization or a Chart.yaml says how a build is made; it is not a resource of the cluster.
    if (kustomization || chart) {
      (kustomization ? draft.kustomizations : draft.charts).push({ file: file.file, doc: index, data });
      continue;
    }
    const ctx: DocContext = { file: file.file, doc: index, data };
    if (isKubeadmClusterConfiguration(data)) {
      readKubeadm(ctx, draft);
      kinds.add('kubernetes');
    } else if (isKubernetesObject(data)) {
      readKubernetesObject(ctx, draft);
      kinds.add('kubernetes');
    } else if (isTemplate(data)) {
      readTemplate(ctx, draft);
      kinds.add('cloud');
    } else if (isSecurityGroupExport(data)) {
      readSecurityGroupExport(ctx, draft);
      kinds.add('cloud');
    } else if (isNetworkAclExport(data)) {
      readNetworkAclExport(ctx, draft);
      kinds.add('cloud');
    }
  }
  return kinds;
}

/**
 * The cross-document facts of one cluster, once its files are read. The draft's fact objects may
 * be shared with other clusters' drafts (a base in two overlays): nothing here changes them.
 */
export function finishModel(draft: ModelDraft, settings: ClusterSettings): ModelResult {
  const config = settings.values;
  const configCidrs = readConfigCidrs(settings);
  const { securityGroups, networkAcls } = attachLooseRules(draft);

  const sites = readSites(settings);
  const pools = assemblePools(draft, sites, settings);
  const poolByName = new Map(pools.map((p) => [p.name, p]));
  const nodes = draft.nodes.map((n) => {
    if (n.role !== 'unknown' || n.pool === null) return n;
    const pool = poolByName.get(n.pool);
    return pool ? { ...n, role: pool.cloud ? ('cloud' as const) : ('edge' as const) } : n;
  });
  const labelled = pools.map((p) => poolLabels(p, Object.fromEntries(p.labels.map((l) => [l.key, l.value])), nodes));
  const domainOf = new Map(pools.map((p) => [p.name, p.domain]));
  const domains = (names: string[]) =>
    sortedUnique(names.map((n) => domainOf.get(n)).filter((d): d is string => d !== undefined));
  // ACK creates a cloud node pool with the cluster: pods that ask for cloud nodes run in the VPC
  // even when git declares no cloud pool.
  const createdCloudPool = !pools.some((p) => p.cloud);
  // Workloads of a repository mostly share a few placements: each is judged once (the lists are
  // shared, as calls share their client's domains, and never changed).
  const placed = new Map<string, { pools: string[]; domains: string[] }>();
  const placementOf = (placement: Placement) => {
    const key = JSON.stringify(placement);
    let known = placed.get(key);
    if (!known) {
      const allowed = placedPools(placement, labelled, draft);
      const inDomains = domains(allowed);
      const cloud = createdCloudPool && placement.kind === 'terms' && selectsCreatedCloudPool(placement.terms ?? [[]]);
      known = { pools: allowed, domains: cloud ? sortedUnique([...inDomains, CLOUD_DOMAIN]) : inDomains };
      placed.set(key, known);
    }
    return known;
  };
  // Facts written out field by field (not spread): tens of thousands of workloads and Services.
  const workloads: WorkloadFact[] = draft.workloads.map((w) => {
    const { pools: allowed, domains: inDomains } = placementOf(w.placement);
    return {
      kind: w.kind,
      name: w.name,
      namespace: w.namespace,
      ref: w.ref,
      resource: w.resource,
      podLabels: w.podLabels,
      containers: w.containers,
      configMaps: w.configMaps,
      pools: allowed,
      domains: inDomains,
    };
  });
  const byLabel = indexByLabel(workloads);
  const services: ServiceFact[] = draft.services.map((s) => {
    const backing = backingWorkloads(s.selector, s.namespace, byLabel);
    return {
      name: s.name,
      namespace: s.namespace,
      ref: s.ref,
      resource: s.resource,
      selector: s.selector,
      topologyAware: s.topologyAware,
      workloads: backing.map((w) => `${w.kind}/${w.namespace}/${w.name}`),
      pools: sortedUnique(backing.flatMap((w) => w.pools)),
      domains: sortedUnique(backing.flatMap((w) => w.domains)),
    };
  });
  const targets = targetsByName(services);
  const located = <K extends keyof typeof config>(key: K) => {
    const value = config[key];
    return value === undefined ? null : { value: value as NonNullable<(typeof config)[K]>, ref: settings.ref([key]) };
  };
  const configVersion = located('edgeControllerManagerVersion');
  const controllerVersions = [
    ...(configVersion ? [{ ...configVersion, origin: settings.origin('edgeControllerManagerVersion') }] : []),
    ...draft.controllerVersions,
  ];

  const model: NetworkModel = {
    podCidrs: [...draft.cidrs.pod, ...configCidrs.pod],
    nodeCidrMasks: [...draft.masks, ...configCidrs.masks],
    ackClusters: draft.ackClusters.filter((r): r is AckClusterFact => r.kind === 'cluster'),
    nodeHosts: draft.ackClusters.filter((r): r is NodeHostFact => r.kind !== 'cluster'),
    serviceCidrs: [...draft.cidrs.service, ...configCidrs.service],
    vpcCidrs: [...draft.cidrs.vpc, ...configCidrs.vpc],
    vswitchCidrs: draft.cidrs.vswitch,
    unknowns: draft.unknowns,
    nodes,
    pools,
    sites,
    flannel: draft.flannel,
    raven: { ...ravenSettings(draft), gateways: draft.gateways },
    securityGroups,
    networkAcls,
    workloads,
    services,
    apiServerCalls: draft.apiServerCalls.map((c) => ({
      ...c,
      targets: targets.get(`${c.service}.${c.namespace}`) ?? [],
    })),
    serviceCalls: findServiceCalls(draft, workloads, targets),
    controllerVersions,
    cluster: {
      name: settings.name,
      apiServerReachesEdge: located('apiServerReachesEdge'),
      edgeControllerManagerVersion: configVersion,
      nodeCidrMask: located('nodeCidrMask'),
      maxNodes: located('maxNodes'),
      maxPodsPerNode: located('maxPodsPerNode'),
      cloudSecurityGroups: config.cloudSecurityGroups?.length ? located('cloudSecurityGroups') : null,
    },
  };
  return { model, findings: draft.findings };
}

/** The strings once each, sorted. */
function sortedUnique(values: string[]): string[] {
  return values.length < 2 ? values : [...new Set(values)].sort();
}

/** Pools a workload's pods may land on, by the kind of placement it declares. */
function placedPools(placement: Placement, labelled: PoolLabels[], draft: ModelDraft): string[] {
  if (placement.kind === 'pools') return labelled.map((p) => p.pool.name).filter((n) => placement.pools.includes(n));
  if (placement.kind === 'poolSelector') {
    const objects = new Map(draft.nodePools.map((o) => [o.name, o.objectLabels]));
    return labelled.map((p) => p.pool.name).filter((n) => selects(placement.selector, objects.get(n) ?? {}));
  }
  return poolsAllowed(placement.terms ?? [[]], labelled);
}

/** Workloads by namespace and pod label "key=value": a Service finds its pods without a scan of all. */
function indexByLabel(workloads: WorkloadFact[]): Map<string, WorkloadFact[]> {
  const index = new Map<string, WorkloadFact[]>();
  for (const w of workloads) {
    for (const [k, v] of Object.entries(w.podLabels)) {
      const key = `${w.namespace}\0${k}=${v}`;
      const list = index.get(key);
      if (list) list.push(w);
      else index.set(key, [w]);
    }
  }
  return index;
}

function backingWorkloads(
  selector: Record<string, string> | null,
  namespace: string,
  byLabel: Map<string, WorkloadFact[]>,
): WorkloadFact[] {
  const entries = Object.entries(selector ?? {});
  if (entries.length === 0) return [];
  const [k, v] = entries[0]!;
  return (byLabel.get(`${namespace}\0${k}=${v}`) ?? []).filter((w) => selects(selector!, w.podLabels));
}

function selects(selector: Record<string, string>, labels: Record<string, string>): boolean {
  return Object.entries(selector).every(([k, v]) => labels[k] === v);
}

/** The last value each Raven switch is given (raven-cfg, raven-agent-config), in file order. */
function ravenSettings(draft: ModelDraft): Pick<RavenFacts, 'enableL3Tunnel' | 'enableL7Proxy' | 'forwardNodeIp'> {
  const last = (key: RavenSwitch['key']) => {
    const found = draft.ravenSwitches.filter((r) => r.key === key).at(-1);
    return found ? { value: found.value, ref: found.ref } : null;
  };
  return {
    enableL3Tunnel: last('enableL3Tunnel'),
    enableL7Proxy: last('enableL7Proxy'),
    forwardNodeIp: last('forwardNodeIp'),
  };
}

const CONFIG_RESOURCE = { kind: 'EdgenetConfig', name: null, namespace: null };

const CONFIG_CIDRS = [
  { key: 'podCidrs', kind: 'pod', words: '' },
  { key: 'serviceCidrs', kind: 'service', words: '' },
  { key: 'vpcCidrs', kind: 'vpc', words: 'VPC ' },
] as const;

/** Address ranges and node masks the configuration declares for the cluster. */
function readConfigCidrs(
  settings: ClusterSettings,
): Record<'pod' | 'service' | 'vpc', CidrFact[]> & { masks: MaskFact[] } {
  const out = { pod: [] as CidrFact[], service: [] as CidrFact[], vpc: [] as CidrFact[], masks: [] as MaskFact[] };
  for (const { key, kind, words } of CONFIG_CIDRS) {
    const origin = words ? `${words}(${settings.origin(key)})` : settings.origin(key);
    (settings.values[key] ?? []).forEach((cidr, i) => {
      out[kind].push({ cidr, ref: settings.ref([key, i]), origin, declaredBy: 'config', resource: CONFIG_RESOURCE });
    });
  }
  for (const [key, family] of [
    ['nodeCidrMask', 4],
    ['nodeCidrMaskIPv6', 6],
  ] as const) {
    const value = settings.values[key];
    if (value === undefined) continue;
    const origin = settings.origin(key);
    out.masks.push({
      value,
      family,
      ref: settings.ref([key]),
      origin,
      declaredBy: 'config',
      resource: CONFIG_RESOURCE,
    });
  }
  return out;
}

function readSites(settings: ClusterSettings): SiteFact[] {
  const { values } = settings;
  return (values.sites ?? []).map((site, i) => ({
    name: site.name,
    connection: site.connection ?? values.connection ?? 'public',
    nodePools: site.nodePools ?? [],
    securityGroups: site.securityGroups ?? [],
    hostCidrs: (site.hostCidrs ?? []).map((cidr, j) => ({
      cidr,
      ref: settings.ref(['sites', i, 'hostCidrs', j]),
      origin: `edge site ${site.name} hostCidrs`,
      declaredBy: 'site',
      resource: CONFIG_RESOURCE,
    })),
    ref: settings.ref(['sites', i, 'name']),
  }));
}

/**
 * Stand-alone rule resources join the group their SecurityGroupId/GroupId names (in their own
 * template first); a group that is not in the repository is known by its rules alone.
 */
function attachLooseRules(draft: ModelDraft): { securityGroups: SecurityGroupFact[]; networkAcls: NetworkAclFact[] } {
  // Copies: the draft's groups may be another cluster's too.
  const securityGroups = draft.securityGroups.map((g) => ({ ...g, rules: [...g.rules] }));
  const networkAcls = draft.networkAcls.map((a) => ({ ...a, entries: [...a.entries] }));
  for (const { groupId, provider, rule } of draft.looseRules) {
    const group =
      securityGroups.find((g) => g.id === groupId && g.ref.file === rule.ref.file) ??
      securityGroups.find((g) => g.names.includes(groupId));
    if (group) {
      group.rules.push(rule);
      if (rule.direction === 'egress') group.implicitAllowEgress = false;
      continue;
    }
    securityGroups.push({
      id: groupId,
      names: [groupId],
      provider,
      type: 'basic',
      typeUnknown: null,
      innerAccessPolicy: null,
      vpc: null,
      ref: rule.ref,
      resource: { kind: 'SecurityGroup', name: groupId, namespace: null },
      rules: [rule],
      implicitAllowEgress: false,
    });
  }
  for (const { acl, entry, resource } of draft.looseAclEntries) {
    const target =
      networkAcls.find((a) => a.id === acl && a.ref.file === entry.ref.file) ?? networkAcls.find((a) => a.id === acl);
    if (target) target.entries.push(entry);
    else networkAcls.push({ id: acl, provider: 'aws', ref: entry.ref, resource, entries: [entry] });
  }
  return { securityGroups, networkAcls };
}

const MODE_TO_CONNECTION: Record<string, Connection> = {
  private: 'express-connect',
  normal: 'public',
  public: 'public',
};

function assemblePools(draft: ModelDraft, sites: SiteFact[], settings: ClusterSettings): PoolFact[] {
  const names = new Set<string>();
  for (const p of draft.nodePools) names.add(p.name);
  for (const n of draft.nodes) if (n.pool) names.add(n.pool);
  for (const s of sites) for (const p of s.nodePools) names.add(p);
  for (const w of draft.workloads) if (w.placement.kind === 'pools') for (const p of w.placement.pools) names.add(p);
  // Indexes: a fleet of thousands of Nodes is read once, not once per pool.
  const objects = new Map<string, NodePoolObject>();
  for (const p of draft.nodePools) if (!objects.has(p.name)) objects.set(p.name, p);
  const byPool = new Map<string, NodeFact[]>();
  for (const n of draft.nodes) {
    if (n.pool === null) continue;
    const list = byPool.get(n.pool);
    if (list) list.push(n);
    else byPool.set(n.pool, [n]);
  }
  return [...names].sort().map((name) => {
    const object = objects.get(name);
    const members = byPool.get(name) ?? [];
    const site = sites.find((s) => s.nodePools.includes(name));
    const cloud =
      object?.type === 'Cloud' ||
      (!object?.type && !site && members.length > 0 && members.every((n) => n.role === 'cloud'));
    let connection: Connection = 'public';
    let connectionSource = 'the default (no annotation, site or cluster.connection)';
    const mode = object?.interconnectionMode?.toLowerCase();
    if (mode && MODE_TO_CONNECTION[mode]) {
      connection = MODE_TO_CONNECTION[mode]!;
      connectionSource = `annotation ${LABEL.interconnectionMode}: ${object!.interconnectionMode}`;
    } else if (site) {
      connection = site.connection;
      connectionSource = `site ${site.name} in the configuration`;
    } else if (settings.values.connection) {
      connection = settings.values.connection;
      connectionSource = `${settings.origin('connection')} in the configuration`;
    }
    const labelRef = members
      .map((n) => n.labels.find((l) => (LABEL.pool as readonly string[]).includes(l.key))?.ref)
      .find(Boolean);
    const ref = object?.ref ?? site?.ref ?? labelRef ?? settings.ref([]);
    return {
      name,
      cloud,
      type: object?.type ?? (cloud ? 'Cloud' : site || members.some((n) => n.role === 'edge') ? 'Edge' : null),
      connection,
      connectionSource,
      ref,
      resource: object?.resource ?? { kind: 'NodePool', name, namespace: null },
      domain: cloud || connection === 'express-connect' ? 'vpc' : `pool:${name}`,
      labels: object?.labels ?? [],
    };
  });
}
