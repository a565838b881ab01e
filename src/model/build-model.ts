/**
 * Builds the one NetworkModel from every parsed document plus the configuration. Extractors
 * read documents into a draft; the cross-document facts (pools, domains, placement, which
 * workloads back a Service) are derived here once everything is read.
 */
import type { PathSegment, RawFinding, SourceRef } from '../core/finding.js';
import type { EdgenetConfig } from '../config/load-config.js';
import type { ParsedFile } from '../parse/parse-documents.js';
import { isKubeadmClusterConfiguration, readKubeadm } from './control-plane.js';
import { isRecord, type DocContext } from './document.js';
import { ModelDraft, type CidrKind, type Placement } from './draft.js';
import { isKubernetesObject, LABEL, readKubernetesObject } from './kubernetes.js';
import { poolLabels, poolsAllowed, type PoolLabels } from './placement.js';
import { findServiceCalls, targetsByName } from './service-calls.js';
import { isSecurityGroupExport, readSecurityGroupExport } from './security-groups.js';
import { isTemplate, readTemplate } from './templates.js';
import type { Connection, NetworkModel, PoolFact, ServiceFact, SiteFact, WorkloadFact } from './types.js';

export interface ModelResult {
  model: NetworkModel;
  /** input/invalid-resource findings found while reading. */
  findings: RawFinding[];
}

export function buildModel(files: readonly ParsedFile[], config: EdgenetConfig): ModelResult {
  const draft = new ModelDraft();
  for (const file of files) readFile(file, draft);
  return finishModel(draft, config);
}

/** Reads one file's documents into the draft; after it, the documents are no longer needed. */
export function readFile(file: ParsedFile, draft: ModelDraft): void {
  for (const { index, data } of file.documents) {
    if (!isRecord(data)) continue;
    const ctx: DocContext = { file: file.file, doc: index, data };
    if (isKubeadmClusterConfiguration(data)) readKubeadm(ctx, draft);
    else if (isKubernetesObject(data)) readKubernetesObject(ctx, draft);
    else if (isTemplate(data)) readTemplate(ctx, draft);
    else if (isSecurityGroupExport(data)) readSecurityGroupExport(ctx, draft);
  }
}

