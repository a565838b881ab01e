import { joined } from '../../../test/helpers.js';
import { ruleTester } from '../../../test/rule-tester.js';

const dir = 'fixtures/rules/vxlan/port-blocked';
const fail = `${dir}/fail`;

/** A basic group that accepts UDP `port` from the site; flannel's Backend.Type and Port as given. */
const files = (port: number, backendPort?: number, type = 'vxlan') => ({
  'groups.yaml': `ROSTemplateFormatVersion: '2015-09-01'
Resources:
  CloudNodes:
    Type: ALIYUN::ECS::SecurityGroup
    Properties:
      SecurityGroupName: sg-cloud-nodes
      SecurityGroupIngress:
        - {IpProtocol: udp, PortRange: ${port}/${port}, SourceCidrIp: 10.10.0.0/16}
`,
  'flannel.yaml': `apiVersion: v1
kind: ConfigMap
metadata:
  name: kube-flannel-cfg
data:
  net-conf.json: |
    {"Network": "10.0.0.0/16", "Backend": {"Type": "${type}"${backendPort ? `, "Port": ${backendPort}` : ''}}}
`,
});

const config = (connection: string) => `cluster:
  cloudSecurityGroups: [sg-cloud-nodes]
  podCidrs: [10.0.0.0/16]
  nodeCidrMask: 24
  sites:
    - name: idc-hangzhou
      connection: ${connection}
      hostCidrs: [10.10.0.0/16]
`;

const DEFAULT_DENY = 'no rule matches, and a basic group denies inbound traffic from outside the group by default';

