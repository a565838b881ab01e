import { createRequire as __edgenetCreateRequire } from 'node:module'; const require = __edgenetCreateRequire(import.meta.url);
import {
  CONFIG_NAME,
  CidrIndex,
  ConfigError,
  RULES,
  RULE_IDS,
  Trust,
  UsageError,
  buildGraph,
  changedLines,
  checkRuleIds,
  cloudGuards,
  clusterWords,
  contains,
  defaultCacheFile,
  didYouMean,
  exitCode,
  findConfig,
  formatDot,
  formatGithub,
  formatMarkdown,
  formatMermaid,
  formatSarif,
  git,
  helpUri,
  lint,
  loadConfig,
  loadTrustedConfig,
  nodeMask,
  overlaps,
  packageFile,
  packageRoot,
  packageVersion,
  pagesFor,
  parseConfig,
  relation,
  ruleById,
  siteGuards,
  toDisplay,
  validateRef,
  visible,
  xmlText
} from "./chunks/chunk-I25YNUYU.mjs";
import {
  formatBytes,
  readBounded
} from "./chunks/chunk-FYS72ZIS.mjs";
import "./chunks/chunk-E5P24UG3.mjs";
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
import { existsSync as existsSync5, mkdirSync, writeFileSync as writeFileSync2 } from "node:fs";
import path6 from "node:path";

