import { createRequire as __edgenetCreateRequire } from 'node:module'; const require = __edgenetCreateRequire(import.meta.url);
import {
  ConfigError,
  RULES,
  Trust,
  UsageError,
  applyBaseline,
  applyNewOnly,
  baselineRelative,
  bindSignals,
  buildGraph,
  changedLines,
  escapeData,
  escapeProperty,
  exitCode,
  fallbackPlace,
  fenceFor,
  fitMermaid,
  formatGithub,
  formatMarkdown,
  formatSarif,
  lint,
  lintAtRef,
  outcomeOf,
  packageVersion,
  readBaseline,
  setUp
} from "./chunks/chunk-JMAX5JDH.mjs";
import "./chunks/chunk-FZA5GQAU.mjs";
import "./chunks/chunk-MNDRRFXA.mjs";
import "./chunks/chunk-VCZ76RSP.mjs";
import "./chunks/chunk-UMQXRH7G.mjs";

// src/action/run-action.ts
import { appendFileSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
var SUMMARY_LIMIT = 1e3 * 1e3;
function input(env, name, fallback = "") {
  return (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim() || fallback;
}
async function runAction(io) {
  const workspace = io.env.GITHUB_WORKSPACE ?? process.cwd();
  try {
    const paths = input(io.env, "paths", ".").split(/\s+/).filter(Boolean);
    const failOn = input(io.env, "fail-on", "error");
    if (failOn !== "error" && failOn !== "warning" && failOn !== "never")
      throw new UsageError(`fail-on must be error, warning or never, not "${failOn}"`);
    const newOnly = input(io.env, "new-only", "false");
    if (newOnly !== "true" && newOnly !== "false")
      throw new UsageError(`new-only must be true or false, not "${newOnly}"`);
    const taken = { warning: 0 };
    const warn = (title, words) => {
      taken.warning++;
      io.stdout(`::warning title=${escapeProperty(title)}::${escapeData(words)}
`);
    };
    const trust = openTrust(io, workspace, warn);
    const { config, policies, warnings } = await setUp({
      cwd: workspace,
      searchFrom: workspace,
      config: input(io.env, "config") || void 0,
      trust,
      policies: input(io.env, "policy").split(/\s+/).filter(Boolean),
      fallback: fallbackPlace(workspace, paths[0])
    });
    for (const w of warnings) warn("edgenet: policy not trusted", w);
    const options = {
      paths,
      cwd: workspace,
      config,
      inlineWaivers: input(io.env, "inline-ignores", "true") !== "false",
      today: io.env.EDGENET_TODAY,
      env: io.env,
      policies,
      requireFiles: true,
      ...trust ? { trust } : {}
    };
    const result = await lint(options);
    const outcome = outcomeOf(result);
    const baseRef = input(io.env, "base-ref") || (io.env.GITHUB_BASE_REF ? `origin/${io.env.GITHUB_BASE_REF}` : "");
    const lost = [];
    let changed;
    if (baseRef) {
      try {
        changed = changedLines(workspace, baseRef);
      } catch (error) {
        if (!(error instanceof UsageError)) throw error;
        lost.push("findings on changed lines are not annotated first");
      }
    }
    if (newOnly === "true") {
      if (!baseRef) lost.push("new-only has no base to compare with (set base-ref), so every finding counts");
      else {
        try {
          const atRef = await lintAtRef(options, baseRef, "new-only");
          applyNewOnly(outcome, atRef.findings, baseRef, atRef.commit);
        } catch (error) {
          if (!(error instanceof UsageError)) throw error;
          lost.push("new-only cannot tell new findings from old ones, so every finding counts");
        }
      }
    }
    if (lost.length > 0)
      warn(
        "edgenet: base not in the clone",
        `${baseRef ? `The base ${baseRef} is not in the clone` : "No base ref"}: ${lost.join("; ")}. Check out with fetch-depth: 0 so that the base is in the clone.`
      );
    const baseline = input(io.env, "baseline");
    if (baseline) {
      const { entries, untrusted } = readBaseline(workspace, baseline, trust);
      if (untrusted) warn("edgenet: baseline not trusted", untrusted);
      applyBaseline(outcome, entries, baselineRelative(workspace, baseline), baseline);
    }
    const sarifFile = path.resolve(workspace, input(io.env, "sarif-file", "edgenet.sarif"));
    const context = {
      toolVersion: packageVersion(),
      summary: outcome.summary,
      sources: result.sources,
      color: false,
      rules: RULES,
      accepted: outcome.accepted,
      suppressed: outcome.suppressed,
      automationId: `edgenet/${repositoryName(io.env, workspace)}/`,
      annotationsTaken: taken,
      ...changed ? { changedLines: changed } : {}
    };
    io.stdout(formatGithub(outcome.findings, context));
    mkdirSync(path.dirname(sarifFile), { recursive: true });
    writeFileSync(sarifFile, formatSarif(outcome.findings, context));
    if (io.env.GITHUB_STEP_SUMMARY) {
      const split = result.fleet.clusters.length > 1;
      const all = [...outcome.findings, ...outcome.accepted];
      const fitted = fitMermaid(
        result.clusters.map((c) => ({
          name: split ? c.scope.name : null,
          graph: buildGraph(
            c.model,
            all.filter((f) => !split || f.clusters.includes(c.scope.name))
          )
        }))
      );
      const notes = [
        fitted.summarised ? "Pools are grouped by connection and site (`edgenet graph` draws each)." : "",
        fitted.omitted ? `${fitted.omitted} more clusters are not drawn (\`edgenet graph --cluster NAME\`).` : ""
      ].filter(Boolean);
      const fence = fenceFor(fitted.text);
      const words = notes.length ? `${notes.join(" ")}

` : "";
      const network = `
#### The network

${words}${fence}mermaid
${fitted.text}${fence}
`;
      const table = formatMarkdown(outcome.findings, {
        ...context,
        maxBytes: SUMMARY_LIMIT - Buffer.byteLength(network),
        fullReport: `the SARIF report (${input(io.env, "sarif-file", "edgenet.sarif")})`
      });
      appendFileSync(io.env.GITHUB_STEP_SUMMARY, `${table}${network}`);
    }
    if (io.env.GITHUB_OUTPUT) {
      const outputs = {
        "sarif-file": sarifFile,
        findings: String(outcome.findings.length),
        errors: String(outcome.summary.errors),
        warnings: String(outcome.summary.warnings)
      };
      appendFileSync(
        io.env.GITHUB_OUTPUT,
        Object.entries(outputs).map(([k, v]) => `${k}=${v}
`).join("")
      );
    }
    return exitCode(outcome.findings, failOn);
  } catch (error) {
    const message = error instanceof UsageError || error instanceof ConfigError ? error.message : `internal error: ${error instanceof Error ? error.message : String(error)}`;
    io.stdout(`::error title=edgenet::${escapeData(message)}
`);
    return 2;
  }
}
function repositoryName(env, workspace) {
  return env.GITHUB_REPOSITORY?.split("/").pop() || path.basename(workspace) || "repository";
}
function openTrust(io, workspace, warn) {
  const named = input(io.env, "trust-from");
  if (named === "none") return void 0;
  const pullRequest = ["pull_request", "pull_request_target"].includes(io.env.GITHUB_EVENT_NAME ?? "");
  const ref = named || (pullRequest && io.env.GITHUB_BASE_REF ? `origin/${io.env.GITHUB_BASE_REF}` : "");
  if (!ref) return void 0;
  try {
    return Trust.open({ cwd: workspace, start: workspace, ref, option: "trust-from" });
  } catch (error) {
    if (named || !(error instanceof UsageError)) throw error;
    const words = `${error.message}. The configuration, .gitignore files and waivers are read from the pull request itself, which can switch checks off: check out with fetch-depth: 0 so that the base is in the clone.`;
    warn("edgenet: not trusted", words);
    return void 0;
  }
}

// src/action/main.ts
bindSignals(process);
process.exitCode = await runAction({ env: process.env, stdout: (text) => process.stdout.write(text) });
