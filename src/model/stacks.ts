/**
 * A ROS or CloudFormation template as a stack: which ACK clusters it declares, which VPC each one
 * names (a Ref to a VPC of the template, a literal id, a nested stack's output, or nothing we can
 * know), and which of its resources hang on which VPC (vSwitches, subnets, security groups and
 * their stand-alone rules, network ACLs and their entries). src/fleet judges each cluster with
 * its own VPC only (contract section 7, rule 5).
 */
import type { SourceRef } from '../core/finding.js';
import { get, isRecord, refTo, type DocContext } from './document.js';
import type { TemplateResource } from './template-values.js';

export type VpcLink =
  | { kind: 'resource'; id: string }
  | { kind: 'literal'; id: string }
  /** `Fn::GetAtt [Stack, Outputs.Name]` of a nested stack resource. */
  | { kind: 'nested'; stack: string; output: string }
  | { kind: 'unknown'; reason: string };

export interface StackMember {
  logicalId: string;
  type: string;
  /** The VPC a vSwitch, subnet, group or ACL names; null for resources that hang on another member. */
  vpc: VpcLink | null;
  /** What a stand-alone rule or ACL entry belongs to: a group's or ACL's logical id (or literal id). */
  parent: string | null;
}

export interface StackCluster {
  logicalId: string;
  type: string;
  vpc: VpcLink;
  /** SecurityGroupId, when the cluster resource names one. */
  securityGroup: string | null;
  ref: SourceRef;
  /** Where VpcId is written. */
  vpcRef: SourceRef;
}

export interface StackHint {
  file: string;
  doc: number;
  clusters: StackCluster[];
  /** Logical ids of the VPC resources the template creates. */
  vpcs: string[];
  members: StackMember[];
  /** Nested stacks with a local template, and the outputs they may give (as written). */
  nested: { logicalId: string; templateUrl: string }[];
  /** Outputs of this template that name a VPC: output name -> link. */
  outputs: Record<string, VpcLink>;
}

export const ACK_CLUSTER_TYPES = new Set([
  'ALIYUN::CS::ManagedEdgeKubernetesCluster',
  'ALIYUN::CS::ManagedKubernetesCluster',
]);
const VPC_TYPES = new Set(['ALIYUN::ECS::VPC', 'AWS::EC2::VPC']);
const NESTED_STACK_TYPES = new Set(['ALIYUN::ROS::Stack', 'AWS::CloudFormation::Stack']);
/** Resources that name their VPC, and the property that does. */
const VPC_MEMBERS: Record<string, string> = {
  'ALIYUN::ECS::VSwitch': 'VpcId',
  'AWS::EC2::Subnet': 'VpcId',
  'ALIYUN::ECS::SecurityGroup': 'VpcId',
  'AWS::EC2::SecurityGroup': 'VpcId',
  'AWS::EC2::NetworkAcl': 'VpcId',
  'ALIYUN::VPC::NetworkAcl': 'VpcId',
  // Instances whose groups guard them, when they are nodes (src/rules/firewall/guards.ts).
  'ALIYUN::ECS::Instance': 'VpcId',
  'ALIYUN::ECS::InstanceGroup': 'VpcId',
};
/** Resources that hang on a group or an ACL, and the property that names it. */
const CHILD_MEMBERS: Record<string, string[]> = {
  'ALIYUN::ECS::SecurityGroupIngress': ['SecurityGroupId'],
  'ALIYUN::ECS::SecurityGroupEgress': ['SecurityGroupId'],
  'AWS::EC2::SecurityGroupIngress': ['GroupId', 'GroupName'],
  'AWS::EC2::SecurityGroupEgress': ['GroupId'],
  'AWS::EC2::NetworkAclEntry': ['NetworkAclId'],
  'ALIYUN::VPC::NetworkAclEntry': ['NetworkAclId'],
  'AWS::EC2::SubnetNetworkAclAssociation': ['NetworkAclId'],
  'ALIYUN::VPC::NetworkAclAssociation': ['NetworkAclId'],
  // A node pool belongs with its cluster: its scaling group's SecurityGroupId guards the nodes.
  'ALIYUN::CS::ClusterNodePool': ['ClusterId'],
};