/** The cross-document facts, once every file is read. */
export function finishModel(draft: ModelDraft, config: EdgenetConfig): ModelResult {
  const configRef = configRefs(config);
  readConfigCidrs(config, draft, configRef);
  attachLooseRules(draft);

  const sites = readSites(config, configRef);
  const pools = assemblePools(draft, sites, config, configRef);
  const nodes = draft.nodes.map((n) => {
    if (n.role !== 'unknown' || n.pool === null) return n;
    const pool = pools.find((p) => p.name === n.pool);
    return pool ? { ...n, role: pool.cloud ? ('cloud' as const) : ('edge' as const) } : n;
  });
  const labelled = pools.map((p) => poolLabels(p, Object.fromEntries(p.labels.map((l) => [l.key, l.value])), nodes));
  const domainOf = new Map(pools.map((p) => [p.name, p.domain]));
  const domains = (names: string[]) =>
    [...new Set(names.map((n) => domainOf.get(n)).filter((d): d is string => d !== undefined))].sort();
  const workloads: WorkloadFact[] = draft.workloads.map(({ placement, ...w }) => {
    const allowed = placedPools(placement, labelled, draft);
    return { ...w, pools: allowed, domains: domains(allowed) };
  });
  const byLabel = indexByLabel(workloads);
  const services: ServiceFact[] = draft.services.map((s) => {
    const backing = backingWorkloads(s.selector, s.namespace, byLabel);
    const servicePools = [...new Set(backing.flatMap((w) => w.pools))].sort();
    return {
      ...s,
      workloads: backing.map((w) => `${w.kind}/${w.namespace}/${w.name}`),
      pools: servicePools,
      domains: domains(servicePools),
    };
  });
  const targets = targetsByName(services);
  const configVersion = config.cluster.edgeControllerManagerVersion;
  const controllerVersions = [
    ...(configVersion === undefined
      ? []
      : [
          {
            value: configVersion,
            ref: configRef(['cluster', 'edgeControllerManagerVersion']),
            origin: 'cluster.edgeControllerManagerVersion',
          },
        ]),
    ...draft.controllerVersions,
  ];

  const cluster = config.cluster;
  const model: NetworkModel = {
    podCidrs: draft.cidrs.pod,
    nodeCidrMasks: draft.masks,
    ackClusters: draft.ackClusters,
    serviceCidrs: draft.cidrs.service,
    vpcCidrs: draft.cidrs.vpc,
    vswitchCidrs: draft.cidrs.vswitch,
    unknowns: draft.unknowns,
    nodes,
    pools,
    sites,
    flannel: draft.flannel,
    raven: { ...draft.raven, gateways: draft.gateways },
    securityGroups: draft.securityGroups,
    networkAcls: draft.networkAcls,
    workloads,
    services,
    apiServerCalls: draft.apiServerCalls.map((c) => ({
      ...c,
      targets: targets.get(`${c.service}.${c.namespace}`) ?? [],
    })),
    serviceCalls: findServiceCalls(draft, workloads, targets),
    controllerVersions,
    cluster: {
      apiServerReachesEdge:
        cluster.apiServerReachesEdge === undefined
          ? null
          : { value: cluster.apiServerReachesEdge, ref: configRef(['cluster', 'apiServerReachesEdge']) },
      edgeControllerManagerVersion:
        cluster.edgeControllerManagerVersion === undefined
          ? null
          : {
              value: cluster.edgeControllerManagerVersion,
              ref: configRef(['cluster', 'edgeControllerManagerVersion']),
            },
      nodeCidrMask:
        cluster.nodeCidrMask === undefined
          ? null
          : { value: cluster.nodeCidrMask, ref: configRef(['cluster', 'nodeCidrMask']) },
      maxNodes:
        cluster.maxNodes === undefined ? null : { value: cluster.maxNodes, ref: configRef(['cluster', 'maxNodes']) },
      maxPodsPerNode:
        cluster.maxPodsPerNode === undefined
          ? null
          : { value: cluster.maxPodsPerNode, ref: configRef(['cluster', 'maxPodsPerNode']) },
      cloudSecurityGroups: cluster.cloudSecurityGroups?.length
        ? { value: cluster.cloudSecurityGroups, ref: configRef(['cluster', 'cloudSecurityGroups']) }
        : null,
    },
  };
  return { model, findings: draft.findings };
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

type ConfigRef = (path: PathSegment[]) => SourceRef;

function configRefs(config: EdgenetConfig): ConfigRef {
  const file = config.source?.file ?? '.edgenet.yaml';
  const doc = config.source?.documents[0]?.index ?? 0;
  return (path) => ({ file, doc, path });
}

const CONFIG_CIDRS: { key: 'podCidrs' | 'serviceCidrs' | 'vpcCidrs'; kind: CidrKind; origin: string }[] = [
  { key: 'podCidrs', kind: 'pod', origin: 'cluster.podCidrs' },
  { key: 'serviceCidrs', kind: 'service', origin: 'cluster.serviceCidrs' },
  { key: 'vpcCidrs', kind: 'vpc', origin: 'VPC (cluster.vpcCidrs)' },
];

function readConfigCidrs(config: EdgenetConfig, draft: ModelDraft, ref: ConfigRef): void {
  const resource = { kind: 'EdgenetConfig', name: null, namespace: null };
  for (const { key, kind, origin } of CONFIG_CIDRS) {
    (config.cluster[key] ?? []).forEach((cidr, i) => {
      draft.addCidr(kind, { cidr, ref: ref(['cluster', key, i]), origin, declaredBy: 'config', resource });
    });
  }
  for (const [key, family] of [
    ['nodeCidrMask', 4],
    ['nodeCidrMaskIPv6', 6],
  ] as const) {
    const value = config.cluster[key];
    if (value !== undefined)
      draft.masks.push({
        value,
        family,
        ref: ref(['cluster', key]),
        origin: `cluster.${key}`,
        declaredBy: 'config',
        resource,
      });
  }
}

function readSites(config: EdgenetConfig, ref: ConfigRef): SiteFact[] {
  const resource = { kind: 'EdgenetConfig', name: null, namespace: null };
  return (config.cluster.sites ?? []).map((site, i) => ({
    name: site.name,
    connection: site.connection ?? config.cluster.connection ?? 'public',
    nodePools: site.nodePools ?? [],
    securityGroups: site.securityGroups ?? [],
    hostCidrs: (site.hostCidrs ?? []).map((cidr, j) => ({
      cidr,
      ref: ref(['cluster', 'sites', i, 'hostCidrs', j]),
      origin: `edge site ${site.name} hostCidrs`,
      declaredBy: 'site',
      resource,
    })),
    ref: ref(['cluster', 'sites', i, 'name']),
  }));
}

/**
 * Stand-alone rule resources join the group their SecurityGroupId/GroupId names (in their own
 * template first); a group that is not in the repository is known by its rules alone.
 */
function attachLooseRules(draft: ModelDraft): void {
  for (const { groupId, provider, rule } of draft.looseRules) {
    const group =
      draft.securityGroups.find((g) => g.id === groupId && g.ref.file === rule.ref.file) ??
      draft.securityGroups.find((g) => g.names.includes(groupId));
    if (group) {
      group.rules.push(rule);
      if (rule.direction === 'egress') group.implicitAllowEgress = false;
      continue;
    }
    draft.securityGroups.push({
      id: groupId,
      names: [groupId],
      provider,
      type: 'basic',
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
      draft.networkAcls.find((a) => a.id === acl && a.ref.file === entry.ref.file) ??
      draft.networkAcls.find((a) => a.id === acl);
    if (target) target.entries.push(entry);
    else draft.networkAcls.push({ id: acl, ref: entry.ref, resource, entries: [entry] });
  }
}

const MODE_TO_CONNECTION: Record<string, Connection> = {
  private: 'express-connect',
  normal: 'public',
  public: 'public',
};

function assemblePools(draft: ModelDraft, sites: SiteFact[], config: EdgenetConfig, configRef: ConfigRef): PoolFact[] {
  const names = new Set<string>();
  for (const p of draft.nodePools) names.add(p.name);
  for (const n of draft.nodes) if (n.pool) names.add(n.pool);
  for (const s of sites) for (const p of s.nodePools) names.add(p);
  for (const w of draft.workloads) if (w.placement.kind === 'pools') for (const p of w.placement.pools) names.add(p);
  return [...names].sort().map((name) => {
    const object = draft.nodePools.find((p) => p.name === name);
    const members = draft.nodes.filter((n) => n.pool === name);
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
    } else if (config.cluster.connection) {
      connection = config.cluster.connection;
      connectionSource = 'cluster.connection in the configuration';
    }
    const labelRef = members
      .map((n) => n.labels.find((l) => (LABEL.pool as readonly string[]).includes(l.key))?.ref)
      .find(Boolean);
    const ref = object?.ref ?? site?.ref ?? labelRef ?? configRef(['cluster']);
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
