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
            'Not analysed: ROS ContainerCidr Cluster is unknown: parameter ' +
            'PodCidr has no Default: the value is chosen at deployment.',
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
    ...(
      [
        ['${POD_CIDR}', 'the variable ${POD_CIDR}'],
        ['{{NETWORK}}', 'the placeholder {{NETWORK}}'],
        ['__POD_CIDR__', 'the placeholder __POD_CIDR__'],
        ['<%= pod_cidr %>', 'the placeholder <%= pod_cidr %>'],
      ] as const
    ).map(([value, words]) => ({
      name: `a pod CIDR written as ${value} is filled in before deployment: not read as a CIDR`,
      files: {
        'kube-flannel.yml': `apiVersion: v1
kind: ConfigMap
metadata:
  name: kube-flannel-cfg
  namespace: kube-flannel
data:
  net-conf.json: |
    {
      "Network": "${value}",
      "Backend": { "Type": "vxlan" }
    }
`,
      },
      others: [],
      errors: [
        {
          messageId: 'skipped',
          level: 'info' as const,
          line: 9,
          column: 18,
          endColumn: 20 + value.length,
          message:
            `Not analysed: flannel net-conf.json Network is unknown: "${value}" holds ` +
            `${words}, filled in at deployment, and no value for it is in the repository.`,
        },
      ],
    })),
  ],
});
