import { ruleTester } from '../../../test/rule-tester.js';

const dir = 'fixtures/rules/input/invalid-resource';

const securityGroup = `ROSTemplateFormatVersion: '2015-09-01'
Resources:
  G:
    Type: ALIYUN::ECS::SecurityGroup
    Properties:
      SecurityGroupIngress:
        - {IpProtocol: udp, PortRange: 200/1, SourceCidrIp: 10.0.0.0/8}
        - {IpProtocol: udp, PortRange: "8472", SourceCidrIp: 10.0.0.0/8}
        - {IpProtocol: sctp, PortRange: 1/2}
        - {IpProtocol: udp, PortRange: 1/2, Priority: 0}
        - {IpProtocol: udp, PortRange: 1/2, SourceCidrIp: 10.0.0.300/8}
`;

ruleTester('input/invalid-resource', {
  valid: [{ name: 'the passing fixture', dir: `${dir}/pass`, others: [] }],
  invalid: [
    {
      name: 'the failing fixture: a NodePool type and a non-canonical podCIDR',
      dir: `${dir}/fail`,
      others: [],
      errors: [
        { messageId: 'invalid', line: 6, column: 9, message: 'NodePool hz: spec.type must be one of Edge, Cloud' },
        {
          messageId: 'invalid',
          line: 13,
          column: 12,
          message:
            'Node hz-1 spec.podCIDR: "10.244.1.1/24" has host bits set; the network is 10.244.1.0/24, write that.',
        },
      ],
    },
    {
      name: 'invalid security group values, each at the value',
      files: { 'sg.yaml': securityGroup },
      others: [],
      errors: [
        {
          messageId: 'invalid',
          line: 7,
          column: 40,
          message: 'PortRange "200/1" must satisfy 1 <= start <= end <= 65535',
        },
        {
          messageId: 'invalid',
          line: 8,
          column: 40,
          message: 'PortRange "8472" is not start/end (e.g. 8472/8472, or -1/-1 for all ports)',
        },
        {
          messageId: 'invalid',
          line: 9,
          column: 24,
          message: 'IpProtocol "sctp" is not one of tcp, udp, icmp, icmpv6, gre, all',
        },
        { messageId: 'invalid', line: 10, column: 55, message: 'Priority "0" is not a whole number from 1 to 100' },
        {
          messageId: 'invalid',
          line: 11,
          column: 59,
          message: 'security group rule: "10.0.0.300/8" is not a valid IPv4 address (Invalid IPv4 address)',
        },
      ],
    },
  ],
});
