import { ruleTester } from '../../../test/rule-tester.js';

const dir = 'fixtures/rules/input/unused-suppression';

ruleTester('input/unused-suppression', {
  valid: [
    { name: 'the passing fixture: the waiver is used', dir: `${dir}/pass`, others: [] },
    {
      // It may be needed when the rule is back (the same through --rule: test/waivers.test.ts).
      name: 'a waiver for a rule switched off is not called unused',
      dir: `${dir}/fail`,
      config: 'rules:\n  gateway/cloud-gateway-on-edge-node: "off"\n',
      others: [],
    },
  ],
  invalid: [
    {
      name: 'the failing fixture: a waiver on a line with nothing to waive',
      dir: `${dir}/fail`,
      others: [],
      errors: [
        {
          messageId: 'unused',
          line: 7,
          column: 50,
          message: 'The waiver for gateway/cloud-gateway-on-edge-node matches no finding.',
        },
      ],
    },
  ],
});
