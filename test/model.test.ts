/** The model builder: every source of contract 6.1 lands in the model with a place that resolves. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clusterSettings } from '../src/config/cluster-settings.js';
import { parseConfig } from '../src/config/load-config.js';
import { Locator } from '../src/evaluate/locate.js';
import { buildModel } from '../src/model/build-model.js';
import type { CidrFact } from '../src/model/types.js';
import { parseText } from '../src/parse/parse-documents.js';
import { ROOT } from './helpers.js';

function build(files: Record<string, string>, configText = '') {
  const parsed = Object.entries(files).map(([name, text]) => parseText(name, text));
  const config = parseConfig('.edgenet.yaml', configText, ROOT);
  const locator = new Locator();
  for (const p of parsed) locator.add(p.file, p);
  if (config.source) locator.add('.edgenet.yaml', config.source);
  const { model, findings } = buildModel(parsed, clusterSettings(config, null));
  const where = (f: { ref: CidrFact['ref'] }) => {
    const at = locator.locate(f.ref);
    return `${at.file}:${at.line}:${at.column}-${at.endColumn}`;
  };
  return { model, findings, where };
}

test('kube-controller-manager and kube-apiserver flags, both spellings, placed at the value', () => {
  const { model, where } = build({
    'kcm.yaml': `apiVersion: v1
kind: Pod
metadata: {name: kube-controller-manager, namespace: kube-system}
spec:
  containers:
    - name: kcm
      image: registry.k8s.io/kube-controller-manager:v1.30.2
      command: [kube-controller-manager]
      args:
        - --cluster-cidr=10.0.0.0/16,fd00:1::/56
        - --node-cidr-mask-size-ipv4
        - "26"
        - --service-cluster-ip-range=172.21.0.0/20
`,
  });
  assert.deepEqual(
    model.podCidrs.map((c) => [c.cidr, c.declaredBy, where(c)]),
    [
      ['10.0.0.0/16', 'controller-manager', 'kcm.yaml:10:26-37'],
      ['fd00:1::/56', 'controller-manager', 'kcm.yaml:10:38-49'],
    ],
  );
  assert.deepEqual(
    model.serviceCidrs.map((c) => [c.cidr, where(c)]),
    [['172.21.0.0/20', 'kcm.yaml:13:38-51']],
  );
  assert.deepEqual(
    model.nodeCidrMasks.map((m) => [m.value, m.family, where(m)]),
    [['26', 4, 'kcm.yaml:12:11-15']],
  );
});

test('kubeadm v1beta4 extraArgs as a list, and ROS NodeCidrMask as a string or number', () => {
  const { model, where } = build({
    'kubeadm.yaml': `apiVersion: kubeadm.k8s.io/v1beta4
kind: ClusterConfiguration
networking:
  podSubnet: 10.244.0.0/16
  serviceSubnet: 10.96.0.0/12
controllerManager:
  extraArgs:
    - name: node-cidr-mask-size
      value: "25"
`,
    'ros.yaml': `ROSTemplateFormatVersion: '2015-09-01'
Resources:
  A:
    Type: ALIYUN::CS::ManagedKubernetesCluster
    Properties: {ContainerCidr: 10.244.0.0/16, NodeCidrMask: 26}
`,
  });
  assert.deepEqual(
    model.nodeCidrMasks.map((m) => [m.value, m.family, m.declaredBy, where(m)]),
    [
      ['25', 0, 'kubeadm', 'kubeadm.yaml:9:14-18'],
      [26, 4, 'template', 'ros.yaml:5:62-64'],
    ],
  );
  assert.deepEqual(
    model.podCidrs.map((c) => c.declaredBy),
    ['kubeadm', 'template'],
  );
});

test('template values: Ref to a Default, Fn::FindInMap with literal keys, and unknowns that are never guessed', () => {
  const { model, where } = build({
    'vpc.yaml': `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  Chosen: {Type: String}
Mappings:
  Net:
    VPC: {CIDR: 10.0.0.0/16}
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: !FindInMap [Net, VPC, CIDR]
  Sub:
    Type: AWS::EC2::Subnet
    Properties:
      CidrBlock: !Ref Chosen
  Sub2:
    Type: AWS::EC2::Subnet
    Properties:
      CidrBlock: !Select [0, !Cidr [10.0.0.0/16, 4, 8]]
`,
  });
  assert.deepEqual(
    model.vpcCidrs.map((c) => [c.cidr, where(c), c.via && where({ ref: c.via })]),
    [['10.0.0.0/16', 'vpc.yaml:6:17-28', 'vpc.yaml:11:18-45']],
  );
  assert.deepEqual(model.vswitchCidrs, []);
  assert.deepEqual(
    model.unknowns.map((u) => [u.what, u.reason, where(u)]),
    [
      ['subnet Sub', 'parameter Chosen has no Default: the value is chosen at deployment', 'vpc.yaml:15:18-29'],
      ['subnet Sub2', 'Fn::Select is evaluated at deployment', 'vpc.yaml:19:18-56'],
    ],
  );
});

test('objects inside a kubectl List keep exact paths', () => {
  const { model, where } = build({
    'list.yaml': `apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: Node
    metadata: {name: n1}
    spec: {podCIDR: 10.244.7.0/24}
`,
  });
  assert.deepEqual(
    model.nodes[0]!.podCidrs.map((c) => where(c)),
    ['list.yaml:7:21-34'],
  );
});

test('pools: connection from the annotation, a site, cluster.connection, or the default; domains follow', () => {
  const { model } = build(
    {
      'pools.yaml': `apiVersion: apps.openyurt.io/v1beta2
kind: NodePool
metadata: {name: a, annotations: {alibabacloud.com/interconnection-mode: private}}
spec: {type: Edge}
---
apiVersion: apps.openyurt.io/v1beta2
kind: NodePool
metadata: {name: b, annotations: {alibabacloud.com/interconnection-mode: normal}}
spec: {type: Edge}
---
apiVersion: apps.openyurt.io/v1beta2
kind: NodePool
metadata: {name: c}
spec: {type: Edge}
---
apiVersion: apps.openyurt.io/v1beta2
kind: NodePool
metadata: {name: cloud}
spec: {type: Cloud}
`,
      'node.yaml': `apiVersion: v1
kind: Node
metadata: {name: n, labels: {apps.openyurt.io/desired-nodepool: d}}
`,
    },
    'cluster:\n  connection: express-connect\n  sites:\n    - {name: s, connection: public, nodePools: [c]}\n',
  );
  assert.deepEqual(
    model.pools.map((p) => [p.name, p.cloud, p.connection, p.domain, p.connectionSource]),
    [
      ['a', false, 'express-connect', 'vpc', 'annotation alibabacloud.com/interconnection-mode: private'],
      ['b', false, 'public', 'pool:b', 'annotation alibabacloud.com/interconnection-mode: normal'],
      ['c', false, 'public', 'pool:c', 'site s in the configuration'],
      ['cloud', true, 'express-connect', 'vpc', 'cluster.connection in the configuration'],
      ['d', false, 'express-connect', 'vpc', 'cluster.connection in the configuration'],
    ],
  );
});

test('placement: nodeSelector and required nodeAffinity against pool labels', () => {
  const { model } = build({
    'pools.yaml': `apiVersion: apps.openyurt.io/v1beta2
kind: NodePool
metadata: {name: hz}
spec: {type: Edge, labels: {disk: ssd}}
---
apiVersion: apps.openyurt.io/v1beta2
kind: NodePool
metadata: {name: sh}
spec: {type: Edge}
---
apiVersion: apps.openyurt.io/v1beta2
kind: NodePool
metadata: {name: cloud}
spec: {type: Cloud}
`,
    'apps.yaml': `apiVersion: apps/v1
kind: Deployment
metadata: {name: pinned, namespace: a}
spec:
  template:
    spec:
      nodeSelector: {apps.openyurt.io/nodepool: hz}
      containers: [{name: c, image: x}]
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: edge-not-hz, namespace: a}
spec:
  template:
    spec:
      affinity:
        nodeAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            nodeSelectorTerms:
              - matchExpressions:
                  - {key: openyurt.io/is-edge-worker, operator: In, values: ["true"]}
                  - {key: disk, operator: DoesNotExist}
      containers: [{name: c, image: x}]
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: anywhere, namespace: a}
spec:
  template:
    spec:
      containers: [{name: c, image: x}]
`,
  });
  assert.deepEqual(
    model.workloads.map((w) => [w.name, w.pools]),
    [
      ['pinned', ['hz']],
      ['edge-not-hz', ['sh']],
      ['anywhere', ['cloud', 'hz', 'sh']],
    ],
  );
});
