import { ruleTester } from '../../../test/rule-tester.js';

const dir = 'fixtures/rules/cidr/pod-cidr-mismatch';
const fail = `${dir}/fail`;

const flannel = (network: string) => `apiVersion: v1
kind: ConfigMap
metadata:
  name: kube-flannel-cfg
data:
  net-conf.json: |
    {"Network": "${network}", "Backend": {"Type": "vxlan"}}
`;

const node = (name: string, podCidr: string) => `apiVersion: v1
kind: Node
metadata:
  name: ${name}
spec:
  podCIDR: ${podCidr}
`;

const cluster = 'cluster:\n  podCidrs: [10.0.0.0/16]\n  nodeCidrMask: 24\n';

ruleTester('cidr/pod-cidr-mismatch', {
  valid: [
    { name: 'the passing fixture', dir: `${dir}/pass`, others: [] },
    {
      name: "flannel's Network wider than the cluster's pod CIDR is allowed",
      config: cluster,
      files: { 'flannel.yaml': flannel('10.0.0.0/12') },
      others: [],
    },
    {
      name: "a Node inside the cluster's pod CIDR, no flannel",
      config: cluster,
      files: { 'node.yaml': node('a', '10.0.3.0/24') },
      others: [],
    },
  ],
  invalid: [
    {
      name:
        'the failing fixture: a template Default that differs ' +
        'from the config, nodes outside flannel (its own words)',
      dir: fail,
      // flannel's Network 10.0.0.0/12 is wider than the pod CIDR: allowed, so nothing is reported on flannel.yaml.
      others: [],
      errors: [
        {
          messageId: 'differs',
          file: `${fail}/cluster.yaml`,
          line: 5,
          column: 14,
          endColumn: 25,
          message: 'Pod CIDR 10.1.0.0/16 (ROS ContainerCidr Cluster) differs from 10.0.0.0/16 (cluster.podCidrs).',
          related: [[`${fail}/.edgenet.yaml`, 2, 14, 'cluster.podCidrs: 10.0.0.0/16']],
        },
        {
          messageId: 'node-outside-flannel',
          file: `${fail}/nodes.yaml`,
          line: 13,
          column: 12,
          endColumn: 24,
          message:
            'subnet "10.0.0.0/12" specified in the flannel net config doesn\'t contain ' +
            '"10.64.1.0/24" PodCIDR of the "node-b" node: flannel will not start on it.',
          related: [[`${fail}/flannel.yaml`, 8, 18]],
        },
        {
          messageId: 'node-outside-flannel',
          file: `${fail}/nodes.yaml`,
          line: 22,
          column: 7,
          endColumn: 19,
          message:
            'subnet "fd00:10::/56" specified in the flannel net config doesn\'t contain ' +
            '"fd00:99::/64" IPv6 PodCIDR of the "node-c" node: flannel will not start on it.',
          related: [[`${fail}/flannel.yaml`, 9, 22]],
        },
      ],
    },
    {
      name: "flannel's Network narrower than the cluster's pod CIDR",
      config: cluster,
      files: { 'flannel.yaml': flannel('10.0.128.0/17') },
      others: [],
      errors: [
        {
          messageId: 'flannel-narrower',
          line: 7,
          column: 17,
          endColumn: 32,
          message:
            'Pod CIDR 10.0.128.0/17 (flannel net-conf.json Network) differs from 10.0.0.0/16 ' +
            "(cluster.podCidrs): flannel's Network must contain the cluster's pod CIDR.",
          related: [['.edgenet.yaml', 2, 14, 'cluster.podCidrs: 10.0.0.0/16']],
        },
      ],
    },
    {
      name: "without flannel, a Node outside the cluster's pod CIDR",
      config: cluster,
      files: { 'node.yaml': node('b', '10.1.0.0/24') },
      others: [],
      errors: [
        {
          messageId: 'node-outside-cluster',
          line: 6,
          column: 12,
          endColumn: 23,
          message: "Node b podCIDR 10.1.0.0/24 lies outside the cluster's pod CIDR 10.0.0.0/16 (cluster.podCidrs).",
          related: [['.edgenet.yaml', 2, 14]],
        },
      ],
    },
  ],
});
