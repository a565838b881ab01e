import { createRequire as __edgenetCreateRequire } from 'node:module'; const require = __edgenetCreateRequire(import.meta.url);
import {
  CONFIG_NAME,
  CidrIndex,
  ConfigError,
  GitError,
  RULES,
  RULE_IDS,
  Trust,
  UsageError,
  acceptAll,
  applyBaseline,
  applyNewOnly,
  baselineRelative,
  baselineText,
  bindSignals,
  buildGraph,
  changedLines,
  checkRuleIds,
  cloudGuards,
  clusterSettings,
  clusterWords,
  compareFindings,
  contains,
  defaultCacheFile,
  didYouMean,
  effectiveLevel,
  errorsOnly,
  exitCode,
  fallbackPlace,
  findConfig,
  formatDot,
  formatGithub,
  formatMarkdown,
  formatMermaid,
  formatSarif,
  git,
  helpUri,
  lint,
  lintAtRef,
  loadConfig,
  loadTrustedConfig,
  nodeMask,
  outcomeOf,
  overlaps,
  packageFile,
  packageRoot,
  packageVersion,
  parseConfig,
  readBaseline,
  relation,
  ruleById,
  setUp,
  siteGuards,
  stdinDisplay,
  toDisplay,
  validateRef,
  visible,
  workTreeTop,
  xmlText
} from "./chunks/chunk-JMAX5JDH.mjs";
import {
  DEFAULT_MAX_FILE_SIZE
} from "./chunks/chunk-FZA5GQAU.mjs";
import "./chunks/chunk-MNDRRFXA.mjs";
import "./chunks/chunk-VCZ76RSP.mjs";
import "./chunks/chunk-UMQXRH7G.mjs";

// src/cli/read-stdin.ts
import { readSync } from "node:fs";
function readStdin(limit) {
  const chunks = [];
  const chunk = Buffer.allocUnsafe(64 * 1024);
  let total = 0;
  while (total <= limit) {
    let n;
    try {
      n = readSync(0, chunk, 0, Math.min(chunk.length, limit + 1 - total), null);
    } catch (error) {
      const code2 = error.code;
      if (code2 === "EAGAIN") {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        continue;
      }
      if (code2 === "EOF") break;
      throw error;
    }
    if (n === 0) break;
    chunks.push(Buffer.from(chunk.subarray(0, n)));
    total += n;
  }
  return Buffer.concat(chunks, total);
}

// src/cli/run.ts
import { mkdirSync, statSync as statSync3, writeFileSync as writeFileSync2 } from "node:fs";
import path6 from "node:path";

// src/core/timing.ts
var Timing = class {
  /** Phases are measured from `since` (default: the process's start, so the first covers Node's own). */
  constructor(since = 0, now = () => performance.now()) {
    this.now = now;
    this.last = since;
  }
  now;
  last;
  phases = /* @__PURE__ */ new Map();
  /** Ends the phase running since the last mark; a phase marked again (a second lint) adds up. */
  mark(phase, note) {
    const at2 = this.now();
    const known = this.phases.get(phase) ?? { ms: 0, notes: [] };
    known.ms += at2 - this.last;
    if (note) known.notes.push(note);
    this.phases.set(phase, known);
    this.last = at2;
  }
  /** The phases in the order first marked, each with its share of the whole. */
  table() {
    const rows = [...this.phases].map(([phase, { ms, notes }]) => ({ phase, ms, note: notes.join("; ") }));
    const total = rows.reduce((sum, r) => sum + r.ms, 0);
    const width = rows.reduce((w, r) => Math.max(w, r.phase.length), "total".length);
    const line = (phase, ms, note = "") => {
      const share = total > 0 ? `${(100 * ms / total).toFixed(1)}%` : "-";
      const time = `${Math.round(ms).toString().padStart(7)} ms`;
      return `  ${phase.padEnd(width)}  ${time}  ${share.padStart(6)}${note ? `  ${note}` : ""}`;
    };
    return [
      "edgenet: where the time went (EDGENET_TIMING=1)",
      ...rows.map((r) => line(r.phase, r.ms, r.note)),
      line("total", total),
      ""
    ].join("\n");
  }
};

// src/report/formatters/json.ts
var formatJson = (active, context) => {
  const findings = context.accepted?.length ? [...active, ...context.accepted].sort(compareFindings) : active;
  const report = {
    version: 1,
    tool: { name: "edgenet", version: context.toolVersion },
    findings: findings.map((f) => ({
      ruleId: f.ruleId,
      level: f.level,
      message: f.message,
      file: f.file,
      line: f.line,
      column: f.column,
      endLine: f.endLine,
      endColumn: f.endColumn,
      resource: f.resource ? { kind: f.resource.kind, name: f.resource.name, namespace: f.resource.namespace } : null,
      // The cluster whose judgement found it (null when the repository is one cluster); `clusters`
      // when the same finding arises in several (contract section 7).
      cluster: f.clusters[0] ?? null,
      ...f.clusters.length > 1 ? { clusters: [...f.clusters] } : {},
      related: f.related.map((r) => ({ file: r.file, line: r.line, column: r.column, message: r.message })),
      ...f.suppression?.kind === "baseline" ? { baselined: true } : {},
      ...f.suppression?.kind === "pre-existing" ? { preExisting: true } : {}
    })),
    summary: { ...context.summary }
  };
  return `${JSON.stringify(report, null, 2)}
`;
};

// src/report/formatters/junit.ts
var xml = (s) => xmlText(s, true);
var body = (s) => xmlText(s);
var formatJunit = (findings, context) => {
  const failures = findings.filter((f) => f.level !== "info").length;
  const skipped = findings.length - failures;
  const cases = findings.map((f) => {
    const name = xml(`${f.ruleId} ${f.file}:${f.line}:${f.column}`);
    const text = body(
      [f.message, ...f.related.map((r) => `related: ${r.file}:${r.line}:${r.column} ${r.message}`)].join("\n")
    );
    const inner = f.level === "info" ? `<skipped message="${xml(f.message)}"/>` : `<failure type="${xml(f.ruleId)}" message="${xml(f.message)}">${text}</failure>`;
    return `    <testcase classname="${xml(f.file)}" name="${name}">${inner}</testcase>`;
  });
  if (cases.length === 0)
    cases.push(`    <testcase classname="edgenet" name="edgenet lint (${context.summary.files} files)"/>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="edgenet" tests="${cases.length}" failures="${failures}">`,
    `  <testsuite name="edgenet ${xml(context.toolVersion)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}">`,
    ...cases,
    "  </testsuite>",
    "</testsuites>",
    ""
  ].join("\n");
};