ruleTester('vxlan/port-blocked', {
  valid: [
    {
      name: 'the passing fixture: the cloud pool accepts on priority, the data centres accept from the VPC',
      dir: `${dir}/pass`,
      others: [],
    },
    { name: "flannel's default port 8472 accepted", files: files(8472), config: config('express-connect'), others: [] },
    { name: 'Backend.Port accepted', files: files(4789, 4789), config: config('express-connect'), others: [] },
    {
      name: 'a public site without groups of its own has nothing to check',
      files: files(9999),
      config: config('public'),
      others: [],
    },
    {
      name: 'flannel on another backend carries no VXLAN (vxlan/backend-not-vxlan says so)',
      files: files(9999, undefined, 'host-gw'),
      config: config('express-connect'),
      others: [{ ruleId: 'vxlan/backend-not-vxlan', messageId: 'other', file: 'flannel.yaml', line: 7, column: 52 }],
    },
    {
      name: 'AWS "All UDP" (FromPort 0, ToPort 65535) is every port, not invalid',
      dir: `${dir}/pass-aws-all-udp`,
      others: [],
    },
    {
      // The issue's first bullet: an SSH-only bastion group in the cluster's VPC guards no node.
      name: 'an ACK Edge template and an unrelated SSH-only group: no verdict, one info naming the key to set',
      dir: `${dir}/pass-unrelated-group`,
      others: [
        {
          ruleId: 'input/skipped',
          messageId: 'skipped',
          file: `${dir}/pass-unrelated-group/cluster.yaml`,
          line: 8,
          column: 3,
        },
      ],
    },
  ],
  invalid: [
    {
      name:
        "the failing fixture: a cloud node pool's group, partly covering one " +
        'site and shadowing an accept with a drop; the bastion group is not judged',
      dir: fail,
      // Outbound is allowed by the basic default.
      others: [],
      errors: [
        {
          messageId: 'blocked',
          file: `${fail}/cluster.yaml`,
          line: 7,
          column: 3,
          message:
            'UDP 8472 (flannel VXLAN) from edge site idc-shanghai 10.20.0.0/16 minus 10.20.1.0/24 ' +
            '(which is allowed) to the cloud nodes is blocked by the default of group CloudNodes: ' +
            `${DEFAULT_DENY}. Guarding groups: CloudNodes (the scaling group of node pool CloudPool).`,
          related: [[`${fail}/.edgenet.yaml`, 8, 19, 'edge site idc-shanghai 10.20.0.0/16 declared here']],
        },
        {
          messageId: 'blocked',
          file: `${fail}/cluster.yaml`,
          line: 17,
          column: 11,
          message:
            'UDP 8472 (flannel VXLAN) from edge site idc-hangzhou 10.10.0.0/16 to the ' +
            'cloud nodes is blocked by drop rule (all protocols, priority 1) of group ' +
            'CloudNodes: drop rule at priority 1 wins: at equal priority drop beats ' +
            'accept. Guarding groups: CloudNodes (the scaling group of node pool CloudPool).',
          related: [
            [`${fail}/cluster.yaml`, 13, 11, 'shadowed: accept rule (udp port 8472, priority 1) of group CloudNodes'],
            [`${fail}/.edgenet.yaml`, 5, 19, 'edge site idc-hangzhou 10.10.0.0/16 declared here'],
          ],
        },
      ],
    },
    {
      name:
        "the data centre's own group: an enterprise group that takes " +
        'VXLAN from 10.0.0.0/8 but not from the VPC, and sends none',
      dir: `${dir}/fail-edge-group`,
      others: [],
      errors: [
        {
          messageId: 'blocked',
          file: `${dir}/fail-edge-group/cluster.yaml`,
          line: 29,
          column: 3,
          message:
            "UDP 8472 (flannel VXLAN) from edge site idc-hangzhou to the cloud nodes' VPC 192.168.0.0/16 is " +
            'blocked by the default of group IdcHosts: no rule matches, and an enterprise group denies ' +
            'outbound traffic by default. Guarding groups: IdcHosts (the securityGroups of site idc-hangzhou).',
          related: [
            [`${dir}/fail-edge-group/cluster.yaml`, 6, 18, "the cloud nodes' VPC 192.168.0.0/16 declared here"],
          ],
        },
        {
          messageId: 'blocked',
          file: `${dir}/fail-edge-group/cluster.yaml`,
          line: 29,
          column: 3,
          message:
            "UDP 8472 (flannel VXLAN) from the cloud nodes' VPC 192.168.0.0/16 to edge site idc-hangzhou " +
            'is blocked by the default of group IdcHosts: no rule matches, and an enterprise group denies ' +
            'inbound traffic by default. Guarding groups: IdcHosts (the securityGroups of site idc-hangzhou).',
        },
      ],
    },
    {
      name: "public sites: VXLAN among a site's hosts, dropped in a basic group, not sent by an enterprise group",
      dir: `${dir}/fail-public`,
      others: [],
      errors: [
        {
          messageId: 'blocked',
          file: `${dir}/fail-public/edge-groups.yaml`,
          line: 11,
          column: 11,
          message:
            'UDP 8472 (flannel VXLAN) among the hosts of edge site store-7, from ' +
            '192.168.7.0/24 is blocked by drop rule (udp port 8472, priority 1) of group ' +
            'Store7Hosts: drop rule at priority 1 has the highest priority of the matching ' +
            'rules. Guarding groups: Store7Hosts (the securityGroups of site store-7).',
          related: [[`${dir}/fail-public/.edgenet.yaml`, 5, 19, '192.168.7.0/24 declared here']],
        },
        {
          messageId: 'blocked',
          file: `${dir}/fail-public/edge-groups.yaml`,
          line: 19,
          column: 3,
          message:
            'UDP 8472 (flannel VXLAN) among the hosts of edge site store-8, to 192.168.8.0/24 is blocked ' +
            'by the default of group Store8Hosts: no rule matches, and an enterprise group denies ' +
            'outbound traffic by default. Guarding groups: Store8Hosts (the securityGroups of site store-8).',
        },
      ],
    },
    {
      name: 'an Alibaba Cloud network ACL: the first entry in order drops VXLAN, shadowing the accept after it',
      dir: `${dir}/fail-acl`,
      others: [],
      errors: [
        {
          messageId: 'blocked',
          file: `${dir}/fail-acl/network.yaml`,
          line: 23,
          column: 11,
          message:
            'UDP 8472 (flannel VXLAN) from edge site idc-hangzhou 10.10.0.0/16 to the cloud ' +
            'nodes is blocked by drop entry 1 of network ACL Acl: rule 1 is the first entry ' +
            'that matches. Guarding groups: CloudNodes (named in cluster.cloudSecurityGroups).',
          related: [
            [`${dir}/fail-acl/network.yaml`, 27, 11, 'shadowed: accept entry 2 of network ACL Acl'],
            [`${dir}/fail-acl/.edgenet.yaml`, 6, 19, 'edge site idc-hangzhou 10.10.0.0/16 declared here'],
          ],
        },
      ],
    },
    {
      name: 'a DescribeNetworkAclAttributes export whose egress entries pass TCP only: stateless, VXLAN cannot leave',
      dir: `${dir}/fail-acl-export`,
      others: [],
      errors: [
        {
          messageId: 'blocked',
          file: `${dir}/fail-acl-export/nacl-bp1cloud.json`,
          line: 4,
          column: 21,
          message:
            'UDP 8472 (flannel VXLAN) from the cloud nodes to edge site idc-hangzhou 10.10.0.0/16 is blocked ' +
            'by the default of network ACL nacl-bp1cloud: no entry matches, and a network ACL denies what no ' +
            'entry allows. Guarding groups: sg-bp1cloudnodes (named in cluster.cloudSecurityGroups).',
        },
      ],
    },
    {
      name: 'a value left to deployment: the site it may cover is not judged; the decisions it cannot change are',
      dir: `${dir}/unknown`,
      others: [
        { ruleId: 'input/skipped', messageId: 'skipped', file: `${dir}/unknown/cluster.yaml`, line: 15, column: 13 },
      ],
      errors: [
        {
          messageId: 'blocked',
          file: `${dir}/unknown/cluster.yaml`,
          line: 7,
          column: 3,
          message:
            'UDP 8472 (flannel VXLAN) from edge site idc-wuhan 10.40.0.0/16 to the cloud ' +
            `nodes is blocked by the default of group CloudNodes: ${DEFAULT_DENY}. ` +
            'Guarding groups: CloudNodes (named in cluster.cloudSecurityGroups).',
        },
      ],
    },
    {
      name: "an ECS instance that is a Node: its group guards it; the build server's enterprise group does not",
      dir: `${dir}/fail-instance-node`,
      others: [],
      errors: [
        {
          messageId: 'blocked',
          file: `${dir}/fail-instance-node/cloud.yaml`,
          line: 12,
          column: 3,
          message:
            'UDP 8472 (flannel VXLAN) from edge site idc-hangzhou 10.10.0.0/16 to the ' +
            `cloud nodes is blocked by the default of group CloudNodes: ${DEFAULT_DENY}. ` +
            'Guarding groups: CloudNodes (instance CloudNode, which is Node cloud-node-1).',
        },
      ],
    },
    {
      name: "each node pool's nodes carry only its own group: one pool's accept does not open the other's nodes",
      files: {
        'cluster.yaml': `ROSTemplateFormatVersion: '2015-09-01'
Resources:
  Vpc:
    Type: ALIYUN::ECS::VPC
    Properties: {CidrBlock: 192.168.0.0/16}
  Cluster:
    Type: ALIYUN::CS::ManagedEdgeKubernetesCluster
    Properties: {VpcId: {Ref: Vpc}, ContainerCidr: 10.0.0.0/16, NodeCidrMask: 24}
  PoolA:
    Type: ALIYUN::CS::ClusterNodePool
    Properties:
      ClusterId: {Ref: Cluster}
      ScalingGroup: {SecurityGroupId: {Ref: GroupA}, SystemDiskSize: 120, VSwitchIds: [vsw-a]}
  PoolB:
    Type: ALIYUN::CS::ClusterNodePool
    Properties:
      ClusterId: {Ref: Cluster}
      ScalingGroup: {SecurityGroupIds: [{Ref: GroupB}], SystemDiskSize: 120, VSwitchIds: [vsw-b]}
  EdgePool:
    Type: ALIYUN::CS::ClusterNodePool
    Properties:
      ClusterId: {Ref: Cluster}
      NodePoolInfo: {Name: factory, Type: edge}
      ScalingGroup: {SecurityGroupId: {Ref: FactoryGroup}, SystemDiskSize: 120, VSwitchIds: [vsw-c]}
  GroupA:
    Type: ALIYUN::ECS::SecurityGroup
    Properties:
      VpcId: {Ref: Vpc}
      SecurityGroupIngress:
        - {IpProtocol: udp, PortRange: 8472/8472, SourceCidrIp: 10.10.0.0/16}
  GroupB:
    Type: ALIYUN::ECS::SecurityGroup
    Properties:
      VpcId: {Ref: Vpc}
      SecurityGroupIngress:
        - {IpProtocol: tcp, PortRange: 443/443, SourceCidrIp: 10.10.0.0/16}
  FactoryGroup:
    Type: ALIYUN::ECS::SecurityGroup
    Properties: {VpcId: {Ref: Vpc}, SecurityGroupType: enterprise}
`,
      },
      config:
        'cluster:\n  sites:\n    - {name: idc-hangzhou, connection: express-connect, hostCidrs: [10.10.0.0/16]}\n',
      others: [],
      errors: [
        {
          messageId: 'blocked',
          file: 'cluster.yaml',
          line: 31,
          column: 3,
          message:
            'UDP 8472 (flannel VXLAN) from edge site idc-hangzhou 10.10.0.0/16 to the cloud nodes ' +
            `is blocked by the default of group GroupB: ${DEFAULT_DENY}. Guarding groups: GroupA ` +
            '(the scaling group of node pool PoolA), GroupB (the scaling group of node pool PoolB).',
        },
      ],
    },
    {
      name: 'an enterprise group without an egress accept, reported at the group',
      dir: `${dir}/fail-enterprise`,
      others: [],
      errors: [
        {
          messageId: 'blocked',
          file: `${dir}/fail-enterprise/groups.yaml`,
          line: 3,
          column: 3,
          message: joined(
            /from the cloud nodes to edge site idc-hangzhou 10\.10\.0\.0\/16 is blocked by the default/,
            / of group CloudNodes: no rule matches, and an enterprise group denies outbound traffic by/,
            / default\. Guarding groups: CloudNodes \(named in cluster\.cloudSecurityGroups\)\.$/,
          ),
        },
      ],
    },
    {
      name: 'a DescribeSecurityGroupAttribute export, upper-case values, drop winning on priority',
      dir: `${dir}/fail-export`,
      others: [],
      errors: [
        {
          messageId: 'blocked',
          file: `${dir}/fail-export/sg-bp1cloudnodes.json`,
          line: 17,
          column: 7,
          message: joined(
            /blocked by drop rule \(all protocols, priority 5\) of group sg-bp1cloudnodes:/,
            / drop rule at priority 5 has the highest priority of the matching rules/,
          ),
          related: [
            [`${dir}/fail-export/sg-bp1cloudnodes.json`, 8, 7],
            [`${dir}/fail-export/.edgenet.yaml`, 6, 19],
          ],
        },
      ],
    },
    {
      name: 'an AWS network ACL deny numbered before the allow, quoted numbers',
      dir: `${dir}/fail-aws`,
      // The security group allows, and CloudFormation adds allow-all egress.
      others: [],
      errors: [
        {
          messageId: 'blocked',
          file: `${dir}/fail-aws/network.yaml`,
          line: 16,
          column: 3,
          message: /blocked by deny entry 90 of network ACL Acl: rule 90 is the first entry that matches/,
          related: [
            [`${dir}/fail-aws/network.yaml`, 28, 3, 'shadowed: allow entry 100 of network ACL Acl'],
            [`${dir}/fail-aws/.edgenet.yaml`, 6, 19],
          ],
        },
      ],
    },
    {
      name: "flannel's Backend.Port is the port checked, and Backend.Type is compared as flannel does, without case",
      files: files(8472, 4789, 'VXLAN'),
      config: config('express-connect'),
      others: [],
      errors: [
        {
          messageId: 'blocked',
          file: 'groups.yaml',
          line: 3,
          column: 3,
          message:
            'UDP 4789 (flannel VXLAN) from edge site idc-hangzhou 10.10.0.0/16 to the ' +
            `cloud nodes is blocked by the default of group CloudNodes: ${DEFAULT_DENY}. ` +
            'Guarding groups: CloudNodes (named in cluster.cloudSecurityGroups).',
          related: [['.edgenet.yaml', 8, 19, 'edge site idc-hangzhou 10.10.0.0/16 declared here']],
        },
      ],
    },
  ],
});

