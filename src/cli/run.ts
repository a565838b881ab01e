/**
 * The command line, as a function of its inputs: arguments, working directory, environment and
 * streams in; an exit code out. bin.ts binds it to the process; tests call it directly.
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { clusterSettings } from '../config/cluster-settings.js';
import type { EdgenetConfig } from '../config/load-config.js';
import { ConfigError, UsageError } from '../core/errors.js';
import type { LevelSetting } from '../core/finding.js';
import { packageVersion } from '../core/package-files.js';
import { Timing } from '../core/timing.js';
import { stdinDisplay, toDisplay } from '../discover/discover-files.js';
import { DEFAULT_MAX_FILE_SIZE } from '../discover/read-source.js';
import { effectiveLevel } from '../evaluate/levels.js';
import { changedLines } from '../git/changed-lines.js';
import { workTreeTop } from '../git/git.js';
import { Trust } from '../git/trust.js';
import { exitCode, type LintOptions, lint } from '../lint.js';
import { defaultCacheFile } from '../read/facts-cache.js';
import { FORMATTERS, type FormatName } from '../report/formatters/index.js';
import type { ReportContext } from '../report/report-context.js';
import { RULES } from '../rules/catalogue.js';
import {
  acceptAll,
  applyBaseline,
  applyNewOnly,
  baselineRelative,
  baselineText,
  errorsOnly,
  lintAtRef,
  outcomeOf,
  readBaseline,
} from '../session/accept.js';
import { fallbackPlace, setUp } from '../session/set-up.js';
import { type LintArgs, parseCommandLine } from './args.js';
import { formatRules } from './catalogue-text.js';
import { explainAllMarkdown, explainText } from './explain.js';
import { helpText } from './help.js';
import { runInit } from './init.js';
import { EXIT, type Io } from './io.js';
import { assertCluster, configSearchStart, runClusters, runView } from './views.js';

export { EXIT, type Io } from './io.js';

export async function run(io: Io): Promise<number> {
  try {
    const args = parseCommandLine(io.argv);
    switch (args.command) {
      case 'help':
        io.stdout(helpText(args.topic));
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
  const timing = io.env.EDGENET_TIMING && io.env.EDGENET_TIMING !== '0' ? new Timing() : undefined;
  timing?.mark('start-up');
  try {
    return await lintCommand(args, io, timing);
  } finally {
    if (timing) {
      timing.mark('report');
      io.stderr(timing.table());
    }
  }
}

async function lintCommand(args: LintArgs, io: Io, timing: Timing | undefined): Promise<number> {
  const searchFrom = args.context ?? configSearchStart(args.paths, io.cwd);
  // --trust-from: what could silence a finding is read as REF has it (contract section 8).
  const trust = args.trustFrom
    ? Trust.open({ cwd: io.cwd, start: searchFrom, ref: args.trustFrom, option: '--trust-from' })
    : undefined;
  const { config, policies, ruleIds, warnings } = await setUp({
    cwd: io.cwd,
    searchFrom,
    config: args.config,
    trust,
    policies: args.policies,
    rules: args.rules,
    fallback: fallbackPlace(io.cwd, args.context ?? args.paths[0]),
  });
  for (const w of warnings) io.stderr(`edgenet: warning: ${w}\n`);
  timing?.mark('configuration');
  if (args.printConfig) {
    io.stdout(printConfig(config, ruleIds, args));
    return EXIT.ok;
  }
  // Stdin is reported under --stdin-filename: with --context, that is the staged file it stands for.
  const shown = (p: string) =>
    p === '-' ? stdinDisplay(io.cwd, args.stdinFilename) : toDisplay(io.cwd, path.resolve(io.cwd, p));
  const reportOnly = args.context ? new Set(args.paths.map(shown)) : undefined;
  const options: LintOptions = {
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
    // EDGENET_THREADS: how many threads read files (1: the main thread only); default one fewer than the cores.
    ...(Number(io.env.EDGENET_THREADS) > 0 ? { threads: Number(io.env.EDGENET_THREADS) } : {}),
    // The pre-commit hook (--context) reads the whole repository at every commit: cache by default.
    ...((args.cache ?? args.context !== undefined)
      ? { cache: args.cacheLocation ? path.resolve(io.cwd, args.cacheLocation) : defaultCacheFile(io.cwd) }
      : {}),
    ...(trust ? { trust } : {}),
    ignorePatterns: args.ignorePatterns,
    // A directory that yields nothing is a mistake (pre-commit names files: never an error then).
    requireFiles: args.context === undefined,
    ...(timing ? { timing } : {}),
  };
  const result = await lint(options);
  if (args.cluster) assertCluster(result, args.cluster);
  const outcome = outcomeOf(result);
  if (args.newOnly) {
    const atRef = await lintAtRef(options, args.newOnly, '--new-only');
    applyNewOnly(outcome, atRef.findings, args.newOnly, atRef.commit);
  }
  if (args.baseline) {
    const relative = baselineRelative(io.cwd, args.baseline);
    const { entries, untrusted } = readBaseline(io.cwd, args.baseline, trust);
    if (untrusted) io.stderr(`edgenet: warning: ${untrusted}\n`);
    applyBaseline(outcome, entries, relative, args.baseline);
  }
  if (args.writeBaseline) {
    const relative = baselineRelative(io.cwd, args.writeBaseline);
    writeReport(io.cwd, args.writeBaseline, baselineText(outcome, relative, packageVersion()), '--write-baseline');
    acceptAll(outcome, args.writeBaseline);
  }
  if (args.quiet) errorsOnly(outcome);
  const color = args.color ?? ((io.stdoutIsTTY && !io.env.NO_COLOR) || Boolean(io.env.FORCE_COLOR));
  const needsDiff = args.baseRef && (args.format === 'github' || args.outputs.some((o) => o.format === 'github'));
  // SARIF's run id names the repository, which git is asked for: only when a SARIF report is written.
  let repository: string | undefined;
  const automationId = () => {
    repository ??= args.cluster ?? repositoryName(io.cwd, config);
    return `edgenet/${repository}/`;
  };
  const context = (format: FormatName, useColor: boolean): ReportContext => ({
    toolVersion: packageVersion(),
    summary: outcome.summary,
    sources: result.sources,
    color: useColor,
    rules: RULES,
    accepted: outcome.accepted,
    suppressed: outcome.suppressed,
    ...(format === 'sarif' ? { automationId: automationId() } : {}),
    ...(needsDiff ? { changedLines: changedLines(io.cwd, args.baseRef!) } : {}),
  });
  const report = (format: FormatName, useColor: boolean) =>
    FORMATTERS[format](outcome.findings, context(format, useColor));
  // stdout has the --format report, unless an --output FILE without a format takes it to FILE.
  const toStdout = args.outputs.filter((o) => o.file === '-').map((o) => o.format);
  if (toStdout.length === 0 && !args.outputs.some((o) => !o.named)) toStdout.push(args.format);
  for (const output of args.outputs) {
    if (output.file !== '-') writeReport(io.cwd, output.file, report(output.format, false), '--output');
  }
  for (const format of toStdout) io.stdout(report(format, color));
  const code = exitCode(outcome.findings, args.failOn);
  if (args.maxWarnings !== undefined && outcome.summary.warnings > args.maxWarnings) {
    io.stderr(`edgenet: ${outcome.summary.warnings} warnings, more than --max-warnings ${args.maxWarnings} allows\n`);
    return EXIT.findings;
  }
  return code;
}

/** A report or baseline written to FILE: a directory, or a file that cannot be written, is a usage error. */
function writeReport(cwd: string, name: string, text: string, option: string): void {
  const file = path.resolve(cwd, name);
  let isDirectory = name.endsWith('/');
  try {
    isDirectory ||= statSync(file).isDirectory();
  } catch {
    // Not there yet: written below.
  }
  if (isDirectory) throw new UsageError(`${option} ${name}: is a directory; name a file in it`);
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    throw new UsageError(`${option} ${name}: cannot be written (${e.code ?? e.message})`);
  }
}

