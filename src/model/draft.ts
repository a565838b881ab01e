/**
 * What extractors write into while the documents are read. build-model.ts turns the draft into
 * the NetworkModel once every document is in (pools and placement need all of them).
 */
import type { RawFinding, ResourceId, SourceRef } from '../core/finding.js';
import { invalidResource } from '../core/input-findings.js';
import type {
  AckClusterFact,
  ApiServerCallFact,
  NetworkAclEntryFact,
  NetworkAclFact,
  CidrFact,
  Declarer,
  MaskFact,
  FlannelFact,
  GatewayFact,
  LabelFact,
  NodeFact,
  SecurityGroupFact,
  SecurityGroupRuleFact,
  UnknownFact,
} from './types.js';
import type { Resolved } from './template-values.js';

export type CidrKind = 'pod' | 'service' | 'vpc' | 'vswitch';

export interface NodePoolObject {
  name: string;
  type: string | null;
  interconnectionMode: string | null;
  /** The NodePool object's own labels, which YurtAppDaemon selectors match. */
  objectLabels: Record<string, string>;
  /** spec.labels: OpenYurt puts them on every node of the pool. */
  labels: LabelFact[];
  ref: SourceRef;
  resource: ResourceId;
}

export interface WorkloadDraft {
  kind: string;
  name: string;
  namespace: string;
  ref: SourceRef;
  resource: ResourceId;
  podLabels: Record<string, string>;
  placement: Placement;
  containers: FlatContainer[];
  /** ConfigMaps the pods read (envFrom, configMapKeyRef, volumes). */
  configMaps: string[];
}

/**
 * Where a workload's pods may go: node selection terms (ORed terms of ANDed requirements), the
 * pools an OpenYurt YurtAppSet names, or a selector over NodePool labels.
 */
export type Placement =
  | { kind: 'terms'; terms?: Requirement[][] }
  | { kind: 'pools'; pools: string[] }
  | { kind: 'poolSelector'; selector: Record<string, string> };

export interface Requirement {
  key: string;
  operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';
  values: string[];
}

export interface FlatContainer {
  name: string;
  image: string | null;
  imageRef: SourceRef;
  env: { name: string; value: string; ref: SourceRef }[];
}

export interface ServiceDraft {
  name: string;
  namespace: string;
  ref: SourceRef;
  resource: ResourceId;
  selector: Record<string, string> | null;
  topologyAware: boolean;
}

export interface RavenSwitch {
  value: boolean;
  ref: SourceRef;
}

export class ModelDraft {
  readonly cidrs: Record<CidrKind, CidrFact[]> = { pod: [], service: [], vpc: [], vswitch: [] };
  readonly masks: MaskFact[] = [];
  readonly ackClusters: AckClusterFact[] = [];
  readonly unknowns: UnknownFact[] = [];
  readonly nodes: NodeFact[] = [];
  readonly nodePools: NodePoolObject[] = [];
  readonly flannel: FlannelFact[] = [];
  readonly gateways: GatewayFact[] = [];
  readonly raven: {
    enableL3Tunnel: RavenSwitch | null;
    enableL7Proxy: RavenSwitch | null;
    forwardNodeIp: RavenSwitch | null;
  } = {
    enableL3Tunnel: null,
    enableL7Proxy: null,
    forwardNodeIp: null,
  };
  readonly securityGroups: SecurityGroupFact[] = [];
  readonly networkAcls: NetworkAclFact[] = [];
  /** NetworkAclEntry resources, attached to their ACL once every document is read. */
  readonly looseAclEntries: { acl: string; entry: NetworkAclEntryFact; resource: ResourceId }[] = [];
  /** Stand-alone rule resources, attached to their group once every document is read. */
  readonly looseRules: { groupId: string; provider: 'alibaba' | 'aws'; rule: SecurityGroupRuleFact }[] = [];
  readonly workloads: WorkloadDraft[] = [];
  readonly services: ServiceDraft[] = [];
  readonly apiServerCalls: Omit<ApiServerCallFact, 'targets'>[] = [];
  readonly configMaps: {
    name: string;
    namespace: string;
    entries: { key: string; value: string; ref: SourceRef }[];
  }[] = [];
  readonly ingressBackends: {
    ingress: string;
    service: string;
    namespace: string;
    ref: SourceRef;
    resource: ResourceId;
  }[] = [];
  /** edge-controller-manager versions: image tags, and the configuration's value. */
  readonly controllerVersions: { value: string; ref: SourceRef; origin: string }[] = [];
  /** input/invalid-resource findings raised while reading. */
  readonly findings: RawFinding[] = [];

  addCidr(kind: CidrKind, fact: CidrFact): void {
    this.cidrs[kind].push(fact);
  }

  /**
   * Adds every CIDR of a comma-separated value (dual-stack settings list one per family), each
   * placed at its own characters of the string.
   */
  addCidrList(
    kind: CidrKind,
    text: string,
    ref: SourceRef,
    origin: string,
    declaredBy: Declarer,
    resource: ResourceId,
    via?: SourceRef,
  ): void {
    const parts = text.split(',');
    if (parts.length === 1) {
      this.addCidr(kind, { cidr: text.trim(), ref, origin, declaredBy, resource, ...(via ? { via } : {}) });
      return;
    }
    let offset = 0;
    for (const part of parts) {
      const cidr = part.trim();
      const start = offset + part.indexOf(cidr);
      offset += part.length + 1;
      if (cidr)
        this.addCidr(kind, {
          cidr,
          ref: { ...ref, span: [(ref.span?.[0] ?? 0) + start, (ref.span?.[0] ?? 0) + start + cidr.length] },
          origin,
          declaredBy,
          resource,
          ...(via ? { via } : {}),
        });
    }
  }

  /** Adds a template value that should hold a CIDR: known ones as facts, the rest as unknowns. */
  addResolvedCidr(kind: CidrKind, resolved: Resolved | undefined, origin: string, resource: ResourceId): void {
    if (!resolved) return;
    if (!resolved.known) {
      this.unknowns.push({ what: origin, reason: resolved.reason, ref: resolved.ref, resource });
      return;
    }
    if ('resourceRef' in resolved) {
      this.unknowns.push({
        what: origin,
        reason: `Ref to resource ${resolved.resourceRef} is not a CIDR`,
        ref: resolved.ref,
        resource,
      });
      return;
    }
    this.addCidrList(kind, String(resolved.value), resolved.ref, origin, 'template', resource, resolved.via);
  }

  invalid(ref: SourceRef, detail: string, resource?: ResourceId): void {
    this.findings.push(invalidResource(ref, detail, resource));
  }
}
