/**
 * The GitHub Action: the runner's environment in, files out. Inputs arrive as INPUT_* variables;
 * annotations go to stdout as workflow commands; the job summary, the SARIF report and the step
 * outputs go to the files GITHUB_STEP_SUMMARY, the sarif-file input and GITHUB_OUTPUT name. None
 * of it needs a token, so it works on a fork's pull request too (only the SARIF upload, a
 * separate step, needs security-events: write).
 */
import { appendFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, UsageError } from '../core/errors.js';
import { checkRuleIds, findConfig, loadConfig, loadTrustedConfig } from '../config/load-config.js';
import { Trust } from '../git/trust.js';
import { packageVersion } from '../core/package-files.js';
import { exitCode, type FailOn, lint } from '../lint.js';
import { escapeData, escapeProperty, formatGithub } from '../report/formatters/github.js';
import { fenceFor } from '../report/formatters/escape.js';
import { formatMarkdown } from '../report/formatters/markdown.js';
import { formatSarif } from '../report/formatters/sarif.js';
import type { ReportContext } from '../report/report-context.js';
import { RULE_IDS, RULES } from '../rules/catalogue.js';
import { buildGraph } from '../plan/build-graph.js';
import { formatMermaid } from '../plan/format-graph.js';
import { changedLines } from '../git/changed-lines.js';

export interface ActionIo {
  env: Readonly<Record<string, string | undefined>>;
  stdout: (text: string) => void;
}

/** What GitHub does to an input's name: upper case, spaces to underscores (hyphens stay). */
function input(env: ActionIo['env'], name: string, fallback = ''): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim() || fallback;
}

export async function runAction(io: ActionIo): Promise<number> {
  const workspace = io.env.GITHUB_WORKSPACE ?? process.cwd();
  try {
    const paths = input(io.env, 'paths', '.').split(/\s+/).filter(Boolean);
    const failOn = input(io.env, 'fail-on', 'error');
    if (failOn !== 'error' && failOn !== 'warning' && failOn !== 'never')
      throw new UsageError(`fail-on must be error, warning or never, not "${failOn}"`);
    const configInput = input(io.env, 'config');
    const configFile = configInput ? path.resolve(workspace, configInput) : findConfig(workspace);
    if (configInput && !existsSync(configFile!)) throw new UsageError(`configuration file not found: ${configInput}`);
    const trust = openTrust(io, workspace);
    const config = trust
      ? loadTrustedConfig({ trust, explicit: configInput || undefined, searchFrom: workspace, cwd: workspace })
      : loadConfig(configFile, workspace);
    checkRuleIds(config, RULE_IDS);
    const result = await lint({
      paths,
      cwd: workspace,
      config,
      inlineWaivers: input(io.env, 'inline-ignores', 'true') !== 'false',
      today: io.env.EDGENET_TODAY,
      env: io.env,
      ...(trust ? { trust } : {}),
    });

    const context: ReportContext = {
      toolVersion: packageVersion(),
      summary: result.summary,
      sources: result.sources,
      color: false,
      rules: RULES,
    };
    const baseRef = input(io.env, 'base-ref') || (io.env.GITHUB_BASE_REF ? `origin/${io.env.GITHUB_BASE_REF}` : '');
    if (baseRef) {
      try {
        context.changedLines = changedLines(workspace, baseRef);
      } catch (error) {
        // A shallow checkout may not have the base: annotations still come, in file order.
        io.stdout(`::debug::${escapeData(`no changed-lines ordering: ${(error as Error).message}`)}\n`);
      }
    }
    io.stdout(formatGithub(result.findings, context));

    const sarifFile = path.resolve(workspace, input(io.env, 'sarif-file', 'edgenet.sarif'));
    mkdirSync(path.dirname(sarifFile), { recursive: true });
    writeFileSync(sarifFile, formatSarif(result.findings, context));
    if (io.env.GITHUB_STEP_SUMMARY) {
      // GitHub renders Mermaid in Markdown: the summary shows the network the findings are about.
      const split = result.fleet.clusters.length > 1;
      const diagram = formatMermaid(
        result.clusters.map((c) => ({
          name: split ? c.scope.name : null,
          graph: buildGraph(
            c.model,
            result.findings.filter((f) => !split || f.clusters.includes(c.scope.name!)),
          ),
        })),
      );
      // A fence longer than any backtick run in the diagram: nothing in it can end the block.
      const fence = fenceFor(diagram);
      appendFileSync(
        io.env.GITHUB_STEP_SUMMARY,
        `${formatMarkdown(result.findings, context)}\n#### The network\n\n${fence}mermaid\n${diagram}${fence}\n`,
      );
    }
    if (io.env.GITHUB_OUTPUT) {
      const outputs = {
        'sarif-file': sarifFile,
        findings: String(result.findings.length),
        errors: String(result.summary.errors),
        warnings: String(result.summary.warnings),
      };
      appendFileSync(
        io.env.GITHUB_OUTPUT,
        Object.entries(outputs)
          .map(([k, v]) => `${k}=${v}\n`)
          .join(''),
      );
    }
    return exitCode(result.findings, failOn as FailOn);
  } catch (error) {
    const message =
      error instanceof UsageError || error instanceof ConfigError
        ? error.message
        : `internal error: ${error instanceof Error ? error.message : String(error)}`;
    io.stdout(`::error title=edgenet::${escapeData(message)}\n`);
    return 2;
  }
}

/**
 * The trusted ref (contract section 8): the `trust-from` input, else on a pull request the base
 * branch (`origin/<base>`, as actions/checkout fetches it with fetch-depth: 0); `none` turns it
 * off. A default base that the clone lacks (a shallow checkout) is a visible warning and the run
 * goes on untrusted; a ref the input names and the clone lacks is an error.
 */
function openTrust(io: ActionIo, workspace: string): Trust | undefined {
  const named = input(io.env, 'trust-from');
  if (named === 'none') return undefined;
  const pullRequest = ['pull_request', 'pull_request_target'].includes(io.env.GITHUB_EVENT_NAME ?? '');
  const ref = named || (pullRequest && io.env.GITHUB_BASE_REF ? `origin/${io.env.GITHUB_BASE_REF}` : '');
  if (!ref) return undefined;
  try {
    return Trust.open({ cwd: workspace, start: workspace, ref, option: 'trust-from' });
  } catch (error) {
    if (named || !(error instanceof UsageError)) throw error;
    const words =
      `${error.message}. The configuration, .gitignore files and waivers are read from the pull request ` +
      'itself, which can switch checks off: check out with fetch-depth: 0 so that the base is in the clone.';
    io.stdout(`::warning title=${escapeProperty('edgenet: not trusted')}::${escapeData(words)}\n`);
    return undefined;
  }
}
