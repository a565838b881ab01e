/**
 * Facts edgenet read wrongly (issue 14), one fixture each under fixtures/firewalls/truth-gaps
 * (its README says what each shows), through the real pipeline.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cli } from '../helpers.js';
import { ruleTester } from '../rule-tester.js';

const dir = 'fixtures/firewalls/truth-gaps';

ruleTester('reach/cross-domain-unreachable', {
  valid: [],
  invalid: [
    {
      name: 'a workload that asks for cloud nodes runs in the cloud VPC, though git declares no cloud NodePool',
      dir: `${dir}/cloud-workload-no-cloud-pool`,
      others: [],
      errors: [
        {
          messageId: 'unreachable',
          file: `${dir}/cloud-workload-no-cloud-pool/app.yaml`,
          line: 48,
          column: 29,
          endColumn: 55,
          message:
            'Deployment shop/reporter calls Service shop/api from the cloud VPC, but its pods may run ' +
            'in edge pool hz: on the public network the cloud VPC cannot reach pods in edge pool hz.',
          related: [
            [`${dir}/cloud-workload-no-cloud-pool/app.yaml`, 22, 9, 'Service shop/api'],
            [`${dir}/cloud-workload-no-cloud-pool/app.yaml`, 32, 9, 'the caller'],
          ],
        },
      ],
    },
    {
      name:
        "a Service called by its short name in the caller's namespace: " +
        'host:port and a URL host, not a word in a sentence nor another namespace',
      dir: `${dir}/short-service-name`,
      others: [],
      errors: [
        {
          messageId: 'unreachable',
          file: `${dir}/short-service-name/app.yaml`,
          line: 49,
          column: 22,
          endColumn: 25,
          message:
            'Deployment shop/web calls Service shop/api from edge pool sh, but its pods may run ' +
            'in edge pool hz: on the public network edge pool sh cannot reach pods in edge pool hz.',
        },
        {
          messageId: 'unreachable',
          file: `${dir}/short-service-name/app.yaml`,
          line: 64,
          column: 19,
          endColumn: 22,
        },
      ],
    },
  ],
});

ruleTester('gateway/controller-too-old', {
  valid: [],
  invalid: [
    {
      name: 'an image pinned repo:tag@sha256:... still gives the version, at the tag',
      dir: `${dir}/controller-image-digest`,
      others: [],
      errors: [
        {
          messageId: 'too-old',
          file: `${dir}/controller-image-digest/edge-controller-manager.yaml`,
          line: 16,
          column: 80,
          endColumn: 101,
          message:
            /^edge-controller-manager v1\.22\.15-aliyunedge\.1 \(image .*@sha256:3f0b6c1e.*\) is older than 2\.1/,
          related: [[`${dir}/controller-image-digest/nodes.yaml`, 7, 5, 'the cloud-gateway label is used here']],
        },
      ],
    },
  ],
});

ruleTester('vxlan/port-blocked', {
  valid: [],
  invalid: [
    {
      name: 'Backend.Type "VXLAN" is vxlan (flannel lower-cases it), and its Port is the port checked',
      dir: `${dir}/backend-type-case`,
      others: [],
      errors: [
        {
          messageId: 'blocked',
          file: `${dir}/backend-type-case/groups.yaml`,
          line: 3,
          column: 3,
          message:
            /^UDP 4789 \(flannel VXLAN\) from edge site idc-hangzhou 10\.10\.0\.0\/16 to the cloud nodes is blocked/,
        },
      ],
    },
  ],
});

test('the graph draws the VXLAN link with the port of Backend.Type "VXLAN", blocked', async () => {
  const { stdout } = await cli(['graph', `${dir}/backend-type-case`]);
  assert.match(stdout, /cloud <-->\|"Express Connect · VXLAN UDP 4789 blocked"\| site_idc_hangzhou/);
});
