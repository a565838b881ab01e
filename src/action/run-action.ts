/**
 * The GitHub Action: the runner's environment in, files out. Inputs arrive as INPUT_* variables;
 * annotations go to stdout as workflow commands; the job summary, the SARIF report and the step
 * outputs go to the files GITHUB_STEP_SUMMARY, the sarif-file input and GITHUB_OUTPUT name. None
 * of it needs a token, so it works on a fork's pull request too (only the SARIF upload, a
 * separate step, needs security-events: write).
 */
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, UsageError } from '../core/errors.js';
import { Trust } from '../git/trust.js';
import { packageVersion } from '../core/package-files.js';
import { exitCode, type FailOn, type LintOptions, lint } from '../lint.js';
import { escapeData, escapeProperty, formatGithub } from '../report/formatters/github.js';
import { fenceFor } from '../report/formatters/escape.js';
import { formatMarkdown } from '../report/formatters/markdown.js';
import { formatSarif } from '../report/formatters/sarif.js';
import type { ReportContext } from '../report/report-context.js';
import { RULES } from '../rules/catalogue.js';
import { buildGraph } from '../plan/build-graph.js';
import { fitMermaid } from '../plan/format-graph.js';
import { changedLines } from '../git/changed-lines.js';
import {
  applyBaseline,
  applyNewOnly,
  baselineRelative,
  lintAtRef,
  outcomeOf,
  readBaseline,
} from '../session/accept.js';
import { fallbackPlace, setUp } from '../session/set-up.js';

export interface ActionIo {
  env: Readonly<Record<string, string | undefined>>;
  stdout: (text: string) => void;
}