// src/report/formatters/text.ts
var COLORS = { red: 31, yellow: 33, blue: 34, dim: 2, bold: 1, underline: 4 };
var formatText = (findings, context) => {
  const paint = (code2, s2) => context.color ? `\x1B[${COLORS[code2]}m${s2}\x1B[0m` : s2;
  const levelColor = { error: "red", warning: "yellow", info: "blue" };
  const out = [];
  let currentFile;
  for (const f of findings) {
    if (f.file !== currentFile) {
      if (currentFile !== void 0) out.push("");
      out.push(paint("underline", visible(f.file)));
      currentFile = f.file;
    }
    const where = visible(clusterWords(f.clusters));
    out.push(
      `  ${f.line}:${f.column}  ${paint(levelColor[f.level], f.level.padEnd(7))}  ${visible(f.message)}  ` + paint("dim", visible(f.ruleId)) + (where ? `  ${paint("dim", `(${where})`)}` : "")
    );
    for (const line of excerpt(f, context, paint)) out.push(line);
    for (const r of f.related)
      out.push(`      ${paint("dim", "\u21B3")} ${visible(r.file)}:${r.line}:${r.column}  ${visible(r.message)}`);
  }
  const s = context.summary;
  const total = findings.length;
  if (total > 0) out.push("");
  const counts = [
    `${s.errors} ${plural(s.errors, "error")}`,
    `${s.warnings} ${plural(s.warnings, "warning")}`,
    `${s.infos} ${plural(s.infos, "info")}`
  ].join(", ");
  const known = [
    s.suppressed ? `, ${s.suppressed} suppressed` : "",
    s.baselined ? `, ${s.baselined} baselined` : "",
    s.preExisting ? `, ${s.preExisting} pre-existing` : ""
  ].join("");
  const scope = `${s.files} ${plural(s.files, "file")}, ${s.documents} ${plural(s.documents, "document")}${known}`;
  out.push(
    total === 0 ? paint("bold", `No problems (${scope}).`) : paint("bold", `${total} ${plural(total, "problem")} (${counts}) in ${scope}.`)
  );
  if (s.baselineGone) {
    const n = s.baselineGone;
    const gone = n === 1 ? "1 finding of the baseline no longer occurs" : `${n} findings of the baseline no longer occur`;
    out.push(`${gone} (--write-baseline rewrites it without them).`);
  }
  return `${out.join("\n")}
`;
};
function excerpt(f, context, paint) {
  const line = context.sources.get(f.file)?.[f.line - 1];
  if (line === void 0 || line.length > 300) return [];
  const gutter = String(f.line).padStart(6);
  const width = f.endLine === f.line && f.endColumn > f.column ? f.endColumn - f.column : 1;
  const start = Math.min(f.column - 1, line.length);
  const lead = visible(line.slice(0, start), true).replace(/[^\t]/g, " ");
  const marked = visible(line.slice(start, start + Math.max(1, width)), true).length;
  return [
    `${paint("dim", `${gutter} |`)} ${visible(line, true)}`,
    `${paint("dim", `${" ".repeat(6)} |`)} ${lead}${paint("red", "^".repeat(Math.max(1, marked)))}`
  ];
}
function plural(n, word) {
  return n === 1 ? word : `${word}s`;
}

// src/report/formatters/index.ts
var FORMATTERS = {
  text: formatText,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  junit: formatJunit,
  markdown: formatMarkdown
};
function isFormatName(name) {
  return Object.hasOwn(FORMATTERS, name);
}

// src/cli/args.ts
import { parseArgs } from "node:util";

// src/cli/help.ts
var LINT = `usage: edgenet lint [PATH...] [options]

Lints files and directories (default .); - reads stdin.

options:
  --config FILE            configuration (default: .edgenet.yaml of the first PATH or the cwd, or above)
  --format FORMAT          text (default), json, sarif, github, junit or markdown
  --output [FORMAT=]FILE   write a report to FILE (repeatable); FILE alone takes the --format report off stdout
  --fail-on LEVEL          error (default), warning or never
  --max-warnings N         also fail when there are more than N warnings
  --quiet                  report errors only
  --rule ID=LEVEL          off, info, warning or error for one rule (repeatable; user-policy ids too)
  --policy FILE            a compiled user policy: bundle.tar.gz or policy.wasm (repeatable)
  --ignore-pattern GLOB    do not lint files matching GLOB, relative to the cwd (repeatable)
  --baseline FILE          findings FILE knows are reported as baselined and do not fail
  --write-baseline FILE    write every finding's fingerprint to FILE (then they are baselined)
  --new-only REF           only findings REF does not have fail (lints REF's tree too: twice the time)
  --trust-from REF         configuration, .gitignore files and waivers as REF has them (pull requests)
  --base-ref REF           github format: findings on lines changed since REF first
  --no-inline-ignores      comments and annotations waive nothing (config ignores still do)
  --cluster NAME           report only this cluster's findings (see edgenet clusters)
  --context DIR            build the model from DIR, report only on the named files (pre-commit)
  --stdin-filename NAME    the name findings on stdin are reported under
  --cache, --no-cache      keep each file's facts by content (default on with --context)
  --cache-location FILE    where (default node_modules/.cache/edgenet/facts.json)
  --print-config           print the configuration the run would use, as JSON, and exit
  --no-color               plain text
  -h, --help               this help

exit codes: 0 nothing at or above --fail-on, 1 findings at or above it (or over --max-warnings),
            2 usage, configuration or internal error
`;
var TOPICS = {
  lint: LINT,
  clusters: `usage: edgenet clusters [PATH...] [--format text|json] [--config FILE]

Each cluster the repository describes, why it was formed, its files and builds.
`,
  plan: `usage: edgenet plan [PATH...] [--format text|markdown|json] [--cluster NAME] [--config FILE]

The address plan: every range, where it is declared, the node blocks and their headroom, overlaps.
`,
  graph: `usage: edgenet graph [PATH...] [--format mermaid|dot] [--cluster NAME] [--config FILE]

Network domains, links and violations as a diagram.
`,
  rules: `usage: edgenet rules [--format text|json]

The catalogue: id, default level, title.
`,
  explain: `usage: edgenet explain RULE
       edgenet explain --all [--format text|markdown]

Why a rule exists, how to fix what it reports, and a failing and a passing example.
`,
  init: `usage: edgenet init [DIR] [--force]

Writes DIR/.edgenet.yaml (default .) from what the repository holds; --force overwrites one.
`,
  version: `usage: edgenet version

Prints the version.
`,
  help: `usage: edgenet help [COMMAND]

Help on edgenet, or on one command.
`
};
var COMMANDS = ["lint", "clusters", "plan", "graph", "rules", "explain", "init", "version", "help"];
var GENERAL_HELP = `edgenet: checks the networking of ACK Edge clusters from a GitOps repository

usage: edgenet COMMAND [options]

commands:
  lint [PATH...]       lint files and directories (default .); - reads stdin
  clusters [PATH...]   each cluster, why it was formed, its files and builds
  plan [PATH...]       the address plan: ranges, headroom, overlaps
  graph [PATH...]      domains, links and violations as a diagram (Mermaid or DOT)
  rules                the catalogue
  explain RULE         why, how to fix, a failing and a passing example
  init [DIR]           write a commented .edgenet.yaml from what the repository holds
  version              the version
  help [COMMAND]       this help, or a command's

edgenet help lint (or edgenet lint --help) lists lint's options.
`;
function helpText(topic) {
  return topic === void 0 ? GENERAL_HELP : TOPICS[topic];
}

