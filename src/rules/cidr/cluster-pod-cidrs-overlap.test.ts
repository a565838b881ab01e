import { joined } from '../../../test/helpers.js';
import { ruleTester } from '../../../test/rule-tester.js';

const dir = 'fixtures/rules/cidr/cluster-pod-cidrs-overlap';

const VPC = '  Vpc:\n    Type: ALIYUN::ECS::VPC\n    Properties:\n      CidrBlock: 192.168.0.0/16\n';

/** An ACK Edge cluster template: its VPC named by a literal id, or created beside it. */
const cluster = (name: string, vpc: string | null, pod: string) => `ROSTemplateFormatVersion: '2015-09-01'
Resources:
${vpc === null ? VPC : ''}  ${name}:
    Type: ALIYUN::CS::ManagedEdgeKubernetesCluster
    Properties:
      VpcId: ${vpc ?? '{Ref: Vpc}'}
      ContainerCidr: ${pod}
      ServiceCidr: 172.21.0.0/20
      NodeCidrMask: 24
`;

ruleTester('cidr/cluster-pod-cidrs-overlap', {
  valid: [
    { name: 'the passing fixture: disjoint pod CIDRs in one VPC, the same plan in another VPC', dir: `${dir}/pass` },
    {
      name: 'equal CIDRs in separate VPCs never make a shared VPC',
      files: { 'a.yaml': cluster('A', null, '10.0.0.0/16'), 'b.yaml': cluster('B', null, '10.0.0.0/16') },
    },
    {
      name: 'one cluster alone has no other cluster to collide with',
      files: { 'a.yaml': cluster('A', 'vpc-1', '10.0.0.0/16') },
    },
  ],
  invalid: [
    {
      name: 'the failing fixture: two templates name one VPC id; reported at the cluster whose name sorts last',
      dir: `${dir}/fail`,
      errors: [
        {
          messageId: 'overlap',
          file: `${dir}/fail/hangzhou-b.yaml`,
          line: 9,
          column: 22,
          endColumn: 34,
          message:
            'Pod CIDR 10.18.0.0/16 of cluster hangzhou-b.yaml lies inside pod CIDR 10.16.0.0/14 ' +
            `of cluster hangzhou-a.yaml declared at ${dir}/fail/hangzhou-a.yaml:9; both ` +
            'clusters run in VPC vpc-bp1shared0001 (10.18.0.0/16 in both).',
          related: [
            [`${dir}/fail/hangzhou-a.yaml`, 9, 22],
            [`${dir}/fail/hangzhou-a.yaml`, 8, 14],
          ],
        },
      ],
    },
    {
      name: 'two clusters of one template in its VPC',
      files: {
        'fleet.yaml': `ROSTemplateFormatVersion: '2015-09-01'
Resources:
  Vpc:
    Type: ALIYUN::ECS::VPC
    Properties:
      CidrBlock: 192.168.0.0/16
  Prod:
    Type: ALIYUN::CS::ManagedEdgeKubernetesCluster
    Properties:
      VpcId: {Ref: Vpc}
      ContainerCidr: 10.0.0.0/16
      NodeCidrMask: 24
  Staging:
    Type: ALIYUN::CS::ManagedEdgeKubernetesCluster
    Properties:
      VpcId: {Ref: Vpc}
      ContainerCidr: 10.0.128.0/17
      NodeCidrMask: 24
`,
      },
      errors: [
        {
          messageId: 'overlap',
          line: 17,
          column: 22,
          message: joined(
            /^Pod CIDR 10\.0\.128\.0\/17 of cluster fleet\.yaml#Staging lies inside pod CIDR/,
            / 10\.0\.0\.0\/16 of cluster fleet\.yaml#Prod .* both clusters run in VPC Vpc of fleet\.yaml/,
          ),
          related: [
            ['fleet.yaml', 11, 22],
            ['fleet.yaml', 3, 3],
          ],
        },
      ],
    },
    {
      name: 'clusters the configuration puts in one VPC (clusters[].vpcId)',
      files: { 'a.yaml': cluster('A', null, '10.0.0.0/16'), 'b.yaml': cluster('B', null, '10.0.0.0/20') },
      config:
        'clusters:\n  - name: a\n    paths: [a.yaml]\n    vpcId: vpc-9\n' +
        '  - name: b\n    paths: [b.yaml]\n    vpcId: vpc-9\n',
      errors: [
        {
          messageId: 'overlap',
          file: 'b.yaml',
          line: 11,
          column: 22,
          related: [
            ['a.yaml', 11, 22],
            ['.edgenet.yaml', 4, 12],
          ],
        },
      ],
    },
  ],
});
