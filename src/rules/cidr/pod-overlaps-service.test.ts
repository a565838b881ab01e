import { ruleTester } from '../../../test/rule-tester.js';

const dir = 'fixtures/rules/cidr/pod-overlaps-service';

ruleTester('cidr/pod-overlaps-service', {
  valid: [
    { name: 'the passing fixture', dir: `${dir}/pass`, others: [] },
    {
      name: 'disjoint ranges in the configuration',
      config: 'cluster:\n  podCidrs: [10.0.0.0/16]\n  serviceCidrs: [172.21.0.0/20]\n  nodeCidrMask: 24\n',
      files: {},
      others: [],
    },
  ],
  invalid: [
    {
      name: 'the failing fixture: at the Service CIDR, the IPv4 half of a dual-stack kubeadm list',
      dir: `${dir}/fail`,
      others: [],
      errors: [
        {
          messageId: 'overlap',
          line: 6,
          column: 19,
          endColumn: 34,
          message:
            'Service CIDR 10.244.128.0/20 lies inside pod CIDR 10.244.0.0/16 ' +
            `declared at ${dir}/fail/kubeadm.yaml:5 (10.244.128.0/20 in both).`,
          related: [
            [`${dir}/fail/kubeadm.yaml`, 5, 15, 'pod CIDR 10.244.0.0/16 declared here (kubeadm networking.podSubnet)'],
          ],
        },
      ],
    },
    {
      name: "kubeadm's default serviceSubnet decides when none is set: at `networking`, where it would be written",
      dir: `${dir}/fail-default`,
      others: [],
      errors: [
        {
          messageId: 'overlap',
          line: 3,
          column: 1,
          endColumn: 11,
          message:
            'Service CIDR 10.96.0.0/12 lies inside pod CIDR 10.96.0.0/11 ' +
            `declared at ${dir}/fail-default/kubeadm.yaml:4 (10.96.0.0/12 in both).`,
          related: [[`${dir}/fail-default/kubeadm.yaml`, 4, 14]],
        },
      ],
    },
    {
      name: 'a Service CIDR that contains the pod CIDR, both in the configuration',
      config: 'cluster:\n  podCidrs: [10.0.0.0/16]\n  serviceCidrs: [10.0.0.0/8]\n  nodeCidrMask: 24\n',
      files: {},
      others: [],
      errors: [
        {
          messageId: 'overlap',
          file: '.edgenet.yaml',
          line: 3,
          column: 18,
          message:
            'Service CIDR 10.0.0.0/8 contains pod CIDR 10.0.0.0/16 declared at .edgenet.yaml:2 (10.0.0.0/16 in both).',
          related: [['.edgenet.yaml', 2, 14]],
        },
      ],
    },
  ],
});
