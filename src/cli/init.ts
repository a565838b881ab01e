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
import type { CidrFact, NetworkModel } from '../model/types.js';
import { EXIT, type Io } from './io.js';

export async function runInit(args: { dir: string; force: boolean }, io: Io): Promise<number> {
  const dir = path.resolve(io.cwd, args.dir);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`not a directory: ${args.dir}`);
  const file = path.join(dir, CONFIG_NAME);
  if (existsSync(file) && !args.force)
    throw new UsageError(`${path.relative(io.cwd, file) || CONFIG_NAME} exists; --force overwrites it`);
  const result = await lint({ paths: ['.'], cwd: dir, config: loadConfig(undefined, dir), env: io.env });
  const text = initialConfig(result.clusters[0]!.model);
  parseConfig(CONFIG_NAME, text, dir); // what init writes must be a valid configuration
  writeFileSync(file, text);
  const missing = text.split('\n').filter((l) => l.includes('NOT FOUND in the repository')).length;
  io.stdout(
    `wrote ${path.relative(io.cwd, file) || CONFIG_NAME}: ${missing} ${missing === 1 ? 'fact' : 'facts'} not found in the repository, marked NOT FOUND\n`,
  );
  return EXIT.ok;
}

const where = (facts: CidrFact[]) => [...new Set(facts.map((f) => `${f.cidr} (${f.ref.file})`))].join(', ');

export function initialConfig(model: NetworkModel): string {
  const out = [
    '# edgenet configuration, written by `edgenet init` from what this repository holds.',
    '# Facts found in the repository are named in comments: they need no repeating here.',
    '# Facts marked NOT FOUND could not be read from the repository: fill them in, or leave them out.',
    '# yaml-language-server: $schema=https://raw.githubusercontent.com/edgenet-dev/edgenet/main/schema/edgenet.schema.json',
    'cluster:',
  ];
  const fact = (found: CidrFact[], what: string, key: string, example: string) => {
    if (found.length) out.push(`  # ${what}: found ${where(found)}`);
    else out.push(`  # ${what}: NOT FOUND in the repository`, `  # ${key}: [${example}]`);
  };
  fact(model.vpcCidrs, 'VPC CIDR', 'vpcCidrs', '192.168.0.0/16');
  fact(model.podCidrs, 'pod CIDR', 'podCidrs', '10.0.0.0/16');
  fact(model.serviceCidrs, 'Service CIDR', 'serviceCidrs', '172.21.0.0/20');
  if (model.nodeCidrMasks.length)
    out.push(`  # node mask: found ${model.nodeCidrMasks.map((m) => `/${m.value} (${m.ref.file})`).join(', ')}`);
  else
    out.push(
      '  # node mask: NOT FOUND in the repository (kube-controller-manager defaults to 24)',
      '  # nodeCidrMask: 24',
    );
  if (model.controllerVersions.length)
    out.push(
      `  # edge-controller-manager: found ${model.controllerVersions.map((v) => `${v.value} (${v.ref.file})`).join(', ')}`,
    );
  else
    out.push(
      '  # edge-controller-manager version: NOT FOUND in the repository (ACK does not show it; see the cluster)',
      '  # edgeControllerManagerVersion: "2.1.3"',
    );
  if (model.securityGroups.length)
    out.push(
      `  # security groups found: ${model.securityGroups.map((g) => g.id).join(', ')}; name the ones on the cloud nodes:`,
      `  # cloudSecurityGroups: [${model.securityGroups[0]!.id}]`,
    );
  else out.push('  # security groups: NOT FOUND in the repository; the VXLAN port check needs them');
  out.push('  # apiServerReachesEdge: true   # default: inferred from APIServices and admission webhooks');
  const edgePools = model.pools.filter((p) => !p.cloud);
  if (edgePools.length === 0) {
    out.push(
      '  # edge pools: NOT FOUND in the repository (NodePool objects or Node labels); describe each data centre:',
      '  # sites:',
      '  #   - name: idc-1',
      '  #     connection: express-connect',
      '  #     nodePools: [idc-1-pool]',
      '  #     hostCidrs: [10.10.0.0/16]',
    );
    return `${out.join('\n')}\n`;
  }
  out.push(
    '  # One site per edge pool found; put pools of one data centre together, and give each its host network.',
    '  sites:',
  );
  for (const pool of edgePools) {
    out.push(
      `    - name: ${pool.name}`,
      `      connection: ${pool.connection}   # from ${pool.connectionSource}`,
      `      nodePools: [${pool.name}]`,
    );
    out.push('      # hostCidrs: NOT FOUND in the repository: the data centre host network, e.g. [10.10.0.0/16]');
  }
  return `${out.join('\n')}\n`;
}
