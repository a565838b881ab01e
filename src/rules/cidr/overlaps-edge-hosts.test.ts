import { ruleTester } from '../../../test/rule-tester.js';

const dir = 'fixtures/rules/cidr/overlaps-edge-hosts';
const fail = `${dir}/fail`;

const config = (hostCidrs: string) => `cluster:
  podCidrs: [10.0.0.0/16]
  serviceCidrs: [172.21.0.0/20]
  nodeCidrMask: 24
  sites:
    - name: store-42
      hostCidrs: [${hostCidrs}]
`;

ruleTester('cidr/overlaps-edge-hosts', {
  valid: [
    { name: 'the passing fixture', dir: `${dir}/pass`, others: [] },
    { name: "a site's network beside both ranges", config: config('192.168.10.0/24'), files: {}, others: [] },
  ],
  invalid: [
    {
      name: 'the failing fixture: pod and Service CIDRs against a site, both families',
      dir: fail,
      others: [
        // The Service range also lies in flannel's Network: another rule's finding, at the same place.
        {
          ruleId: 'cidr/pod-overlaps-service',
          messageId: 'overlap',
          file: `${fail}/kube-apiserver.yaml`,
          line: 14,
          column: 38,
        },
      ],
      errors: [
        {
          messageId: 'overlap',
          file: `${fail}/flannel.yaml`,
          line: 9,
          column: 18,
          endColumn: 31,
          message:
            'Pod CIDR 10.0.0.0/12 contains the host network 10.10.0.0/16 of edge site ' +
            `idc-hangzhou declared at ${fail}/.edgenet.yaml:5 (10.10.0.0/16 in both).`,
          related: [
            [
              `${fail}/.edgenet.yaml`,
              5,
              19,
              'edge site idc-hangzhou host CIDR 10.10.0.0/16 declared here (edge site idc-hangzhou hostCidrs)',
            ],
          ],
        },
        {
          messageId: 'overlap',
          file: `${fail}/flannel.yaml`,
          line: 11,
          column: 22,
          endColumn: 40,
          message:
            'Pod CIDR fd00:aa:0:1::/64 lies inside the host network fd00:aa::/48 of edge ' +
            `site idc-hangzhou declared at ${fail}/.edgenet.yaml:5 (fd00:aa:0:1::/64 in both).`,
          related: [[`${fail}/.edgenet.yaml`, 5, 33]],
        },
        {
          messageId: 'overlap',
          file: `${fail}/kube-apiserver.yaml`,
          line: 14,
          column: 38,
          endColumn: 52,
          message:
            'Service CIDR 10.10.200.0/24 lies inside the host network 10.10.0.0/16 of edge ' +
            `site idc-hangzhou declared at ${fail}/.edgenet.yaml:5 (10.10.200.0/24 in both).`,
          related: [[`${fail}/.edgenet.yaml`, 5, 19]],
        },
      ],
    },
    {
      name: 'a site of the configuration without a connection is checked too (public by default)',
      config: config('172.21.8.0/24'),
      files: {},
      others: [],
      errors: [
        {
          messageId: 'overlap',
          file: '.edgenet.yaml',
          line: 3,
          column: 18,
          message:
            'Service CIDR 172.21.0.0/20 contains the host network 172.21.8.0/24 of ' +
            'edge site store-42 declared at .edgenet.yaml:7 (172.21.8.0/24 in both).',
          related: [['.edgenet.yaml', 7, 19]],
        },
      ],
    },
  ],
});