// src/report/formatters/json.ts
var formatJson = (findings, context) => {
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
      related: f.related.map((r) => ({ file: r.file, line: r.line, column: r.column, message: r.message }))
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
      `  ${f.line}:${f.column}  ${paint(levelColor[f.level], f.level.padEnd(7))}  ${visible(f.message)}  ${paint("dim", visible(f.ruleId))}` + (where ? `  ${paint("dim", `(${where})`)}` : "")
    );
    for (const line of excerpt(f, context, paint)) out.push(line);
    for (const r of f.related)
      out.push(`      ${paint("dim", "\u21B3")} ${visible(r.file)}:${r.line}:${r.column}  ${visible(r.message)}`);
  }
  const s = context.summary;
  const total = findings.length;
  if (total > 0) out.push("");
  const counts = `${s.errors} ${plural(s.errors, "error")}, ${s.warnings} ${plural(s.warnings, "warning")}, ${s.infos} ${plural(s.infos, "info")}`;
  const scope = `${s.files} ${plural(s.files, "file")}, ${s.documents} ${plural(s.documents, "document")}${s.suppressed ? `, ${s.suppressed} suppressed` : ""}`;
  out.push(
    total === 0 ? paint("bold", `No problems (${scope}).`) : paint("bold", `${total} ${plural(total, "problem")} (${counts}) in ${scope}.`)
  );
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
    const repo = pullRequestRepo(dir);
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
  const result = await lint({ paths: ["."], cwd: dir, config: loadConfig(void 0, dir), env: io.env });
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
function initialConfig(model, describe2) {
  return [...HEADER, "cluster:", ...clusterFacts(model, "  ", describe2), ""].join("\n");
}
function initialFleetConfig(clusters, describe2) {
  const out = [
    ...HEADER,
    `# The repository describes ${clusters.length} clusters (\`edgenet clusters\` shows their files); each entry`,
    "# below completes the cluster found under its name. Keys under a `cluster:` block would be defaults for all.",
    "clusters:"
  ];
  for (const c of clusters) {
    out.push(`  - name: ${yamlString(c.name)}`);
    for (const reason of c.reasons) out.push(`    # formed by: ${reason}`);
    for (const line of clusterFacts(c.model, "    ", describe2)) out.push(line);
  }
  return `${out.join("\n")}
`;
}
var HEADER = [
  "# edgenet configuration, written by `edgenet init` from what this repository holds.",
  "# Facts found in the repository are named in comments: they need no repeating here.",
  "# Facts marked NOT FOUND could not be read from the repository: fill them in, or leave them out.",
  "# yaml-language-server: $schema=https://raw.githubusercontent.com/edgenet-dev/edgenet/main/schema/edgenet.schema.json"
];
var yamlString = (s) => /^[A-Za-z0-9][\w./#@-]*$/.test(s) && !/^(true|false|null|yes|no|on|off|~)$/i.test(s) ? s : JSON.stringify(s);
function clusterFacts(model, indent2, describe2) {
  const out = [];
  const where = (facts) => [...new Set(facts.map((f) => `${f.cidr} (${describe2(f.ref)})`))].join(", ");
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
    line(`# node mask: found ${model.nodeCidrMasks.map((m) => `/${m.value} (${describe2(m.ref)})`).join(", ")}`);
  else {
    line("# node mask: NOT FOUND in the repository (kube-controller-manager defaults to 24)");
    line("# nodeCidrMask: 24");
  }
  if (model.controllerVersions.length)
    line(
      `# edge-controller-manager: found ${model.controllerVersions.map((v) => `${v.value} (${describe2(v.ref)})`).join(", ")}`
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

// src/evaluate/user-policy.ts
import { pathToFileURL } from "node:url";
import { gunzipSync } from "node:zlib";
import { Worker } from "node:worker_threads";
var POLICY_LIMITS = {
  maxBytes: 64 * 1024 * 1024,
  startMs: 1e3,
  evaluateMs: 6e4,
  bootMs: 3e4,
  heapMb: 192,
  growthPages: 2048,
  maxResults: 1e4
};
var LEVELS = /* @__PURE__ */ new Set(["error", "warning", "info"]);
var RULE_ID = /^[A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.-]+)*$/;
var MAX_MESSAGE = 2e3;
var IDLE_MS = 1e3;
async function loadUserPolicy(file, display, fallback, limits = POLICY_LIMITS) {
  const refuse = (why) => new UsageError(`--policy ${display}: ${why}`);
  const read = readBounded(file, limits.maxBytes);
  if (!read.ok) throw refuse(read.cause === "too-large" ? `${read.reason} for a policy` : read.reason);
  const bytes = read.buffer;
  let wasm = bytes;
  let data = {};
  if (bytes[0] === 31 && bytes[1] === 139) {
    let tar;
    try {
      tar = gunzipSync(bytes, { maxOutputLength: limits.maxBytes });
    } catch (error) {
      const code2 = error.code;
      if (code2 === "ERR_BUFFER_TOO_LARGE")
        throw refuse(`the bundle decompresses to more than ${formatBytes(limits.maxBytes)}, the limit for a policy`);
      throw refuse(`not a valid .tar.gz bundle (${error.message})`);
    }
    const files = untar(tar);
    const policy = files.get("policy.wasm");
    if (!policy) throw refuse("the bundle has no policy.wasm (build it with opa build -t wasm)");
    wasm = policy;
    const json = files.get("data.json");
    if (json) {
      try {
        data = JSON.parse(json.toString("utf8"));
      } catch (error) {
        throw refuse(`the bundle's data.json is not JSON (${error.message})`);
      }
    }
  }
  if (wasm.subarray(0, 4).toString("binary") !== "\0asm") throw refuse("neither a wasm module nor a .tar.gz bundle");
  const sandbox = new PolicySandbox(new Uint8Array(wasm), data, display, limits);
  const probe = await sandbox.request({ kind: "probe" });
  for (const entrypoint of probe.kind === "probed" ? probe.entrypoints : []) {
    const ruleId = entrypoint.replace(/\/deny$/, "");
    if (!RULE_ID.test(ruleId) || ruleId.length > 200)
      throw refuse(`entrypoint ${JSON.stringify(entrypoint.slice(0, 200))} is not a package path (a/b/deny)`);
  }
  return {
    async evaluate(model) {
      const files = /* @__PURE__ */ new Set();
      const json = JSON.stringify(model, (_key, value) => {
        const ref = value;
        if (ref && typeof ref === "object" && typeof ref.file === "string" && typeof ref.doc === "number")
          files.add(ref.file);
        return value;
      });
      const input = new TextEncoder().encode(json).buffer;
      const needed = pagesFor(input.byteLength);
      const pages = Math.min(65536, Math.max(needed * 2, needed + limits.growthPages));
      const reply = await sandbox.request({ kind: "evaluate", input, pages }, [input]);
      if (reply.kind !== "results") return [];
      const out = [];
      for (const { entrypoint, deny, total } of reply.results) {
        const ruleId = entrypoint.replace(/\/deny$/, "");
        deny.forEach((r, i) => {
          out.push(toFinding(ruleId, r, fallback, files, (why) => refuse(`result ${i + 1} of ${entrypoint} ${why}`)));
        });
        if (total > deny.length) {
          const message = `${total - deny.length} more results of ${ruleId} are not reported: a policy reports at most ${limits.maxResults} per run.`;
          out.push({ ruleId, ref: { file: fallback, line: 1, column: 1 }, data: { message } });
        }
      }
      return out;
    }
  };
}
function toFinding(ruleId, result, fallback, files, refuse) {
  const r = typeof result === "string" ? { msg: result } : result;
  if (r === null || typeof r !== "object" || Array.isArray(r))
    throw refuse("is neither a message string nor an object with msg");
  const text = r.msg ?? r.message;
  if (typeof text !== "string") throw refuse(`has a msg that is not a string (${describe(text)})`);
  const message = text.length > MAX_MESSAGE ? `${text.slice(0, MAX_MESSAGE - 1)}\u2026` : text;
  if (r.level !== void 0 && (typeof r.level !== "string" || !LEVELS.has(r.level)))
    throw refuse(`has level ${describe(r.level)}: it must be error, warning or info`);
  let ref = { file: fallback, line: 1, column: 1 };
  if (r.ref !== void 0) {
    const problem = refProblem(r.ref, files);
    if (problem) throw refuse(`has a ref that ${problem}`);
    const s = r.ref;
    ref = { file: s.file, doc: s.doc, path: s.path, ...s.key === true ? { key: true } : {} };
  }
  return { ruleId, ref, data: { message }, ...r.level ? { level: r.level } : {} };
}
function refProblem(value, files) {
  const ref = value;
  if (ref === null || typeof ref !== "object") return "is not an object {file, doc, path}";
  if (typeof ref.file !== "string") return "has no file string";
  if (!files.has(ref.file))
    return `names the file ${JSON.stringify(ref.file.slice(0, 200))}, which is not a file of this run (outside the repository, or not read)`;
  if (!Number.isInteger(ref.doc) || ref.doc < 0) return "has no document index (doc)";
  if (!Array.isArray(ref.path) || ref.path.length > 256 || !ref.path.every((p) => typeof p === "string" || Number.isInteger(p) && p >= 0))
    return "has no path (a list of keys and indexes)";
  return void 0;
}
function describe(value) {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 60 ? `${json.slice(0, 59)}\u2026` : json;
}
var PolicySandbox = class {
  constructor(wasm, data, display, limits) {
    this.wasm = wasm;
    this.data = data;
    this.display = display;
    this.limits = limits;
  }
  wasm;
  data;
  display;
  limits;
  worker;
  ready;
  idle;
  error(why) {
    return new UsageError(`--policy ${this.display}: ${why}`);
  }
  start() {
    if (this.worker && this.ready) return { worker: this.worker, ready: this.ready };
    const workerData = { wasm: this.wasm, data: this.data, maxResults: this.limits.maxResults };
    const { url, dev } = workerModule();
    const script = dev ? `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); })` : url;
    const worker = new Worker(script, {
      eval: dev,
      workerData,
      resourceLimits: { maxOldGenerationSizeMb: this.limits.heapMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
      // What the policy writes goes nowhere: never into the report on stdout.
      stdout: true,
      stderr: true
    });
    worker.stdout.resume();
    worker.stderr.resume();
    const ready = new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        void worker.terminate();
        reject(this.error(`the policy sandbox did not start within ${this.limits.bootMs} ms`));
      }, this.limits.bootMs);
      const settle = (error) => {
        clearTimeout(timer);
        worker.off("message", onMessage);
        worker.off("error", settle);
        if (error) reject(this.error(`the policy sandbox did not start (${error.message})`));
        else resolve();
      };
      const onMessage = (reply) => {
        if (reply.kind === "ready") settle();
      };
      worker.on("message", onMessage);
      worker.once("error", settle);
    });
    worker.once("exit", () => {
      if (this.worker === worker) {
        this.worker = void 0;
        this.ready = void 0;
      }
    });
    this.worker = worker;
    this.ready = ready;
    return { worker, ready };
  }
  kill() {
    const worker = this.worker;
    this.worker = void 0;
    this.ready = void 0;
    clearTimeout(this.idle);
    if (worker) void worker.terminate();
  }
  async request(request, transfer = []) {
    clearTimeout(this.idle);
    const { worker, ready } = this.start();
    worker.ref();
    await ready;
    const { startMs, evaluateMs, heapMb } = this.limits;
    try {
      return await new Promise((resolve, reject) => {
        const fail = (error) => {
          cleanup();
          this.kill();
          reject(error);
        };
        let timer = setTimeout(
          () => fail(this.error(`its start function did not return within ${startMs} ms`)),
          startMs
        );
        const onMessage = (reply) => {
          if (reply.kind === "started") {
            clearTimeout(timer);
            timer = setTimeout(
              () => fail(this.error(`its evaluation did not finish within ${evaluateMs} ms`)),
              evaluateMs
            );
            return;
          }
          if (reply.kind === "ready") return;
          cleanup();
          if (reply.kind === "failed") reject(this.error(failureWords(reply, this.limits)));
          else resolve(reply);
        };
        const onError = (error) => fail(
          this.error(
            error.code === "ERR_WORKER_OUT_OF_MEMORY" ? `it ran out of memory (a policy's heap is limited to ${heapMb} MiB)` : `the policy sandbox failed (${error.message})`
          )
        );
        const onExit = (code2) => fail(this.error(`the policy sandbox stopped (exit code ${code2})`));
        const cleanup = () => {
          clearTimeout(timer);
          worker.off("message", onMessage);
          worker.off("error", onError);
          worker.off("exit", onExit);
        };
        worker.on("message", onMessage);
        worker.on("error", onError);
        worker.on("exit", onExit);
        worker.postMessage(request, transfer);
      });
    } finally {
      if (this.worker === worker) {
        worker.unref();
        this.idle = setTimeout(() => this.kill(), IDLE_MS);
        this.idle.unref();
      }
    }
  }
};
function failureWords(reply, limits) {
  const message = reply.message.split("\n")[0].slice(0, 300);
  if (reply.phase === "compile") return `not a valid wasm module (${message})`;
  if (reply.phase === "start") return `its start failed (${message})`;
  const memory = /malloc|memory|grow/i.test(message) ? ` (a policy's wasm memory holds at most ${formatBytes(limits.growthPages * 64 * 1024)} past what its input needs)` : "";
  return `its evaluation failed: ${message}${memory}`;
}
function workerModule() {
  const here = import.meta.url;
  return here.endsWith(".ts") ? { url: new URL("./policy-worker.ts", here), dev: true } : { url: pathToFileURL(packageFile("dist", "policy-worker.mjs")), dev: false };
}
function untar(tar) {
  const files = /* @__PURE__ */ new Map();
  for (let offset = 0; offset + 512 <= tar.length; ) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) break;
    const field = (start, length) => header.subarray(start, start + length).toString("utf8").replace(/\0.*$/s, "");
    const name = (field(345, 155) ? `${field(345, 155)}/` : "") + field(0, 100);
    const size = Number.parseInt(field(124, 12).trim() || "0", 8);
    if (!Number.isFinite(size) || size < 0) break;
    const type = field(156, 1);
    if (type === "0" || type === "")
      files.set(name.replace(/^\/+/, ""), tar.subarray(offset + 512, offset + 512 + size));
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}