/**
 * A group whose second rule, a drop at priority 1 over the accept at 50, has one field left to
 * deployment (or the group's type): the verdict hangs on that value and nothing else.
 */
function oneUnknown(field: 'SourceCidrIp' | 'PortRange' | 'IpProtocol' | 'Policy' | 'Priority' | 'SecurityGroupType') {
  const value = (key: string, written: string) =>
    key === field ? [`          ${key}:`, '            Ref: Chosen'] : [`          ${key}: ${written}`];
  const drop =
    field === 'SecurityGroupType'
      ? []
      : [
          `        - ${field === 'IpProtocol' ? 'PortRange: -1/-1' : 'IpProtocol: all'}`,
          ...(field === 'IpProtocol' ? value('IpProtocol', '') : value('PortRange', '-1/-1')),
          ...value('SourceCidrIp', '10.10.0.0/16'),
          ...value('Policy', 'drop'),
          ...value('Priority', '1'),
        ];
  const text = [
    "ROSTemplateFormatVersion: '2015-09-01'",
    'Parameters:',
    '  Chosen:',
    '    Type: String',
    'Resources:',
    '  CloudNodes:',
    '    Type: ALIYUN::ECS::SecurityGroup',
    '    Properties:',
    ...(field === 'SecurityGroupType' ? ['      SecurityGroupType:', '        Ref: Chosen'] : []),
    '      SecurityGroupIngress:',
    '        - IpProtocol: udp',
    '          PortRange: 8472/8472',
    '          SourceCidrIp: 10.10.0.0/16',
    '          Priority: 50',
    ...drop,
  ];
  return {
    files: { 'groups.yaml': `${text.join('\n')}\n` },
    config:
      'cluster:\n  cloudSecurityGroups: [CloudNodes]\n  sites:\n' +
      '    - {name: idc-hangzhou, connection: express-connect, hostCidrs: [10.10.0.0/16]}\n',
    // Never invalid, never a verdict: only the value is reported.
    others: [],
  };
}

