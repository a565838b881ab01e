/**
 * Security groups and network ACLs as facts: ROS and CloudFormation groups with inline or
 * stand-alone rules, DescribeSecurityGroupAttribute exports, CloudFormation NetworkAcl entries,
 * Alibaba Cloud ALIYUN::VPC::NetworkAcl and DescribeNetworkAclAttributes exports. Values are kept
 * as written (lower-cased where the cloud compares without case), or as unknown with where and
 * why when a template leaves them to deployment; src/model/firewall-index.ts validates them and
 * src/net evaluates them.
 */
import type { PathSegment, SourceRef } from '../core/finding.js';
import { get, getArray, isRecord, refTo, scalarString, type DocContext } from './document.js';
import type { ModelDraft } from './draft.js';
import { resolveValue, type TemplateResource } from './template-values.js';
import type {
  NetworkAclEntryFact,
  NetworkAclFact,
  SecurityGroupFact,
  SecurityGroupRuleFact,
  SecurityValue,
  UnknownValue,
} from './types.js';

const INGRESS_PEERS = ['SourceCidrIp', 'CidrIp', 'Ipv6SourceCidrIp', 'CidrIpv6'];
const EGRESS_PEERS = ['DestCidrIp', 'CidrIp', 'Ipv6DestCidrIp', 'CidrIpv6'];
const INGRESS_GROUPS = ['SourceGroupId', 'SourceSecurityGroupId', 'SourceSecurityGroupName', 'SourcePrefixListId'];
const EGRESS_GROUPS = ['DestGroupId', 'DestinationSecurityGroupId', 'DestinationPrefixListId'];

/** A value of `item[key]`: as written, unknown (with where and why), or null when absent or empty. */
function valueAt(
  ctx: DocContext,
  item: Record<string, unknown>,
  key: string,
  path: PathSegment[],
): SecurityValue | null {
  const v = item[key];
  if (v === undefined || v === null || v === '') return null;
  const resolved = resolveValue(ctx, v, [...path, key]);
  if (!resolved.known)
    return { unknown: { ref: resolved.ref, reason: resolved.reason, name: resolved.parameter ?? key } };
  return 'resourceRef' in resolved ? resolved.resourceRef : String(resolved.value);
}

const lower = (v: SecurityValue | null): SecurityValue | null => (typeof v === 'string' ? v.toLowerCase() : v);

