import { ruleTester } from '../../../test/rule-tester.js';

const dir = 'fixtures/rules/vxlan/mtu-too-small';

const site = (mtu: number, connection = 'express-connect') => `cluster:
  sites:
    - name: idc-hangzhou
      connection: ${connection}
      mtu: ${mtu}
`;

const flannel = (mtu: number) => `apiVersion: v1
kind: ConfigMap
metadata:
  name: kube-flannel-cfg
data:
  net-conf.json: |
    {"Network": "10.0.0.0/16", "Backend": {"Type": "vxlan", "MTU": ${mtu}}}
`;

ruleTester('vxlan/mtu-too-small', {
  valid: [
    { name: 'the passing fixture: a 1500-byte link', dir: `${dir}/pass`, others: [] },
    { name: "Backend.MTU set to the site's MTU", config: site(1400), files: { 'flannel.yaml': flannel(1400) } },
    { name: 'a public site carries no VXLAN to the cloud', config: site(1400, 'public'), files: {}, others: [] },
    {
      name: 'no MTU declared: nothing to compare',
      config: 'cluster:\n  sites: [{name: a, connection: express-connect}]\n',
      files: {},
    },
  ],
  invalid: [
    {
      name: "the failing fixture: Backend.MTU unset, the interface's 1500 bytes decide",
      dir: `${dir}/fail`,
      others: [],
      errors: [
        {
          messageId: 'interface',
          file: `${dir}/fail/.edgenet.yaml`,
          line: 8,
          column: 12,
          endColumn: 16,
          message:
            "Edge site idc-hangzhou carries packets of at most 1400 bytes, but flannel sends VXLAN packets as large as the node's interface MTU (1500 on Ethernet; Backend.MTU is not set): pods send 1450-byte packets and VXLAN adds 50, so full-size packets are fragmented or dropped on the link.",
          related: [],
        },
      ],
    },
    {
      name: 'a Backend.MTU larger than the link',
      config: site(1400),
      files: { 'flannel.yaml': flannel(1450) },
      others: [],
      errors: [
        {
          messageId: 'backend',
          file: '.edgenet.yaml',
          line: 5,
          column: 12,
          message:
            "Edge site idc-hangzhou carries packets of at most 1400 bytes, but flannel's Backend.MTU is 1450: pods send 1400-byte packets and VXLAN adds 50, so full-size packets are fragmented or dropped on the link.",
          related: [['flannel.yaml', 7, 68, 'flannel Backend.MTU: 1450']],
        },
      ],
    },
  ],
});
