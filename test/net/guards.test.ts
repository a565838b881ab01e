/** Which groups guard which hosts, as `edgenet plan` shows it, and a guard the repository lacks. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cli, joined } from '../helpers.js';
import { ruleTester } from '../rule-tester.js';

const dir = 'fixtures/rules/vxlan/port-blocked';

const guardsOf = async (fixture: string) =>
  JSON.parse((await cli(['plan', `${dir}/${fixture}`, '--format', 'json'])).stdout).guards;

test('plan: the guards of the cloud nodes and of each site, with the facts that tie them', async () => {
  assert.deepEqual(await guardsOf('fail'), [
    // The bastion's group in the same VPC is not among them.
    {
      hosts: 'the cloud nodes',
      groups: [{ id: 'CloudNodes', why: ['the scaling group of node pool CloudPool'] }],
      missing: [],
    },
  ]);
  assert.deepEqual(await guardsOf('fail-edge-group'), [
    {
      hosts: 'the cloud nodes',
      groups: [{ id: 'CloudNodes', why: ['the SecurityGroupId of cluster Cluster'] }],
      missing: [],
    },
    {
      hosts: 'the hosts of site idc-hangzhou',
      groups: [{ id: 'IdcHosts', why: ['the securityGroups of site idc-hangzhou'] }],
      missing: [],
    },
  ]);
  assert.deepEqual(await guardsOf('fail-instance-node'), [
    {
      hosts: 'the cloud nodes',
      groups: [{ id: 'CloudNodes', why: ['instance CloudNode, which is Node cloud-node-1'] }],
      missing: [],
    },
  ]);
  const none = await cli(['plan', `${dir}/pass-unrelated-group`]);
  assert.match(
    none.stdout,
    joined(
      /\nguards: the cloud nodes: none known: nothing in the repository ties/,
      / a security group to them \(set cluster\.cloudSecurityGroups\)\n$/,
    ),
  );
});

ruleTester('input/skipped', {
  valid: [],
  invalid: [
    {
      name: 'a group named in cluster.cloudSecurityGroups that the repository does not hold: its rules are not checked',
      files: { 'nodes.yaml': 'apiVersion: v1\nkind: Node\nmetadata: {name: cloud-1}\n' },
      config:
        'cluster:\n  cloudSecurityGroups: [sg-bp1nowhere]\n  sites:\n' +
        '    - {name: idc-hangzhou, connection: express-connect, hostCidrs: [10.10.0.0/16]}\n',
      others: [],
      errors: [
        {
          messageId: 'skipped',
          file: '.edgenet.yaml',
          line: 2,
          column: 25,
          message:
            'Not analysed: security group sg-bp1nowhere guards the cloud nodes (named ' +
            'in cluster.cloudSecurityGroups) but is not in the repository, so its rules ' +
            'are not checked: add its template or a DescribeSecurityGroupAttribute export.',
        },
      ],
    },
  ],
});
