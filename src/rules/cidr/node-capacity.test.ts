import { ruleTester } from '../../../test/rule-tester.js';

const dir = 'fixtures/rules/cidr/node-capacity';
const config = `${dir}/fail/.edgenet.yaml`;

const nodes = (count: number) =>
  Array.from({ length: count }, (_, i) => `apiVersion: v1\nkind: Node\nmetadata:\n  name: n${i}\n`).join('---\n');

ruleTester('cidr/node-capacity', {
  valid: [
    { name: 'the passing fixture', dir: `${dir}/pass`, others: [] },
    {
      name: 'an ACK cluster without NodeCidrMask is reported as unknown, not guessed',
      dir: `${dir}/unknown-mask`,
      others: [
        {
          ruleId: 'input/skipped',
          messageId: 'skipped',
          level: 'info',
          line: 3,
          column: 3,
          message:
            'Not analysed: the node capacity of 10.0.0.0/16 is unknown: ' +
            'NodeCidrMask is not set and ACK documents its default both as 24 and 25.',
        },
      ],
    },
    {
      name: "an ACK cluster's NodeCidrMask is its Pods per Node: ACK sets the pod limit from it, not kubelet's 110",
      files: {
        'cluster.yaml': `ROSTemplateFormatVersion: '2015-09-01'
Resources:
  Cluster:
    Type: ALIYUN::CS::ManagedEdgeKubernetesCluster
    Properties:
      ContainerCidr: 10.0.0.0/16
      ServiceCidr: 172.21.0.0/20
      NodeCidrMask: 26
`,
      },
    },
  ],
  invalid: [
    {
      name:
        'the failing fixture: too few node blocks, too few pod ' +
        'IPs per block, an IPv6 mask kube-controller-manager refuses',
      dir: `${dir}/fail`,
      others: [],
      errors: [
        {
          messageId: 'too-few-blocks',
          file: config,
          line: 2,
          column: 14,
          endColumn: 25,
          message:
            'Pod CIDR 10.0.0.0/22 holds 4 node blocks of /24 (cluster.nodeCidrMask), ' +
            'fewer than the 10 nodes planned (cluster.maxNodes).',
          related: [
            [config, 3, 17, 'node mask /24 (cluster.nodeCidrMask)'],
            [config, 5, 13, 'cluster.maxNodes: 10'],
          ],
        },
        {
          messageId: 'too-few-pods',
          file: config,
          line: 3,
          column: 17,
          endColumn: 19,
          message:
            'A /24 (cluster.nodeCidrMask) node block holds 253 pod IPs, fewer than cluster.maxPodsPerNode (300).',
          related: [
            [config, 2, 14, 'pod CIDR 10.0.0.0/22 (cluster.podCidrs)'],
            [config, 6, 19, 'cluster.maxPodsPerNode: 300'],
          ],
        },
        {
          messageId: 'ipv6-mask-too-long',
          file: config,
          line: 4,
          column: 21,
          endColumn: 23,
          message:
            'The node mask /80 (cluster.nodeCidrMaskIPv6) is 32 bits longer than the pod CIDR fd00:1::/48; ' +
            'kube-controller-manager allows 16 ("New CIDR set failed; the node CIDR size is too big").',
          related: [[config, 2, 27]],
        },
      ],
    },
    {
      name: "kube-controller-manager's default mask decides when none is declared",
      dir: `${dir}/fail-default`,
      others: [],
      errors: [
        {
          messageId: 'mask-shorter',
          line: 4,
          column: 14,
          endColumn: 27,
          message:
            "The node mask /24 (kube-controller-manager's default; no node mask is declared) is shorter " +
            'than the pod CIDR 10.244.0.0/26: kube-controller-manager cannot carve one node block from it.',
          related: [],
        },
      ],
    },
    {
      name: "kubelet's default maxPods (110) decides when cluster.maxPodsPerNode is not set",
      config: 'cluster:\n  podCidrs: [10.0.0.0/16]\n  nodeCidrMask: 26\n',
      files: {},
      others: [],
      errors: [
        {
          messageId: 'too-few-pods',
          file: '.edgenet.yaml',
          line: 3,
          column: 17,
          message:
            "A /26 (cluster.nodeCidrMask) node block holds 61 pod IPs, fewer than kubelet's default maxPods (110).",
          related: [['.edgenet.yaml', 2, 14, 'pod CIDR 10.0.0.0/16 (cluster.podCidrs)']],
        },
      ],
    },
    {
      name: 'without cluster.maxNodes, the Nodes in the repository are counted',
      config: 'cluster:\n  podCidrs: [10.0.0.0/23]\n  nodeCidrMask: 24\n',
      files: { 'nodes.yaml': nodes(3) },
      others: [],
      errors: [
        {
          messageId: 'too-few-blocks',
          file: '.edgenet.yaml',
          line: 2,
          column: 14,
          message:
            'Pod CIDR 10.0.0.0/23 holds 2 node blocks of /24 ' +
            '(cluster.nodeCidrMask), fewer than the 3 Nodes in the repository.',
          related: [['.edgenet.yaml', 3, 17]],
        },
      ],
    },
  ],
});
