/**
 * The one network model every rule reads. Plain data only (it is handed to the Rego engine as
 * JSON); every fact keeps the SourceRef it came from so that a finding can point at it.
 */
import type { ResourceId, SourceRef } from '../core/finding.js';

export type Connection = 'express-connect' | 'public';
export type NodeRole = 'edge' | 'cloud' | 'unknown';

/** What kind of file declared a fact; decides which declaration of the pod CIDR is the reference. */
export type Declarer =
  | 'config'
  | 'template'
  | 'kubeadm'
  | 'controller-manager'
  | 'api-server'
  | 'flannel'
  | 'node'
  | 'site';

/** A CIDR as written, with where it was written and what declared it. */
export interface CidrFact {
  cidr: string;
  ref: SourceRef;
  /** Human words for the declaration, e.g. "flannel net-conf.json Network". */
  origin: string;
  declaredBy: Declarer;
  resource: ResourceId;
  /** For a value reached through a template Ref: where the Ref is. */
  via?: SourceRef;
}

/** An ACK cluster resource of a ROS template. */
export interface AckClusterFact {
  ref: SourceRef;
  resource: ResourceId;
  nodeCidrMaskSet: boolean;
  /** SecurityGroupId: a group's logical name or id, when the template says. */
  securityGroupId: string | null;
  vpc: string | null;
}

/** A per-node pod block size (ROS NodeCidrMask, --node-cidr-mask-size, the configuration). */
export interface MaskFact {
  /** As written: ROS allows a number or a string; validity is judged by the rules. */
  value: number | string;
  /** 4 or 6; 0 for --node-cidr-mask-size, which applies to a single-stack cluster's one family. */
  family: 0 | 4 | 6;
  ref: SourceRef;
  origin: string;
  declaredBy: Declarer;
  resource: ResourceId;
}

/** A value that a template leaves to deployment time (a Ref without a Default): known to be unknown. */
export interface UnknownFact {
  what: string;
  reason: string;
  ref: SourceRef;
  resource: ResourceId;
}

export interface LabelFact {
  key: string;
  value: string;
  ref: SourceRef;
}

export interface NodeFact {
  name: string;
  ref: SourceRef;
  resource: ResourceId;
  labels: LabelFact[];
  role: NodeRole;
  /** The label that decided the role; null when the role comes from the node's pool or is unknown. */
  roleLabel: LabelFact | null;
  pool: string | null;
  podCidrs: CidrFact[];
}

export interface PoolFact {
  name: string;
  /** A cloud pool (NodePool type Cloud, or only cloud nodes): in the VPC, never an edge site. */
  cloud: boolean;
  /** NodePool spec.type (Edge|Cloud) when a NodePool object declares it; "Edge" for config sites. */
  type: string | null;
  connection: Connection;
  /** What decided the connection: an annotation, a config site, cluster.connection or the default. */
  connectionSource: string;
  ref: SourceRef;
  resource: ResourceId;
  /** Network domain id: "vpc" for the cloud and Express Connect pools, "pool:<name>" otherwise. */
  domain: string;
  /** NodePool spec.labels, which OpenYurt puts on every node of the pool. */
  labels: LabelFact[];
}

export interface FlannelFact {
  ref: SourceRef;
  resource: ResourceId;
  network: CidrFact | null;
  ipv6Network: CidrFact | null;
  backendType: string | null;
  backendTypeRef: SourceRef;
  backendPort: number | null;
}

export interface SiteFact {
  name: string;
  connection: Connection;
  nodePools: string[];
  hostCidrs: CidrFact[];
  /** Groups guarding the site's hosts, by id or template logical name. */
  securityGroups: string[];
  ref: SourceRef;
}

export interface ContainerFact {
  name: string;
  image: string | null;
  imageRef: SourceRef;
  env: { name: string; value: string; ref: SourceRef }[];
}

export interface WorkloadFact {
  kind: string;
  name: string;
  namespace: string;
  ref: SourceRef;
  resource: ResourceId;
  podLabels: Record<string, string>;
  /** Pools the pods may land on (contract 6.2), and their network domains. */
  pools: string[];
  domains: string[];
  containers: ContainerFact[];
  configMaps: string[];
}

export interface ServiceFact {
  name: string;
  namespace: string;
  ref: SourceRef;
  resource: ResourceId;
  selector: Record<string, string> | null;
  /** Workloads whose pod labels the selector matches ("Kind/namespace/name"). */
  workloads: string[];
  /** Pools where those workloads' pods may run, and their network domains. */
  pools: string[];
  domains: string[];
  /** Traffic stays in the caller's pool when it can (topologyKeys, PreferClose, Local). */
  topologyAware: boolean;
}

/**
 * A workload that calls a Service by name: a container env value, a ConfigMap entry the workload
 * reads, or an Ingress backend (whose caller is the ingress controller).
 */
