import { ruleTester } from '../../../test/rule-tester.js';

const dir = 'fixtures/rules/vxlan/backend-not-vxlan';

const flannel = (backend: string) => `apiVersion: v1
kind: ConfigMap
metadata:
  name: kube-flannel-cfg
data:
  net-conf.json: |
    {"Network": "10.0.0.0/16", ${backend}}
`;

ruleTester('vxlan/backend-not-vxlan', {
  valid: [
    { name: 'the passing fixture', dir: `${dir}/pass`, others: [] },
    // flannel lower-cases the type before choosing a backend (pkg/backend/manager.go).
    { name: '"VXLAN" is vxlan', files: { 'flannel.yaml': flannel('"Backend": {"Type": "VXLAN"}') }, others: [] },
  ],
  invalid: [
    {
      name: 'the failing fixture: another backend, at Backend.Type inside net-conf.json',
      dir: `${dir}/fail`,
      others: [],
      errors: [
        {
          messageId: 'other',
          level: 'warning',
          line: 11,
          column: 17,
          endColumn: 26,
          message: 'flannel\'s Backend.Type is "host-gw", not "vxlan".',
        },
      ],
    },
    {
      name: 'no Backend at all means udp, whatever the docs say',
      dir: `${dir}/fail-default`,
      others: [],
      errors: [
        {
          messageId: 'missing',
          line: 7,
          column: 18,
          message: 'net-conf.json sets no Backend.Type: flannel then falls back to the udp backend, not vxlan.',
        },
      ],
    },
    {
      name: 'a Backend without a Type is udp too',
      files: { 'flannel.yaml': flannel('"Backend": {"Port": 8472}') },
      others: [],
      // At the Backend object, the nearest place that exists.
      errors: [{ messageId: 'missing', line: 7, column: 43 }],
    },
  ],
});
