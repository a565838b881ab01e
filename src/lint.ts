/**
 * The pipeline: discover -> read and parse -> facts -> clusters (the fleet) -> a model per
 * cluster -> both engines per cluster, and the fleet rules across them -> placed findings.
 * Pure of process.*: the CLI hands in the working directory, stdin and the configuration.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { type BuildOutcome, renderBuilds } from './compose/render-builds.js';
import { cachedParser, type TraceIo } from './compose/trace.js';
import { clusterSettings } from './config/cluster-settings.js';
import type { EdgenetConfig } from './config/load-config.js';
import {
  compareStrings,
  LEVEL_RANK,
  type FileRef,
  type Finding,
  type Level,
  type LevelSetting,
  type RawFinding,
  type SourceRef,
  type Summary,
} from './core/finding.js';
import { parseError, skipped } from './core/input-findings.js';
import { discoverFiles } from './discover/discover-files.js';
import { helmChartTemplates } from './discover/helm-chart.js';
import { DEFAULT_MAX_FILE_SIZE, readSource } from './discover/read-source.js';
import { evaluateFleetRules, evaluateRules, mergeClusters, toFindings } from './evaluate/evaluate.js';
import { effectiveLevel, isOn } from './evaluate/levels.js';
import { Locator } from './evaluate/locate.js';
import { builtInPolicy, type RegoPolicy } from './evaluate/rego-engine.js';
import { applyWaivers, isoDate, WaiverCollector } from './evaluate/suppressions.js';
import type { Build, Fleet, JudgedCluster } from './fleet/fleet.js';
import { planFleet } from './fleet/plan-fleet.js';
import { selectDraft, unitPredicate } from './fleet/select.js';
import { type FileKind, finishModel, readFile } from './model/build-model.js';
import type { Trust } from './git/trust.js';
import { ModelDraft } from './model/draft.js';
import { parseText, type ParsedFile } from './parse/parse-documents.js';

export type { JudgedCluster } from './fleet/fleet.js';

export interface LintOptions {
  paths: string[];
  cwd: string;
  config: EdgenetConfig;
  cliLevels?: Record<string, LevelSetting>;
  stdinFilename?: string;
  /** Reads stdin, at most `limit + 1` bytes. */
  readStdin?: (limit: number) => Buffer;
  /** Extra compiled policies (--policy); the built-in one is always loaded. */
  policies?: RegoPolicy[];
  /** false with --no-inline-ignores. */
  inlineWaivers?: boolean;
  /** YYYY-MM-DD for waiver expiry; default today (UTC). */
  today?: string;
  /** Report findings only in these files (reported names); the model still reads every path. */
  reportOnly?: ReadonlySet<string>;
  /** Report only this cluster's findings (lint --cluster). */
  cluster?: string;
  /** The environment whose PATH finds kustomize and helm (none: builds are reported as not rendered). */
  env?: Readonly<Record<string, string | undefined>>;
  /** --trust-from: .gitignore files and waivers as REF has them; its findings (configuration changes) join the run's. */
  trust?: Trust;
}

export interface LintResult {
  findings: Finding[];
  summary: Summary;
  fleet: Fleet;
  clusters: JudgedCluster[];
  /** Source lines by reported file name, for reports that show the offending line. */
  sources: Map<string, string[]>;
  /** "file:line" of a fact's ref (for the plan). */
  describe: (ref: SourceRef) => string;
}

export async function lint(options: LintOptions): Promise<LintResult> {
  const { config, cwd } = options;
  const discovery = discoverFiles(options.paths, {
    cwd,
    include: config.include,
    exclude: config.exclude,
    base: config.dir,
    stdinFilename: options.stdinFilename,
    trust: options.trust,
  });
  const analysis = new Analysis(options, repositoryRoots(options.paths, cwd, config));
  for (const s of discovery.skipped) analysis.unread({ file: s.display, line: 1, column: 1 }, s.reason);
  const maxBytes = config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const readStdin = options.readStdin ?? (() => Buffer.alloc(0));
  const helmChartTemplate = helmChartTemplates();
  // One file at a time: read, parse, into the facts, documents let go; in name order, as analyse reads.
  for (const file of [...discovery.files].sort((a, b) => compareStrings(a.display, b.display))) {
    const source = readSource(file, maxBytes, readStdin);
    if (source.ok)
      analysis.add(parseText(file.display, source.text, { helmChartTemplate: helmChartTemplate(file.absolute) }));
    else analysis.unread({ file: file.display, line: source.line ?? 1, column: source.column ?? 1 }, source.reason);
  }
  return analysis.finish(discovery.files.length);
}

