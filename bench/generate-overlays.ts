/**
 * A Kustomize fleet for the rendering benchmark: shared bases (flannel, Raven, apps), two
 * components, and N cluster overlays (200 by default) that patch flannel's Network (by strategic
 * merge, or by JSON 6902 for every third), set a namePrefix or a namespace, add a component and a
 * generated ConfigMap. The same count gives the same bytes.
 *
 *   node --import tsx bench/generate-overlays.ts [--overlays 200] [--repeat 3]
 * renders every overlay with src/compose (serially, then pooled at one worker per CPU) with
 * kustomize and with `kubectl kustomize` when they are on PATH, beside the bare tool
 * (`kustomize build <overlay>`), and prints the times.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderKustomization } from '../src/compose/kustomize-build.js';
import { defaultConcurrency, mapPool } from '../src/compose/pool.js';
import { findTool, runTool, type Tool, toolEnv } from '../src/compose/run-tool.js';

export interface GeneratedFleet {
  dir: string;
  /** The overlay directories, in order. */
  overlays: string[];
  files: number;
}

export function generateOverlays(dir: string, count = 200): GeneratedFleet {
  rmSync(dir, { recursive: true, force: true });
  let files = 0;
  const write = (name: string, text: string) => {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    files++;
  };

  write('bases/network/kustomization.yaml', 'resources:\n  - namespace.yaml\n  - flannel.yaml\n');
  write('bases/network/namespace.yaml', 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: kube-flannel\n');
  write(
    'bases/network/flannel.yaml',
    [
      'apiVersion: v1',
      'kind: ServiceAccount',
      'metadata:',
      '  name: flannel',
      '  namespace: kube-flannel',
      '---',
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata:',
      '  name: kube-flannel-cfg',
      '  namespace: kube-flannel',
      'data:',
      '  net-conf.json: |',
      '    {"Network": "10.244.0.0/16", "Backend": {"Type": "vxlan"}}',
      '---',
      'apiVersion: apps/v1',
      'kind: DaemonSet',
      'metadata:',
      '  name: kube-flannel-ds',
      '  namespace: kube-flannel',
      'spec:',
      '  selector:',
      '    matchLabels: {app: flannel}',
      '  template:',
      '    metadata:',
      '      labels: {app: flannel}',
      '    spec:',
      '      hostNetwork: true',
      '      serviceAccountName: flannel',
      '      containers:',
      '        - name: kube-flannel',
      '          image: ghcr.io/flannel-io/flannel:v0.26.1',
      '          args: ["--ip-masq", "--kube-subnet-mgr"]',
      '      volumes:',
      '        - name: flannel-cfg',
      '          configMap: {name: kube-flannel-cfg}',
      '',
    ].join('\n'),
  );
  write('bases/raven/kustomization.yaml', 'resources:\n  - raven.yaml\n');
  write(
    'bases/raven/raven.yaml',
    [
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata:',
      '  name: raven-agent-config',
      '  namespace: kube-system',
      'data:',
      '  vpn-driver: libreswan',
      '  forward-node-ip: "true"',
      '---',
      'apiVersion: apps/v1',
      'kind: DaemonSet',
      'metadata:',
      '  name: raven-agent-ds',
      '  namespace: kube-system',
      'spec:',
      '  selector:',
      '    matchLabels: {app: raven-agent}',
      '  template:',
      '    metadata:',
      '      labels: {app: raven-agent}',
      '    spec:',
      '      hostNetwork: true',
      '      containers:',
      '        - name: raven-agent',
      '          image: openyurt/raven-agent:v0.4.1',
      '',
    ].join('\n'),
  );
  const apps: string[] = [];
  for (let a = 0; a < 4; a++) {
    apps.push(`app-${a}.yaml`);
    write(
      `bases/apps/app-${a}.yaml`,
      [
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata:',
        `  name: app-${a}`,
        'spec:',
        '  replicas: 2',
        '  selector:',
        `    matchLabels: {app: app-${a}}`,
        '  template:',
        '    metadata:',
        `      labels: {app: app-${a}}`,
        '    spec:',
        '      containers:',
        `        - name: app-${a}`,
        `          image: registry.example.com/app-${a}:1.0.${a}`,
        '          ports: [{containerPort: 8080}]',
        '---',
        'apiVersion: v1',
        'kind: Service',
        'metadata:',
        `  name: app-${a}`,
        'spec:',
        `  selector: {app: app-${a}}`,
        '  ports: [{port: 80, targetPort: 8080}]',
        '',
      ].join('\n'),
    );
  }
  write('bases/apps/kustomization.yaml', `resources:\n${apps.map((a) => `  - ${a}\n`).join('')}`);
  write(
    'components/edge-tunnel/kustomization.yaml',
    [
      'apiVersion: kustomize.config.k8s.io/v1alpha1',
      'kind: Component',
      'patches:',
      '  - target: {kind: DaemonSet, name: kube-flannel-ds}',
      '    patch: |-',
      '      - op: add',
      '        path: /spec/template/spec/tolerations',
      '        value: [{key: node-role.openyurt.io/edge, operator: Exists, effect: NoSchedule}]',
      '',
    ].join('\n'),
  );
  write(
    'components/monitoring/kustomization.yaml',
    'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\nresources:\n  - metrics.yaml\n',
  );
  write(
    'components/monitoring/metrics.yaml',
    'apiVersion: v1\nkind: Service\nmetadata:\n  name: flannel-metrics\n' +
      '  namespace: kube-flannel\nspec:\n  selector: {app: flannel}\n  ports: [{port: 9100}]\n',
  );

  const overlays: string[] = [];
  for (let i = 0; i < count; i++) {
    const name = `cluster-${String(i).padStart(3, '0')}`;
    const network = `10.${i % 250}.0.0/16`;
    const json6902 = i % 3 === 2;
    const lines = ['apiVersion: kustomize.config.k8s.io/v1beta1', 'kind: Kustomization'];
    if (i % 2 === 0) lines.push(`namePrefix: ${name}-`);
    else lines.push(`namespace: edge-${i}`);
    lines.push('resources:', '  - ../../bases/network', '  - ../../bases/raven', '  - ../../bases/apps');
    lines.push('components:', '  - ../../components/edge-tunnel');
    if (i % 4 === 0) lines.push('  - ../../components/monitoring');
    lines.push('patches:');
    if (json6902)
      lines.push('  - path: network-ops.yaml', '    target:', '      kind: ConfigMap', '      name: kube-flannel-cfg');
    else lines.push('  - path: network.yaml');
    lines.push('configMapGenerator:', '  - name: cluster-info', '    literals:', `      - cluster=${name}`, '');
    write(`clusters/${name}/kustomization.yaml`, lines.join('\n'));
    const netConf = `{"Network": "${network}", "Backend": {"Type": "vxlan"}}`;
    if (json6902)
      write(
        `clusters/${name}/network-ops.yaml`,
        `- op: replace\n  path: /data/net-conf.json\n  value: |\n    ${netConf}\n`,
      );
    else
      write(
        `clusters/${name}/network.yaml`,
        `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: kube-flannel-cfg\n` +
          `  namespace: kube-flannel\ndata:\n  net-conf.json: |\n    ${netConf}\n`,
      );
    overlays.push(path.join(dir, 'clusters', name));
  }
  return { dir, overlays, files };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/**
 * Per tool: each overlay rendered by src/compose and built by the bare tool, one after the other
 * (alternating which goes first), so that both see the same machine; then the whole fleet
 * through the pool. Medians over `repeat` rounds: a shared machine's load moves single runs.
 */
async function main(argv: string[]): Promise<void> {
  const option = (name: string, fallback: number) => {
    const i = argv.indexOf(name);
    return i >= 0 ? Number(argv[i + 1]) : fallback;
  };
  const count = option('--overlays', 200);
  const repeat = option('--repeat', 3);
  const work = mkdtempSync(path.join(tmpdir(), 'edgenet-overlays-'));
  try {
    const fleet = generateOverlays(path.join(work, 'repo'), count);
    const env = { PATH: process.env.PATH };
    const tools = [findTool('kustomize', env), findTool('kubectl kustomize', env)].filter(
      (t, i, all): t is Tool => t !== undefined && all.findIndex((u) => u?.name === t.name) === i,
    );
    console.log(
      `${fleet.overlays.length} overlays, ${fleet.files} files; ${cpus().length} CPUs, pool of ` +
        `${defaultConcurrency()} (availableParallelism ${availableParallelism()}); ${repeat} rounds, medians`,
    );
    console.log(
      '| tool | bare tool, ms per overlay | rendered, ms per overlay ' +
        '| rendered, whole fleet serial s | pooled s | objects |',
    );
    console.log('|---|---:|---:|---:|---:|---:|');
    const outputs: string[] = [];
    const home = path.join(work, 'home');
    mkdirSync(home, { recursive: true });
    for (const tool of tools) {
      const render = (dir: string) => renderKustomization(dir, { env, tool });
      const bareArgs = (dir: string) => (tool.prefix.length > 0 ? [dir] : ['build', dir]);
      await render(fleet.overlays[0]!); // warm the file cache and the binary
      const bareMs: number[] = [];
      const renderMs: number[] = [];
      const serialS: number[] = [];
      const pooledS: number[] = [];
      let objects = 0;
      for (let round = 0; round < repeat; round++) {
        let serial = 0;
        for (const [i, dir] of fleet.overlays.entries()) {
          const steps = [
            async () => {
              const start = performance.now();
              const bare = await runTool(tool, bareArgs(dir), { env: toolEnv(env, home) });
              if (!bare.ok) throw new Error(`${tool.name} ${dir}: ${bare.reason}`);
              bareMs.push(performance.now() - start);
            },
            async () => {
              const start = performance.now();
              const result = await render(dir);
              if (!result.ok) throw new Error(`${tool.name} ${dir}: ${result.reason}`);
              const ms = performance.now() - start;
              renderMs.push(ms);
              serial += ms / 1000;
            },
          ];
          if (i % 2 === 1) steps.reverse();
          for (const step of steps) await step();
        }
        serialS.push(serial);
        const start = performance.now();
        const pooled = await mapPool(fleet.overlays, render);
        pooledS.push((performance.now() - start) / 1000);
        objects = pooled.reduce((n, result) => n + (result.ok ? result.objects.length : 0), 0);
        outputs.push(JSON.stringify(pooled.map((result) => (result.ok ? result.objects : result.reason))));
      }
      console.log(
        `| ${tool.name} | ${median(bareMs).toFixed(1)} | ${median(renderMs).toFixed(1)} ` +
          `| ${median(serialS).toFixed(2)} | ${median(pooledS).toFixed(2)} | ${objects} |`,
      );
    }
    if (outputs.length > 1)
      console.log(
        outputs.every((o) => o === outputs[0]) ? 'every run, with every tool, gave the same bytes' : 'RUNS DIFFER',
      );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
