/**
 * Security groups and network ACLs as facts: ROS and CloudFormation groups with inline or
 * stand-alone rules, DescribeSecurityGroupAttribute exports, CloudFormation NetworkAcl entries.
 * Values are kept as written (lower-cased where the cloud compares without case); src/rules
 * validates them and src/net evaluates them.
 */
import type { PathSegment, SourceRef } from '../core/finding.js';
import { get, getArray, isRecord, refTo, scalarString, type DocContext } from './document.js';
import type { ModelDraft } from './draft.js';
import { resolveProperty, resolveValue, type TemplateResource } from './template-values.js';
import type { NetworkAclEntryFact, SecurityGroupFact, SecurityGroupRuleFact } from './types.js';

const INGRESS_PEERS = ['SourceCidrIp', 'CidrIp', 'Ipv6SourceCidrIp', 'CidrIpv6'];
const EGRESS_PEERS = ['DestCidrIp', 'CidrIp', 'Ipv6DestCidrIp', 'CidrIpv6'];
const INGRESS_GROUPS = ['SourceGroupId', 'SourceSecurityGroupId', 'SourceSecurityGroupName', 'SourcePrefixListId'];
const EGRESS_GROUPS = ['DestGroupId', 'DestinationSecurityGroupId', 'DestinationPrefixListId'];

export function readTemplateSecurityGroup(ctx: DocContext, res: TemplateResource, draft: ModelDraft): void {
  const aws = res.type.startsWith('AWS::');
  const name = scalarString(res.properties.SecurityGroupName) ?? scalarString(res.properties.GroupName);
  const group: SecurityGroupFact = {
    id: res.logicalId,
    names: [res.logicalId, ...(name ? [name] : [])],
    provider: aws ? 'aws' : 'alibaba',
    type: scalarString(res.properties.SecurityGroupType)?.toLowerCase() === 'enterprise' ? 'enterprise' : 'basic',
    innerAccessPolicy: null,
    vpc: referenceOrValue(ctx, res, 'VpcId'),
    ref: refTo(ctx, res.path.slice(0, -1), { key: true }),
    resource: res.resource,
    rules: [],
    implicitAllowEgress: aws && res.properties.SecurityGroupEgress === undefined,
  };
  for (const direction of ['ingress', 'egress'] as const) {
    const key = direction === 'ingress' ? 'SecurityGroupIngress' : 'SecurityGroupEgress';
    getArray(res.properties, key).forEach((item, i) => {
      if (isRecord(item)) group.rules.push(readRule(ctx, item, [...res.path, key, i], direction));
    });
  }
  draft.securityGroups.push(group);
}

export function readTemplateSecurityGroupRule(ctx: DocContext, res: TemplateResource, draft: ModelDraft): void {
  const aws = res.type.startsWith('AWS::');
  const direction = res.type.endsWith('Ingress') ? 'ingress' : 'egress';
  const groupKey = aws ? (res.properties.GroupId !== undefined ? 'GroupId' : 'GroupName') : 'SecurityGroupId';
  const groupId = referenceOrValue(ctx, res, groupKey);
  if (!groupId) return;
  draft.looseRules.push({
    groupId,
    provider: aws ? 'aws' : 'alibaba',
    rule: readRule(ctx, res.properties, res.path, direction),
  });
}

/** A property that names another resource: the logical name behind a Ref, else the literal value. */
export function referenceOrValue(ctx: DocContext, res: TemplateResource, key: string): string | null {
  const resolved = resolveProperty(ctx, res, key);
  if (!resolved?.known) {
    // Fn::GetAtt [Group, GroupId] names the group as surely as a Ref does.
    const getAtt = get(res.properties, key, 'Fn::GetAtt');
    return Array.isArray(getAtt) && typeof getAtt[0] === 'string' ? getAtt[0] : null;
  }
  return 'resourceRef' in resolved ? resolved.resourceRef : String(resolved.value);
}

/** A DescribeSecurityGroupAttribute response, in JSON or YAML. */
export function isSecurityGroupExport(data: Record<string, unknown>): boolean {
  return typeof data.SecurityGroupId === 'string' && isRecord(data.Permissions);
}

