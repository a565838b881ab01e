import { ruleTester } from '../../../test/rule-tester.js';

const dir = 'fixtures/rules/cidr/pod-overlaps-vpc';

const flannel = (network: string) => `kind: ConfigMap
apiVersion: v1
metadata:
  name: kube-flannel-cfg
  namespace: kube-flannel
data:
  net-conf.json: |
    {"Network": "${network}", "Backend": {"Type": "vxlan"}}
`;

const vpc = `ROSTemplateFormatVersion: '2015-09-01'
Resources:
  Vpc:
    Type: ALIYUN::ECS::VPC
    Properties:
      CidrBlock: 192.168.0.0/16
  VSwitch:
    Type: ALIYUN::ECS::VSwitch
    Properties:
      VpcId: {Ref: Vpc}
      CidrBlock: 192.168.1.0/24
`;

ruleTester('cidr/pod-overlaps-vpc', {
  valid: [
    { name: 'the passing fixture', dir: `${dir}/pass`, others: [] },
    { name: 'a pod CIDR outside the VPC', files: { 'flannel.yaml': flannel('10.0.0.0/16'), 'vpc.yaml': vpc } },
    { name: 'no VPC in the repository', files: { 'flannel.yaml': flannel('192.168.0.0/16') } },
    {
      name: 'families never mix',
      files: { 'flannel.yaml': flannel('10.0.0.0/16') },
      config: 'cluster:\n  vpcCidrs: ["::/0"]\n',
    },
  ],
  invalid: [
    {
      name:
        'the failing fixture: flannel Network inside a VPC from ' +
        'a Parameter Default; a config pod CIDR over a subnet',
      dir: `${dir}/fail`,
      others: [
        // The configuration's pod CIDR and flannel's Network differ too: that is cidr/pod-cidr-mismatch's finding.
        {
          ruleId: 'cidr/pod-cidr-mismatch',
          messageId: 'flannel-narrower',
          file: `${dir}/fail/flannel.yaml`,
          line: 9,
          column: 18,
        },
      ],
      errors: [
        {
          messageId: 'overlap',
          file: `${dir}/fail/.edgenet.yaml`,
          line: 3,
          column: 7,
          message: /^Pod CIDR 192\.168\.0\.0\/16 contains vSwitch CIDR 192\.168\.8\.0\/22 /,
          related: [[`${dir}/fail/vpc.yaml`, 15, 18]],
        },
        {
          // Inside net-conf.json, at a lower-case "network" key: flannel matches keys case-insensitively.
          messageId: 'overlap',
          file: `${dir}/fail/flannel.yaml`,
          line: 9,
          column: 18,
          endLine: 9,
          endColumn: 33,
          message:
            'Pod CIDR 10.0.128.0/17 lies inside VPC CIDR 10.0.0.0/16 ' +
            `declared at ${dir}/fail/vpc.yaml:5 (10.0.128.0/17 in both).`,
          // The other end is the Parameter's Default, where the VPC's value is written.
          related: [[`${dir}/fail/vpc.yaml`, 5, 14]],
        },
      ],
    },
    {
      name: 'a vSwitch inside a reported VPC adds nothing',
      files: { 'flannel.yaml': flannel('192.168.0.0/20'), 'vpc.yaml': vpc },
      errors: [
        {
          messageId: 'overlap',
          file: 'flannel.yaml',
          line: 8,
          column: 17,
          endColumn: 33,
          message:
            'Pod CIDR 192.168.0.0/20 lies inside VPC CIDR 192.168.0.0/16 ' +
            'declared at vpc.yaml:6 (192.168.0.0/20 in both).',
          related: [['vpc.yaml', 6, 18]],
        },
      ],
    },
  ],
});