export function readStack(ctx: DocContext, resources: TemplateResource[]): StackHint {
  const types = new Map(resources.map((r) => [r.logicalId, r.type]));
  const link = (value: unknown) => vpcLink(ctx, value, types);
  const stack: StackHint = {
    file: ctx.file,
    doc: ctx.doc,
    clusters: [],
    vpcs: [],
    members: [],
    nested: [],
    outputs: {},
  };
  for (const res of resources) {
    if (VPC_TYPES.has(res.type)) stack.vpcs.push(res.logicalId);
    if (ACK_CLUSTER_TYPES.has(res.type)) {
      stack.clusters.push({
        logicalId: res.logicalId,
        type: res.type,
        vpc: link(res.properties.VpcId),
        securityGroup: nameOf(res.properties.SecurityGroupId),
        ref: refTo(ctx, res.path.slice(0, -1), { key: true }),
        vpcRef: refTo(ctx, [...res.path, 'VpcId']),
      });
    } else if (VPC_MEMBERS[res.type]) {
      stack.members.push({
        logicalId: res.logicalId,
        type: res.type,
        vpc: link(res.properties[VPC_MEMBERS[res.type]!]),
        parent: null,
      });
    } else if (CHILD_MEMBERS[res.type]) {
      const parent = CHILD_MEMBERS[res.type]!.map((key) => nameOf(res.properties[key])).find((v) => v !== null) ?? null;
      stack.members.push({ logicalId: res.logicalId, type: res.type, vpc: null, parent });
    } else if (NESTED_STACK_TYPES.has(res.type) && typeof res.properties.TemplateURL === 'string') {
      stack.nested.push({ logicalId: res.logicalId, templateUrl: res.properties.TemplateURL });
    }
  }
  const outputs = get(ctx.data, 'Outputs');
  if (isRecord(outputs)) {
    for (const [name, output] of Object.entries(outputs)) {
      const l = link(get(output, 'Value'));
      if (l.kind === 'resource') stack.outputs[name] = l;
    }
  }
  return stack;
}

/** The logical id behind a Ref or GetAtt, or a literal value; null when it is neither. */
function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (!isRecord(value)) return null;
  if (typeof value.Ref === 'string') return value.Ref;
  const getAtt = value['Fn::GetAtt'];
  return Array.isArray(getAtt) && typeof getAtt[0] === 'string' ? getAtt[0] : null;
}

function vpcLink(ctx: DocContext, value: unknown, types: Map<string, string>): VpcLink {
  if (value === undefined || value === null) return { kind: 'unknown', reason: 'no VpcId' };
  if (typeof value === 'string') return { kind: 'literal', id: value };
  if (!isRecord(value)) return { kind: 'unknown', reason: 'VpcId is not a value edgenet reads' };
  if (typeof value.Ref === 'string') {
    const target = value.Ref;
    if (VPC_TYPES.has(types.get(target) ?? '')) return { kind: 'resource', id: target };
    const def = get(ctx.data, 'Parameters', target, 'Default');
    if (typeof def === 'string' && def !== '') return { kind: 'literal', id: def };
    return { kind: 'unknown', reason: `VpcId is the Parameter ${target}, chosen at deployment` };
  }
  const getAtt = value['Fn::GetAtt'];
  if (Array.isArray(getAtt) && typeof getAtt[0] === 'string') {
    const [target, attribute] = getAtt as [string, unknown];
    if (VPC_TYPES.has(types.get(target) ?? '')) return { kind: 'resource', id: target };
    if (
      NESTED_STACK_TYPES.has(types.get(target) ?? '') &&
      typeof attribute === 'string' &&
      attribute.startsWith('Outputs.')
    ) {
      return { kind: 'nested', stack: target, output: attribute.slice('Outputs.'.length) };
    }
  }
  // `Fn::If [CreateVpc, {Ref: Vpc}, {Ref: VpcId}]`: when one branch is a VPC this template creates,
  // the cluster is judged with it (that VPC exists only for this cluster); the other branch, an
  // existing VPC chosen at deployment, cannot be judged anyway.
  const branches = value['Fn::If'];
  if (Array.isArray(branches) && branches.length === 3) {
    const created = [branches[1], branches[2]].map((b) => vpcLink(ctx, b, types)).find((l) => l.kind === 'resource');
    if (created) return created;
  }
  const fn = Object.keys(value)[0];
  return { kind: 'unknown', reason: `VpcId is ${fn}, evaluated at deployment` };
}