// src/cli/args.ts
var LEVELS = /* @__PURE__ */ new Set(["off", "info", "warning", "error"]);
function parseCommandLine(argv) {
  const [command, ...rest] = argv;
  const end = rest.indexOf("--");
  const help = (end < 0 ? rest : rest.slice(0, end)).some((a) => a === "--help" || a === "-h");
  if (help && command !== void 0 && COMMANDS.includes(command)) return { command: "help", topic: command };
  switch (command) {
    case void 0:
    case "--help":
    case "-h":
      return { command: "help" };
    case "help": {
      const topic = rest[0];
      if (topic === void 0) return { command: "help" };
      if (!COMMANDS.includes(topic))
        throw new UsageError(
          `no help on "${topic}": not a command${didYouMean(topic, COMMANDS)} (see \`edgenet help\`)`
        );
      return { command: "help", topic };
    }
    case "version":
    case "--version":
    case "-v":
      return { command: "version" };
    case "lint":
      return parseLint(rest);
    case "rules": {
      const { values } = parse("rules", rest, { format: { type: "string" } }, false);
      const format = values.format ?? "text";
      if (format !== "text" && format !== "json")
        throw new UsageError(`--format for rules must be text or json, not "${format}"`);
      return { command: "rules", format };
    }
    case "explain": {
      const { values, positionals } = parse(
        "explain",
        rest,
        { all: { type: "boolean" }, format: { type: "string" } },
        true
      );
      const format = values.format ?? "text";
      if (format !== "text" && format !== "markdown")
        throw new UsageError(`--format for explain must be text or markdown, not "${format}"`);
      if (values.all) return { command: "explain", rule: null, format };
      if (positionals.length !== 1)
        throw new UsageError("usage: edgenet explain RULE | edgenet explain --all [--format markdown]");
      const rule = positionals[0];
      if (!ruleById(rule))
        throw new UsageError(`unknown rule "${rule}"${didYouMean(rule, RULE_IDS)} (see \`edgenet rules\`)`);
      return { command: "explain", rule: positionals[0], format };
    }
    case "clusters": {
      const { values, positionals } = parse(
        "clusters",
        rest,
        { format: { type: "string" }, config: { type: "string" } },
        true
      );
      const format = values.format ?? "text";
      if (format !== "text" && format !== "json")
        throw new UsageError(`--format for clusters must be text or json, not "${format}"`);
      return { command, paths: positionals, config: values.config, format };
    }
    case "plan":
    case "graph": {
      const { values, positionals } = parse(
        command,
        rest,
        { format: { type: "string" }, config: { type: "string" }, cluster: { type: "string" } },
        true
      );
      const formats = command === "plan" ? ["text", "markdown", "json"] : ["mermaid", "dot"];
      const format = values.format ?? formats[0];
      if (!formats.includes(format))
        throw new UsageError(`--format for ${command} must be ${formats.join(", ")}, not "${format}"`);
      const common = {
        paths: positionals,
        config: values.config,
        ...values.cluster ? { cluster: values.cluster } : {}
      };
      return command === "plan" ? { command, ...common, format } : { command, ...common, format };
    }
    case "init": {
      const { values, positionals } = parse("init", rest, { force: { type: "boolean" } }, true);
      if (positionals.length > 1) throw new UsageError("usage: edgenet init [DIR] [--force]");
      return { command: "init", dir: positionals[0] ?? ".", force: Boolean(values.force) };
    }
    default:
      throw new UsageError(
        `unknown command "${command}"${didYouMean(command, COMMANDS)} (commands: ${COMMANDS.join(", ")})`
      );
  }
}
function parseLint(argv) {
  const { values, positionals } = parse(
    "lint",
    argv,
    {
      config: { type: "string" },
      format: { type: "string" },
      output: { type: "string", multiple: true },
      "fail-on": { type: "string" },
      "max-warnings": { type: "string" },
      quiet: { type: "boolean" },
      rule: { type: "string", multiple: true },
      "stdin-filename": { type: "string" },
      color: { type: "boolean" },
      "no-color": { type: "boolean" },
      "no-inline-ignores": { type: "boolean" },
      context: { type: "string" },
      "base-ref": { type: "string" },
      "trust-from": { type: "string" },
      policy: { type: "string", multiple: true },
      cluster: { type: "string" },
      cache: { type: "boolean" },
      "no-cache": { type: "boolean" },
      "cache-location": { type: "string" },
      "ignore-pattern": { type: "string", multiple: true },
      "print-config": { type: "boolean" },
      baseline: { type: "string" },
      "write-baseline": { type: "string" },
      "new-only": { type: "string" }
    },
    true
  );
  const format = values.format ?? "text";
  const formats = Object.keys(FORMATTERS);
  if (!isFormatName(format))
    throw new UsageError(`unknown --format "${format}"${didYouMean(format, formats)} (formats: ${formats.join(", ")})`);
  const failOn = values["fail-on"] ?? "error";
  if (failOn !== "error" && failOn !== "warning" && failOn !== "never")
    throw new UsageError(`--fail-on must be error, warning or never, not "${failOn}"`);
  const rules = {};
  for (const spec of values.rule ?? []) {
    const eq = spec.lastIndexOf("=");
    const id = spec.slice(0, eq);
    const level = spec.slice(eq + 1);
    if (eq < 0 || !LEVELS.has(level))
      throw new UsageError(`--rule takes ID=LEVEL with LEVEL off, info, warning or error, not "${spec}"`);
    rules[id] = level;
  }
  const outputs = (values.output ?? []).map((spec) => parseOutput(spec, format));
  let maxWarnings;
  if (values["max-warnings"] !== void 0) {
    maxWarnings = Number(values["max-warnings"]);
    if (!/^\d+$/.test(values["max-warnings"]) || !Number.isSafeInteger(maxWarnings))
      throw new UsageError(`--max-warnings takes a number of warnings (0 or more), not "${values["max-warnings"]}"`);
  }
  const color = values["no-color"] ? false : values.color ? true : void 0;
  if (values.context !== void 0 && positionals.length === 0)
    throw new UsageError("--context needs the files to report on (pre-commit passes them)");
  const ref = (option) => values[option] === void 0 ? void 0 : validateRef(values[option], `--${option}`);
  for (const option of ["baseline", "write-baseline", "cache-location"])
    if (values[option] === "") throw new UsageError(`--${option} needs a file name`);
  return {
    command: "lint",
    paths: positionals,
    config: values.config,
    format,
    outputs,
    failOn,
    rules,
    stdinFilename: values["stdin-filename"],
    color,
    inlineWaivers: !values["no-inline-ignores"],
    context: values.context,
    baseRef: ref("base-ref"),
    ...values["trust-from"] === void 0 ? {} : { trustFrom: ref("trust-from") },
    policies: values.policy ?? [],
    ...values.cluster ? { cluster: values.cluster } : {},
    ...values["no-cache"] ? { cache: false } : values.cache ? { cache: true } : {},
    ...values["cache-location"] ? { cacheLocation: values["cache-location"] } : {},
    ignorePatterns: values["ignore-pattern"] ?? [],
    ...maxWarnings === void 0 ? {} : { maxWarnings },
    quiet: Boolean(values.quiet),
    printConfig: Boolean(values["print-config"]),
    ...values.baseline === void 0 ? {} : { baseline: values.baseline },
    ...values["write-baseline"] === void 0 ? {} : { writeBaseline: values["write-baseline"] },
    ...values["new-only"] === void 0 ? {} : { newOnly: ref("new-only") }
  };
}
function parseOutput(spec, format) {
  const m = /^([A-Za-z0-9_-]+)=(.*)$/s.exec(spec);
  if (!m) {
    if (spec === "") throw new UsageError("--output needs a file name");
    return { format, file: spec, named: false };
  }
  const [, name, file] = m;
  const formats = Object.keys(FORMATTERS);
  if (!isFormatName(name))
    throw new UsageError(
      `--output ${spec}: unknown format "${name}"${didYouMean(name, formats)} (formats: ${formats.join(", ")}; a file whose name holds "=": --output ./${spec})`
    );
  if (file === "") throw new UsageError(`--output ${spec}: no file after "="`);
  return { format: name, file, named: true };
}
function parse(command, args, options, allowPositionals) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    const e = error;
    const help = `see \`edgenet ${command} --help\``;
    if (e.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
      const option = /'([^']+)'/.exec(e.message)?.[1] ?? e.message;
      const names = Object.keys(options).map((o) => `--${o}`);
      throw new UsageError(`unknown option ${option} for ${command}${didYouMean(option, names)} (${help})`);
    }
    if (e.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
      const option = /'(--[^ ']+)/.exec(e.message)?.[1];
      if (option && /argument missing/.test(e.message)) throw new UsageError(`${option} needs a value (${help})`);
      if (option) throw new UsageError(`${option} takes no value (${help})`);
    }
    if (e.code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") {
      const word = /'([^']*)'/.exec(e.message)?.[1] ?? "";
      throw new UsageError(`${command} takes no argument "${word}" (${help})`);
    }
    throw new UsageError(`${e.message.split(". ")[0]} (${help})`);
  }
}