export function readSecurityGroupExport(ctx: DocContext, draft: ModelDraft): void {
  const data = ctx.data;
  const id = String(data.SecurityGroupId);
  const name = scalarString(data.SecurityGroupName);
  const inner = scalarString(data.InnerAccessPolicy)?.toLowerCase();
  const group: SecurityGroupFact = {
    id,
    names: [id, ...(name ? [name] : [])],
    provider: 'alibaba',
    type: scalarString(data.SecurityGroupType)?.toLowerCase() === 'enterprise' ? 'enterprise' : 'basic',
    innerAccessPolicy: inner === 'accept' || inner === 'drop' ? inner : null,
    vpc: scalarString(data.VpcId) ?? null,
    ref: refTo(ctx, ['SecurityGroupId']),
    resource: { kind: 'SecurityGroup', name: id, namespace: null },
    rules: [],
    implicitAllowEgress: false,
  };
  getArray(data, 'Permissions', 'Permission').forEach((item, i) => {
    if (!isRecord(item)) return;
    const direction = scalarString(item.Direction)?.toLowerCase() === 'egress' ? 'egress' : 'ingress';
    group.rules.push(readRule(ctx, item, ['Permissions', 'Permission', i], direction));
  });
  draft.securityGroups.push(group);
}

function readRule(
  ctx: DocContext,
  item: Record<string, unknown>,
  path: PathSegment[],
  direction: 'ingress' | 'egress',
): SecurityGroupRuleFact {
  const text = (key: string): string | null => {
    const v = item[key];
    if (v === undefined || v === null || v === '') return null;
    const resolved = resolveValue(ctx, v, [...path, key]);
    if (!resolved.known) return null;
    return 'resourceRef' in resolved ? resolved.resourceRef : String(resolved.value);
  };
  const peerCidrs: SecurityGroupRuleFact['peerCidrs'] = [];
  for (const key of direction === 'ingress' ? INGRESS_PEERS : EGRESS_PEERS) {
    const value = text(key);
    if (value === null) continue;
    // Alibaba takes up to ten comma-separated CIDRs in one rule.
    let offset = 0;
    for (const part of value.split(',')) {
      const cidr = part.trim();
      const start = offset + part.indexOf(cidr);
      offset += part.length + 1;
      const ref: SourceRef = refTo(
        ctx,
        [...path, key],
        value.includes(',') ? { span: [start, start + cidr.length] } : {},
      );
      if (cidr) peerCidrs.push({ cidr, ref });
    }
  }
  const peerGroup =
    (direction === 'ingress' ? INGRESS_GROUPS : EGRESS_GROUPS).map(text).find((v) => v !== null) ?? null;
  return {
    direction,
    protocol: text('IpProtocol')?.toLowerCase() ?? null,
    portRange: text('PortRange'),
    fromPort: text('FromPort'),
    toPort: text('ToPort'),
    peerCidrs,
    peerGroup,
    policy: text('Policy')?.toLowerCase() ?? null,
    priority: text('Priority'),
    ref: refTo(ctx, path),
  };
}

export function readNetworkAcl(ctx: DocContext, res: TemplateResource, draft: ModelDraft): void {
  draft.networkAcls.push({
    id: res.logicalId,
    ref: refTo(ctx, res.path.slice(0, -1), { key: true }),
    resource: res.resource,
    entries: [],
  });
}

export function readNetworkAclEntry(ctx: DocContext, res: TemplateResource, draft: ModelDraft): void {
  const acl = referenceOrValue(ctx, res, 'NetworkAclId');
  if (!acl) return;
  const p = res.properties;
  const text = (v: unknown) => scalarString(v) ?? null;
  const cidrKey = p.CidrBlock !== undefined ? 'CidrBlock' : p.Ipv6CidrBlock !== undefined ? 'Ipv6CidrBlock' : undefined;
  const cidr = cidrKey ? text(p[cidrKey]) : null;
  const entry: NetworkAclEntryFact = {
    ruleNumber: text(p.RuleNumber),
    protocol: text(p.Protocol),
    action: text(p.RuleAction)?.toLowerCase() ?? null,
    // Real templates quote booleans: Egress: "false".
    egress: String(p.Egress).toLowerCase() === 'true',
    cidr: cidr && cidrKey ? { cidr, ref: refTo(ctx, [...res.path, cidrKey]) } : null,
    fromPort: text(get(p, 'PortRange', 'From')),
    toPort: text(get(p, 'PortRange', 'To')),
    ref: refTo(ctx, res.path.slice(0, -1), { key: true }),
  };
  draft.looseAclEntries.push({ acl, entry, resource: res.resource });
}
