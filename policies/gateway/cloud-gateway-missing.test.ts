import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../test/helpers.js';
import { ruleTester } from '../../test/rule-tester.js';

const dir = 'fixtures/rules/gateway/cloud-gateway-missing';
const fail = `${dir}/fail`;
const pools = readFileSync(path.join(ROOT, fail, 'pools.yaml'), 'utf8');

const site = 'sites:\n    - name: idc-shanghai\n      connection: express-connect\n      nodePools: [sh-pool]\n';

ruleTester('gateway/cloud-gateway-missing', {
  valid: [
    { name: 'the passing fixture: a Cloud NodePool labelling its nodes as gateways', dir: `${dir}/pass`, others: [] },
    {
      name: 'apiServerReachesEdge: false in the configuration silences the inference',
      dir: fail,
      configFile: 'test/data/api-server-no.yaml',
      others: [],
    },
    {
      name: 'nothing says the API server reaches the edge',
      files: { 'pools.yaml': pools },
      config: `cluster:\n  ${site}`,
      others: [],
    },
  ],
  invalid: [
    {
      name: 'the failing fixture: a webhook served from an Express Connect edge pool, no gateway (through wasm)',
      dir: fail,
      others: [],
      errors: [
        {
          // At the webhook's service name: the reference that makes the API server call the edge.
          messageId: 'call',
          file: `${fail}/webhook.yaml`,
          line: 9,
          column: 15,
          level: 'error',
          message:
            'The API server must reach pods on Express Connect pool sh-pool (ValidatingWebhookConfiguration ' +
            'policy-guard/guard.example.com calls Service guard-system/guard), but no cloud node carries ' +
            'the label node-role.alibabacloud.com/cloud-gateway.',
          related: [[`${fail}/pools.yaml`, 11, 9, 'Express Connect pool sh-pool']],
        },
      ],
    },
    {
      name: 'apiServerReachesEdge: true in the configuration says so',
      files: { 'pools.yaml': pools },
      config: `cluster:\n  apiServerReachesEdge: true\n  ${site}`,
      others: [],
      errors: [
        {
          messageId: 'config',
          file: '.edgenet.yaml',
          line: 2,
          column: 25,
          message:
            'The API server must reach pods on Express Connect pool sh-pool (cluster.apiServerReachesEdge ' +
            'is true), but no cloud node carries the label node-role.alibabacloud.com/cloud-gateway.',
          related: [['pools.yaml', 11, 9, 'Express Connect pool sh-pool']],
        },
      ],
    },
  ],
});
