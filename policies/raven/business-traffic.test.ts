import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../test/helpers.js';
import { ruleTester } from '../../test/rule-tester.js';

const dir = 'fixtures/rules/raven/business-traffic';
const fail = `${dir}/fail`;
const reach = (name: string) =>
  readFileSync(path.join(ROOT, 'fixtures/rules/reach/cross-domain-unreachable/fail', name), 'utf8');
const tunnel = (on: boolean) =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: raven-cfg, namespace: kube-system}\n` +
  `data:\n  enable-l3-tunnel: "${on}"\n`;

ruleTester('raven/business-traffic', {
  valid: [
    { name: 'the passing fixture', dir: `${dir}/pass`, others: [] },
    {
      name: 'a Gateway that proxies only the O&M ports',
      files: {
        'gw.yaml':
          'apiVersion: raven.openyurt.io/v1beta1\nkind: Gateway\n' +
          'metadata: {name: gw}\nspec:\n  proxyConfig:\n    Replicas: 1\n' +
          '    proxyHTTPPort: "10255, 9445"\n    proxyHTTPSPort: "10250,9100"\n',
      },
      others: [],
    },
  ],
  invalid: [
    {
      name:
        'the failing fixture: a Service spanning domains with the ' +
        'tunnel on, forward-node-ip, a business port on the Gateway',
      dir: fail,
      others: [],
      errors: [
        {
          messageId: 'service-spans',
          file: `${fail}/app.yaml`,
          line: 35,
          column: 9,
          endColumn: 16,
          message:
            'Service shop/catalog has pods in edge pool hz, the cloud VPC; with enable-l3-tunnel ' +
            '"true" kube-proxy sends its business traffic between them through the Raven tunnel.',
          related: [[`${fail}/raven.yaml`, 8, 21, 'the Raven L3 tunnel is switched on here']],
        },
        {
          messageId: 'forward-node-ip',
          file: `${fail}/raven.yaml`,
          line: 17,
          column: 20,
          endColumn: 26,
          related: [],
        },
        {
          messageId: 'gateway-ports',
          file: `${fail}/raven.yaml`,
          line: 27,
          column: 20,
          endColumn: 37,
          message: /^Gateway gw-cloud proxyHTTPPort lists 8080 beyond the O&M ports/,
        },
      ],
    },
    {
      name: 'with the tunnel on, calls across domains ride it (the same calls are unreachable with it off)',
      files: { 'pools.yaml': reach('pools.yaml'), 'shop.yaml': reach('shop.yaml'), 'raven.yaml': tunnel(true) },
      others: [],
      errors: [
        {
          messageId: 'call-crosses',
          file: 'shop.yaml',
          line: 48,
          column: 29,
          message:
            'Deployment shop/web calls Service shop/api across network domains (edge pool sh cannot reach ' +
            'pods in edge pool hz): with enable-l3-tunnel "true" that business traffic rides the Raven tunnel.',
          related: [
            ['shop.yaml', 22, 9, 'Service shop/api'],
            ['raven.yaml', 5, 21, 'the Raven L3 tunnel is switched on here'],
          ],
        },
        {
          messageId: 'call-crosses',
          file: 'shop.yaml',
          line: 56,
          column: 12,
          message:
            /^CronJob shop\/reporter calls Service shop\/api across network domains \(the cloud VPC cannot reach/,
        },
      ],
    },
  ],
});
