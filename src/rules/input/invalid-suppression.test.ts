import { ruleTester } from '../../../test/rule-tester.js';

const dir = 'fixtures/rules/input/invalid-suppression';
const fail = `${dir}/fail`;

ruleTester('input/invalid-suppression', {
  valid: [
    {
      name: 'the passing fixture: a config entry with paths and a future expiry, an inline comment, an annotation',
      dir: `${dir}/pass`,
      // Every finding is waived.
      others: [],
    },
  ],
  invalid: [
    {
      name: 'the failing fixture: no reason, expired, unknown rule; each suppresses nothing',
      dir: fail,
      others: [
        {
          ruleId: 'cidr/not-private',
          messageId: 'alibaba-services',
          file: `${fail}/.edgenet.yaml`,
          line: 2,
          column: 14,
        },
        {
          ruleId: 'gateway/cloud-gateway-on-edge-node',
          messageId: 'node-label',
          file: `${fail}/nodes.yaml`,
          line: 10,
          column: 5,
        },
      ],
      errors: [
        {
          messageId: 'no-reason',
          file: `${fail}/.edgenet.yaml`,
          line: 4,
          column: 5,
          message: 'The waiver for cidr/not-private gives no reason ("-- why" after the rule); it suppresses nothing.',
        },
        {
          messageId: 'expired',
          file: `${fail}/.edgenet.yaml`,
          line: 8,
          column: 14,
          message: 'The waiver for cidr/not-private expired on 2020-06-30; it suppresses nothing.',
        },
        {
          messageId: 'unknown-rule',
          file: `${fail}/nodes.yaml`,
          line: 6,
          column: 25,
          message: /names "gateway\/no-such-rule", which is not a rule/,
        },
        {
          messageId: 'no-reason',
          file: `${fail}/nodes.yaml`,
          line: 9,
          column: 5,
          message:
            'The waiver for gateway/cloud-gateway-on-edge-node gives ' +
            'no reason ("-- why" after the rule); it suppresses nothing.',
        },
      ],
    },
    {
      name: 'an annotation that is not a string',
      files: {
        'node.yaml':
          'apiVersion: v1\nkind: Node\nmetadata:\n  name: edge-a\n  annotations:\n    edgenet.dev/ignore: 42\n',
      },
      others: [
        {
          ruleId: 'input/invalid-resource',
          messageId: 'invalid',
          line: 6,
          column: 25,
          message:
            'Node edge-a: the value of annotation edgenet.dev/ignore is read as the ' +
            'number 42 (YAML 1.1, as Kubernetes reads it), not a string: quote it.',
        },
      ],
      errors: [
        {
          messageId: 'not-a-string',
          line: 6,
          column: 25,
          message: 'The edgenet.dev/ignore annotation must be a string "rule: reason"; it suppresses nothing.',
        },
      ],
    },
  ],
});
