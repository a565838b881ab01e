import { joined } from '../../test/helpers.js';
import { ruleTester } from '../../test/rule-tester.js';

const dir = 'fixtures/rules/gateway/controller-too-old';
const fail = `${dir}/fail`;

const label =
  'apiVersion: v1\nkind: Node\nmetadata:\n  name: cloud-1\n' +
  '  labels:\n    node-role.alibabacloud.com/cloud-gateway: ""\n';
const version = (v: string) => `cluster:\n  edgeControllerManagerVersion: "${v}"\n`;

ruleTester('gateway/controller-too-old', {
  valid: [
    { name: 'the passing fixture', dir: `${dir}/pass`, others: [] },
    { name: '2.1 is new enough', files: { 'nodes.yaml': label }, config: version('v2.1.0'), others: [] },
    { name: 'a major version above 2', files: { 'nodes.yaml': label }, config: version('3.0'), others: [] },
    { name: 'an old controller without the cloud-gateway label', files: {}, config: version('1.0'), others: [] },
  ],
  invalid: [
    {
      name: 'the failing fixture: at the image tag, the label in related; a legacy tag counts as 1.x',
      dir: fail,
      others: [],
      errors: [
        {
          messageId: 'too-old',
          file: `${fail}/edge-controller-manager.yaml`,
          line: 15,
          column: 80,
          endColumn: 101,
          message: joined(
            /^edge-controller-manager v1\.22\.15-aliyunedge\.1 \(image .*\)/,
            / is older than 2\.1, which the cloud-gateway label needs\.$/,
          ),
          related: [[`${fail}/nodes.yaml`, 7, 5, 'the cloud-gateway label is used here']],
        },
      ],
    },
    {
      name: 'the configured version is checked too (as --config names the file)',
      dir: `${dir}/pass`,
      configFile: 'test/data/ecm-2.0.yaml',
      others: [],
      errors: [{ messageId: 'too-old', file: 'test/data/ecm-2.0.yaml', line: 2, column: 33 }],
    },
  ],
});