// src/cli/catalogue-text.ts
function formatRules(format) {
  if (format === "json") {
    const rules = RULES.map((r) => ({
      id: r.id,
      level: r.level,
      title: r.title,
      engine: r.engine,
      helpUri: helpUri(r.id)
    }));
    return `${JSON.stringify({ rules }, null, 2)}
`;
  }
  const width = RULES.reduce((w, r) => Math.max(w, r.id.length), 0);
  const lines = RULES.map((r) => `${r.id.padEnd(width)}  ${r.level.padEnd(7)}  ${r.title}`);
  return `${lines.join("\n")}
`;
}
var indent = (text, by = "    ") => text.replace(/\n$/, "").split("\n").map((l) => l ? by + l : l).join("\n");
var at = (f) => `${f.file}:${f.line}:${f.column}`;
function formatExplain(e) {
  const { rule } = e;
  const out = [`${rule.id} (${rule.level})`, rule.title, "", `Why: ${rule.why}`, "", `Fix: ${rule.fix}`, ""];
  for (const [label, part] of [
    ["Failing example", e.fail],
    ["Passing example", e.pass]
  ]) {
    if (!part) continue;
    out.push(`${label} (${part.example.dir}):`, "");
    for (const f of part.example.files) out.push(`  ${f.name}`, indent(f.text), "");
    const mine = part.findings.filter((f) => f.ruleId === rule.id);
    out.push(mine.length ? `  edgenet reports:` : `  edgenet reports nothing for ${rule.id}.`);
    for (const f of mine) out.push(`    ${at(f)}  ${f.message}`);
    out.push("");
  }
  out.push(`Docs: ${helpUri(rule.id)}`, "");
  return out.join("\n");
}
function formatExplainMarkdown(all) {
  const out = [
    "# edgenet rules",
    "",
    "<!-- Generated by `npm run docs` (edgenet explain --all --format markdown); do not edit. -->",
    ""
  ];
  const security = all.filter((e) => e.rule.tags?.includes("security")).map((e) => `\`${e.rule.id}\``);
  out.push(
    "## Severity in code scanning",
    "",
    "GitHub code scanning calls a result a security alert, and ranks it Critical to Low, by the",
    "`security-severity` of its rule in the SARIF report. edgenet gives one only to rules tagged `security`,",
    `and ${security.length ? `those are ${security.join(", ")}` : "no rule is tagged so today"}: every rule here finds a`,
    "fault of addressing or connectivity (an outage, a route that cannot work, a check that could not run), not",
    "an exposure an attacker can use; a security rank would send them to the wrong people and make a YAML",
    'syntax error a "High" alert. Their level (error, warning, note) is what code scanning shows. A rule',
    "that finds an exposure (a port open to the world, say) is tagged `security` in its declaration and gets",
    "the severity of its level: error 7.5 (High), warning 5.0 (Medium), info 2.0 (Low).",
    ""
  );
  out.push(
    ruleTable(
      all.map((e) => e.rule),
      (id) => `#${anchor(id)}`
    ),
    ""
  );
  for (const e of all) {
    const { rule } = e;
    out.push(
      `## \`${rule.id}\``,
      "",
      `**${rule.title}.** Default level: ${rule.level}.`,
      "",
      `**Why.** ${rule.why}`,
      "",
      `**Fix.** ${rule.fix}`,
      ""
    );
    for (const [label, part] of [
      ["Failing example", e.fail],
      ["Passing example", e.pass]
    ]) {
      if (!part) continue;
      out.push(`### ${label}`, "", `From [\`${part.example.dir}\`](../${part.example.dir}):`, "");
      for (const f of part.example.files)
        out.push(
          `\`${f.name}\``,
          "",
          `\`\`\`${f.name.endsWith(".json") ? "json" : "yaml"}`,
          f.text.replace(/\n$/, ""),
          "```",
          ""
        );
      const mine = part.findings.filter((f) => f.ruleId === rule.id);
      if (mine.length) {
        out.push("edgenet reports:", "");
        for (const f of mine) out.push(`- \`${at(f)}\` ${f.message}`);
        out.push("");
      } else out.push(`edgenet reports nothing for \`${rule.id}\`.`, "");
    }
  }
  return out.join("\n");
}
function ruleTable(rules, link) {
  const rows = rules.map((r) => `| [\`${r.id}\`](${link(r.id)}) | ${r.level} | ${r.title} |`);
  return ["| Rule | Default | What it catches |", "|---|---|---|", ...rows].join("\n");
}
function anchor(id) {
  return id.replace(/[^a-z0-9-]/g, "");
}

// src/cli/explain.ts
import path3 from "node:path";
import { existsSync as existsSync2 } from "node:fs";

// src/git/pull-request-example.ts
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
var BASE_DIR = "trust-from";
var EXAMPLE_BASE_BRANCH = "main";
function pullRequestRepo(fixture) {
  const cwd = mkdtempSync(path.join(tmpdir(), "edgenet-example-"));
  try {
    cpSync(path.join(fixture, BASE_DIR), cwd, { recursive: true });
    const quiet = ["-c", "core.hooksPath=/dev/null", "-c", "commit.gpgsign=false"];
    const who = ["-c", "user.name=edgenet", "-c", "user.email=edgenet@example.invalid"];
    git(["init", "-q", "-b", EXAMPLE_BASE_BRANCH], { cwd });
    git(["add", "-A"], { cwd });
    git([...quiet, ...who, "commit", "-q", "--no-verify", "-m", "base"], { cwd });
    for (const name of readdirSync(cwd)) if (name !== ".git") rmSync(path.join(cwd, name), { recursive: true });
    cpSync(fixture, cwd, { recursive: true, filter: (src) => path.relative(fixture, src) !== BASE_DIR });
    const trust = Trust.open({ cwd, start: cwd, ref: EXAMPLE_BASE_BRANCH, option: "--trust-from" });
    return { cwd, trust, dispose: () => rmSync(cwd, { recursive: true, force: true }) };
  } catch (error) {
    rmSync(cwd, { recursive: true, force: true });
    throw error;
  }
}