// src/cli/args.ts
import { parseArgs } from "node:util";
var LEVELS2 = /* @__PURE__ */ new Set(["off", "info", "warning", "error"]);
function parseCommandLine(argv) {
  const [command, ...rest] = argv;
  switch (command) {
    case void 0:
    case "help":
    case "--help":
    case "-h":
      return { command: "help" };
    case "version":
    case "--version":
    case "-v":
      return { command: "version" };
    case "lint":
      return parseLint(rest);
    case "rules": {
      const { values } = parse(rest, { format: { type: "string" } }, false);
      const format = values.format ?? "text";
      if (format !== "text" && format !== "json")
        throw new UsageError(`--format for rules must be text or json, not "${format}"`);
      return { command: "rules", format };
    }
    case "explain": {
      const { values, positionals } = parse(rest, { all: { type: "boolean" }, format: { type: "string" } }, true);
      const format = values.format ?? "text";
      if (format !== "text" && format !== "markdown")
        throw new UsageError(`--format for explain must be text or markdown, not "${format}"`);
      if (values.all) return { command: "explain", rule: null, format };
      if (positionals.length !== 1)
        throw new UsageError("usage: edgenet explain RULE | edgenet explain --all [--format markdown]");
      if (!ruleById(positionals[0])) throw new UsageError(`unknown rule "${positionals[0]}" (see \`edgenet rules\`)`);
      return { command: "explain", rule: positionals[0], format };
    }
    case "clusters": {
      const { values, positionals } = parse(rest, { format: { type: "string" }, config: { type: "string" } }, true);
      const format = values.format ?? "text";
      if (format !== "text" && format !== "json")
        throw new UsageError(`--format for clusters must be text or json, not "${format}"`);
      return { command, paths: positionals, config: values.config, format };
    }
    case "plan":
    case "graph": {
      const { values, positionals } = parse(
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
      const { values, positionals } = parse(rest, { force: { type: "boolean" } }, true);
      if (positionals.length > 1) throw new UsageError("usage: edgenet init [DIR] [--force]");
      return { command: "init", dir: positionals[0] ?? ".", force: Boolean(values.force) };
    }
    default:
      throw new UsageError(
        `unknown command "${command}" (commands: lint, clusters, plan, graph, rules, explain, init, version)`
      );
  }
}
function parseLint(argv) {
  const { values, positionals } = parse(
    argv,
    {
      config: { type: "string" },
      format: { type: "string" },
      output: { type: "string", multiple: true },
      "fail-on": { type: "string" },
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
      "cache-location": { type: "string" }
    },
    true
  );
  const format = values.format ?? "text";
  if (!isFormatName(format))
    throw new UsageError(`unknown --format "${format}" (formats: ${Object.keys(FORMATTERS).join(", ")})`);
  const failOn = values["fail-on"] ?? "error";
  if (failOn !== "error" && failOn !== "warning" && failOn !== "never")
    throw new UsageError(`--fail-on must be error, warning or never, not "${failOn}"`);
  const rules = {};
  for (const spec of values.rule ?? []) {
    const eq = spec.lastIndexOf("=");
    const id = spec.slice(0, eq);
    const level = spec.slice(eq + 1);
    if (eq < 0 || !LEVELS2.has(level))
      throw new UsageError(`--rule takes ID=LEVEL with LEVEL off, info, warning or error, not "${spec}"`);
    if (!ruleById(id)) throw new UsageError(`--rule: unknown rule "${id}" (see \`edgenet rules\`)`);
    rules[id] = level;
  }
  const outputs = (values.output ?? []).map((spec) => {
    const eq = spec.indexOf("=");
    const named = eq > 0 ? spec.slice(0, eq) : void 0;
    if (named !== void 0 && isFormatName(named)) return { format: named, file: spec.slice(eq + 1) };
    return { format, file: spec };
  });
  const color = values["no-color"] ? false : values.color ? true : void 0;
  if (values.context !== void 0 && positionals.length === 0)
    throw new UsageError("--context needs the files to report on (pre-commit passes them)");
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
    baseRef: values["base-ref"] === void 0 ? void 0 : validateRef(values["base-ref"], "--base-ref"),
    ...values["trust-from"] === void 0 ? {} : { trustFrom: validateRef(values["trust-from"], "--trust-from") },
    policies: values.policy ?? [],
    ...values.cluster ? { cluster: values.cluster } : {},
    ...values["no-cache"] ? { cache: false } : values.cache ? { cache: true } : {},
    ...values["cache-location"] ? { cacheLocation: values["cache-location"] } : {}
  };
}
function parse(args, options, allowPositionals) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError(error.message);
  }
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
function buildPlan(model, describe2) {
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
        row.declaredAt.push(describe2(fact));
        if (!row.origins.includes(fact.origin)) row.origins.push(fact.origin);
        continue;
      }
      rows.push({
        kind,
        cidr: cidr.text,
        family: cidr.family,
        declaredAt: [describe2(fact)],
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
  const result = await lint({ paths: args.paths, cwd: io.cwd, config, today: io.env.EDGENET_TODAY, env: io.env });
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
  const describe2 = (c) => ({
    name: c.name,
    reasons: c.reasons,
    files: [...new Set(c.units.flatMap((u) => u.kind === "build" ? [] : [u.file]))].sort(),
    builds: c.units.flatMap((u) => u.kind === "build" ? [buildWords(fleet.builds.get(u.build))] : []),
    vpcs: c.vpcs.map((v) => v.words)
  });
  if (args.format === "json") {
    const report = { version: 1, clusters: fleet.clusters.map(describe2), unscoped: fleet.unscoped };
    io.stdout(`${JSON.stringify(report, null, 2)}
`);
    return EXIT.ok;
  }
  const out = [];
  for (const c of fleet.clusters.map(describe2)) {
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
var HELP = `edgenet: checks the networking of ACK Edge clusters from a GitOps repository

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
async function run2(io) {
  try {
    const args = parseCommandLine(io.argv);
    switch (args.command) {
      case "help":
        io.stdout(HELP);
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
  const searchFrom = args.context ?? configSearchStart(args.paths, io.cwd);
  const trust = args.trustFrom ? Trust.open({ cwd: io.cwd, start: searchFrom, ref: args.trustFrom, option: "--trust-from" }) : void 0;
  const config = trust ? trustedConfig(trust, args.config, searchFrom, io.cwd) : configFor(args.config, searchFrom, io);
  const fallback = config.source?.file ?? toDisplay(io.cwd, path6.resolve(io.cwd, args.context ?? args.paths[0] ?? "."));
  const policies = await Promise.all(args.policies.map((p) => loadUserPolicy(path6.resolve(io.cwd, p), p, fallback)));
  const shown = (p) => p === "-" ? args.stdinFilename ?? "<stdin>" : toDisplay(io.cwd, path6.resolve(io.cwd, p));
  const reportOnly = args.context ? new Set(args.paths.map(shown)) : void 0;
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
    ...args.cluster ? { cluster: args.cluster } : {},
    // EDGENET_THREADS: how many threads read files (1: the main thread only); default every core.
    ...Number(io.env.EDGENET_THREADS) > 0 ? { threads: Number(io.env.EDGENET_THREADS) } : {},
    // The pre-commit hook (--context) reads the whole repository at every commit: cache by default.
    ...args.cache ?? args.context !== void 0 ? { cache: args.cacheLocation ? path6.resolve(io.cwd, args.cacheLocation) : defaultCacheFile(io.cwd) } : {},
    ...trust ? { trust } : {}
  });
  if (args.cluster) assertCluster(result, args.cluster);
  const color = args.color ?? (io.stdoutIsTTY && !io.env.NO_COLOR || Boolean(io.env.FORCE_COLOR));
  const needsDiff = args.baseRef && (args.format === "github" || args.outputs.some((o) => o.format === "github"));
  const context = (useColor) => ({
    toolVersion: packageVersion(),
    summary: result.summary,
    sources: result.sources,
    color: useColor,
    rules: RULES,
    ...needsDiff ? { changedLines: changedLines(io.cwd, args.baseRef) } : {}
  });
  if (args.outputs.length === 0 || args.outputs.every((o) => o.file === "-")) {
    io.stdout(FORMATTERS[args.format](result.findings, context(color)));
  }
  for (const output of args.outputs) {
    if (output.file === "-") continue;
    const file = path6.resolve(io.cwd, output.file);
    mkdirSync(path6.dirname(file), { recursive: true });
    writeFileSync2(file, FORMATTERS[output.format](result.findings, context(false)));
  }
  return exitCode(result.findings, args.failOn);
}
function trustedConfig(trust, explicit, searchFrom, cwd) {
  if (explicit && !existsSync5(path6.resolve(cwd, explicit)))
    throw new UsageError(`configuration file not found: ${explicit}`);
  const config = loadTrustedConfig({ trust, explicit, searchFrom, cwd });
  checkRuleIds(config, RULE_IDS);
  return config;
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