const hangsOn = (what: string, rule: string, path = 'from edge site idc-hangzhou 10.10.0.0/16 to the cloud nodes') =>
  `Not analysed: UDP 8472 (flannel VXLAN) ${path} is blocked if ${what} (${rule}); ` +
  'Chosen is unknown: parameter Chosen has no Default: the value is chosen at deployment.';

// What vxlan/port-blocked leaves undecided or cannot see, reported as not analysed.
ruleTester('input/skipped', {
  valid: [],
  invalid: [
    {
      name: 'a drop whose SourceCidrIp is a Parameter without Default: at the Ref, saying what hangs on it',
      dir: `${dir}/unknown`,
      others: [
        { ruleId: 'vxlan/port-blocked', messageId: 'blocked', file: `${dir}/unknown/cluster.yaml`, line: 7, column: 3 },
      ],
      errors: [
        {
          messageId: 'skipped',
          file: `${dir}/unknown/cluster.yaml`,
          line: 15,
          column: 13,
          level: 'info',
          message:
            'Not analysed: UDP 8472 (flannel VXLAN) from edge site idc-shanghai 10.20.0.0/16 ' +
            'to the cloud nodes is blocked if QuarantineCidr contains 10.20.0.0/16 (drop rule ' +
            '(all protocols, priority 5) of group CloudNodes); QuarantineCidr is unknown: ' +
            'parameter QuarantineCidr has no Default: the value is chosen at deployment.',
        },
      ],
    },
    {
      name: 'the only accept takes its source from a Parameter without Default: blocked unless it covers the site',
      files: {
        'groups.yaml': `ROSTemplateFormatVersion: '2015-09-01'
Parameters:
  OfficeCidr: {Type: String}
Resources:
  CloudNodes:
    Type: ALIYUN::ECS::SecurityGroup
    Properties:
      SecurityGroupIngress:
        - {IpProtocol: udp, PortRange: 8472/8472, SourceCidrIp: {Ref: OfficeCidr}}
`,
      },
      config:
        'cluster:\n  cloudSecurityGroups: [CloudNodes]\n  sites:\n' +
        '    - {name: idc-hangzhou, connection: express-connect, hostCidrs: [10.10.0.0/16]}\n',
      others: [],
      errors: [
        {
          messageId: 'skipped',
          line: 9,
          column: 65,
          message:
            'Not analysed: UDP 8472 (flannel VXLAN) from edge site idc-hangzhou 10.10.0.0/16 ' +
            'to the cloud nodes is blocked unless OfficeCidr contains 10.10.0.0/16 (accept ' +
            'rule (udp port 8472, priority 1) of group CloudNodes); OfficeCidr is unknown: ' +
            'parameter OfficeCidr has no Default: the value is chosen at deployment.',
        },
      ],
    },
    {
      name: 'a drop whose SourceCidrIp is left to deployment',
      ...oneUnknown('SourceCidrIp'),
      errors: [
        {
          messageId: 'skipped',
          line: 17,
          column: 13,
          message: hangsOn('Chosen contains 10.10.0.0/16', 'drop rule (all protocols, priority 1) of group CloudNodes'),
        },
      ],
    },
    {
      name: 'a drop whose PortRange is left to deployment (not "missing PortRange")',
      ...oneUnknown('PortRange'),
      errors: [
        {
          messageId: 'skipped',
          line: 16,
          column: 13,
          message: hangsOn('Chosen covers UDP 8472', 'drop rule (all protocols, priority 1) of group CloudNodes'),
        },
      ],
    },
    {
      name: 'a drop whose IpProtocol is left to deployment',
      ...oneUnknown('IpProtocol'),
      errors: [
        {
          messageId: 'skipped',
          line: 16,
          column: 13,
          message: hangsOn(
            'Chosen is udp or all',
            'drop rule (protocol unknown, all ports, priority 1) of group CloudNodes',
          ),
        },
      ],
    },
    {
      name: 'a rule whose Policy is left to deployment (not "accept")',
      ...oneUnknown('Policy'),
      errors: [
        {
          messageId: 'skipped',
          line: 18,
          column: 13,
          message: hangsOn('Chosen is drop', 'rule (all protocols, priority 1) of group CloudNodes'),
        },
      ],
    },
    {
      name: 'a drop whose Priority is left to deployment',
      ...oneUnknown('Priority'),
      errors: [
        {
          messageId: 'skipped',
          line: 19,
          column: 13,
          message: hangsOn(
            'Chosen gives it precedence',
            'drop rule (all protocols, priority unknown) of group CloudNodes',
          ),
        },
      ],
    },
    {
      name: 'a group whose SecurityGroupType is left to deployment: outbound hangs on it, inbound does not',
      ...oneUnknown('SecurityGroupType'),
      errors: [
        {
          messageId: 'skipped',
          line: 10,
          column: 9,
          message: hangsOn(
            'Chosen is enterprise',
            'the default of group CloudNodes',
            'from the cloud nodes to edge site idc-hangzhou 10.10.0.0/16',
          ),
        },
      ],
    },
    {
      name: 'nothing ties a group to the cloud nodes: one info at the cluster, naming the key to set',
      dir: `${dir}/pass-unrelated-group`,
      others: [],
      errors: [
        {
          messageId: 'skipped',
          file: `${dir}/pass-unrelated-group/cluster.yaml`,
          line: 8,
          column: 3,
          level: 'info',
          message:
            'Not analysed: flannel VXLAN (UDP 8472) between the cloud nodes and the Express Connect ' +
            "sites is not checked on the cloud nodes' security groups: nothing in the repository " +
            'ties a group to them (ALIYUN::CS::ManagedEdgeKubernetesCluster has no SecurityGroupId: ' +
            "ACK creates the nodes' group); name their groups in cluster.cloudSecurityGroups.",
        },
      ],
    },
  ],
});
