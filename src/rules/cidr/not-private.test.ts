import { ruleTester } from '../../../test/rule-tester.js';

const dir = 'fixtures/rules/cidr/not-private';

const config = (podCidrs: string) =>
  `cluster:\n  podCidrs: [${podCidrs}]\n  nodeCidrMask: 24\n  nodeCidrMaskIPv6: 64\n`;

ruleTester('cidr/not-private', {
  valid: [
    { name: 'the passing fixture', dir: `${dir}/pass`, others: [] },
    {
      name: 'IPv6 is not judged: ACK accepts global addresses there',
      config: config('"2001:db8::/48"'),
      files: {},
      others: [],
    },
  ],
  invalid: [
    {
      name: 'the failing fixture: inside 100.64.0.0/10, and outside RFC 1918',
      dir: `${dir}/fail`,
      others: [],
      errors: [
        {
          messageId: 'alibaba-services',
          level: 'warning',
          line: 6,
          column: 22,
          endColumn: 35,
          message: 'Pod CIDR 100.64.0.0/16 lies inside 100.64.0.0/10, which Alibaba Cloud services use.',
        },
        {
          messageId: 'public',
          level: 'warning',
          line: 7,
          column: 20,
          endColumn: 31,
          message:
            'Service CIDR 11.0.0.0/20 is not inside the private ranges 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16.',
        },
      ],
    },
    {
      name: 'a range that contains 100.64.0.0/10 is named by what it does',
      config: config('96.0.0.0/4'),
      files: {},
      others: [],
      errors: [
        {
          messageId: 'alibaba-services',
          file: '.edgenet.yaml',
          line: 2,
          column: 14,
          message: 'Pod CIDR 96.0.0.0/4 contains 100.64.0.0/10, which Alibaba Cloud services use.',
        },
      ],
    },
  ],
});
