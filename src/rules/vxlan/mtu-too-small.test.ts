import { ruleTester } from '../../../test/rule-tester.js';

const dir = 'fixtures/rules/vxlan/mtu-too-small';

// TODO when the check is written: the fixtures' findings, each at its place, and an in-memory case
// (`files: { 'name.yaml': '...' }`) for every message id and for the default that decides.
ruleTester('vxlan/mtu-too-small', {
  valid: [{ name: 'the passing fixture', dir: `${dir}/pass`, others: [] }],
  invalid: [
    {
      name: 'the failing fixture',
      dir: `${dir}/fail`,
      others: [],
      errors: [
        {
          messageId: 'example',
          line: 8,
          column: 5,
          message: 'Node example-node carries the label edgenet.dev/example: replace this check (vxlan/mtu-too-small).',
        },
      ],
    },
  ],
});
