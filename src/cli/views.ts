/**
 * Commands that show what a lint run builds rather than what it finds: `clusters` (the fleet),
 * `plan` (each cluster's address plan) and `graph` (each cluster's network), per cluster or for
 * one with --cluster.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { checkRuleIds, type EdgenetConfig, findConfig, loadConfig } from '../config/load-config.js';
import { UsageError } from '../core/errors.js';
import { didYouMean } from '../core/suggest.js';
import type { Build, ClusterScope } from '../fleet/fleet.js';
import { type JudgedCluster, type LintResult, lint } from '../lint.js';
import { buildGraph } from '../plan/build-graph.js';
import { buildPlan } from '../plan/build-plan.js';
import { formatDot, formatMermaid } from '../plan/format-graph.js';
import { formatPlanJson, formatPlanMarkdown, formatPlanText } from '../plan/format-plan.js';
import { RULE_IDS } from '../rules/catalogue.js';
import type { Args } from './args.js';
import { EXIT, type Io } from './io.js';

/** The configuration a run uses: --config, else the nearest .edgenet.yaml of the linted path, else of the cwd. */
export function configFor(explicit: string | undefined, searchFrom: string, io: Io): EdgenetConfig {
  const configFile = explicit ? path.resolve(io.cwd, explicit) : (findConfig(searchFrom) ?? findConfig(io.cwd));
  if (explicit && !existsSync(configFile!)) throw new UsageError(`configuration file not found: ${explicit}`);
  const config = loadConfig(configFile, io.cwd);
  checkRuleIds(config, RULE_IDS);
  return config;
}

/** `edgenet lint some/repo` uses some/repo/.edgenet.yaml: the configuration belongs to the repository linted. */
export function configSearchStart(paths: readonly string[], cwd: string): string {
  const first = paths.find((p) => p !== '-');
  if (!first) return cwd;
  const abs = path.resolve(cwd, first);
  return existsSync(abs) && statSync(abs).isDirectory() ? abs : path.dirname(abs);
}

/** --cluster names a cluster the fleet has, or the run is a usage error (with the nearest name). */
export function assertCluster(result: LintResult, name: string): void {
  const names = result.fleet.clusters.map((c) => c.name).filter((n): n is string => n !== null);
  if (!names.includes(name)) {
    const known = names.length ? `clusters: ${names.join(', ')}` : 'the repository is not split into clusters';
    throw new UsageError(
      `--cluster ${name}: no such cluster${didYouMean(name, names)} (${known}; see \`edgenet clusters\`)`,
    );
  }
}

function selected(result: LintResult, name: string | undefined): JudgedCluster[] {
  if (name === undefined) return result.clusters;
  assertCluster(result, name);
  return result.clusters.filter((c) => c.scope.name === name);
}

/** `edgenet plan` and `edgenet graph`: views of the models a lint run builds, one section per cluster. */
export async function runView(args: Extract<Args, { command: 'plan' | 'graph' }>, io: Io): Promise<number> {
  const config = configFor(args.config, configSearchStart(args.paths, io.cwd), io);
  const result = await lint({
    paths: args.paths,
    cwd: io.cwd,
    config,
    today: io.env.EDGENET_TODAY,
    env: io.env,
    describesFacts: args.command === 'plan',
  });
  const clusters = selected(result, args.cluster);
  const split = result.fleet.clusters.length > 1;
  if (args.command === 'plan') {
    const plans = clusters.map((c) => ({
      name: split ? c.scope.name : null,
      plan: buildPlan(c.model, (fact) => result.describe(fact.ref)),
    }));
    if (args.format === 'json') io.stdout(formatPlanJson(plans));
    else io.stdout((args.format === 'markdown' ? formatPlanMarkdown : formatPlanText)(plans));
  } else {
    const graphs = clusters.map((c) => ({
      name: split ? c.scope.name : null,
      graph: buildGraph(
        c.model,
        result.findings.filter((f) => !split || f.clusters.includes(c.scope.name!)),
      ),
    }));
    io.stdout(args.format === 'dot' ? formatDot(graphs) : formatMermaid(graphs));
  }
  return EXIT.ok;
}

/** `edgenet clusters`: each cluster, why it was formed, and the files and builds it reads. */
export async function runClusters(args: Extract<Args, { command: 'clusters' }>, io: Io): Promise<number> {
  const config = configFor(args.config, configSearchStart(args.paths, io.cwd), io);
  const result = await lint({ paths: args.paths, cwd: io.cwd, config, today: io.env.EDGENET_TODAY, env: io.env });
  const { fleet } = result;
  const describe = (c: ClusterScope) => ({
    name: c.name,
    reasons: c.reasons,
    files: [...new Set(c.units.flatMap((u) => (u.kind === 'build' ? [] : [u.file])))].sort(),
    builds: c.units.flatMap((u) => (u.kind === 'build' ? [buildWords(fleet.builds.get(u.build)!)] : [])),
    vpcs: c.vpcs.map((v) => v.words),
  });
  if (args.format === 'json') {
    const report = { version: 1, clusters: fleet.clusters.map(describe), unscoped: fleet.unscoped };
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    return EXIT.ok;
  }
  const out: string[] = [];
  for (const c of fleet.clusters.map(describe)) {
    out.push(c.name ?? '(the repository: one cluster)');
    for (const r of c.reasons) out.push(`  formed by: ${r}`);
    for (const v of c.vpcs) out.push(`  runs in: ${v}`);
    for (const b of c.builds) out.push(`  build: ${b.id} (${b.kind}, ${b.inputs} input files)`);
    for (const f of c.files) out.push(`  file: ${f}`);
    out.push('');
  }
  for (const g of fleet.unscoped) {
    out.push(`not in any cluster: ${g.files.length} ${g.files.length === 1 ? 'file' : 'files'} under ${g.dir}/`);
    for (const f of g.files) out.push(`  file: ${f}`);
  }
  io.stdout(`${out.join('\n').replace(/\n+$/, '')}\n`);
  return EXIT.ok;
}

function buildWords(b: Build) {
  return { id: b.id, kind: b.kind, file: b.file, inputs: b.inputs.length };
}