export function readTemplateSecurityGroup(ctx: DocContext, res: TemplateResource, draft: ModelDraft): void {
  const aws = res.type.startsWith('AWS::');
  const name = scalarString(res.properties.SecurityGroupName) ?? scalarString(res.properties.GroupName);
  const type = lower(valueAt(ctx, res.properties, 'SecurityGroupType', res.path));
  const group: SecurityGroupFact = {
    id: res.logicalId,
    names: [res.logicalId, ...(name ? [name] : [])],
    provider: aws ? 'aws' : 'alibaba',
    type: type === 'enterprise' ? 'enterprise' : 'basic',
    typeUnknown: typeof type === 'object' && type !== null ? type.unknown : null,
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
  return referenceAt(ctx, res.properties[key], [...res.path, key]);
}

/** The logical name behind a Ref or GetAtt, else the literal value; null when it is neither. */
export function referenceAt(ctx: DocContext, value: unknown, path: PathSegment[]): string | null {
  if (value === undefined || value === null) return null;
  const resolved = resolveValue(ctx, value, path);
  if (!resolved.known) {
    // Fn::GetAtt [Group, GroupId] names the group as surely as a Ref does.
    const getAtt = get(value, 'Fn::GetAtt');
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
    typeUnknown: null,
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

/**
 * Remote CIDRs of a rule or entry, one per entry of a comma-separated list (Alibaba takes up to
 * ten in one rule), each placed at its own characters; or unknown when any of them is.
 */
function readPeers(
  ctx: DocContext,
  item: Record<string, unknown>,
  keys: readonly string[],
  path: PathSegment[],
): { cidrs: { cidr: string; ref: SourceRef }[]; unknown: UnknownValue | null } {
  const cidrs: { cidr: string; ref: SourceRef }[] = [];
  for (const key of keys) {
    const value = valueAt(ctx, item, key, path);
    if (value === null) continue;
    if (typeof value === 'object') return { cidrs: [], unknown: value.unknown };
    let offset = 0;
    for (const part of value.split(',')) {
      const cidr = part.trim();
      const start = offset + part.indexOf(cidr);
      offset += part.length + 1;
      const ref = refTo(ctx, [...path, key], value.includes(',') ? { span: [start, start + cidr.length] } : {});
      if (cidr) cidrs.push({ cidr, ref });
    }
  }
  return { cidrs, unknown: null };
}

function readRule(
  ctx: DocContext,
  item: Record<string, unknown>,
  path: PathSegment[],
  direction: 'ingress' | 'egress',
): SecurityGroupRuleFact {
  const value = (key: string) => valueAt(ctx, item, key, path);
  const peers = readPeers(ctx, item, direction === 'ingress' ? INGRESS_PEERS : EGRESS_PEERS, path);
  const groups = (direction === 'ingress' ? INGRESS_GROUPS : EGRESS_GROUPS).map(value).find((v) => v !== null);
  return {
    direction,
    protocol: lower(value('IpProtocol')),
    portRange: value('PortRange'),
    fromPort: value('FromPort'),
    toPort: value('ToPort'),
    peerCidrs: peers.cidrs,
    peersUnknown: peers.unknown,
    peerGroup:
      groups === undefined || groups === null ? null : typeof groups === 'string' ? groups : groups.unknown.name,
    policy: lower(value('Policy')),
    priority: value('Priority'),
    ref: refTo(ctx, path),
  };
}

export function readNetworkAcl(ctx: DocContext, res: TemplateResource, draft: ModelDraft): void {
  const acl: NetworkAclFact = {
    id: res.logicalId,
    provider: res.type.startsWith('AWS::') ? 'aws' : 'alibaba',
    ref: refTo(ctx, res.path.slice(0, -1), { key: true }),
    resource: res.resource,
    entries: [],
  };
  // ALIYUN::VPC::NetworkAcl holds its entries, ingress and egress, each list in priority order
  // (https://www.alibabacloud.com/help/en/ros/developer-reference/aliyun-vpc-networkacl).
  for (const [key, egress] of [
    ['IngressAclEntries', false],
    ['EgressAclEntries', true],
  ] as const) {
    getArray(res.properties, key).forEach((item, i) => {
      if (isRecord(item)) acl.entries.push(readAlibabaAclEntry(ctx, item, [...res.path, key, i], egress, i));
    });
  }
  draft.networkAcls.push(acl);
}

/**
 * An Alibaba Cloud network ACL entry: rules are matched "in ascending order of priority, starting
 * with priority 1", and the first match decides (VPC, Network ACLs:
 * https://www.alibabacloud.com/help/en/vpc/network-acl-overview); in ROS and the API the
 * priority is the entry's place in its list.
 */
function readAlibabaAclEntry(
  ctx: DocContext,
  item: Record<string, unknown>,
  path: PathSegment[],
  egress: boolean,
  position: number,
): NetworkAclEntryFact {
  const value = (key: string) => valueAt(ctx, item, key, path);
  const peers = readPeers(ctx, item, egress ? ['DestinationCidrIp'] : ['SourceCidrIp'], path);
  return {
    ruleNumber: String(position + 1),
    protocol: lower(value('Protocol')),
    action: lower(value('Policy')),
    egress,
    cidr: peers.cidrs[0] ?? null,
    cidrUnknown: peers.unknown,
    fromPort: null,
    toPort: null,
    portRange: value('Port'),
    ref: refTo(ctx, path),
  };
}

export function readNetworkAclEntry(ctx: DocContext, res: TemplateResource, draft: ModelDraft): void {
  const acl = referenceOrValue(ctx, res, 'NetworkAclId');
  if (!acl) return;
  const p = res.properties;
  const value = (key: string, at: PathSegment[] = []) =>
    valueAt(ctx, get(p, ...at) as Record<string, unknown>, key, [...res.path, ...at]);
  const cidrKey = p.CidrBlock !== undefined ? 'CidrBlock' : 'Ipv6CidrBlock';
  const peers = readPeers(ctx, p, [cidrKey], res.path);
  const egress = value('Egress');
  const portRange = isRecord(p.PortRange) ? ['PortRange'] : undefined;
  const entry: NetworkAclEntryFact = {
    ruleNumber: value('RuleNumber'),
    protocol: value('Protocol'),
    action: lower(value('RuleAction')),
    // Real templates quote booleans: Egress: "false".
    egress: typeof egress === 'string' && egress.toLowerCase() === 'true',
    cidr: peers.cidrs[0] ?? null,
    cidrUnknown: peers.unknown,
    fromPort: portRange ? value('From', portRange) : null,
    toPort: portRange ? value('To', portRange) : null,
    portRange: null,
    ref: refTo(ctx, res.path.slice(0, -1), { key: true }),
  };
  draft.looseAclEntries.push({ acl, entry, resource: res.resource });
}

/**
 * A DescribeNetworkAclAttributes response (its NetworkAclAttribute, or that object alone), in
 * JSON or YAML (https://www.alibabacloud.com/help/en/vpc/api-describenetworkaclattributes).
 */
export function isNetworkAclExport(data: Record<string, unknown>): boolean {
  const attribute = isRecord(data.NetworkAclAttribute) ? data.NetworkAclAttribute : data;
  return (
    typeof attribute.NetworkAclId === 'string' &&
    (attribute.IngressAclEntries !== undefined || attribute.EgressAclEntries !== undefined)
  );
}

export function readNetworkAclExport(ctx: DocContext, draft: ModelDraft): void {
  const base: PathSegment[] = isRecord(ctx.data.NetworkAclAttribute) ? ['NetworkAclAttribute'] : [];
  const attribute = (base.length ? ctx.data.NetworkAclAttribute : ctx.data) as Record<string, unknown>;
  const id = String(attribute.NetworkAclId);
  const acl: NetworkAclFact = {
    id,
    provider: 'alibaba',
    ref: refTo(ctx, [...base, 'NetworkAclId']),
    resource: { kind: 'NetworkAcl', name: id, namespace: null },
    entries: [],
  };
  for (const [key, inner, egress] of [
    ['IngressAclEntries', 'IngressAclEntry', false],
    ['EgressAclEntries', 'EgressAclEntry', true],
  ] as const) {
    // The API wraps each list in an object ({"IngressAclEntry": [...]}); SDKs often flatten it.
    const wrapped = isRecord(attribute[key]);
    const list = wrapped ? getArray(attribute, key, inner) : getArray(attribute, key);
    const at: PathSegment[] = wrapped ? [...base, key, inner] : [...base, key];
    list.forEach((item, i) => {
      if (isRecord(item)) acl.entries.push(readAlibabaAclEntry(ctx, item, [...at, i], egress, i));
    });
  }
  draft.networkAcls.push(acl);
}
