import { ruleTester } from '../../../test/rule-tester.js';

const dir = 'fixtures/rules/input/parse-error';

ruleTester('input/parse-error', {
  valid: [{ name: 'the passing fixture', dir: `${dir}/pass`, others: [] }],
  invalid: [
    {
      name: 'the failing fixture: at the parser position, one message line',
      dir: `${dir}/fail`,
      others: [],
      errors: [
        {
          messageId: 'parse-error',
          line: 7,
          column: 3,
          message: 'Flow sequence in block collection must be sufficiently indented and end with a ]',
        },
      ],
    },
    {
      // kubectl refuses duplicate keys, so edgenet does too; the other document is still read.
      name: 'a duplicate key, and the run goes on with the other documents',
      files: {
        'nodes.yaml':
          'apiVersion: v1\nkind: Node\nmetadata:\n  name: a\n  name: b\n---\napiVersion: v1\n' +
          'kind: Node\nmetadata:\n  name: e\n  labels:\n    alibabacloud.com/is-edge-worker: "true"\n' +
          '    node-role.alibabacloud.com/cloud-gateway: ""\n',
      },
      others: [{ ruleId: 'gateway/cloud-gateway-on-edge-node', messageId: 'node-label', line: 13, column: 5 }],
      errors: [{ messageId: 'parse-error', line: 5, column: 3, message: 'Map keys must be unique' }],
    },
  ],
});
