/**
 * Alibaba Cloud ROS and AWS CloudFormation templates: address ranges, the cluster resource and
 * security groups. Both share one template shape (Parameters, Resources, Ref), so one reader.
 */
import { isRecord, refTo, type DocContext } from './document.js';
import type { CidrKind, ModelDraft } from './draft.js';
import {
  readNetworkAcl,
  readNetworkAclEntry,
  readTemplateSecurityGroup,
  readTemplateSecurityGroupRule,
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

/** NodeCidrMask may be a number or a string ("26"); the rules judge its value. */
function readAckCluster(ctx: DocContext, res: TemplateResource, draft: ModelDraft): void {
  const mask = resolveProperty(ctx, res, 'NodeCidrMask');
  draft.ackClusters.push({
    ref: refTo(ctx, res.path.slice(0, -1), { key: true }),
    resource: res.resource,
    nodeCidrMaskSet: mask !== undefined,
    securityGroupId: referenceOrValue(ctx, res, 'SecurityGroupId'),
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
    if (res.type === 'ALIYUN::ECS::SecurityGroup' || res.type === 'AWS::EC2::SecurityGroup')
      readTemplateSecurityGroup(ctx, res, draft);
    else if (/^(ALIYUN::ECS|AWS::EC2)::SecurityGroup(Ingress|Egress)$/.test(res.type))
      readTemplateSecurityGroupRule(ctx, res, draft);
    else if (res.type === 'AWS::EC2::NetworkAcl') readNetworkAcl(ctx, res, draft);
    else if (res.type === 'AWS::EC2::NetworkAclEntry') readNetworkAclEntry(ctx, res, draft);
  }
}
