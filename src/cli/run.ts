/**
 * The command line, as a function of its inputs: arguments, working directory, environment and
 * streams in; an exit code out. bin.ts binds it to the process; tests call it directly.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, UsageError } from '../core/errors.js';
import { packageVersion } from '../core/package-files.js';
import { exitCode, lint } from '../lint.js';
import { defaultCacheFile } from '../read/facts-cache.js';
import { FORMATTERS } from '../report/formatters/index.js';
import { formatRules } from './catalogue-text.js';
import { explainAllMarkdown, explainText } from './explain.js';
import { runInit } from './init.js';
import type { ReportContext } from '../report/report-context.js';
import { RULE_IDS, RULES } from '../rules/catalogue.js';
import { toDisplay } from '../discover/discover-files.js';
import { changedLines } from '../git/changed-lines.js';
import { loadUserPolicy } from '../evaluate/user-policy.js';
import { parseCommandLine, type LintArgs } from './args.js';
import { EXIT, type Io } from './io.js';
import { assertCluster, configFor, configSearchStart, runClusters, runView } from './views.js';
import { Trust } from '../git/trust.js';
import { checkRuleIds, loadTrustedConfig, type EdgenetConfig } from '../config/load-config.js';

export { EXIT, type Io } from './io.js';

const HELP = `edgenet: checks the networking of ACK Edge clusters from a GitOps repository

usage:
  edgenet lint [PATH...]       lint files and directories (default .); - reads stdin
      --config FILE            configuration (default: .edgenet.yaml here or above)
      --format FORMAT          text (default), json, sarif, github, junit or markdown
      --output [FORMAT=]FILE   write a report to FILE (repeatable)
      --fail-on LEVEL          error (default), warning or never
      --rule ID=LEVEL          off, info, warning or error for one rule (repeatable)
      --stdin-filename NAME    the name findings on stdin are reported under
      --no-inline-ignores      comments and annotations waive nothing (config ignores still do)
      --cluster NAME           report only this cluster's findings (see edgenet clusters)
      --context DIR            build the model from DIR, report only on the named files (pre-commit)
      --cache, --no-cache      keep each file's facts by content (default on with --context)
      --cache-location FILE    where (default node_modules/.cache/edgenet/facts.json)
      --base-ref REF           github format: findings on lines changed since REF first
      --trust-from REF         configuration, .gitignore files and waivers as REF has them (pull requests)
      --policy FILE            a compiled user policy: bundle.tar.gz or policy.wasm (repeatable)
      --no-color               plain text
  edgenet clusters [PATH...] [--format text|json]        each cluster, why it was formed, its files and builds
  edgenet plan [PATH...] [--format text|markdown|json] [--cluster NAME]   the address plan: ranges, headroom, overlaps
  edgenet graph [PATH...] [--format mermaid|dot] [--cluster NAME]        domains, links and violations as a diagram
  edgenet rules [--format text|json]
  edgenet explain RULE          why, how to fix, a failing and a passing example
  edgenet explain --all [--format markdown]
  edgenet init [DIR] [--force]  write a commented .edgenet.yaml from what the repository holds
  edgenet version

exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage, configuration or internal error
`;

export async function run(io: Io): Promise<number> {
  try {
    const args = parseCommandLine(io.argv);
    switch (args.command) {
      case 'help':
        io.stdout(HELP);
        return EXIT.ok;
      case 'version':
        io.stdout(`edgenet ${packageVersion()}\n`);
        return EXIT.ok;
      case 'rules':
        io.stdout(formatRules(args.format));
        return EXIT.ok;
      case 'explain':
        if (args.rule === null)
          io.stdout(
            args.format === 'markdown'
              ? await explainAllMarkdown()
              : (await Promise.all(RULES.map((r) => explainText(r.id)))).join('\n'),
          );
        else io.stdout(await explainText(args.rule));
        return EXIT.ok;
      case 'init':
        return await runInit(args, io);
      case 'plan':
      case 'graph':
        return await runView(args, io);
      case 'clusters':
        return await runClusters(args, io);
      case 'lint':
        return await runLint(args, io);
    }
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) {
      io.stderr(`edgenet: ${error.message}\n`);
      return EXIT.failure;
    }
    const e = error instanceof Error ? error : new Error(String(error));
    io.stderr(
      io.env.EDGENET_DEBUG === '1'
        ? `edgenet: internal error\n${e.stack}\n`
        : `edgenet: internal error: ${e.message} (EDGENET_DEBUG=1 shows the stack)\n`,
    );
    return EXIT.failure;
  }
}

async function runLint(args: LintArgs, io: Io): Promise<number> {
  const searchFrom = args.context ?? configSearchStart(args.paths, io.cwd);
  // --trust-from: what could silence a finding is read as REF has it (contract section 8).
  const trust = args.trustFrom
    ? Trust.open({ cwd: io.cwd, start: searchFrom, ref: args.trustFrom, option: '--trust-from' })
    : undefined;
  const config = trust ? trustedConfig(trust, args.config, searchFrom, io.cwd) : configFor(args.config, searchFrom, io);
  // --context: the whole directory builds the model, the named files are the ones reported.
  const fallback = config.source?.file ?? toDisplay(io.cwd, path.resolve(io.cwd, args.context ?? args.paths[0] ?? '.'));
  const policies = await Promise.all(args.policies.map((p) => loadUserPolicy(path.resolve(io.cwd, p), p, fallback)));
  // Stdin is reported under --stdin-filename: with --context, that is the staged file it stands for.
  const shown = (p: string) =>
    p === '-' ? (args.stdinFilename ?? '<stdin>') : toDisplay(io.cwd, path.resolve(io.cwd, p));
  const reportOnly = args.context ? new Set(args.paths.map(shown)) : undefined;
  const result = await lint({
    paths: args.context ? [args.context, ...args.paths] : args.paths,
    cwd: io.cwd,
    config,
    cliLevels: args.rules,
    stdinFilename: args.stdinFilename,
    readStdin: io.readStdin,
    inlineWaivers: args.inlineWaivers,
    today: io.env.EDGENET_TODAY,
    env: io.env,
    reportOnly,
    policies,
    ...(args.cluster ? { cluster: args.cluster } : {}),
    // EDGENET_THREADS: how many threads read files (1: the main thread only); default every core.
    ...(Number(io.env.EDGENET_THREADS) > 0 ? { threads: Number(io.env.EDGENET_THREADS) } : {}),
    // The pre-commit hook (--context) reads the whole repository at every commit: cache by default.
    ...((args.cache ?? args.context !== undefined)
      ? { cache: args.cacheLocation ? path.resolve(io.cwd, args.cacheLocation) : defaultCacheFile(io.cwd) }
      : {}),
    ...(trust ? { trust } : {}),
  });
  if (args.cluster) assertCluster(result, args.cluster);
  const color = args.color ?? ((io.stdoutIsTTY && !io.env.NO_COLOR) || Boolean(io.env.FORCE_COLOR));
  const needsDiff = args.baseRef && (args.format === 'github' || args.outputs.some((o) => o.format === 'github'));
  const context = (useColor: boolean): ReportContext => ({
    toolVersion: packageVersion(),
    summary: result.summary,
    sources: result.sources,
    color: useColor,
    rules: RULES,
    ...(needsDiff ? { changedLines: changedLines(io.cwd, args.baseRef!) } : {}),
  });
  if (args.outputs.length === 0 || args.outputs.every((o) => o.file === '-')) {
    io.stdout(FORMATTERS[args.format](result.findings, context(color)));
  }
  for (const output of args.outputs) {
    if (output.file === '-') continue;
    const file = path.resolve(io.cwd, output.file);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, FORMATTERS[output.format](result.findings, context(false)));
  }
  return exitCode(result.findings, args.failOn);
}

/** The configuration as REF has it; an explicit --config that REF lacks is a usage error. */
function trustedConfig(trust: Trust, explicit: string | undefined, searchFrom: string, cwd: string): EdgenetConfig {
  if (explicit && !existsSync(path.resolve(cwd, explicit)))
    throw new UsageError(`configuration file not found: ${explicit}`);
  const config = loadTrustedConfig({ trust, explicit, searchFrom, cwd });
  checkRuleIds(config, RULE_IDS);
  return config;
}
