import { ruleTester } from '../../../test/rule-tester.js';

const dir = 'fixtures/rules/input/skipped';

ruleTester('input/skipped', {
  valid: [{ name: 'the passing fixture: the rendered chart', dir: `${dir}/pass`, others: [] }],
  invalid: [
    {
      name: 'the failing fixture: a Helm template, at the template syntax, as info',
      dir: `${dir}/fail`,
      others: [],
      errors: [
        {
          messageId: 'skipped',
          level: 'info',
          line: 4,
          column: 9,
          message:
            'Not analysed: Helm/Go template syntax ({{ ... }}) is not YAML: render it (helm template) and lint the output.',
        },
      ],
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