/**
 * Everything after reading, for files parsed elsewhere (tests feed them in any order): the result
 * does not depend on the order of `files`. Repository-relative paths (Flux, Argo CD) resolve
 * against `options.roots` (default the working directory).
 */
export async function analyse(
  files: ParsedFile[],
  fileCount: number,
  options: Omit<LintOptions, 'paths' | 'cwd'> & { cwd?: string; roots?: string[] },
): Promise<LintResult> {
  const cwd = options.cwd ?? process.cwd();
  const analysis = new Analysis({ ...options, cwd }, options.roots ?? [cwd]);
  for (const file of [...files].sort((a, b) => compareStrings(a.file, b.file))) analysis.add(file);
  return analysis.finish(fileCount);
}

/**
 * Where repository-relative paths start: the directories linted, the configuration's directory,
 * and the top of the git work tree they are in.
 */
function repositoryRoots(paths: readonly string[], cwd: string, config: EdgenetConfig): string[] {
  const dirs = paths.filter((p) => p !== '-').map((p) => path.resolve(cwd, p));
  const roots = [...(dirs.length ? dirs : [cwd]), config.dir];
  for (let dir = roots[0]!; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, '.git'))) {
      roots.push(dir);
      break;
    }
    if (path.dirname(dir) === dir) break;
  }
  return [...new Set(roots)];
}

/**
 * One run after reading: each file goes into the facts as it comes, and its documents are let go
 * (they are the bulk of the memory); then the fleet, a model and both engines per cluster,
 * waivers and placing.
 */
class Analysis {
  private readonly locator = new Locator();
  /** Findings about files (reading, parsing), before the fleet says which clusters hold them. */
  private readonly fileFindings: RawFinding[] = [];
  private readonly draft = new ModelDraft();
  private readonly files: ParsedFile[] = [];
  private readonly kinds = new Map<string, Set<FileKind>>();
  /** Files a rendered build read that the run did not (a base above the paths linted). */
  private readonly outside = new Map<string, ParsedFile>();
  private readonly waivers: WaiverCollector;
  private documents = 0;

  constructor(
    private readonly options: Omit<LintOptions, 'paths'>,
    private readonly roots: string[],
  ) {
    const today = options.today ?? isoDate(new Date());
    this.waivers = new WaiverCollector({ inline: options.inlineWaivers ?? true, today, trust: options.trust });
    if (options.config.source) this.locator.add(options.config.source.file, options.config.source);
    for (const f of options.trust?.findings ?? []) this.fileFindings.push(f);
  }

  unread(ref: FileRef, reason: string): void {
    this.fileFindings.push(skipped(ref, reason));
  }

  add(file: ParsedFile): void {
    this.files.push(file);
    this.locator.add(file.file, file);
    for (const p of file.problems) {
      const ref = { file: file.file, line: p.line, column: p.column, endLine: p.endLine, endColumn: p.endColumn };
      this.fileFindings.push(p.kind === 'parse-error' ? parseError(ref, p.message) : skipped(ref, p.message));
    }
    const before = this.draft.factCount();
    const kinds = readFile(file, this.draft);
    // Only a file that adds facts matters to which cluster it joins (an RBAC manifest does not).
    if (kinds.size > 0 && this.draft.factCount() > before) this.kinds.set(file.file, kinds);
    this.waivers.addFile(file);
    this.documents += file.documents.length;
    file.documents = [];
  }

