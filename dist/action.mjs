import { createRequire as __edgenetCreateRequire } from 'node:module'; const require = __edgenetCreateRequire(import.meta.url);
import {
  ConfigError,
  RULES,
  RULE_IDS,
  Trust,
  UsageError,
  buildGraph,
  changedLines,
  checkRuleIds,
  escapeData,
  escapeProperty,
  exitCode,
  fenceFor,
  findConfig,
  formatGithub,
  formatMarkdown,
  formatMermaid,
  formatSarif,
  lint,
  loadConfig,
  loadTrustedConfig,
  packageVersion
} from "./chunks/chunk-I25YNUYU.mjs";
import "./chunks/chunk-FYS72ZIS.mjs";
import "./chunks/chunk-E5P24UG3.mjs";
import "./chunks/chunk-UMQXRH7G.mjs";

// src/action/run-action.ts
import { appendFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
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
    const configInput = input(io.env, "config");
    const configFile = configInput ? path.resolve(workspace, configInput) : findConfig(workspace);
    if (configInput && !existsSync(configFile)) throw new UsageError(`configuration file not found: ${configInput}`);
    const trust = openTrust(io, workspace);
    const config = trust ? loadTrustedConfig({ trust, explicit: configInput || void 0, searchFrom: workspace, cwd: workspace }) : loadConfig(configFile, workspace);
    checkRuleIds(config, RULE_IDS);
    const result = await lint({
      paths,
      cwd: workspace,
      config,
      inlineWaivers: input(io.env, "inline-ignores", "true") !== "false",
      today: io.env.EDGENET_TODAY,
      env: io.env,
      ...trust ? { trust } : {}
    });
    const context = {
      toolVersion: packageVersion(),
      summary: result.summary,
      sources: result.sources,
      color: false,
      rules: RULES
    };
    const baseRef = input(io.env, "base-ref") || (io.env.GITHUB_BASE_REF ? `origin/${io.env.GITHUB_BASE_REF}` : "");
    if (baseRef) {
      try {
        context.changedLines = changedLines(workspace, baseRef);
      } catch (error) {
        io.stdout(`::debug::${escapeData(`no changed-lines ordering: ${error.message}`)}
`);
      }
    }
    io.stdout(formatGithub(result.findings, context));
    const sarifFile = path.resolve(workspace, input(io.env, "sarif-file", "edgenet.sarif"));
    mkdirSync(path.dirname(sarifFile), { recursive: true });
    writeFileSync(sarifFile, formatSarif(result.findings, context));
    if (io.env.GITHUB_STEP_SUMMARY) {
      const split = result.fleet.clusters.length > 1;
      const diagram = formatMermaid(
        result.clusters.map((c) => ({
          name: split ? c.scope.name : null,
          graph: buildGraph(
            c.model,
            result.findings.filter((f) => !split || f.clusters.includes(c.scope.name))
          )
        }))
      );
      const fence = fenceFor(diagram);
      appendFileSync(
        io.env.GITHUB_STEP_SUMMARY,
        `${formatMarkdown(result.findings, context)}
#### The network

${fence}mermaid
${diagram}${fence}
`
      );
    }
    if (io.env.GITHUB_OUTPUT) {
      const outputs = {
        "sarif-file": sarifFile,
        findings: String(result.findings.length),
        errors: String(result.summary.errors),
        warnings: String(result.summary.warnings)
      };
      appendFileSync(
        io.env.GITHUB_OUTPUT,
        Object.entries(outputs).map(([k, v]) => `${k}=${v}
`).join("")
      );
    }
    return exitCode(result.findings, failOn);
  } catch (error) {
    const message = error instanceof UsageError || error instanceof ConfigError ? error.message : `internal error: ${error instanceof Error ? error.message : String(error)}`;
    io.stdout(`::error title=edgenet::${escapeData(message)}
`);
    return 2;
  }
}
function openTrust(io, workspace) {
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
    io.stdout(`::warning title=${escapeProperty("edgenet: not trusted")}::${escapeData(words)}
`);
    return void 0;
  }
}

// src/action/main.ts
process.exitCode = await runAction({ env: process.env, stdout: (text) => process.stdout.write(text) });
