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
          message: `Node c podCIDR 10.244.1.128/25 lies inside the podCIDR 10.244.1.0/24 of node a declared at ${fail}:6.`,
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