/** The repository's name for SARIF's automationDetails: its top directory's, else the configuration's. */
function repositoryName(cwd: string, config: EdgenetConfig): string {
  const top = workTreeTop(cwd) ?? config.dir;
  return path.basename(top) || 'repository';
}

/**
 * --print-config: the configuration the run uses (after --trust-from), as JSON: every key with
 * its value or default, every rule's level with --rule applied, and where it was read.
 */
function printConfig(config: EdgenetConfig, ruleIds: readonly string[], args: LintArgs): string {
  const levels = (configLevels: Readonly<Record<string, LevelSetting>>) =>
    Object.fromEntries(ruleIds.map((id) => [id, effectiveLevel(id, configLevels, args.rules)]));
  const printed = {
    configFile: config.source?.file ?? null,
    cluster: config.cluster,
    clusters: config.clusters.map((c) => ({ ...c, rules: levels(clusterSettings(config, c.name).rules) })),
    include: config.include ?? ['**/*.{yaml,yml,json}'],
    exclude: config.exclude ?? [],
    ignorePatterns: args.ignorePatterns,
    maxFileSize: config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    rules: levels(config.rules),
    ignore: config.ignore,
    inlineIgnores: args.inlineWaivers,
    trustFrom: args.trustFrom ?? null,
    failOn: args.failOn,
  };
  return `${JSON.stringify(printed, null, 2)}\n`;
}