// src/rules/examples.ts
import { existsSync, readdirSync as readdirSync2, readFileSync } from "node:fs";
import path2 from "node:path";
function ruleExample(ruleId, kind) {
  const dir = packageFile("fixtures", "rules", ...ruleId.split("/"), kind);
  if (!existsSync(dir)) return void 0;
  return { dir: ["fixtures", "rules", ruleId, kind].join("/"), files: walk(dir, dir) };
}
function walk(dir, root) {
  return readdirSync2(dir, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0).flatMap((e) => {
    const p = path2.join(dir, e.name);
    if (e.isDirectory()) return walk(p, root);
    return [{ name: path2.relative(root, p).split(path2.sep).join("/"), text: readFileSync(p, "utf8") }];
  });
}

// src/cli/explain.ts
async function run(example) {
  if (!example) return void 0;
  const dir = path3.join(packageRoot(), example.dir);
  if (existsSync2(path3.join(dir, BASE_DIR))) {
    let repo;
    try {
      repo = pullRequestRepo(dir);
    } catch (error) {
      if (error instanceof GitError) return void 0;
      throw error;
    }
    try {
      const { cwd, trust } = repo;
      const config2 = loadTrustedConfig({ trust, searchFrom: cwd, cwd });
      return { example, findings: (await lint({ paths: ["."], cwd, config: config2, today: "2026-01-01", trust })).findings };
    } finally {
      repo.dispose();
    }
  }
  const configFile = path3.join(dir, ".edgenet.yaml");
  const config = loadConfig(existsSync2(configFile) ? configFile : void 0, dir);
  const result = await lint({ paths: ["."], cwd: dir, config, today: "2026-01-01" });
  return { example, findings: result.findings };
}
async function explain(id) {
  const rule = ruleById(id);
  return { rule, fail: await run(ruleExample(id, "fail")), pass: await run(ruleExample(id, "pass")) };
}
async function explainText(id) {
  return formatExplain(await explain(id));
}
async function explainAllMarkdown() {
  const all = [];
  for (const rule of RULES) all.push(await explain(rule.id));
  return formatExplainMarkdown(all);
}

// src/cli/init.ts
import { existsSync as existsSync3, statSync, writeFileSync } from "node:fs";
import path4 from "node:path";

// src/cli/io.ts
var EXIT = { ok: 0, findings: 1, failure: 2 };

