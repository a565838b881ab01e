import { ruleTester } from '../../test/rule-tester.js';

const dir = 'fixtures/rules/gateway/cloud-gateway-on-edge-node';
const nodes = `${dir}/fail/nodes.yaml`;

ruleTester('gateway/cloud-gateway-on-edge-node', {
  valid: [{ name: 'the passing fixture: the label on a cloud node', dir: `${dir}/pass`, others: [] }],
  invalid: [
    {
      name: 'the failing fixture: at the label, with what makes the node an edge node',
      dir: `${dir}/fail`,
      others: [],
      errors: [
        {
          messageId: 'node-label',
          line: 10,
          column: 9,
          endColumn: 49,
          message:
            'Node edge-a is on the edge (openyurt.io/is-edge-worker=true) but carries the ' +
            'label node-role.alibabacloud.com/cloud-gateway, which only works on a cloud node.',
          related: [[nodes, 9, 9, 'this makes it an edge node']],
        },
        {
          // edge-b has no edge-worker label: its Edge NodePool decides, and the message says so.
          messageId: 'node-pool',
          line: 17,
          column: 9,
          endColumn: 49,
          message: /^Node edge-b is on the edge \(in Edge pool bj-pool\)/,
          related: [[nodes, 14, 13, 'this makes it an edge node']],
        },
      ],
    },
    {
      name: "an Edge NodePool's spec.labels put the label on every node of the pool",
      files: {
        'pool.yaml':
          'apiVersion: apps.openyurt.io/v1beta2\nkind: NodePool\nmetadata:\n  name: hz\n' +
          'spec:\n  type: Edge\n  labels:\n    node-role.alibabacloud.com/cloud-gateway: ""\n',
      },
      others: [],
      errors: [
        {
          messageId: 'pool',
          line: 8,
          column: 5,
          message:
            "Every node of NodePool hz is on the edge (the pool's type is Edge) but carries the " +
            'label node-role.alibabacloud.com/cloud-gateway, which only works on a cloud node.',
          related: [['pool.yaml', 4, 9, 'the Edge NodePool']],
        },
      ],
    },
  ],
});
