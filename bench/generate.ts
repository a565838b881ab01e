/**
 * A deterministic generator of realistic ACK Edge GitOps repositories: node pools (Express
 * Connect and public), Nodes with pod blocks, apps (Deployment + Service + ConfigMap, calling
 * each other by DNS name), a ROS stack (VPC, vSwitches, cluster, security groups), flannel and
 * Raven configuration. The same size gives the same bytes. Names end in plain numbers
 * (`node-7`) or, as in many real fleets, in zero-padded ones (`node-00007`, `pool-01`), which a
 * YAML 1.1 reader must not mistake for octal.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface Generated {
  dir: string;
  resources: number;
  files: number;
  bytes: number;
}

/** mulberry32: a small seeded PRNG, so every run writes the same repository. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type NamingStyle = 'plain' | 'zero-padded';

export function generateRepository(
  dir: string,
  resources: number,
  seed = 42,
  naming: NamingStyle = 'plain',
): Generated {
  rmSync(dir, { recursive: true, force: true });
  const n = (i: number, width: number) => (naming === 'plain' ? String(i) : String(i).padStart(width, '0'));
  const random = rng(seed);
  let files = 0;
  let bytes = 0;
  let count = 0;
  const write = (name: string, text: string, docs: number) => {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    files++;
    bytes += Buffer.byteLength(text);
    count += docs;
  };

  const poolCount = Math.max(3, Math.round(resources / 2000));
  const pools = Array.from({ length: poolCount }, (_, i) => ({ name: `pool-${n(i, 2)}`, express: i % 3 !== 2 }));
  write(
    'infra/nodepools.yaml',
    [
      'apiVersion: apps.openyurt.io/v1beta2\nkind: NodePool\nmetadata:\n  name: cloud\nspec:\n  type: Cloud\n',
      ...pools.map(
        (p) =>
          `apiVersion: apps.openyurt.io/v1beta2\nkind: NodePool\nmetadata:\n  name: ${p.name}\n` +
          `  annotations:\n    alibabacloud.com/interconnection-mode: ${p.express ? 'private' : 'normal'}\n` +
          `spec:\n  type: Edge\n`,
      ),
    ].join('---\n'),
    pools.length + 1,
  );
  const vSwitches = Array.from(
    { length: 8 },
    (_, i) =>
      `  VSwitch${i}:\n    Type: ALIYUN::ECS::VSwitch\n    Properties:\n      VpcId:\n        Ref: Vpc\n` +
      `      CidrBlock: 192.168.${i * 16}.0/20\n`,
  ).join('');
  write(
    'infra/ros/network.yaml',
    `ROSTemplateFormatVersion: '2015-09-01'
Parameters:
  VpcCidr:
    Type: String
    Default: 192.168.0.0/16
Resources:
  Vpc:
    Type: ALIYUN::ECS::VPC
    Properties:
      CidrBlock:
        Ref: VpcCidr
${vSwitches}  CloudNodes:
    Type: ALIYUN::ECS::SecurityGroup
    Properties:
      VpcId:
        Ref: Vpc
      SecurityGroupIngress:
        - IpProtocol: udp
          PortRange: 8472/8472
          SourceCidrIp: 10.128.0.0/9
          Priority: 1
        - IpProtocol: tcp
          PortRange: 22/22
          SourceCidrIp: 10.0.0.0/8
  Cluster:
    Type: ALIYUN::CS::ManagedEdgeKubernetesCluster
    Properties:
      VpcId:
        Ref: Vpc
      SecurityGroupId:
        Ref: CloudNodes
      ContainerCidr: 10.0.0.0/9
      ServiceCidr: 172.21.0.0/16
      NodeCidrMask: 24
`,
    1,
  );
  write(
    'kube-system/flannel.yaml',
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: kube-flannel-cfg\n  namespace: kube-system\ndata:\n' +
      '  net-conf.json: |\n    {\n      "Network": "10.0.0.0/9",\n      "Backend": {"Type": "vxlan"}\n    }\n',
    1,
  );
  write(
    'kube-system/raven.yaml',
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: raven-cfg\n' +
      '  namespace: kube-system\ndata:\n  enable-l7-proxy: "true"\n  enable-l3-tunnel: "false"\n',
    1,
  );

  // A tenth of the resources are Nodes, fifty to a file, each with its own /24.
  const nodes = Math.floor(resources / 10);
  for (let f = 0; f * 50 < nodes; f++) {
    const docs: string[] = [];
    for (let i = f * 50; i < Math.min(nodes, (f + 1) * 50); i++) {
      const pool = i % 7 === 0 ? 'cloud' : pools[i % pools.length]!.name;
      const edge = pool !== 'cloud';
      docs.push(
        `apiVersion: v1\nkind: Node\nmetadata:\n  name: node-${n(i, 5)}\n  labels:\n` +
          `    alibabacloud.com/is-edge-worker: "${edge}"\n    apps.openyurt.io/nodepool: ${pool}\n` +
          `spec:\n  podCIDR: 10.${Math.floor(i / 256)}.${i % 256}.0/24\n`,
      );
    }
    write(`nodes/nodes-${String(f).padStart(4, '0')}.yaml`, docs.join('---\n'), docs.length);
  }

  // The rest are apps of three resources, twenty to a namespace, each calling another of its
  // namespace. A team's apps share a pool; one app in fifty is placed elsewhere by mistake.
  let app = 0;
  while (count + 3 <= resources) {
    const ns = `team-${n(Math.floor(app / 20), 4)}`;
    const name = `svc-${n(app % 20, 2)}`;
    const callee = `svc-${n(Math.floor(random() * 20), 2)}`;
    const team = Math.floor(app / 20);
    const pool = (random() < 0.02 ? pools[Math.floor(random() * pools.length)]! : pools[team % pools.length]!).name;
    const text = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: ${ns}
  labels:
    app: ${name}
spec:
  replicas: ${1 + Math.floor(random() * 3)}
  selector:
    matchLabels:
      app: ${name}
  template:
    metadata:
      labels:
        app: ${name}
    spec:
      nodeSelector:
        apps.openyurt.io/nodepool: ${pool}
      containers:
        - name: main
          image: registry.example.com/${ns}/${name}:1.${app % 10}.0
          ports:
            - containerPort: 8080
          env:
            - name: UPSTREAM
              value: http://${callee}.${ns}.svc.cluster.local:8080
            - name: LOG_LEVEL
              value: info
          envFrom:
            - configMapRef:
                name: ${name}
          resources:
            requests:
              cpu: 100m
              memory: 128Mi
---
apiVersion: v1
kind: Service
metadata:
  name: ${name}
  namespace: ${ns}
spec:
  selector:
    app: ${name}
  ports:
    - port: 8080
      targetPort: 8080
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: ${name}
  namespace: ${ns}
data:
  settings.yaml: |
    timeout: 30s
    retries: 3
  peer: ${callee}.${ns}:8080
`;
    write(`apps/${ns}/${name}.yaml`, text, 3);
    app++;
  }
  return { dir, resources: count, files, bytes };
}
