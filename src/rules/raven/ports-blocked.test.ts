import { readFileSync } from 'node:fs';
import path from 'node:path';
import { joined, ROOT } from '../../../test/helpers.js';
import { ruleTester } from '../../../test/rule-tester.js';

const dir = 'fixtures/rules/raven/ports-blocked';
const fail = `${dir}/fail`;
const read = (name: string) => readFileSync(path.join(ROOT, fail, name), 'utf8');

/** The failing fixture's groups and site, with Raven switched as given. */
const withRaven = (raven: string | undefined) => ({
  files: { 'edge-groups.yaml': read('edge-groups.yaml'), ...(raven ? { 'raven.yaml': raven } : {}) },
  config: read('.edgenet.yaml'),
});
const ravenCfg = (l7: boolean, l3: boolean) =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: raven-cfg, namespace: kube-system}\n` +
  `data:\n  enable-l7-proxy: "${l7}"\n  enable-l3-tunnel: "${l3}"\n`;

ruleTester('raven/ports-blocked', {
  valid: [
    { name: 'the passing fixture', dir: `${dir}/pass`, others: [] },
    {
      name: 'Raven switched off in raven-cfg (both modes false): nothing to check',
      ...withRaven(ravenCfg(false, false)),
      others: [],
    },
  ],
  invalid: [
    {
      name: 'the failing fixture: proxy ports dropped, tunnel and O&M ports denied by an enterprise group',
      dir: fail,
      others: [],
      errors: [
        {
          messageId: 'blocked',
          file: `${fail}/edge-groups.yaml`,
          line: 3,
          column: 3,
          level: 'warning',
          message: joined(
            /^TCP 9100, 9445, 10255 \(kubelet and metrics through Raven\) to the hosts of edge/,
            / site store-42 from 192\.168\.10\.0\/24 is blocked by the default of group EdgeHosts/,
          ),
          related: [[`${fail}/.edgenet.yaml`, 5, 19, '192.168.10.0/24 declared here']],
        },
        {
          messageId: 'blocked',
          file: `${fail}/edge-groups.yaml`,
          line: 3,
          column: 3,
          message: joined(
            /^UDP 4500 \(Raven tunnel\) from edge site store-42 to the/,
            / cloud gateway on the Internet \(0\.0\.0\.0\/0\) is blocked/,
          ),
          related: [],
        },
        {
          messageId: 'blocked',
          file: `${fail}/edge-groups.yaml`,
          line: 16,
          column: 11,
          level: 'warning',
          message: joined(
            /^TCP 10280-10284 \(Raven proxy\) .* blocked by drop rule/,
            / \(tcp ports 10280-10284, priority 1\) of group EdgeHosts/,
          ),
          related: [
            [
              `${fail}/edge-groups.yaml`,
              12,
              11,
              'shadowed: accept rule (tcp ports 1-65535, priority 2) of group EdgeHosts',
            ],
          ],
        },
      ],
    },
    {
      name: 'the L7 proxy alone: UDP 4500 is not needed without the L3 tunnel',
      ...withRaven(ravenCfg(true, false)),
      others: [],
      errors: [
        { messageId: 'blocked', file: 'edge-groups.yaml', line: 3, column: 3, message: /^TCP 9100, 9445, 10255 / },
        { messageId: 'blocked', file: 'edge-groups.yaml', line: 16, column: 11, message: /^TCP 10280-10284 / },
      ],
    },
    {
      // "By default, the raven-agent-ds component is automatically installed in ACK Edge clusters
      // and the proxy mode is enabled" (ACK Edge, Work with Raven).
      name: 'no raven-cfg in git: ACK installs Raven with its proxy on, so the proxy and O&M ports are checked',
      ...withRaven(undefined),
      others: [],
      errors: [
        { messageId: 'blocked', file: 'edge-groups.yaml', line: 3, column: 3, message: /^TCP 9100, 9445, 10255 / },
        { messageId: 'blocked', file: 'edge-groups.yaml', line: 16, column: 11, message: /^TCP 10280-10284 / },
      ],
    },
  ],
});
