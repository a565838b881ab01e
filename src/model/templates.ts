/**
 * Alibaba Cloud ROS and AWS CloudFormation templates: address ranges, the cluster resource and
 * security groups. Both share one template shape (Parameters, Resources, Ref), so one reader.
 */
import type { SourceRef } from '../core/finding.js';
import { get, getArray, isRecord, refTo, type DocContext } from './document.js';
import type { CidrKind, ModelDraft } from './draft.js';
import {
  readNetworkAcl,
  readNetworkAclEntry,
  readTemplateSecurityGroup,
  readTemplateSecurityGroupRule,
  referenceAt,
  referenceOrValue,
} from './security-groups.js';
import { readStack } from './stacks.js';
import { resolveProperty, templateResources, type TemplateResource } from './template-values.js';

/** Properties that hold an address range, by resource type (domain.md sections 4.1 and 4.5). */
const CIDR_PROPERTIES: Record<string, { property: string; kind: CidrKind; origin: string }[]> = {
  'ALIYUN::ECS::VPC': [{ property: 'CidrBlock', kind: 'vpc', origin: 'VPC' }],
  'ALIYUN::ECS::VSwitch': [{ property: 'CidrBlock', kind: 'vswitch', origin: 'vSwitch' }],
  'ALIYUN::CS::ManagedEdgeKubernetesCluster': [
    { property: 'ContainerCidr', kind: 'pod', origin: 'ROS ContainerCidr' },
    { property: 'ServiceCidr', kind: 'service', origin: 'ROS ServiceCidr' },
  ],
  'ALIYUN::CS::ManagedKubernetesCluster': [
    { property: 'ContainerCidr', kind: 'pod', origin: 'ROS ContainerCidr' },
    { property: 'ServiceCidr', kind: 'service', origin: 'ROS ServiceCidr' },
  ],
  'AWS::EC2::VPC': [{ property: 'CidrBlock', kind: 'vpc', origin: 'VPC' }],
  'AWS::EC2::Subnet': [{ property: 'CidrBlock', kind: 'vswitch', origin: 'subnet' }],
};

const ACK_CLUSTERS = new Set(['ALIYUN::CS::ManagedEdgeKubernetesCluster', 'ALIYUN::CS::ManagedKubernetesCluster']);
/**
 * Cluster types whose nodes join the group SecurityGroupId names. ManagedEdgeKubernetesCluster has
 * no such property: ACK creates the node group
 * (https://www.alibabacloud.com/help/en/ros/developer-reference/aliyun-cs-managededgekubernetescluster;
 * ManagedKubernetesCluster: "The security group ID to which the cluster ECS instances belong",
 * https://www.alibabacloud.com/help/en/ros/developer-reference/aliyun-cs-managedkubernetescluster).
 */
const CLUSTER_SECURITY_GROUP = new Set(['ALIYUN::CS::ManagedKubernetesCluster']);
/** Instances whose groups guard them, and the properties that name the groups. */
const INSTANCES = new Set(['ALIYUN::ECS::Instance', 'ALIYUN::ECS::InstanceGroup']);

/** NodeCidrMask may be a number or a string ("26"); the rules judge its value. */
function readAckCluster(ctx: DocContext, res: TemplateResource, draft: ModelDraft): void {
  const mask = resolveProperty(ctx, res, 'NodeCidrMask');
  const hasGroup = CLUSTER_SECURITY_GROUP.has(res.type) && res.properties.SecurityGroupId !== undefined;
  draft.ackClusters.push({
    kind: 'cluster',
    type: res.type,
    logicalId: res.logicalId,
    ref: refTo(ctx, res.path.slice(0, -1), { key: true }),
    resource: res.resource,
    nodeCidrMaskSet: mask !== undefined,
    securityGroupId: hasGroup ? referenceOrValue(ctx, res, 'SecurityGroupId') : null,
    securityGroupRef: hasGroup ? refTo(ctx, [...res.path, 'SecurityGroupId']) : null,
    vpc: referenceOrValue(ctx, res, 'VpcId'),
  });
  if (!mask) return;
  if (!mask.known || 'resourceRef' in mask) {
    draft.unknowns.push({
      what: `NodeCidrMask of ${res.logicalId}`,
      reason: mask.known ? 'a Ref to a resource' : mask.reason,
      ref: mask.ref,
      resource: res.resource,
    });
    return;
  }
  if (typeof mask.value === 'boolean') {
    draft.invalid(mask.ref, `NodeCidrMask of ${res.logicalId} must be a number`, res.resource);
    return;
  }
  draft.masks.push({
    value: mask.value,
    family: 4,
    ref: mask.ref,
    origin: `ROS NodeCidrMask ${res.logicalId}`,
    declaredBy: 'template',
    resource: res.resource,
  });
}

