import { ruleTester } from '../../../test/rule-tester.js';

const dir = 'fixtures/rules/cidr/service-overlaps-vpc';

/** A cluster in a VPC whose CIDR is left to deployment (a Parameter without Default), with a written vSwitch. */
const cluster = (serviceCidr: string) => `ROSTemplateFormatVersion: '2015-09-01'
Parameters:
  VpcCidr: {Type: String}
Resources:
  Vpc:
    Type: ALIYUN::ECS::VPC
    Properties:
      CidrBlock: {Ref: VpcCidr}
  VSwitch:
    Type: ALIYUN::ECS::VSwitch
    Properties:
      VpcId: {Ref: Vpc}
      CidrBlock: 172.21.0.0/24
  Cluster:
    Type: ALIYUN::CS::ManagedEdgeKubernetesCluster
    Properties:
      VpcId: {Ref: Vpc}
      ContainerCidr: 10.0.0.0/16
      ServiceCidr: ${serviceCidr}
      NodeCidrMask: 24
`;

/** What the template's unknown VPC CIDR is reported as, beside the rule's findings. */
const vpcUnknown = {
  ruleId: 'input/skipped' as const,
  messageId: 'skipped',
  file: 'cluster.yaml',
  line: 8,
  column: 18,
  message: 'Not analysed: VPC Vpc is unknown: parameter VpcCidr has no Default: the value is chosen at deployment.',
};

ruleTester('cidr/service-overlaps-vpc', {
  valid: [
    { name: 'the passing fixture', dir: `${dir}/pass`, others: [] },
    {
      name: 'a Service CIDR beside the vSwitch',
      files: { 'cluster.yaml': cluster('172.21.16.0/20') },
      others: [vpcUnknown],
    },
  ],
  invalid: [
    {
      name: 'the failing fixture: each family of a dual-stack ServiceCidr at its own characters',
      dir: `${dir}/fail`,
      others: [],
      errors: [
        {
          messageId: 'overlap',
          file: `${dir}/fail/cluster.yaml`,
          line: 13,
          column: 20,
          endColumn: 36,
          message:
            'Service CIDR 192.168.240.0/20 lies inside VPC CIDR 192.168.0.0/16 ' +
            `declared at ${dir}/fail/cluster.yaml:6 (192.168.240.0/20 in both).`,
          related: [[`${dir}/fail/cluster.yaml`, 6, 18]],
        },
        {
          // The IPv6 VPC comes from the configuration; nothing crosses families.
          messageId: 'overlap',
          file: `${dir}/fail/cluster.yaml`,
          line: 13,
          column: 37,
          endColumn: 55,
          message:
            'Service CIDR fd00:10:0:ff::/112 lies inside VPC CIDR fd00:10::/48 ' +
            `declared at ${dir}/fail/.edgenet.yaml:3 (fd00:10:0:ff::/112 in both).`,
          related: [[`${dir}/fail/.edgenet.yaml`, 3, 7]],
        },
      ],
    },
    {
      name: "the vSwitch is the other end when the VPC's CIDR is left to deployment",
      files: { 'cluster.yaml': cluster('172.21.0.0/20') },
      others: [vpcUnknown],
      errors: [
        {
          messageId: 'overlap',
          line: 19,
          column: 20,
          endColumn: 33,
          message:
            'Service CIDR 172.21.0.0/20 contains vSwitch CIDR 172.21.0.0/24 ' +
            'declared at cluster.yaml:13 (172.21.0.0/24 in both).',
          related: [['cluster.yaml', 13, 18]],
        },
      ],
    },
  ],
});
