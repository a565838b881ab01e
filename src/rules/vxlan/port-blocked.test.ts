import { ruleTester } from '../../../test/rule-tester.js';

const dir = 'fixtures/rules/vxlan/port-blocked';
const fail = `${dir}/fail`;

/** A basic group that accepts UDP `port` from the site; flannel's Backend.Port, when given, is `backendPort`. */
const files = (port: number, backendPort?: number) => ({
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
    {"Network": "10.0.0.0/16", "Backend": {"Type": "vxlan"${backendPort ? `, "Port": ${backendPort}` : ''}}}
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

ruleTester('vxlan/port-blocked', {
  valid: [
    { name: 'the passing fixture: an accept that wins on priority', dir: `${dir}/pass`, others: [] },
    { name: "flannel's default port 8472 accepted", files: files(8472), config: config('express-connect'), others: [] },
    { name: 'Backend.Port accepted', files: files(4789, 4789), config: config('express-connect'), others: [] },
    { name: 'a public site carries no VXLAN to the cloud', files: files(9999), config: config('public'), others: [] },
  ],
  invalid: [
    {
      name: 'the failing fixture: a partly covered site at the group; a drop rule that shadows the accept, at the drop rule',
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
            "UDP 8472 (flannel VXLAN) from edge site idc-shanghai 10.20.0.0/16 minus 10.20.1.0/24 (which is allowed) to the cloud nodes is blocked by the default of group CloudNodes: no rule matches, and a basic group denies inbound traffic from outside the group by default. Guarding groups: CloudNodes, the cluster's SecurityGroupId.",
          related: [[`${fail}/.edgenet.yaml`, 8, 19, 'edge site idc-shanghai 10.20.0.0/16 declared here']],
        },
        {
          messageId: 'blocked',
          file: `${fail}/cluster.yaml`,
          line: 17,
          column: 11,
          message:
            "UDP 8472 (flannel VXLAN) from edge site idc-hangzhou 10.10.0.0/16 to the cloud nodes is blocked by drop rule (all protocols, priority 1) of group CloudNodes: drop rule at priority 1 wins: at equal priority drop beats accept. Guarding groups: CloudNodes, the cluster's SecurityGroupId.",
          related: [
            [`${fail}/cluster.yaml`, 13, 11, 'shadowed: accept rule (udp port 8472, priority 1) of group CloudNodes'],
            [`${fail}/.edgenet.yaml`, 5, 19, 'edge site idc-hangzhou 10.10.0.0/16 declared here'],
          ],
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
          message:
            /from the cloud nodes to edge site idc-hangzhou 10\.10\.0\.0\/16 is blocked by the default of group CloudNodes: no rule matches, and an enterprise group denies outbound traffic by default\. Guarding groups: CloudNodes, named in cluster\.cloudSecurityGroups\.$/,
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
          message:
            /blocked by drop rule \(all protocols, priority 5\) of group sg-bp1cloudnodes: drop rule at priority 5 has the highest priority of the matching rules/,
          related: [
            [`${dir}/fail-export/sg-bp1cloudnodes.json`, 8, 7],
            [`${dir}/fail-export/.edgenet.yaml`, 6, 19],
          ],
        },
      ],
    },
    {
      name: 'a network ACL deny numbered before the allow, quoted numbers',
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
            [`${dir}/fail-aws/.edgenet.yaml`, 5, 19],
          ],
        },
      ],
    },
    {
      name: "flannel's Backend.Port is the port checked",
      files: files(8472, 4789),
      config: config('express-connect'),
      others: [],
      errors: [
        {
          messageId: 'blocked',
          file: 'groups.yaml',
          line: 3,
          column: 3,
          message:
            'UDP 4789 (flannel VXLAN) from edge site idc-hangzhou 10.10.0.0/16 to the cloud nodes is blocked by the default of group CloudNodes: no rule matches, and a basic group denies inbound traffic from outside the group by default. Guarding groups: CloudNodes, named in cluster.cloudSecurityGroups.',
          related: [['.edgenet.yaml', 8, 19, 'edge site idc-hangzhou 10.10.0.0/16 declared here']],
        },
      ],
    },
  ],
});