  async finish(fileCount: number): Promise<LintResult> {
    const { config } = this.options;
    const fleet = planFleet({
      cwd: this.options.cwd,
      files: this.files.map((f) => f.file),
      kinds: this.kinds,
      draft: this.draft,
      config,
      roots: this.roots,
    });
    const split = fleet.clusters.length > 1;
    const raw: RawFinding[] = [];
    const judged: JudgedCluster[] = [];
    const cliLevels = this.options.cliLevels ?? {};
    const renders = await this.render(fleet);
    const rendered = (build: string): string[] => renders.files.get(build) ?? [];
    for (const scope of fleet.clusters) {
      const settings = clusterSettings(config, scope.name);
      const { model } = finishModel(selectDraft(this.draft, unitPredicate(scope.units, rendered)), settings);
      judged.push({ scope, model });
      const found = await evaluateRules(model, {
        configLevels: settings.rules,
        cliLevels,
        policy: builtInPolicy(),
        userPolicies: this.options.policies ?? [],
      });
      for (const f of found) raw.push(split && scope.name !== null ? { ...f, cluster: scope.name } : f);
    }
    for (const f of evaluateFleetRules(judged, { configLevels: config.rules, cliLevels })) raw.push(f);
    for (const f of this.fleetFindings(fleet, split, renders)) raw.push(f);
    const levelsOf = (cluster: string | undefined) => ({
      configLevels: clusterSettings(config, cluster ?? null).rules,
      cliLevels,
    });
    const placed = toFindings(raw, this.locator, levelsOf);
    this.waivers.addConfig(config);
    const enabled = (id: string) => isOn(effectiveLevel(id, config.rules, cliLevels));
    const waived = applyWaivers(placed, this.waivers, enabled);
    const inScope = (f: Finding) =>
      (!this.options.reportOnly || this.options.reportOnly.has(f.file)) &&
      (this.options.cluster === undefined || f.clusters.length === 0 || f.clusters.includes(this.options.cluster));
    const findings = mergeClusters([...waived.findings, ...toFindings(waived.problems, this.locator, levelsOf)]).filter(
      inScope,
    );
    return {
      findings,
      fleet,
      clusters: judged,
      sources: this.sourcesOf(findings),
      describe: (ref) => this.locator.describe(ref),
      summary: {
        files: fileCount,
        documents: this.documents,
        errors: count(findings, 'error'),
        warnings: count(findings, 'warning'),
        infos: count(findings, 'info'),
        // A finding waived in two clusters is one finding suppressed.
        suppressed: mergeClusters(waived.suppressed).length,
      },
    };
  }

  /**
   * Renders the builds the clusters use; each rendered build's objects are read into the facts
   * as a file of its own (`<build>#rendered`), placed through its relocator.
   */
  private async render(fleet: Fleet): Promise<Renders> {
    const { config } = this.options;
    const used = new Map<string, Build>();
    const versions = new Map<string, string | undefined>();
    for (const c of fleet.clusters) {
      const version = clusterSettings(config, c.name).values.kubernetesVersion;
      for (const u of c.units) {
        if (u.kind !== 'build' || used.has(u.build)) continue;
        used.set(u.build, fleet.builds.get(u.build)!);
        versions.set(u.build, version);
      }
    }
    const files = new Map<string, string[]>();
    const findings: Renders['findings'] = [];
    if (used.size === 0) return { files, findings };
    const known = new Map(this.files.map((f) => [f.file, f]));
    const parsed = cachedParser(this.options.cwd, (display) => known.get(display));
    const io: TraceIo = {
      display: (abs) => path.relative(this.options.cwd, abs).split(path.sep).join('/'),
      parsed: (display) => {
        const file = parsed(display);
        // A file outside the paths linted (a base above them) still needs its positions and lines.
        if (file && !this.locator.has(display)) {
          this.locator.add(display, file);
          this.outside.set(display, file);
        }
        return file;
      },
    };
    const outcomes = await renderBuilds([...used.values()], {
      cwd: this.options.cwd,
      env: this.options.env ?? {},
      boundary: this.roots[this.roots.length - 1]!,
      kubeVersion: (b) => versions.get(b.id),
      io,
    });
    for (const outcome of outcomes) {
      const { build } = outcome;
      if (!outcome.ok) {
        const finding = skipped(this.failurePlace(outcome.failure, io), renderFailureWords(build, outcome.failure));
        findings.push({ build: build.id, finding });
        continue;
      }
      const name = `${build.id}#rendered`;
      const documents = outcome.objects.map((data, index) => ({ index, data }));
      const before = this.draft.factCount();
      const file: ParsedFile = {
        file: name,
        text: '',
        documents,
        problems: [],
        lines: [],
        sourceMap: emptyMap(),
        readBy: 'none',
      };
      const kinds = readFile(file, this.draft);
      if (kinds.size > 0 && this.draft.factCount() > before) this.kinds.set(name, kinds);
      this.documents += documents.length;
      this.locator.addRendered(name, outcome.relocate);
      files.set(build.id, [name]);
    }
    return { files, findings };
  }

  /** Where a failed render is reported: the entry that named the offending input, or helm's template line. */
  private failurePlace(failure: BuildFailure, io: TraceIo): SourceRef | FileRef {
    if (failure.line) {
      const { line, column } = failure.line;
      return { file: io.display(failure.line.file), line, column: column ?? 1 };
    }
    const file = io.display(failure.at.file);
    io.parsed(file);
    return { file, doc: 0, path: failure.at.at };
  }

