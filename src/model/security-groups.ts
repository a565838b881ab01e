/**
 * Security groups as facts: ROS and CloudFormation groups with inline or stand-alone rules, and
 * DescribeSecurityGroupAttribute exports. Values are kept as written (normalised to lower case
 * where the cloud compares case-insensitively); evaluation lives in src/net.
 */
import type { PathSegment } from '../core/finding.js';
import { get, getArray, isRecord, refTo, scalarString, type DocContext } from './document.js';
import type { ModelDraft } from './draft.js';
import { resolveProperty, resolveValue, type TemplateResource } from './template-values.js';
import type { SecurityGroupFact, SecurityGroupRuleFact } from './types.js';

export function readTemplateSecurityGroup(ctx: DocContext, res: TemplateResource, draft: ModelDraft): void {
  const aws = res.type.startsWith('AWS::');
  const vpc = resolveProperty(ctx, res, 'VpcId');
  const type = scalarString(res.properties.SecurityGroupType)?.toLowerCase() === 'enterprise' ? 'enterprise' : 'basic';
  const group: SecurityGroupFact = {
    id: res.logicalId,
    provider: aws ? 'aws' : 'alibaba',
    type,
    vpc: vpc && vpc.known ? ('resourceRef' in vpc ? vpc.resourceRef : String(vpc.value)) : null,
    ref: refTo(ctx, res.path.slice(0, -1), { key: true }),
    resource: res.resource,
    rules: [],
  };
  for (const direction of ['ingress', 'egress'] as const) {
    const key = direction === 'ingress' ? 'SecurityGroupIngress' : 'SecurityGroupEgress';
    getArray(res.properties, key).forEach((item, i) => {
      if (isRecord(item)) group.rules.push(readRule(ctx, item, [...res.path, key, i], direction, aws));
    });
  }
  draft.securityGroups.push(group);
}

export function readTemplateSecurityGroupRule(ctx: DocContext, res: TemplateResource, draft: ModelDraft): void {
  const aws = res.type.startsWith('AWS::');
  const direction = res.type.endsWith('Ingress') ? 'ingress' : 'egress';
  const groupValue = res.properties[aws ? 'GroupId' : 'SecurityGroupId'];
  if (groupValue === undefined) return;
  const group = resolveValue(ctx, groupValue, [...res.path, aws ? 'GroupId' : 'SecurityGroupId']);
  if (!group.known) return;
  const groupId = 'resourceRef' in group ? group.resourceRef : String(group.value);
  draft.looseRules.push({ groupId, provider: aws ? 'aws' : 'alibaba', rule: readRule(ctx, res.properties, res.path, direction, aws) });
}

/** A DescribeSecurityGroupAttribute response, in JSON or YAML. */
export function isSecurityGroupExport(data: Record<string, unknown>): boolean {
  return typeof data.SecurityGroupId === 'string' && isRecord(data.Permissions);
}

export function readSecurityGroupExport(ctx: DocContext, draft: ModelDraft): void {
  const data = ctx.data;
  const group: SecurityGroupFact = {
    id: String(data.SecurityGroupId),
    provider: 'alibaba',
    type: scalarString(data.SecurityGroupType)?.toLowerCase() === 'enterprise' ? 'enterprise' : 'basic',
    vpc: scalarString(data.VpcId) ?? null,
    ref: refTo(ctx, ['SecurityGroupId']),
    resource: { kind: 'SecurityGroup', name: String(data.SecurityGroupId), namespace: null },
    rules: [],
  };
  getArray(data, 'Permissions', 'Permission').forEach((item, i) => {
    if (!isRecord(item)) return;
    const direction = scalarString(item.Direction)?.toLowerCase() === 'egress' ? 'egress' : 'ingress';
    group.rules.push(readRule(ctx, item, ['Permissions', 'Permission', i], direction, false));
  });
  draft.securityGroups.push(group);
}

function readRule(
  ctx: DocContext,
  item: Record<string, unknown>,
  path: PathSegment[],
  direction: 'ingress' | 'egress',
  aws: boolean,
): SecurityGroupRuleFact {
  const text = (key: string) => {
    const v = get(item, key);
    if (v === undefined || v === null || v === '') return null;
    const resolved = resolveValue(ctx, v, [...path, key]);
    if (!resolved.known) return null;
    return 'resourceRef' in resolved ? resolved.resourceRef : String(resolved.value);
  };
  const peer = direction === 'ingress' ? ['SourceCidrIp', 'CidrIp', 'Ipv6SourceCidrIp', 'CidrIpv6'] : ['DestCidrIp', 'CidrIp', 'Ipv6DestCidrIp', 'CidrIpv6'];
  const peerGroup = direction === 'ingress' ? ['SourceGroupId', 'SourceSecurityGroupId'] : ['DestGroupId', 'DestinationSecurityGroupId'];
  const first = (keys: string[]) => keys.map(text).find((v) => v !== null) ?? null;
  const from = text('FromPort');
  const to = text('ToPort');
  const priority = text('Priority');
  return {
    direction,
    protocol: text('IpProtocol')?.toLowerCase() ?? null,
    portRange: aws ? (from !== null || to !== null ? `${from ?? ''}/${to ?? ''}` : null) : text('PortRange'),
    peerCidr: first(peer),
    peerGroup: first(peerGroup),
    policy: text('Policy')?.toLowerCase() ?? null,
    priority: priority === null ? null : Number(priority),
    ref: refTo(ctx, path),
  };
}
