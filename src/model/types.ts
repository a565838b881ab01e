/**
 * The one network model every rule reads. Plain data only (it is handed to the Rego engine as
 * JSON); every fact keeps the SourceRef it came from so that a finding can point at it.
 */
import type { ResourceId, SourceRef } from '../core/finding.js';

export type Connection = 'express-connect' | 'public';

/** A value with the place it is written. */
export interface Located<T> {
  value: T;
  ref: SourceRef;
}
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
  kind: 'cluster';
  /** The resource type, e.g. ALIYUN::CS::ManagedEdgeKubernetesCluster. */
  type: string;
  logicalId: string;
  ref: SourceRef;
  resource: ResourceId;
  nodeCidrMaskSet: boolean;
  /**
   * SecurityGroupId: a group's logical name or id, read only where the resource type has the
   * property (ManagedKubernetesCluster; ManagedEdgeKubernetesCluster has none: ACK creates it).
   */
  securityGroupId: string | null;
  /** Where SecurityGroupId is written. */
  securityGroupRef: SourceRef | null;
  vpc: string | null;
}

/**
 * What may run a cluster's nodes, from a template: a node pool resource (ALIYUN::CS::ClusterNodePool,
 * its scaling group's SecurityGroupId) or an instance (ALIYUN::ECS::Instance and similar, a node
 * when a Node of the cluster carries one of its host names). Its groups guard those nodes.
 */
export interface NodeHostFact {
  kind: 'node-pool' | 'instance';
  type: string;
  logicalId: string;
  ref: SourceRef;
  resource: ResourceId;
  /** A node pool's cluster: ClusterId's logical name or literal id. */
  cluster: string | null;
  /** An edge node pool (NodePoolInfo.Type edge) runs no cloud nodes. */
  edge: boolean;
  /** An instance's literal InstanceName and HostName: the names it may join the cluster under. */
  hostNames: string[];
  securityGroups: { id: string; ref: SourceRef }[];
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
  enableL3Tunnel: Located<boolean> | null;
  enableL7Proxy: Located<boolean> | null;
  forwardNodeIp: Located<boolean> | null;
  gateways: GatewayFact[];
}

export interface GatewayFact {
  name: string;
  ref: SourceRef;
  resource: ResourceId;
  proxyHTTPPort: Located<string> | null;
  proxyHTTPSPort: Located<string> | null;
}

/**
 * A security value a template leaves to deployment (a Ref to a Parameter without Default, a
 * function of values known only then): where it is written, why it is unknown, and the name to
 * speak of it by (the Parameter's, else the property's).
 */
export interface UnknownValue {
  ref: SourceRef;
  reason: string;
  name: string;
}

/** A security value as written, or unknown; an absent one is null (and its default applies). */
export type SecurityValue = string | { unknown: UnknownValue };

/**
 * One security group rule as written (values lower-cased where the cloud compares without case).
 * Validation and defaults (Policy accept, Priority 1) are applied when rules are evaluated.
 */
export interface SecurityGroupRuleFact {
  direction: 'ingress' | 'egress';
  protocol: SecurityValue | null;
  /** Alibaba "start/end". */
  portRange: SecurityValue | null;
  /** AWS FromPort/ToPort as written (numbers are often quoted). */
  fromPort: SecurityValue | null;
  toPort: SecurityValue | null;
  /** Remote CIDRs as written, one per entry of a comma-separated list. */
  peerCidrs: { cidr: string; ref: SourceRef }[];
  /** A remote CIDR left to deployment: the rule may match any peer. */
  peersUnknown: UnknownValue | null;
  peerGroup: string | null;
  policy: SecurityValue | null;
  priority: SecurityValue | null;
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
  /** SecurityGroupType left to deployment: the defaults of either type may apply. */
  typeUnknown: UnknownValue | null;
  /** Alibaba InnerAccessPolicy (exports): members of a basic group reach each other unless Drop. */
  innerAccessPolicy: 'accept' | 'drop' | null;
  vpc: string | null;
  ref: SourceRef;
  resource: ResourceId;
  rules: SecurityGroupRuleFact[];
  /** CloudFormation adds allow-all egress to a group declared without SecurityGroupEgress. */
  implicitAllowEgress: boolean;
}

/**
 * A network ACL entry: AWS (NetworkAclEntry: RuleNumber, Protocol number, RuleAction, CidrBlock,
 * PortRange From/To) or Alibaba Cloud (IngressAclEntries/EgressAclEntries of ALIYUN::VPC::NetworkAcl,
 * or DescribeNetworkAclAttributes: Protocol, Policy, SourceCidrIp/DestinationCidrIp, Port
 * "start/end", in the order written, which is their priority).
 */
export interface NetworkAclEntryFact {
  /** AWS RuleNumber; for Alibaba Cloud, the entry's position in its list (1-based). */
  ruleNumber: SecurityValue | null;
  protocol: SecurityValue | null;
  /** AWS RuleAction allow|deny, Alibaba Policy accept|drop; lower-cased. */
  action: SecurityValue | null;
  egress: boolean;
  cidr: { cidr: string; ref: SourceRef } | null;
  cidrUnknown: UnknownValue | null;
  fromPort: SecurityValue | null;
  toPort: SecurityValue | null;
  /** Alibaba Port "start/end". */
  portRange: SecurityValue | null;
  ref: SourceRef;
}

export interface NetworkAclFact {
  id: string;
  provider: 'alibaba' | 'aws';
  ref: SourceRef;
  resource: ResourceId;
  entries: NetworkAclEntryFact[];
}

export interface ClusterFacts {
  /** The cluster's name; null when the repository is one cluster. */
  name: string | null;
  /** apiServerReachesEdge from the configuration, with its place. */
  apiServerReachesEdge: Located<boolean> | null;
  edgeControllerManagerVersion: Located<string> | null;
  nodeCidrMask: Located<number> | null;
  maxNodes: Located<number> | null;
  maxPodsPerNode: Located<number> | null;
  cloudSecurityGroups: Located<string[]> | null;
}

export interface NetworkModel {
  podCidrs: CidrFact[];
  nodeCidrMasks: MaskFact[];
  /** ACK cluster resources (ROS), whose NodeCidrMask default is documented both as 24 and 25. */
  ackClusters: AckClusterFact[];
  /** Node pool and instance resources: what runs the nodes, and their security groups. */
  nodeHosts: NodeHostFact[];
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