/** The groups a resource names in `SecurityGroupId` and `SecurityGroupIds` under `at`. */
function groupsNamed(ctx: DocContext, res: TemplateResource, at: string[]): { id: string; ref: SourceRef }[] {
  const out: { id: string; ref: SourceRef }[] = [];
  const one = get(res.properties, ...at, 'SecurityGroupId');
  const path = [...res.path, ...at];
  const id = referenceAt(ctx, one, [...path, 'SecurityGroupId']);
  if (id) out.push({ id, ref: refTo(ctx, [...path, 'SecurityGroupId']) });
  getArray(res.properties, ...at, 'SecurityGroupIds').forEach((v, i) => {
    const each = referenceAt(ctx, v, [...path, 'SecurityGroupIds', i]);
    if (each) out.push({ id: each, ref: refTo(ctx, [...path, 'SecurityGroupIds', i]) });
  });
  return out;
}

/**
 * ALIYUN::CS::ClusterNodePool: its scaling group's SecurityGroupId guards the pool's ECS nodes
 * (https://www.alibabacloud.com/help/en/ros/developer-reference/aliyun-cs-clusternodepool; the
 * OpenAPI's scaling_group also takes a list, SecurityGroupIds). NodePoolInfo.Type edge marks a
 * pool of edge nodes, which are no cloud nodes.
 */
function readNodePool(ctx: DocContext, res: TemplateResource, draft: ModelDraft): void {
  const type = resolveProperty(ctx, res, 'NodePoolInfo', 'Type');
  draft.ackClusters.push({
    kind: 'node-pool',
    type: res.type,
    logicalId: res.logicalId,
    ref: refTo(ctx, res.path.slice(0, -1), { key: true }),
    resource: res.resource,
    cluster: referenceOrValue(ctx, res, 'ClusterId'),
    edge: type?.known === true && 'value' in type && String(type.value).toLowerCase() === 'edge',
    hostNames: [],
    securityGroups: groupsNamed(ctx, res, ['ScalingGroup']),
  });
}

/** An ECS instance: a node when a Node of the cluster carries its InstanceName or HostName. */
function readInstance(ctx: DocContext, res: TemplateResource, draft: ModelDraft): void {
  const hostNames: string[] = [];
  for (const key of ['InstanceName', 'HostName']) {
    const v = resolveProperty(ctx, res, key);
    if (v?.known && 'value' in v && typeof v.value === 'string') hostNames.push(v.value);
  }
  draft.ackClusters.push({
    kind: 'instance',
    type: res.type,
    logicalId: res.logicalId,
    ref: refTo(ctx, res.path.slice(0, -1), { key: true }),
    resource: res.resource,
    cluster: null,
    edge: false,
    hostNames,
    securityGroups: groupsNamed(ctx, res, []),
  });
}

export function isTemplate(data: Record<string, unknown>): boolean {
  if ('ROSTemplateFormatVersion' in data || 'AWSTemplateFormatVersion' in data) return true;
  const resources = data.Resources;
  return (
    isRecord(resources) &&
    Object.values(resources).some((r) => isRecord(r) && typeof r.Type === 'string' && /^(ALIYUN|AWS)::/.test(r.Type))
  );
}

export function readTemplate(ctx: DocContext, draft: ModelDraft): void {
  const resources = templateResources(ctx);
  draft.stacks.push(readStack(ctx, resources));
  for (const res of resources) {
    for (const { property, kind, origin } of CIDR_PROPERTIES[res.type] ?? []) {
      draft.addResolvedCidr(kind, resolveProperty(ctx, res, property), `${origin} ${res.logicalId}`, res.resource);
    }
    if (ACK_CLUSTERS.has(res.type)) readAckCluster(ctx, res, draft);
    else if (res.type === 'ALIYUN::CS::ClusterNodePool') readNodePool(ctx, res, draft);
    else if (INSTANCES.has(res.type)) readInstance(ctx, res, draft);
    if (res.type === 'ALIYUN::ECS::SecurityGroup' || res.type === 'AWS::EC2::SecurityGroup')
      readTemplateSecurityGroup(ctx, res, draft);
    else if (/^(ALIYUN::ECS|AWS::EC2)::SecurityGroup(Ingress|Egress)$/.test(res.type))
      readTemplateSecurityGroupRule(ctx, res, draft);
    else if (res.type === 'AWS::EC2::NetworkAcl' || res.type === 'ALIYUN::VPC::NetworkAcl')
      readNetworkAcl(ctx, res, draft);
    else if (res.type === 'AWS::EC2::NetworkAclEntry') readNetworkAclEntry(ctx, res, draft);
  }
}