  /**
   * Findings about files (a parse error) and about the fleet (a build not rendered, files no
   * cluster claims): a file's finding belongs to every cluster whose scope holds the file.
   */
  private fleetFindings(fleet: Fleet, split: boolean, renders: Renders): RawFinding[] {
    const holders = new Map<string, string[]>();
    if (split) {
      for (const c of fleet.clusters) {
        for (const u of c.units) {
          const files =
            u.kind === 'build'
              ? [...(fleet.builds.get(u.build)?.inputs ?? []), ...(renders.files.get(u.build) ?? [])]
              : [u.file];
          for (const f of files) holders.set(f, [...(holders.get(f) ?? []), c.name!]);
        }
      }
    }
    const out: RawFinding[] = [];
    // A build that does not render is every using cluster's finding.
    for (const { build, finding } of renders.findings) {
      const users = split
        ? fleet.clusters.filter((c) => c.units.some((u) => u.kind === 'build' && u.build === build))
        : [];
      if (users.length === 0) out.push(finding);
      for (const c of users) out.push({ ...finding, cluster: c.name! });
    }
    const helmTemplates = new Set<string>();
    for (const b of fleet.builds.values()) {
      if (b.kind === 'helm') for (const f of b.inputs) if (/(^|\/)templates\//.test(f)) helmTemplates.add(f);
    }
    // Reading found them (a parse error, a NodePool that breaks its CRD): they are about the file.
    for (const f of [...this.fileFindings, ...this.draft.findings]) {
      // A chart's templates are Helm's to read; what helm says of them is the build's finding.
      if (helmTemplates.has(f.ref.file)) continue;
      const clusters = holders.get(f.ref.file) ?? [];
      if (clusters.length === 0) out.push(f);
      for (const cluster of clusters) out.push({ ...f, cluster });
    }
    for (const s of fleet.skipped) out.push(skipped(s.ref, s.reason));
    const names = fleet.clusters.map((c) => c.name!);
    const clusters =
      names.length <= 3 ? `clusters ${names.join(', ')}` : `${names.length} clusters (see \`edgenet clusters\`)`;
    for (const group of fleet.unscoped) {
      const n = group.files.length;
      const files = `${group.files.slice(0, 3).join(', ')}${n > 3 ? `, and ${n - 3} more` : ''}`;
      const reason =
        `${n === 1 ? 'this file belongs' : `${n} files under ${group.dir}/ (${files}) belong`} to none of the ` +
        `repository's ${clusters}: list ${n === 1 ? 'it' : 'them'} in the \`paths\` of a \`clusters:\` entry of ` +
        `.edgenet.yaml to judge ${n === 1 ? 'it' : 'them'} with a cluster`;
      out.push(skipped({ file: group.files[0]!, line: 1, column: 1 }, reason));
    }
    return out;
  }

  /** Source lines of the files a report shows. */
  private sourcesOf(findings: readonly Finding[]): Map<string, string[]> {
    const { config } = this.options;
    const byName = new Map(
      [...this.files, ...this.outside.values(), ...(config.source ? [config.source] : [])].map((p) => [p.file, p]),
    );
    const sources = new Map<string, string[]>();
    for (const f of findings) {
      const file = byName.get(f.file);
      if (file && !sources.has(f.file)) sources.set(f.file, file.lines);
    }
    return sources;
  }
}

export type FailOn = 'error' | 'warning' | 'never';

/** 0 when no finding is at or above `failOn`, 1 when one is (contract section 2). */
export function exitCode(findings: readonly Finding[], failOn: FailOn): 0 | 1 {
  if (failOn === 'never') return 0;
  const threshold = LEVEL_RANK[failOn];
  return findings.some((f) => LEVEL_RANK[f.level] >= threshold) ? 1 : 0;
}

type BuildFailure = Extract<BuildOutcome, { ok: false }>['failure'];

/** What rendering gives the run: each rendered build's file of objects, and the builds that did not render. */
interface Renders {
  files: Map<string, string[]>;
  findings: { build: string; finding: RawFinding }[];
}

/** Why a build is not judged, in words that say what to do. */
function renderFailureWords(build: Build, failure: BuildFailure): string {
  const what =
    build.kind === 'kustomize'
      ? `the Kustomize build ${build.id}`
      : `the Helm chart ${build.dir}${build.installer ? ` (as ${build.installer} installs it)` : ''}`;
  if (failure.cause === 'missing-tool') {
    const tool = build.kind === 'kustomize' ? 'kustomize (or kubectl)' : 'helm';
    return `${what} is not rendered: ${tool} is not on PATH (see the README: edgenet renders builds with the real tools); its files are inputs of the build, not resources`;
  }
  return `${what} does not render: ${failure.reason}`;
}

/** A rendered build has no text of its own: positions come from its relocator. */
function emptyMap(): ParsedFile['sourceMap'] {
  return parseText('', '').sourceMap;
}

function count(findings: Finding[], level: Level): number {
  return findings.filter((f) => f.level === level).length;
}