// src/cli/init.ts
async function runInit(args, io) {
  const dir = path4.resolve(io.cwd, args.dir);
  if (!existsSync3(dir) || !statSync(dir).isDirectory()) throw new UsageError(`not a directory: ${args.dir}`);
  const file = path4.join(dir, CONFIG_NAME);
  if (existsSync3(file) && !args.force)
    throw new UsageError(`${path4.relative(io.cwd, file) || CONFIG_NAME} exists; --force overwrites it`);
  const result = await lint({
    paths: ["."],
    cwd: dir,
    config: loadConfig(void 0, dir),
    env: io.env,
    describesFacts: true
  });
  const split = result.clusters.length > 1;
  const text = split ? initialFleetConfig(
    result.clusters.map((c) => ({ name: c.scope.name, reasons: c.scope.reasons, model: c.model })),
    result.describe
  ) : initialConfig(result.clusters[0].model, result.describe);
  parseConfig(CONFIG_NAME, text, dir);
  writeFileSync(file, text);
  const missing = text.split("\n").filter((l) => l.includes("NOT FOUND in the repository")).length;
  io.stdout(
    `wrote ${path4.relative(io.cwd, file) || CONFIG_NAME}: ${missing} ${missing === 1 ? "fact" : "facts"} not found in the repository, marked NOT FOUND
`
  );
  return EXIT.ok;
}
function initialConfig(model, describe) {
  return [...HEADER, "cluster:", ...clusterFacts(model, "  ", describe), ""].join("\n");
}
function initialFleetConfig(clusters, describe) {
  const out = [
    ...HEADER,
    `# The repository describes ${clusters.length} clusters (\`edgenet clusters\` shows their files); each entry`,
    "# below completes the cluster found under its name. Keys under a `cluster:` block would be defaults for all.",
    "clusters:"
  ];
  for (const c of clusters) {
    out.push(`  - name: ${yamlString(c.name)}`);
    for (const reason of c.reasons) out.push(`    # formed by: ${reason}`);
    for (const line of clusterFacts(c.model, "    ", describe)) out.push(line);
  }
  return `${out.join("\n")}
`;
}
var SCHEMA_URL = "https://raw.githubusercontent.com/edgenet-dev/edgenet/main/schema/edgenet.schema.json";
var HEADER = [
  "# edgenet configuration, written by `edgenet init` from what this repository holds.",
  "# Facts found in the repository are named in comments: they need no repeating here.",
  "# Facts marked NOT FOUND could not be read from the repository: fill them in, or leave them out.",
  `# yaml-language-server: $schema=${SCHEMA_URL}`
];
var yamlString = (s) => /^[A-Za-z0-9][\w./#@-]*$/.test(s) && !/^(true|false|null|yes|no|on|off|~)$/i.test(s) ? s : JSON.stringify(s);
function clusterFacts(model, indent2, describe) {
  const out = [];
  const where = (facts) => [...new Set(facts.map((f) => `${f.cidr} (${describe(f.ref)})`))].join(", ");
  const line = (text) => out.push(`${indent2}${text}`);
  const fact = (found, what, key, example) => {
    if (found.length) return line(`# ${what}: found ${where(found)}`);
    line(`# ${what}: NOT FOUND in the repository`);
    line(`# ${key}: [${example}]`);
  };
  fact(model.vpcCidrs, "VPC CIDR", "vpcCidrs", "192.168.0.0/16");
  fact(model.podCidrs, "pod CIDR", "podCidrs", "10.0.0.0/16");
  fact(model.serviceCidrs, "Service CIDR", "serviceCidrs", "172.21.0.0/20");
  if (model.nodeCidrMasks.length)
    line(`# node mask: found ${model.nodeCidrMasks.map((m) => `/${m.value} (${describe(m.ref)})`).join(", ")}`);
  else {
    line("# node mask: NOT FOUND in the repository (kube-controller-manager defaults to 24)");
    line("# nodeCidrMask: 24");
  }
  if (model.controllerVersions.length)
    line(
      `# edge-controller-manager: found ${model.controllerVersions.map((v) => `${v.value} (${describe(v.ref)})`).join(", ")}`
    );
  else {
    line("# edge-controller-manager version: NOT FOUND in the repository (ACK does not show it; see the cluster)");
    line('# edgeControllerManagerVersion: "2.1.3"');
  }
  if (model.securityGroups.length) {
    const ids = model.securityGroups.map((g) => g.id);
    line(`# security groups found: ${ids.join(", ")}; name the ones on the cloud nodes:`);
    line(`# cloudSecurityGroups: [${ids[0]}]`);
  } else line("# security groups: NOT FOUND in the repository; the VXLAN port check needs them");
  line("# apiServerReachesEdge: true   # default: inferred from APIServices and admission webhooks");
  const edgePools = model.pools.filter((p) => !p.cloud);
  if (edgePools.length === 0) {
    line("# edge pools: NOT FOUND in the repository (NodePool objects or Node labels); describe each data centre:");
    for (const l of [
      "# sites:",
      "#   - name: idc-1",
      "#     connection: express-connect",
      "#     nodePools: [idc-1-pool]"
    ])
      line(l);
    line("#     hostCidrs: [10.10.0.0/16]");
    return out;
  }
  line("# One site per edge pool found; put pools of one data centre together, and give each its host network.");
  line("sites:");
  for (const pool of edgePools) {
    line(`  - name: ${yamlString(pool.name)}`);
    line(`    connection: ${pool.connection}   # from ${pool.connectionSource}`);
    line(`    nodePools: [${yamlString(pool.name)}]`);
    line("    # hostCidrs: NOT FOUND in the repository: the data centre host network, e.g. [10.10.0.0/16]");
  }
  return out;
}

// src/cli/views.ts
import { existsSync as existsSync4, statSync as statSync2 } from "node:fs";
import path5 from "node:path";

// src/plan/build-plan.ts
var KIND_WORDS = {
  pod: "pod",
  service: "Service",
  vpc: "VPC",
  vswitch: "vSwitch",
  "edge-hosts": "edge hosts"
};
function buildPlan(model, describe) {
  const index = new CidrIndex(model);
  const sources = [
    ["pod", model.podCidrs],
    ["service", model.serviceCidrs],
    ["vpc", model.vpcCidrs],
    ["vswitch", model.vswitchCidrs],
    ["edge-hosts", model.sites.flatMap((s) => s.hostCidrs)]
  ];
  const rows = [];
  for (const [kind, facts] of sources) {
    for (const { fact, cidr } of index.valid(facts)) {
      const row = rows.find((r) => r.kind === kind && r.cidr === cidr.text);
      if (row) {
        row.declaredAt.push(describe(fact));
        if (!row.origins.includes(fact.origin)) row.origins.push(fact.origin);
        continue;
      }
      rows.push({
        kind,
        cidr: cidr.text,
        family: cidr.family,
        declaredAt: [describe(fact)],
        origins: [fact.origin],
        overlaps: [],
        parsed: cidr
      });
    }
  }
  const families = new Set(rows.filter((r) => r.kind === "pod").map((r) => r.family));
  const nodeBlocks = index.valid(model.nodes.flatMap((n) => n.podCidrs));
  for (const row of rows) {
    for (const other of rows) {
      if (other === row || !overlaps(row.parsed, other.parsed)) continue;
      if (row.kind === "vswitch" && other.kind === "vpc" || row.kind === "vpc" && other.kind === "vswitch")
        continue;
      if (row.kind === other.kind && row.kind === "pod") continue;
      row.overlaps.push(`${relation(row.parsed, other.parsed)} ${KIND_WORDS[other.kind]} ${other.cidr}`);
    }
    if (row.kind !== "pod") continue;
    const mask = nodeMask(model, row.family, families.size === 1);
    if (!mask.known) {
      row.nodeMask = null;
      row.nodeMaskSource = mask.reason;
      continue;
    }
    row.nodeMask = mask.mask;
    row.nodeMaskSource = mask.fact?.origin ?? "kube-controller-manager's default";
    const bits = mask.mask - row.parsed.prefix;
    row.nodeBlocks = bits < 0 ? "0 (mask shorter than the prefix)" : (2n ** BigInt(bits)).toString();
    row.nodesUsed = nodeBlocks.filter((b) => contains(row.parsed, b.cidr)).length;
    const ips = row.family === 4 ? 2n ** BigInt(32 - mask.mask) - 3n : 2n ** BigInt(128 - mask.mask) - 2n;
    row.podIpsPerNode = (ips < 0n ? 0n : ips).toString();
  }
  return {
    rows: rows.map(({ parsed: _parsed, ...row }) => row),
    unknown: model.unknowns.map((u) => `${u.what}: ${u.reason}`),
    guards: planGuards(model)
  };
}
function planGuards(model) {
  const out = [];
  const row = (hosts, g) => ({
    hosts,
    groups: g.ties.map((t) => ({ id: t.group.id, why: t.why })),
    missing: g.missing.map((m) => `${m.name} (${m.why})`)
  });
  if (model.securityGroups.length > 0 || model.sites.some((s) => s.connection === "express-connect"))
    out.push(row("the cloud nodes", cloudGuards(model)));
  for (const site of model.sites)
    if (site.securityGroups.length > 0) out.push(row(`the hosts of site ${site.name}`, siteGuards(model, site)));
  return out;
}

// src/plan/format-plan.ts
var HEADERS = ["range", "kind", "declared at", "node mask", "node blocks", "nodes", "pod IPs/node", "overlaps"];
function cells(row) {
  const pod = row.kind === "pod";
  return [
    row.cidr,
    row.kind,
    row.declaredAt.join(", "),
    pod ? row.nodeMask === null ? `unknown (${row.nodeMaskSource})` : `/${row.nodeMask} (${row.nodeMaskSource})` : "",
    pod ? row.nodeBlocks ?? "" : "",
    pod && row.nodesUsed !== void 0 ? String(row.nodesUsed) : "",
    pod ? row.podIpsPerNode ?? "" : "",
    row.overlaps.length ? `\u26A0 ${row.overlaps.join("; ")}` : ""
  ];
}
function formatPlanText(plans) {
  return sections(
    plans,
    (p) => `cluster ${p.name}:
`,
    (p) => planText(p.plan)
  );
}
function formatPlanMarkdown(plans) {
  return sections(
    plans,
    (p) => `### Cluster \`${p.name}\`

`,
    (p) => planMarkdown(p.plan)
  );
}
function formatPlanJson(plans) {
  const only = plans.length === 1 && plans[0].name === null ? plans[0].plan : void 0;
  const body2 = only ? { ...only } : { clusters: plans.map((p) => ({ name: p.name, ...p.plan })) };
  return `${JSON.stringify({ version: 1, ...body2 }, null, 2)}
`;
}
function sections(plans, heading, body2) {
  return plans.map((p) => p.name === null ? body2(p) : heading(p) + body2(p)).join("\n");
}
function planText(plan) {
  const table = [HEADERS, ...plan.rows.map(cells)];
  const widths = HEADERS.map((_, i) => table.reduce((w, r) => Math.max(w, r[i].length), 0));
  const lines = table.map(
    (r) => r.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd()
  );
  lines.splice(1, 0, widths.map((w) => "-".repeat(w)).join("  "));
  if (plan.rows.length === 0) lines.push("(no address ranges found)");
  for (const u of plan.unknown) lines.push(`unknown: ${u}`);
  for (const g of plan.guards) lines.push(`guards: ${guardWords(g)}`);
  return `${lines.join("\n")}
`;
}
function planMarkdown(plan) {
  const esc = (s) => s.replace(/\|/g, "\\|");
  const lines = [
    `| ${HEADERS.join(" | ")} |`,
    `|${HEADERS.map(() => "---").join("|")}|`,
    ...plan.rows.map((r) => `| ${cells(r).map(esc).join(" | ")} |`)
  ];
  for (const u of plan.unknown) lines.push("", `Unknown: ${esc(u)}`);
  for (const g of plan.guards) lines.push("", `Guards: ${esc(guardWords(g))}`);
  return `${lines.join("\n")}
`;
}
function guardWords(g) {
  const groups = g.groups.map((t) => `${t.id} (${t.why.join("; ")})`);
  const missing = g.missing.map((m) => `${m}, not in the repository`);
  const all = [...groups, ...missing];
  const none = "none known: nothing in the repository ties a security group to them (set cluster.cloudSecurityGroups)";
  return `${g.hosts}: ${all.length ? all.join(", ") : none}`;
}

// src/cli/views.ts
function configFor(explicit, searchFrom, io) {
  const configFile = explicit ? path5.resolve(io.cwd, explicit) : findConfig(searchFrom) ?? findConfig(io.cwd);
  if (explicit && !existsSync4(configFile)) throw new UsageError(`configuration file not found: ${explicit}`);
  const config = loadConfig(configFile, io.cwd);
  checkRuleIds(config, RULE_IDS);
  return config;
}
function configSearchStart(paths, cwd) {
  const first = paths.find((p) => p !== "-");
  if (!first) return cwd;
  const abs = path5.resolve(cwd, first);
  return existsSync4(abs) && statSync2(abs).isDirectory() ? abs : path5.dirname(abs);
}
function assertCluster(result, name) {
  const names = result.fleet.clusters.map((c) => c.name).filter((n) => n !== null);
  if (!names.includes(name)) {
    const known = names.length ? `clusters: ${names.join(", ")}` : "the repository is not split into clusters";
    throw new UsageError(
      `--cluster ${name}: no such cluster${didYouMean(name, names)} (${known}; see \`edgenet clusters\`)`
    );
  }
}
function selected(result, name) {
  if (name === void 0) return result.clusters;
  assertCluster(result, name);
  return result.clusters.filter((c) => c.scope.name === name);
}
async function runView(args, io) {
  const config = configFor(args.config, configSearchStart(args.paths, io.cwd), io);
  const result = await lint({
    paths: args.paths,
    cwd: io.cwd,
    config,
    today: io.env.EDGENET_TODAY,
    env: io.env,
    describesFacts: args.command === "plan"
  });
  const clusters = selected(result, args.cluster);
  const split = result.fleet.clusters.length > 1;
  if (args.command === "plan") {
    const plans = clusters.map((c) => ({
      name: split ? c.scope.name : null,
      plan: buildPlan(c.model, (fact) => result.describe(fact.ref))
    }));
    if (args.format === "json") io.stdout(formatPlanJson(plans));
    else io.stdout((args.format === "markdown" ? formatPlanMarkdown : formatPlanText)(plans));
  } else {
    const graphs = clusters.map((c) => ({
      name: split ? c.scope.name : null,
      graph: buildGraph(
        c.model,
        result.findings.filter((f) => !split || f.clusters.includes(c.scope.name))
      )
    }));
    io.stdout(args.format === "dot" ? formatDot(graphs) : formatMermaid(graphs));
  }
  return EXIT.ok;
}
async function runClusters(args, io) {
  const config = configFor(args.config, configSearchStart(args.paths, io.cwd), io);
  const result = await lint({ paths: args.paths, cwd: io.cwd, config, today: io.env.EDGENET_TODAY, env: io.env });
  const { fleet } = result;
  const describe = (c) => ({
    name: c.name,
    reasons: c.reasons,
    files: [...new Set(c.units.flatMap((u) => u.kind === "build" ? [] : [u.file]))].sort(),
    builds: c.units.flatMap((u) => u.kind === "build" ? [buildWords(fleet.builds.get(u.build))] : []),
    vpcs: c.vpcs.map((v) => v.words)
  });
  if (args.format === "json") {
    const report = { version: 1, clusters: fleet.clusters.map(describe), unscoped: fleet.unscoped };
    io.stdout(`${JSON.stringify(report, null, 2)}
`);
    return EXIT.ok;
  }
  const out = [];
  for (const c of fleet.clusters.map(describe)) {
    out.push(c.name ?? "(the repository: one cluster)");
    for (const r of c.reasons) out.push(`  formed by: ${r}`);
    for (const v of c.vpcs) out.push(`  runs in: ${v}`);
    for (const b of c.builds) out.push(`  build: ${b.id} (${b.kind}, ${b.inputs} input files)`);
    for (const f of c.files) out.push(`  file: ${f}`);
    out.push("");
  }
  for (const g of fleet.unscoped) {
    out.push(`not in any cluster: ${g.files.length} ${g.files.length === 1 ? "file" : "files"} under ${g.dir}/`);
    for (const f of g.files) out.push(`  file: ${f}`);
  }
  io.stdout(`${out.join("\n").replace(/\n+$/, "")}
`);
  return EXIT.ok;
}
function buildWords(b) {
  return { id: b.id, kind: b.kind, file: b.file, inputs: b.inputs.length };
}

// src/cli/run.ts
async function run2(io) {
  try {
    const args = parseCommandLine(io.argv);
    switch (args.command) {
      case "help":
        io.stdout(helpText(args.topic));
        return EXIT.ok;
      case "version":
        io.stdout(`edgenet ${packageVersion()}
`);
        return EXIT.ok;
      case "rules":
        io.stdout(formatRules(args.format));
        return EXIT.ok;
      case "explain":
        if (args.rule === null)
          io.stdout(
            args.format === "markdown" ? await explainAllMarkdown() : (await Promise.all(RULES.map((r) => explainText(r.id)))).join("\n")
          );
        else io.stdout(await explainText(args.rule));
        return EXIT.ok;
      case "init":
        return await runInit(args, io);
      case "plan":
      case "graph":
        return await runView(args, io);
      case "clusters":
        return await runClusters(args, io);
      case "lint":
        return await runLint(args, io);
    }
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) {
      io.stderr(`edgenet: ${error.message}
`);
      return EXIT.failure;
    }
    const e = error instanceof Error ? error : new Error(String(error));
    io.stderr(
      io.env.EDGENET_DEBUG === "1" ? `edgenet: internal error
${e.stack}
` : `edgenet: internal error: ${e.message} (EDGENET_DEBUG=1 shows the stack)
`
    );
    return EXIT.failure;
  }
}
async function runLint(args, io) {
  const timing = io.env.EDGENET_TIMING && io.env.EDGENET_TIMING !== "0" ? new Timing() : void 0;
  timing?.mark("start-up");
  try {
    return await lintCommand(args, io, timing);
  } finally {
    if (timing) {
      timing.mark("report");
      io.stderr(timing.table());
    }
  }
}
async function lintCommand(args, io, timing) {
  const searchFrom = args.context ?? configSearchStart(args.paths, io.cwd);
  const trust = args.trustFrom ? Trust.open({ cwd: io.cwd, start: searchFrom, ref: args.trustFrom, option: "--trust-from" }) : void 0;
  const { config, policies, ruleIds, warnings } = await setUp({
    cwd: io.cwd,
    searchFrom,
    config: args.config,
    trust,
    policies: args.policies,
    rules: args.rules,
    fallback: fallbackPlace(io.cwd, args.context ?? args.paths[0])
  });
  for (const w of warnings) io.stderr(`edgenet: warning: ${w}
`);
  timing?.mark("configuration");
  if (args.printConfig) {
    io.stdout(printConfig(config, ruleIds, args));
    return EXIT.ok;
  }
  const shown = (p) => p === "-" ? stdinDisplay(io.cwd, args.stdinFilename) : toDisplay(io.cwd, path6.resolve(io.cwd, p));
  const reportOnly = args.context ? new Set(args.paths.map(shown)) : void 0;
  const options = {
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
    ...args.cluster ? { cluster: args.cluster } : {},
    // EDGENET_THREADS: how many threads read files (1: the main thread only); default one fewer than the cores.
    ...Number(io.env.EDGENET_THREADS) > 0 ? { threads: Number(io.env.EDGENET_THREADS) } : {},
    // The pre-commit hook (--context) reads the whole repository at every commit: cache by default.
    ...args.cache ?? args.context !== void 0 ? { cache: args.cacheLocation ? path6.resolve(io.cwd, args.cacheLocation) : defaultCacheFile(io.cwd) } : {},
    ...trust ? { trust } : {},
    ignorePatterns: args.ignorePatterns,
    // A directory that yields nothing is a mistake (pre-commit names files: never an error then).
    requireFiles: args.context === void 0,
    ...timing ? { timing } : {}
  };
  const result = await lint(options);
  if (args.cluster) assertCluster(result, args.cluster);
  const outcome = outcomeOf(result);
  if (args.newOnly) {
    const atRef = await lintAtRef(options, args.newOnly, "--new-only");
    applyNewOnly(outcome, atRef.findings, args.newOnly, atRef.commit);
  }
  if (args.baseline) {
    const relative = baselineRelative(io.cwd, args.baseline);
    const { entries, untrusted } = readBaseline(io.cwd, args.baseline, trust);
    if (untrusted) io.stderr(`edgenet: warning: ${untrusted}
`);
    applyBaseline(outcome, entries, relative, args.baseline);
  }
  if (args.writeBaseline) {
    const relative = baselineRelative(io.cwd, args.writeBaseline);
    writeReport(io.cwd, args.writeBaseline, baselineText(outcome, relative, packageVersion()), "--write-baseline");
    acceptAll(outcome, args.writeBaseline);
  }
  if (args.quiet) errorsOnly(outcome);
  const color = args.color ?? (io.stdoutIsTTY && !io.env.NO_COLOR || Boolean(io.env.FORCE_COLOR));
  const needsDiff = args.baseRef && (args.format === "github" || args.outputs.some((o) => o.format === "github"));
  let repository;
  const automationId = () => {
    repository ??= args.cluster ?? repositoryName(io.cwd, config);
    return `edgenet/${repository}/`;
  };
  const context = (format, useColor) => ({
    toolVersion: packageVersion(),
    summary: outcome.summary,
    sources: result.sources,
    color: useColor,
    rules: RULES,
    accepted: outcome.accepted,
    suppressed: outcome.suppressed,
    ...format === "sarif" ? { automationId: automationId() } : {},
    ...needsDiff ? { changedLines: changedLines(io.cwd, args.baseRef) } : {}
  });
  const report = (format, useColor) => FORMATTERS[format](outcome.findings, context(format, useColor));
  const toStdout = args.outputs.filter((o) => o.file === "-").map((o) => o.format);
  if (toStdout.length === 0 && !args.outputs.some((o) => !o.named)) toStdout.push(args.format);
  for (const output of args.outputs) {
    if (output.file !== "-") writeReport(io.cwd, output.file, report(output.format, false), "--output");
  }
  for (const format of toStdout) io.stdout(report(format, color));
  const code2 = exitCode(outcome.findings, args.failOn);
  if (args.maxWarnings !== void 0 && outcome.summary.warnings > args.maxWarnings) {
    io.stderr(`edgenet: ${outcome.summary.warnings} warnings, more than --max-warnings ${args.maxWarnings} allows
`);
    return EXIT.findings;
  }
  return code2;
}
function writeReport(cwd, name, text, option) {
  const file = path6.resolve(cwd, name);
  let isDirectory = name.endsWith("/");
  try {
    isDirectory ||= statSync3(file).isDirectory();
  } catch {
  }
  if (isDirectory) throw new UsageError(`${option} ${name}: is a directory; name a file in it`);
  try {
    mkdirSync(path6.dirname(file), { recursive: true });
    writeFileSync2(file, text);
  } catch (error) {
    const e = error;
    throw new UsageError(`${option} ${name}: cannot be written (${e.code ?? e.message})`);
  }
}
function repositoryName(cwd, config) {
  const top = workTreeTop(cwd) ?? config.dir;
  return path6.basename(top) || "repository";
}
function printConfig(config, ruleIds, args) {
  const levels = (configLevels) => Object.fromEntries(ruleIds.map((id) => [id, effectiveLevel(id, configLevels, args.rules)]));
  const printed = {
    configFile: config.source?.file ?? null,
    cluster: config.cluster,
    clusters: config.clusters.map((c) => ({ ...c, rules: levels(clusterSettings(config, c.name).rules) })),
    include: config.include ?? ["**/*.{yaml,yml,json}"],
    exclude: config.exclude ?? [],
    ignorePatterns: args.ignorePatterns,
    maxFileSize: config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    rules: levels(config.rules),
    ignore: config.ignore,
    inlineIgnores: args.inlineWaivers,
    trustFrom: args.trustFrom ?? null,
    failOn: args.failOn
  };
  return `${JSON.stringify(printed, null, 2)}
`;
}

// src/cli/bin.ts
var stdoutFailed = false;
function stdoutFailure(error) {
  process.exitCode = 2;
  if (stdoutFailed) return;
  stdoutFailed = true;
  const why = error.code === "EPIPE" ? "the reader closed the pipe (EPIPE)" : error.code === "ENOSPC" ? "no space left on the device (ENOSPC)" : error.code ?? error.message;
  try {
    process.stderr.write(`edgenet: cannot write the report to stdout: ${why}
`);
  } catch {
  }
}
process.stdout.on("error", stdoutFailure);
process.stderr.on("error", () => {
});
bindSignals(process);
var code = await run2({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => {
    if (stdoutFailed) return;
    try {
      process.stdout.write(text);
    } catch (error) {
      stdoutFailure(error);
    }
  },
  stderr: (text) => process.stderr.write(text),
  readStdin,
  stdoutIsTTY: Boolean(process.stdout.isTTY)
});
process.exitCode = stdoutFailed ? 2 : code;
