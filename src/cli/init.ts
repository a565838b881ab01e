/**
 * `edgenet init [DIR]`: writes DIR/.edgenet.yaml from what the repository holds. Facts found in
 * the files are named in comments (they need no repeating); the facts edgenet needs and could not
 * find are listed, with a commented line to fill in. Edge pools become sites to complete.
 */
import { existsSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../core/errors.js';
import { CONFIG_NAME, loadConfig, parseConfig } from '../config/load-config.js';
import { lint } from '../lint.js';
import type { SourceRef } from '../core/finding.js';
import type { CidrFact, NetworkModel } from '../model/types.js';
import { EXIT, type Io } from './io.js';

export async function runInit(args: { dir: string; force: boolean }, io: Io): Promise<number> {
  const dir = path.resolve(io.cwd, args.dir);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`not a directory: ${args.dir}`);
  const file = path.join(dir, CONFIG_NAME);
  if (existsSync(file) && !args.force)
    throw new UsageError(`${path.relative(io.cwd, file) || CONFIG_NAME} exists; --force overwrites it`);
  const result = await lint({
    paths: ['.'],
    cwd: dir,
    config: loadConfig(undefined, dir),
    env: io.env,
    describesFacts: true,
  });
  const split = result.clusters.length > 1;
  const text = split
    ? initialFleetConfig(
        result.clusters.map((c) => ({ name: c.scope.name!, reasons: c.scope.reasons, model: c.model })),
        result.describe,
      )
    : initialConfig(result.clusters[0]!.model, result.describe);
  parseConfig(CONFIG_NAME, text, dir); // what init writes must be a valid configuration
  writeFileSync(file, text);
  const missing = text.split('\n').filter((l) => l.includes('NOT FOUND in the repository')).length;
  io.stdout(
    `wrote ${path.relative(io.cwd, file) || CONFIG_NAME}: ${missing} ${missing === 1 ? 'fact' : 'facts'} ` +
      'not found in the repository, marked NOT FOUND\n',
  );
  return EXIT.ok;
}

/** Where a fact was read, as `file:line` (a rendered value at the file that wrote it). */
type Describe = (ref: SourceRef) => string;

export function initialConfig(model: NetworkModel, describe: Describe): string {
  return [...HEADER, 'cluster:', ...clusterFacts(model, '  ', describe), ''].join('\n');
}

/** Several clusters: one `clusters:` entry each, named as found, to complete cluster by cluster. */
export function initialFleetConfig(
  clusters: readonly { name: string; reasons: string[]; model: NetworkModel }[],
  describe: Describe,
): string {
  const out = [
    ...HEADER,
    `# The repository describes ${clusters.length} clusters (\`edgenet clusters\` shows their files); each entry`,
    '# below completes the cluster found under its name. Keys under a `cluster:` block would be defaults for all.',
    'clusters:',
  ];
  for (const c of clusters) {
    out.push(`  - name: ${yamlString(c.name)}`);
    for (const reason of c.reasons) out.push(`    # formed by: ${reason}`);
    for (const line of clusterFacts(c.model, '    ', describe)) out.push(line);
  }
  return `${out.join('\n')}\n`;
}

const SCHEMA_URL = 'https://raw.githubusercontent.com/edgenet-dev/edgenet/main/schema/edgenet.schema.json';

const HEADER = [
  '# edgenet configuration, written by `edgenet init` from what this repository holds.',
  '# Facts found in the repository are named in comments: they need no repeating here.',
  '# Facts marked NOT FOUND could not be read from the repository: fill them in, or leave them out.',
  `# yaml-language-server: $schema=${SCHEMA_URL}`,
];

/** A plain scalar where YAML reads it back as the same string, else a quoted one. */
const yamlString = (s: string) =>
  /^[A-Za-z0-9][\w./#@-]*$/.test(s) && !/^(true|false|null|yes|no|on|off|~)$/i.test(s) ? s : JSON.stringify(s);

/** The facts of one cluster, as keys (and comments) at `indent`. */
function clusterFacts(model: NetworkModel, indent: string, describe: Describe): string[] {
  const out: string[] = [];
  const where = (facts: CidrFact[]) => [...new Set(facts.map((f) => `${f.cidr} (${describe(f.ref)})`))].join(', ');
  const line = (text: string) => out.push(`${indent}${text}`);
  const fact = (found: CidrFact[], what: string, key: string, example: string) => {
    if (found.length) return line(`# ${what}: found ${where(found)}`);
    line(`# ${what}: NOT FOUND in the repository`);
    line(`# ${key}: [${example}]`);
  };
  fact(model.vpcCidrs, 'VPC CIDR', 'vpcCidrs', '192.168.0.0/16');
  fact(model.podCidrs, 'pod CIDR', 'podCidrs', '10.0.0.0/16');
  fact(model.serviceCidrs, 'Service CIDR', 'serviceCidrs', '172.21.0.0/20');
  if (model.nodeCidrMasks.length)
    line(`# node mask: found ${model.nodeCidrMasks.map((m) => `/${m.value} (${describe(m.ref)})`).join(', ')}`);
  else {
    line('# node mask: NOT FOUND in the repository (kube-controller-manager defaults to 24)');
    line('# nodeCidrMask: 24');
  }
  if (model.controllerVersions.length)
    line(
      `# edge-controller-manager: found ${model.controllerVersions
        .map((v) => `${v.value} (${describe(v.ref)})`)
        .join(', ')}`,
    );
  else {
    line('# edge-controller-manager version: NOT FOUND in the repository (ACK does not show it; see the cluster)');
    line('# edgeControllerManagerVersion: "2.1.3"');
  }
  if (model.securityGroups.length) {
    const ids = model.securityGroups.map((g) => g.id);
    line(`# security groups found: ${ids.join(', ')}; name the ones on the cloud nodes:`);
    line(`# cloudSecurityGroups: [${ids[0]}]`);
  } else line('# security groups: NOT FOUND in the repository; the VXLAN port check needs them');
  line('# apiServerReachesEdge: true   # default: inferred from APIServices and admission webhooks');
  const edgePools = model.pools.filter((p) => !p.cloud);
  if (edgePools.length === 0) {
    line('# edge pools: NOT FOUND in the repository (NodePool objects or Node labels); describe each data centre:');
    for (const l of [
      '# sites:',
      '#   - name: idc-1',
      '#     connection: express-connect',
      '#     nodePools: [idc-1-pool]',
    ])
      line(l);
    line('#     hostCidrs: [10.10.0.0/16]');
    return out;
  }
  line('# One site per edge pool found; put pools of one data centre together, and give each its host network.');
  line('sites:');
  for (const pool of edgePools) {
    line(`  - name: ${yamlString(pool.name)}`);
    line(`    connection: ${pool.connection}   # from ${pool.connectionSource}`);
    line(`    nodePools: [${yamlString(pool.name)}]`);
    line('    # hostCidrs: NOT FOUND in the repository: the data centre host network, e.g. [10.10.0.0/16]');
  }
  return out;
}
