import { ruleTester } from '../../../test/rule-tester.js';

const dir = 'fixtures/rules/cidr/node-podcidr-overlap';
const fail = `${dir}/fail/nodes.yaml`;

const nodes = (...blocks: [string, string][]) =>
  blocks
    .map(([name, cidr]) => `apiVersion: v1\nkind: Node\nmetadata:\n  name: ${name}\nspec:\n  podCIDR: ${cidr}\n`)
    .join('---\n');

ruleTester('cidr/node-podcidr-overlap', {
  valid: [
    { name: 'the passing fixture', dir: `${dir}/pass`, others: [] },
    { name: 'adjacent blocks', files: { 'nodes.yaml': nodes(['a', '10.0.0.0/24'], ['b', '10.0.1.0/24']) } },
    {
      name: 'the same Node declared twice (a kustomize base and its overlay) does not overlap itself',
      files: { 'nodes.yaml': nodes(['a', '10.244.1.0/24'], ['a', '10.244.1.0/24']) },
      others: [],
    },
  ],
  invalid: [
    {
      name: 'the failing fixture: at the node declared later, both families',
      dir: `${dir}/fail`,
      others: [],
      errors: [
        {
          messageId: 'overlap',
          line: 20,
          column: 14,
          endColumn: 29,
          message:
            'Node c podCIDR 10.244.1.128/25 lies inside the ' +
            `podCIDR 10.244.1.0/24 of node a declared at ${fail}:6.`,
          related: [[fail, 6, 12, 'Node a podCIDR 10.244.1.0/24']],
        },
        {
          messageId: 'overlap',
          line: 27,
          column: 29,
          endColumn: 42,
          message: `Node d podCIDR fd00:1::/64 equals the podCIDR fd00:1::/64 of node c declared at ${fail}:20.`,
          related: [[fail, 20, 31]],
        },
      ],
    },
    {
      name: 'three nodes whose blocks overlap are one finding, at the node declared last, the others related',
      files: {
        'nodes.yaml': nodes(['a', '10.0.0.0/16'], ['b', '10.0.1.0/24'], ['c', '10.0.2.0/24'], ['d', '10.1.0.0/24']),
      },
      errors: [
        {
          messageId: 'group',
          line: 20,
          column: 12,
          message:
            'Node c podCIDR 10.0.2.0/24 overlaps the podCIDR blocks ' +
            'of other nodes: 3 nodes hold overlapping blocks (a, b).',
          related: [
            ['nodes.yaml', 6, 12, 'Node a podCIDR 10.0.0.0/16'],
            ['nodes.yaml', 13, 12, 'Node b podCIDR 10.0.1.0/24'],
          ],
        },
      ],
    },
    {
      name: 'twelve nodes sharing one block: one finding, ten related places, the rest counted',
      files: {
        'nodes.yaml': nodes(...Array.from({ length: 12 }, (_, i): [string, string] => [`n${i}`, '10.9.0.0/24'])),
      },
      errors: [
        {
          messageId: 'group',
          line: 83,
          column: 12,
          message:
            'Node n11 podCIDR 10.9.0.0/24 overlaps the podCIDR blocks of other ' +
            'nodes: 12 nodes hold overlapping blocks (n0, n1, n2, n3, n4 and 6 more).',
          related: Array.from({ length: 10 }, (_, i): [string, number, number] => ['nodes.yaml', 6 + 7 * i, 12]),
        },
      ],
    },
    {
      name: 'the later node is reported even when its block starts lower',
      files: { 'nodes.yaml': nodes(['a', '10.0.1.0/24'], ['b', '10.0.0.0/16']) },
      errors: [
        {
          messageId: 'overlap',
          line: 13,
          column: 12,
          message: 'Node b podCIDR 10.0.0.0/16 contains the podCIDR 10.0.1.0/24 of node a declared at nodes.yaml:6.',
          related: [['nodes.yaml', 6, 12]],
        },
      ],
    },
  ],
});
