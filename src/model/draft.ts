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
  NodeHostFact,
  SecurityGroupFact,
  SecurityGroupRuleFact,
  UnknownFact,
} from './types.js';
import type { Resolved } from './template-values.js';
import { emptyGitopsHints, type GitopsHints } from './gitops-hints.js';
import type { StackHint } from './stacks.js';

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
  key: 'enableL3Tunnel' | 'enableL7Proxy' | 'forwardNodeIp';
  value: boolean;
  ref: SourceRef;
}

/** A Kubernetes ConfigMap's string entries, which Services may be named in and HelmReleases read values from. */
export interface ConfigMapDraft {
  name: string;
  namespace: string;
  /** `file`: a generated ConfigMap's key read from that file of the repository (its whole text). */
  entries: { key: string; value: string; ref: SourceRef; file?: string }[];
  ref: SourceRef;
  /** Why its keys are not known (a generator's env file or a file outside the repository): its values are hidden. */
  unknown?: string;
}

/** A document the fleet planner reads as it is: a kustomization file, a Helm chart's Chart.yaml. */
export interface RawDocument {
  file: string;
  doc: number;
  data: Record<string, unknown>;
}

/**
 * A draft as plain data, without its empty lists: what a worker thread sends back for a file
 * (structured clone) and what the facts cache stores (JSON).
 */
export type DraftFragment = Record<string, unknown>;

export class ModelDraft {
  readonly cidrs: Record<CidrKind, CidrFact[]> = { pod: [], service: [], vpc: [], vswitch: [] };
  readonly masks: MaskFact[] = [];
  /**
   * ACK cluster resources, and the node pools and instances that run nodes: one list, because the
   * fleet selects a cluster's template facts by this list (src/fleet/select.ts).
   */
  readonly ackClusters: (AckClusterFact | NodeHostFact)[] = [];
  readonly unknowns: UnknownFact[] = [];
  readonly nodes: NodeFact[] = [];
  readonly nodePools: NodePoolObject[] = [];
  readonly flannel: FlannelFact[] = [];
  readonly gateways: GatewayFact[] = [];
  /** Raven's switches as set by raven-cfg and raven-agent-config; the last one read wins. */
  readonly ravenSwitches: RavenSwitch[] = [];
  readonly securityGroups: SecurityGroupFact[] = [];
  readonly networkAcls: NetworkAclFact[] = [];
  /** NetworkAclEntry resources, attached to their ACL once every document is read. */
  readonly looseAclEntries: { acl: string; entry: NetworkAclEntryFact; resource: ResourceId }[] = [];
  /** Stand-alone rule resources, attached to their group once every document is read. */
  readonly looseRules: { groupId: string; provider: 'alibaba' | 'aws'; rule: SecurityGroupRuleFact }[] = [];
  readonly workloads: WorkloadDraft[] = [];
  readonly services: ServiceDraft[] = [];
  readonly apiServerCalls: Omit<ApiServerCallFact, 'targets'>[] = [];
  readonly configMaps: ConfigMapDraft[] = [];
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
  /** What decides which files make which cluster (src/fleet). */
  readonly gitops: GitopsHints = emptyGitopsHints();
  readonly stacks: StackHint[] = [];
  readonly kustomizations: RawDocument[] = [];
  readonly charts: RawDocument[] = [];

  /** The draft as plain data, empty lists left out. */
  toFragment(): DraftFragment {
    const out: DraftFragment = {};
    for (const [key, value] of Object.entries(this)) {
      if (Array.isArray(value)) {
        if (value.length > 0) out[key] = value;
      } else if (value && typeof value === 'object') {
        const nested = Object.fromEntries(Object.entries(value).filter(([, v]) => Array.isArray(v) && v.length > 0));
        if (Object.keys(nested).length > 0) out[key] = nested;
      }
    }
    return out;
  }

  /** Appends a fragment's facts (in order) to this draft's lists. */
  absorb(fragment: DraftFragment): void {
    const self = this as unknown as Record<string, unknown>;
    for (const [key, value] of Object.entries(fragment)) {
      const target = self[key];
      if (Array.isArray(target)) append(target, value as unknown[]);
      else if (target && typeof target === 'object') {
        const lists = target as Record<string, unknown[]>;
        for (const [k, v] of Object.entries(value as Record<string, unknown[]>)) append(lists[k]!, v);
      }
    }
  }

  /** How many facts the draft holds (hints for the fleet not counted): a file that adds none describes no cluster. */
  factCount(): number {
    const lists: readonly unknown[][] = [
      this.cidrs.pod,
      this.cidrs.service,
      this.cidrs.vpc,
      this.cidrs.vswitch,
      this.masks,
      this.ackClusters,
      this.unknowns,
      this.nodes,
      this.nodePools,
      this.flannel,
      this.gateways,
      this.ravenSwitches,
      this.securityGroups,
      this.networkAcls,
      this.looseAclEntries,
      this.looseRules,
      this.workloads,
      this.services,
      this.apiServerCalls,
      this.configMaps,
      this.ingressBackends,
      this.controllerVersions,
    ];
    return lists.reduce((n, l) => n + l.length, 0);
  }

  addCidr(kind: CidrKind, fact: CidrFact): void {
    if (!this.deployTimeValue(fact.cidr, fact)) this.cidrs[kind].push(fact);
  }

  addMask(fact: MaskFact): void {
    if (typeof fact.value === 'number' || !this.deployTimeValue(fact.value, fact)) this.masks.push(fact);
  }

  /**
   * A value holding `${NAME}` is filled in at deployment (Flux post-build substitution, envsubst
   * in a pipeline): never judged as the literal text. Where a Flux Kustomization of the cluster
   * gives the value, the cluster reads its substituted copy instead.
   */
  private deployTimeValue(text: string, fact: { ref: SourceRef; origin: string; resource: ResourceId }): boolean {
    const placeholder = PLACEHOLDER.exec(text);
    if (!placeholder) return false;
    const what = placeholder[0].startsWith('${') ? 'the variable' : 'the placeholder';
    this.unknowns.push({
      what: fact.origin,
      reason:
        `"${text}" holds ${what} ${placeholder[0]}, filled in ` +
        'at deployment, and no value for it is in the repository',
      ref: fact.ref,
      resource: fact.resource,
    });
    return true;
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

/**
 * Text that a tool replaces before the object reaches a cluster: `${VAR}` (Flux, envsubst),
 * `{{ x }}` (Helm, mustache, Jinja), `<% x %>` (ERB), `%{x}` (Terraform), `#{x}` (Octopus), and
 * whole-value `__NAME__` / `@NAME@` tokens that sed-style pipelines fill in.
 */
const PLACEHOLDER = /\$\{[^}]*\}|\{\{.*?\}\}|<%.*?%>|[%#]\{[^}]*\}|^__[A-Za-z0-9_]+__$|^@[A-Za-z0-9_]+@$/;

/** push without spreading (a list of 100,000 facts would overflow the call stack as arguments). */
function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
