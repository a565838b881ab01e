import { ruleTester } from '../../test/rule-tester.js';

const dir = 'fixtures/rules/reach/cross-domain-unreachable';
const fail = `${dir}/fail`;

const service = 'apiVersion: v1\nkind: Service\nmetadata: {name: api, namespace: shop}\nspec: {selector: {app: api}}\n';
const pools = 'apiVersion: apps.openyurt.io/v1beta2\nkind: NodePool\nmetadata: {name: hz}\nspec: {type: Edge}\n';
const api =
  'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: api, namespace: shop}\nspec:\n' +
  '  template:\n    metadata: {labels: {app: api}}\n    spec:\n' +
  '      nodeSelector: {apps.openyurt.io/nodepool: hz}\n      containers: [{name: a, image: x}]\n';
const ingress =
  'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: i, namespace: shop}\n' +
  'spec:\n  defaultBackend: {service: {name: api, port: {number: 80}}}\n';

ruleTester('reach/cross-domain-unreachable', {
  valid: [
    {
      name: "the passing fixture: a caller pinned to the Service's own pool (a YurtAppSet)",
      dir: `${dir}/pass`,
      others: [],
    },
  ],
  invalid: [
    {
      name: 'the failing fixture: env value, ConfigMap entry and Ingress backend, each at the name of the Service',
      dir: fail,
      others: [],
      errors: [
        {
          messageId: 'unreachable',
          file: `${fail}/ingress.yaml`,
          line: 15,
          column: 23,
          endColumn: 26,
          message: /^The ingress controller \(for Ingress shop\/shop\) calls Service shop\/api from the cloud VPC/,
          related: [[`${fail}/shop.yaml`, 22, 9, 'Service shop/api']],
        },
        {
          messageId: 'unreachable',
          file: `${fail}/shop.yaml`,
          line: 48,
          column: 29,
          endColumn: 55,
          message:
            'Deployment shop/web calls Service shop/api from edge pool sh, but its pods may run ' +
            'in edge pool hz: on the public network edge pool sh cannot reach pods in edge pool hz.',
          related: [
            [`${fail}/shop.yaml`, 22, 9, 'Service shop/api'],
            [`${fail}/shop.yaml`, 32, 9, 'the caller'],
          ],
        },
        {
          messageId: 'unreachable',
          file: `${fail}/shop.yaml`,
          line: 56,
          column: 12,
          endColumn: 20,
          message: /^CronJob shop\/reporter calls Service shop\/api from the cloud VPC/,
        },
      ],
    },
    {
      name: 'a Service declared twice (a kustomize base and its overlay) is judged, not a policy conflict',
      files: { 'all.yaml': [service, service, pools, api, ingress].join('---\n') },
      others: [],
      errors: [
        {
          // One finding at the backend, naming both declarations of the Service.
          messageId: 'unreachable',
          level: 'error',
          line: 30,
          column: 36,
          related: [
            ['all.yaml', 3, 18, 'Service shop/api'],
            ['all.yaml', 8, 18, 'Service shop/api'],
          ],
        },
      ],
    },
  ],
});
