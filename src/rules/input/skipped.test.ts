import { ruleTester } from '../../../test/rule-tester.js';

const dir = 'fixtures/rules/input/skipped';

ruleTester('input/skipped', {
  valid: [{ name: 'the passing fixture: a Parameter with a Default', dir: `${dir}/pass`, others: [] }],
  invalid: [
    {
      name: 'the failing fixture: a pod CIDR left to deployment time, at the Ref, as info',
      dir: `${dir}/fail`,
      others: [],
      errors: [
        {
          messageId: 'skipped',
          level: 'info',
          file: `${dir}/fail/cluster.yaml`,
          line: 12,
          column: 9,
          message:
            'Not analysed: ROS ContainerCidr Cluster is unknown: parameter PodCidr has no Default: the value is chosen at deployment.',
        },
      ],
    },
    {
      name: 'a Jinja template is named Jinja, not Helm, and not read',
      files: { 'roles/edge/templates/flannel.yaml': '{% if ha %}\nreplicas: 3\n{% endif %}\n' },
      others: [],
      errors: [{ messageId: 'skipped', level: 'info', line: 1, column: 1, message: /Jinja/ }],
    },
    {
      name: 'a ROS value left to deployment time is not guessed',
      files: {
        'cluster.yaml': `ROSTemplateFormatVersion: '2015-09-01'
Parameters:
  PodCidr: {Type: String}
Resources:
  Cluster:
    Type: ALIYUN::CS::ManagedEdgeKubernetesCluster
    Properties:
      ContainerCidr: {Ref: PodCidr}
      NodeCidrMask: 24
`,
      },
      others: [],
      errors: [{ messageId: 'skipped', level: 'info', line: 8, column: 22, message: /^Not analysed: / }],
    },
  ],
});
