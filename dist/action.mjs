import { createRequire as __edgenetCreateRequire } from 'node:module'; const require = __edgenetCreateRequire(import.meta.url);
import {
  ConfigError,
  RULES,
  RULE_IDS,
  UsageError,
  buildGraph,
  changedLines,
  checkRuleIds,
  escapeData,
  exitCode,
  findConfig,
  formatGithub,
  formatMarkdown,
  formatMermaid,
  formatSarif,
  lint,
  loadConfig,
  packageVersion
} from "./chunks/chunk-WW3TA2SL.mjs";
import "./chunks/chunk-3YW5VAQX.mjs";

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
    const config = loadConfig(configFile, workspace);
    checkRuleIds(config, RULE_IDS);
    const result = await lint({
      paths,
      cwd: workspace,
      config,
      inlineWaivers: input(io.env, "inline-ignores", "true") !== "false",
      today: io.env.EDGENET_TODAY,
      env: io.env
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
      appendFileSync(
        io.env.GITHUB_STEP_SUMMARY,
        `${formatMarkdown(result.findings, context)}
#### The network

\`\`\`mermaid
${diagram}\`\`\`
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

// src/action/main.ts
process.exitCode = await runAction({ env: process.env, stdout: (text) => process.stdout.write(text) });