/** GitHub drops a step's summary over 1 MiB whole (docs: "Adding a job summary"): ours stays under this. */
export const SUMMARY_LIMIT = 1000 * 1000;

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
    const newOnly = input(io.env, 'new-only', 'false');
    if (newOnly !== 'true' && newOnly !== 'false')
      throw new UsageError(`new-only must be true or false, not "${newOnly}"`);
    // Warnings this step writes before the findings' annotations take places under GitHub's cap.
    const taken = { warning: 0 };
    const warn = (title: string, words: string) => {
      taken.warning++;
      io.stdout(`::warning title=${escapeProperty(title)}::${escapeData(words)}\n`);
    };
    const trust = openTrust(io, workspace, warn);
    const { config, policies, warnings } = await setUp({
      cwd: workspace,
      searchFrom: workspace,
      config: input(io.env, 'config') || undefined,
      trust,
      policies: input(io.env, 'policy').split(/\s+/).filter(Boolean),
      fallback: fallbackPlace(workspace, paths[0]),
    });
    for (const w of warnings) warn('edgenet: policy not trusted', w);
    const options: LintOptions = {
      paths,
      cwd: workspace,
      config,
      inlineWaivers: input(io.env, 'inline-ignores', 'true') !== 'false',
      today: io.env.EDGENET_TODAY,
      env: io.env,
      policies,
      requireFiles: true,
      ...(trust ? { trust } : {}),
    };
    const result = await lint(options);
    const outcome = outcomeOf(result);

    const baseRef = input(io.env, 'base-ref') || (io.env.GITHUB_BASE_REF ? `origin/${io.env.GITHUB_BASE_REF}` : '');
    const lost: string[] = [];
    let changed: ReportContext['changedLines'];
    if (baseRef) {
      try {
        changed = changedLines(workspace, baseRef);
      } catch (error) {
        if (!(error instanceof UsageError)) throw error;
        lost.push('findings on changed lines are not annotated first');
      }
    }
    if (newOnly === 'true') {
      if (!baseRef) lost.push('new-only has no base to compare with (set base-ref), so every finding counts');
      else {
        try {
          const atRef = await lintAtRef(options, baseRef, 'new-only');
          applyNewOnly(outcome, atRef.findings, baseRef, atRef.commit);
        } catch (error) {
          if (!(error instanceof UsageError)) throw error;
          lost.push('new-only cannot tell new findings from old ones, so every finding counts');
        }
      }
    }
    if (lost.length > 0)
      warn(
        'edgenet: base not in the clone',
        `${baseRef ? `The base ${baseRef} is not in the clone` : 'No base ref'}: ${lost.join('; ')}. ` +
          'Check out with fetch-depth: 0 so that the base is in the clone.',
      );
    const baseline = input(io.env, 'baseline');
    if (baseline) {
      const { entries, untrusted } = readBaseline(workspace, baseline, trust);
      if (untrusted) warn('edgenet: baseline not trusted', untrusted);
      applyBaseline(outcome, entries, baselineRelative(workspace, baseline), baseline);
    }

    const sarifFile = path.resolve(workspace, input(io.env, 'sarif-file', 'edgenet.sarif'));
    const context: ReportContext = {
      toolVersion: packageVersion(),
      summary: outcome.summary,
      sources: result.sources,
      color: false,
      rules: RULES,
      accepted: outcome.accepted,
      suppressed: outcome.suppressed,
      automationId: `edgenet/${repositoryName(io.env, workspace)}/`,
      annotationsTaken: taken,
      ...(changed ? { changedLines: changed } : {}),
    };
    io.stdout(formatGithub(outcome.findings, context));

    mkdirSync(path.dirname(sarifFile), { recursive: true });
    writeFileSync(sarifFile, formatSarif(outcome.findings, context));
    if (io.env.GITHUB_STEP_SUMMARY) {
      // GitHub renders Mermaid in Markdown: the summary shows the network the findings are about,
      // grouped when it is too large for Mermaid to draw.
      const split = result.fleet.clusters.length > 1;
      const all = [...outcome.findings, ...outcome.accepted];
      const fitted = fitMermaid(
        result.clusters.map((c) => ({
          name: split ? c.scope.name : null,
          graph: buildGraph(
            c.model,
            all.filter((f) => !split || f.clusters.includes(c.scope.name!)),
          ),
        })),
      );
      const notes = [
        fitted.summarised ? 'Pools are grouped by connection and site (`edgenet graph` draws each).' : '',
        fitted.omitted ? `${fitted.omitted} more clusters are not drawn (\`edgenet graph --cluster NAME\`).` : '',
      ].filter(Boolean);
      // A fence longer than any backtick run in the diagram: nothing in it can end the block.
      const fence = fenceFor(fitted.text);
      const words = notes.length ? `${notes.join(' ')}\n\n` : '';
      const network = `\n#### The network\n\n${words}${fence}mermaid\n${fitted.text}${fence}\n`;
      const table = formatMarkdown(outcome.findings, {
        ...context,
        maxBytes: SUMMARY_LIMIT - Buffer.byteLength(network),
        fullReport: `the SARIF report (${input(io.env, 'sarif-file', 'edgenet.sarif')})`,
      });
      appendFileSync(io.env.GITHUB_STEP_SUMMARY, `${table}${network}`);
    }
    if (io.env.GITHUB_OUTPUT) {
      const outputs = {
        'sarif-file': sarifFile,
        findings: String(outcome.findings.length),
        errors: String(outcome.summary.errors),
        warnings: String(outcome.summary.warnings),
      };
      appendFileSync(
        io.env.GITHUB_OUTPUT,
        Object.entries(outputs)
          .map(([k, v]) => `${k}=${v}\n`)
          .join(''),
      );
    }
    return exitCode(outcome.findings, failOn as FailOn);
  } catch (error) {
    const message =
      error instanceof UsageError || error instanceof ConfigError
        ? error.message
        : `internal error: ${error instanceof Error ? error.message : String(error)}`;
    io.stdout(`::error title=edgenet::${escapeData(message)}\n`);
    return 2;
  }
}

/** SARIF's automationDetails names the repository: GITHUB_REPOSITORY's name, else the workspace's directory. */
function repositoryName(env: ActionIo['env'], workspace: string): string {
  return env.GITHUB_REPOSITORY?.split('/').pop() || path.basename(workspace) || 'repository';
}

/**
 * The trusted ref (contract section 8): the `trust-from` input, else on a pull request the base
 * branch (`origin/<base>`, as actions/checkout fetches it with fetch-depth: 0); `none` turns it
 * off. A default base that the clone lacks (a shallow checkout) is a visible warning and the run
 * goes on untrusted; a ref the input names and the clone lacks is an error.
 */
function openTrust(io: ActionIo, workspace: string, warn: (title: string, words: string) => void): Trust | undefined {
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
    warn('edgenet: not trusted', words);
    return undefined;
  }
}