export interface ServiceCallFact {
  client: string;
  clientRef: SourceRef;
  /** Network domains the caller may run in. */
  clientDomains: string[];
  service: string;
  namespace: string;
  /** Where the Service's name is written: the env value, the ConfigMap key, the backend. */
  ref: SourceRef;
  via: 'env' | 'configmap' | 'ingress';
  resource: ResourceId;
  /** Every declaration of the Service called (a repository may hold one twice), resolved here. */
  targets: ServiceTarget[];
}

/** What the policies need of a called Service; resolved in TypeScript by name, so no policy joins. */
export interface ServiceTarget {
  name: string;
  namespace: string;
  ref: SourceRef;
  pools: string[];
  domains: string[];
  topologyAware: boolean;
}

export interface ControllerVersionFact {
  value: string;
  ref: SourceRef;
  origin: string;
}

/** An object that makes the API server call a Service: APIService or admission webhook. */
export interface ApiServerCallFact {
  kind: string;
  name: string;
  service: string;
  namespace: string;
  ref: SourceRef;
  resource: ResourceId;
  /** The Service's declarations, once every document is read. */
  targets: ServiceTarget[];
}

export interface RavenFacts {
  enableL3Tunnel: { value: boolean; ref: SourceRef } | null;
  enableL7Proxy: { value: boolean; ref: SourceRef } | null;
  forwardNodeIp: { value: boolean; ref: SourceRef } | null;
  gateways: GatewayFact[];
}

export interface GatewayFact {
  name: string;
  ref: SourceRef;
  resource: ResourceId;
  proxyHTTPPort: { value: string; ref: SourceRef } | null;
  proxyHTTPSPort: { value: string; ref: SourceRef } | null;
}

/**
 * One security group rule as written (values lower-cased where the cloud compares without case).
 * Validation and defaults (Policy accept, Priority 1) are applied when rules are evaluated.
 */
export interface SecurityGroupRuleFact {
  direction: 'ingress' | 'egress';
  protocol: string | null;
  /** Alibaba "start/end". */
  portRange: string | null;
  /** AWS FromPort/ToPort as written (numbers are often quoted). */
  fromPort: string | null;
  toPort: string | null;
  /** Remote CIDRs as written, one per entry of a comma-separated list. */
  peerCidrs: { cidr: string; ref: SourceRef }[];
  peerGroup: string | null;
  policy: string | null;
  priority: string | null;
  /** The rule's mapping; a field of it is `{ ...ref, path: [...ref.path, key] }`. */
  ref: SourceRef;
}

export interface SecurityGroupFact {
  /** The id (sg-...) or template logical name. */
  id: string;
  /** Every name the configuration may use for it: id, logical name, SecurityGroupName. */
  names: string[];
  provider: 'alibaba' | 'aws';
  type: 'basic' | 'enterprise';
  /** Alibaba InnerAccessPolicy (exports): members of a basic group reach each other unless Drop. */
  innerAccessPolicy: 'accept' | 'drop' | null;
  vpc: string | null;
  ref: SourceRef;
  resource: ResourceId;
  rules: SecurityGroupRuleFact[];
  /** CloudFormation adds allow-all egress to a group declared without SecurityGroupEgress. */
  implicitAllowEgress: boolean;
}

export interface NetworkAclEntryFact {
  ruleNumber: string | null;
  protocol: string | null;
  action: string | null;
  egress: boolean;
  cidr: { cidr: string; ref: SourceRef } | null;
  fromPort: string | null;
  toPort: string | null;
  ref: SourceRef;
}

export interface NetworkAclFact {
  id: string;
  ref: SourceRef;
  resource: ResourceId;
  entries: NetworkAclEntryFact[];
}

export interface ClusterFacts {
  /** apiServerReachesEdge from the configuration, with its place. */
  apiServerReachesEdge: { value: boolean; ref: SourceRef } | null;
  edgeControllerManagerVersion: { value: string; ref: SourceRef } | null;
  nodeCidrMask: { value: number; ref: SourceRef } | null;
  maxNodes: { value: number; ref: SourceRef } | null;
  maxPodsPerNode: { value: number; ref: SourceRef } | null;
  cloudSecurityGroups: { value: string[]; ref: SourceRef } | null;
}

export interface NetworkModel {
  podCidrs: CidrFact[];
  nodeCidrMasks: MaskFact[];
  /** ACK cluster resources (ROS), whose NodeCidrMask default is documented both as 24 and 25. */
  ackClusters: AckClusterFact[];
  serviceCidrs: CidrFact[];
  vpcCidrs: CidrFact[];
  vswitchCidrs: CidrFact[];
  unknowns: UnknownFact[];
  nodes: NodeFact[];
  pools: PoolFact[];
  sites: SiteFact[];
  flannel: FlannelFact[];
  raven: RavenFacts;
  securityGroups: SecurityGroupFact[];
  networkAcls: NetworkAclFact[];
  workloads: WorkloadFact[];
  services: ServiceFact[];
  apiServerCalls: ApiServerCallFact[];
  serviceCalls: ServiceCallFact[];
  /** edge-controller-manager versions: the configuration's, and image tags in the manifests. */
  controllerVersions: ControllerVersionFact[];
  cluster: ClusterFacts;
}
