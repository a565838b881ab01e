/**
 * The pipeline: discover -> read and parse -> facts -> clusters (the fleet) -> a model per
 * cluster -> both engines per cluster, and the fleet rules across them -> placed findings.
 * Pure of process.*: the CLI hands in the working directory, stdin and the configuration.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mapPool } from './compose/pool.js';
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
import { packageVersion } from './core/package-files.js';
import { type DiscoveredFile, type Discovery, discoverFiles, toDisplay } from './discover/discover-files.js';
import { compileGlobs } from './discover/globs.js';
import { UsageError } from './core/errors.js';
import { helmChartTemplates } from './discover/helm-chart.js';
import { readBounded } from './discover/bounded-read.js';
import { DEFAULT_MAX_FILE_SIZE, readSource } from './discover/read-source.js';
import { evaluateFleetRules, evaluateRules, mergeClusters, toFindings } from './evaluate/evaluate.js';
import { effectiveLevel, isOn } from './evaluate/levels.js';
import { Locator } from './evaluate/locate.js';
import { builtInPolicy, type RegoPolicy } from './evaluate/rego-engine.js';
import { applyWaivers, isoDate, WaiverCollector } from './evaluate/suppressions.js';
import { type Build, type ClusterScope, type Fleet, fluxCopyName, type JudgedCluster } from './fleet/fleet.js';
import { repositoryFile } from './fleet/argo-helm-values.js';
import { fluxCopy } from './fleet/flux-copies.js';
import { unknownWhereHidden } from './fleet/hidden-values.js';
import { planFleet } from './fleet/plan-fleet.js';
import { readRemoteCharts } from './fleet/remote-charts.js';
import { DraftSelector, type Keep, unitPredicate } from './fleet/select.js';
import { type FileKind, finishModel, readFile } from './model/build-model.js';
import type { Trust } from './git/trust.js';
import { ModelDraft } from './model/draft.js';
import { parseText, type ParsedFile } from './parse/parse-documents.js';
import { type FileRead, factsOf, readOne, waiverFile } from './read/read-file.js';
import { cacheKey, contentHash, FactsCache } from './read/facts-cache.js';
import { readAll } from './read/read-pool.js';
import { realOrSelf } from './discover/real-path.js';
import type { Timing } from './core/timing.js';

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
  /** Threads that read files (default: one fewer than the cores; 1 keeps reading on the main thread). */
  threads?: number;
  /** The facts cache file (--cache): files whose content it knows are not parsed again. */
  cache?: string;
  /**
   * --trust-from: .gitignore files and waivers as REF has them; its findings (configuration
   * changes) join the run's.
   */
  trust?: Trust;
  /** --ignore-pattern: globs, relative to `cwd`, of files not to lint (named ones too). */
  ignorePatterns?: readonly string[];
  /** A directory named in `paths` that yields no file to lint is a usage error (lint; not plan or init). */
  requireFiles?: boolean;
  /**
   * The caller describes facts' places after the run (`describe`: plan, init): every Kustomize
   * build is rendered with its origins at once, not only those a finding is placed in.
   */
  describesFacts?: boolean;
  /** EDGENET_TIMING: each phase's time (src/core/timing.ts). */
  timing?: Timing;
}

export interface LintResult {
  findings: Finding[];
  /** The findings a waiver suppressed, each with its `suppression` (SARIF lists them as suppressed). */
  suppressed: Finding[];
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
  if (options.ignorePatterns?.length) {
    const ignored = compileGlobs(options.ignorePatterns);
    discovery.files = discovery.files.filter((f) => f.absolute === '-' || !ignored(f.display));
    discovery.skipped = discovery.skipped.filter((s) => !ignored(s.display));
  }
  if (options.requireFiles) assertPathsYield(options.paths, discovery, cwd);
  options.timing?.mark('discover', `files: ${discovery.files.length}`);
  const { roots, top } = repositoryRoots(options.paths, cwd, config);
  const analysis = new Analysis(options, roots, top);
  for (const s of discovery.skipped) analysis.unread({ file: s.display, line: 1, column: 1 }, s.reason);
  const maxBytes = config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const readStdin = options.readStdin ?? (() => Buffer.alloc(0));
  const helmChartTemplate = helmChartTemplates();
  // Stdin stands for the file it is named after (--stdin-filename): that file is not read from disk too.
  const stdinName = discovery.files.find((f) => f.absolute === '-')?.display;
  const files = discovery.files
    .filter((f) => f.absolute === '-' || f.display !== stdinName)
    .sort((a, b) => compareStrings(a.display, b.display));
  // Files into facts on the spare cores (stdin on this thread: it cannot be read twice), from the
  // cache when it knows the content; in name order.
  const disk = files.filter((f) => f.absolute !== '-');
  const cache = options.cache
    ? new FactsCache(options.cache, cacheKey(`${packageVersion()} ${buildIdentity()}`, config.source?.text ?? ''))
    : undefined;
  const cached = cache ? disk.map((f) => cachedRead(cache, f, maxBytes, helmChartTemplate)) : [];
  const misses = cache ? disk.filter((_, i) => cached[i]!.read === undefined) : disk;
  const fresh = await readAll(misses, {
    maxBytes,
    helmChartTemplate,
    ...(options.threads ? { threads: options.threads } : {}),
  });
  let next = 0;
  const reads = disk.map((_, i) => {
    const hit = cached[i];
    if (hit?.read) return hit.read;
    const read = fresh[next++]!;
    if (cache && hit?.hash) cache.set(disk[i]!.display, hit.hash, read);
    return read;
  });
  cache?.save();
  next = 0;
  for (const file of files) {
    if (file.absolute === '-') {
      const { read, parsed } = readOne(file, { maxBytes, helmChartTemplate: false }, readStdin);
      analysis.addRead(file, read, parsed);
    } else {
      analysis.addRead(file, reads[next++]!);
    }
  }
  options.timing?.mark(
    'read',
    `parsed: ${misses.length}${cache ? `, from the cache: ${disk.length - misses.length}` : ''}`,
  );
  return analysis.finish(discovery.files.length);
}

/**
 * Every directory named yields a file to lint, or the run is a usage error (ESLint's "No files
 * matching the pattern"): a path with no YAML in it is a mistake, not a clean repository. A file
 * named and then excluded is not an error (a pre-commit hook names files the configuration leaves out).
 */
function assertPathsYield(paths: readonly string[], discovery: Discovery, cwd: string): void {
  for (const arg of paths.length ? paths : ['.']) {
    if (arg === '-') continue;
    const abs = path.resolve(cwd, arg);
    if (!isDirectory(abs)) continue;
    const names = new Set([toDisplay(cwd, abs), toDisplay(cwd, realOrSelf(abs))]);
    const under = (display: string) =>
      names.has('.') || [...names].some((d) => display === d || display.startsWith(`${d}/`));
    if (discovery.files.some((f) => under(f.display)) || discovery.skipped.some((s) => under(s.display))) continue;
    throw new UsageError(
      `${arg}: no files to lint (a directory's .yaml, .yml and .json files, ` +
        "or those the configuration's include names)",
    );
  }
}

/** A file's hash (with what its reading depends on) and its cached read, when the cache has it. */
function cachedRead(
  cache: FactsCache,
  file: DiscoveredFile,
  maxBytes: number,
  helmChartTemplate: (absolute: string) => boolean,
): { hash?: string; read?: FileRead } {
  // Read as the reading itself reads (regular files only, bounded): over the limit, not a
  // regular file (a FIFO never ends) or unreadable, it is not cached but read as always.
  const source = readBounded(file.bytes ?? file.absolute, maxBytes);
  if (!source.ok) return {};
  const bytes = source.buffer;
  const hash = contentHash(
    Buffer.concat([Buffer.from(helmChartTemplate(file.absolute) ? 'chart\0' : 'file\0'), bytes]),
  );
  const read = cache.get(file.display, hash);
  return read ? { hash, read } : { hash };
}

/**
 * The build that reads facts: a build from a newer commit of one version (an install from git)
 * may read facts of another shape, so it does not reuse a cache. A bundle is known by its file
 * (named by its content); sources run as they are (tests, `tsx`) by the newest of their files.
 */
function buildIdentity(): string {
  const here = fileURLToPath(import.meta.url);
  try {
    if (!here.endsWith('.ts')) {
      const stat = statSync(here);
      return `${path.basename(here)}:${stat.size}:${stat.mtimeMs}`;
    }
    let newest = 0;
    let count = 0;
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else {
          newest = Math.max(newest, statSync(full).mtimeMs);
          count++;
        }
      }
    };
    walk(path.dirname(here));
    return `sources:${count}:${newest}`;
  } catch {
    return '';
  }
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
  const roots = options.roots ?? [cwd];
  const analysis = new Analysis({ ...options, cwd }, roots, roots[roots.length - 1]!);
  for (const file of [...files].sort((a, b) => compareStrings(a.file, b.file))) {
    analysis.addRead({ absolute: file.file, display: file.file }, factsOf(file), file);
  }
  return analysis.finish(fileCount);
}

/**
 * Where repository-relative paths start: the directories linted, the configuration's directory,
 * and the top of the git work tree they are in. `top` bounds what a build may read: the work
 * tree, or without git the directory holding every path linted.
 */
function repositoryRoots(
  paths: readonly string[],
  cwd: string,
  config: EdgenetConfig,
): { roots: string[]; top: string } {
  const dirs = paths.filter((p) => p !== '-').map((p) => path.resolve(cwd, p));
  const linted = dirs.length ? dirs : [cwd];
  const roots = [...linted, config.dir];
  for (let dir = roots[0]!; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, '.git'))) {
      roots.push(dir);
      return { roots: [...new Set(roots)], top: dir };
    }
    if (path.dirname(dir) === dir) break;
  }
  return {
    roots: [...new Set(roots)],
    top: commonDirectory(linted.map((p) => (isDirectory(p) ? p : path.dirname(p)))),
  };
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function commonDirectory(dirs: readonly string[]): string {
  let common = dirs[0]!;
  for (const dir of dirs) {
    while (common !== path.dirname(common) && path.relative(common, dir).startsWith('..'))
      common = path.dirname(common);
  }
  return common;
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
  /** Copies of files and rendered builds that a Flux Kustomization changes, by name. */
  private readonly copies = new Set<string>();
  private byName: Map<string, ParsedFile> | undefined;
  private traceIo: TraceIo | undefined;
  private readonly waivers: WaiverCollector;
  private documents = 0;

  constructor(
    private readonly options: Omit<LintOptions, 'paths'>,
    private readonly roots: string[],
    /** What a rendered build may read: nothing above it. */
    private readonly top: string,
  ) {
    const today = options.today ?? isoDate(new Date());
    this.waivers = new WaiverCollector({
      inline: options.inlineWaivers ?? true,
      today,
      trust: options.trust,
      policyRules: (options.policies ?? []).flatMap((p) => p.ruleIds ?? []),
    });
    if (options.config.source) this.locator.add(options.config.source.file, options.config.source);
    for (const f of options.trust?.findings ?? []) this.fileFindings.push(f);
  }

  unread(ref: FileRef, reason: string): void {
    this.fileFindings.push(skipped(ref, reason));
  }

  /**
   * One file's facts into the run. `parsed`, when the file was parsed on this thread, keeps its
   * positions; otherwise they are read again from disk if a finding needs them.
   */
  addRead(discovered: DiscoveredFile, read: FileRead, parsed?: ParsedFile): void {
    if (!read.ok) {
      this.unread({ file: read.file, line: read.line ?? 1, column: read.column ?? 1 }, read.reason);
      return;
    }
    const file = parsed ?? new LazyFile(discovered, read);
    if (parsed) parsed.documents = [];
    this.files.push(file);
    this.locator.add(file.file, file);
    for (const p of read.problems) {
      const ref = { file: read.file, line: p.line, column: p.column, endLine: p.endLine, endColumn: p.endColumn };
      this.fileFindings.push(p.kind === 'parse-error' ? parseError(ref, p.message) : skipped(ref, p.message));
    }
    this.draft.absorb(read.facts);
    if (read.kinds.length > 0) this.kinds.set(read.file, new Set(read.kinds));
    if (read.waivers) this.waivers.addFile(waiverFile(read.file, read.waivers, file));
    this.documents += read.documents;
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
    const timing = this.options.timing;
    timing?.mark('plan', `clusters: ${fleet.clusters.length}, builds: ${fleet.builds.size}`);
    const split = fleet.clusters.length > 1;
    const raw: RawFinding[] = [];
    const judged: JudgedCluster[] = [];
    const cliLevels = this.options.cliLevels ?? {};
    const renders = await this.render(fleet);
    timing?.mark('render', `builds the clusters use: ${renders.used}`);
    const rendered = (build: string): string[] => renders.files.get(build) ?? [];
    const selector = new DraftSelector(this.draft);
    for (const scope of fleet.clusters) {
      this.copyFluxUnits(scope, renders, selector);
      const settings = clusterSettings(config, scope.name);
      const keep = unitPredicate(scope.units, rendered);
      const draft = selector.select(keep);
      for (const f of this.remoteCharts(keep, scope.applications, draft))
        raw.push(split && scope.name !== null ? { ...f, cluster: scope.name } : f);
      const { model } = finishModel(draft, settings);
      judged.push({ scope, model });
      const found = await evaluateRules(model, {
        configLevels: settings.rules,
        cliLevels,
        policy: builtInPolicy(),
        userPolicies: this.options.policies ?? [],
      });
      for (const f of found) raw.push(split && scope.name !== null ? { ...f, cluster: scope.name } : f);
    }
    timing?.mark('models and rules');
    // Loops, not push(...list): a repository may have more findings than a call takes arguments.
    for (const f of evaluateFleetRules(judged, { configLevels: config.rules, cliLevels })) raw.push(f);
    for (const f of this.fleetFindings(fleet, split, renders)) raw.push(f);
    const levelsOf = (cluster: string | undefined) => ({
      configLevels: clusterSettings(config, cluster ?? null).rules,
      cliLevels,
    });
    let placed = toFindings(raw, this.locator, levelsOf);
    // Builds rendered without origins that a finding is placed in: rendered again with them,
    // and the findings placed again (src/compose/render-builds.ts).
    timing?.mark('fleet rules and places');
    const wanted = renders.lazyOrigins.filter((o) => o.wanted());
    if (wanted.length > 0) {
      await mapPool(wanted, (o) => o.fetch());
      placed = toFindings(raw, this.locator, levelsOf);
      timing?.mark('origins', `builds rendered again for their findings' places: ${wanted.length}`);
    }
    this.waivers.addConfig(config);
    const enabled = (id: string) => isOn(effectiveLevel(id, config.rules, cliLevels));
    // Files some cluster reads (whole, as a build's input, or a template's part): a waiver
    // elsewhere (a file its installer leaves out) waits for a finding that cannot come.
    const read = new Set<string>();
    for (const c of fleet.clusters) {
      for (const u of c.units) {
        if (u.kind !== 'build') read.add(u.file);
        else for (const f of fleet.builds.get(u.build)?.inputs ?? []) read.add(f);
      }
    }
    const waived = applyWaivers(placed, this.waivers, enabled, (file) => read.has(file));
    const inScope = (f: Finding) =>
      // A finding concerns a file when any of its places is there: staging only the VPC change
      // that makes a pod CIDR overlap it still shows the overlap (pre-commit, --context).
      (!this.options.reportOnly || [f, ...f.related].some((place) => this.options.reportOnly!.has(place.file))) &&
      (this.options.cluster === undefined || f.clusters.length === 0 || f.clusters.includes(this.options.cluster));
    const findings = mergeClusters([...waived.findings, ...toFindings(waived.problems, this.locator, levelsOf)]).filter(
      inScope,
    );
    const suppressed = mergeClusters(waived.suppressed).filter(inScope);
    timing?.mark('waivers');
    return {
      findings,
      suppressed,
      fleet,
      clusters: judged,
      sources: this.sourcesOf([...findings, ...suppressed]),
      describe: (ref) => this.locator.describe(ref),
      summary: {
        files: fileCount,
        documents: this.documents,
        errors: count(findings, 'error'),
        warnings: count(findings, 'warning'),
        infos: count(findings, 'info'),
        // A finding waived in two clusters is one finding suppressed.
        suppressed: suppressed.length,
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
    const objects = new Map<string, unknown[]>();
    const findings: Renders['findings'] = [];
    const lazyOrigins: Renders['lazyOrigins'] = [];
    if (used.size === 0) return { files, objects, findings, lazyOrigins, used: 0 };
    const io = this.io;
    const outcomes = await renderBuilds([...used.values()], {
      cwd: this.options.cwd,
      env: this.options.env ?? {},
      boundary: this.top,
      kubeVersion: (b) => versions.get(b.id),
      io,
      ...(this.options.cache ? { cacheFile: path.join(path.dirname(this.options.cache), 'renders.json') } : {}),
      lazyOrigins: !this.options.describesFacts,
    });
    for (const outcome of outcomes) {
      const { build } = outcome;
      if (!outcome.ok) {
        const place = this.failurePlace(build, outcome.failure, io);
        const roots = { cwd: this.options.cwd, top: this.top };
        const words = renderFailureWords(build, outcome.failure, (abs) => io.display(abs), roots);
        const finding = skipped(place, words);
        findings.push({ build: build.id, finding });
        continue;
      }
      const name = `${build.id}#rendered`;
      const documents = outcome.objects.map((data, index) => ({ index, data }));
      const file: ParsedFile = {
        file: name,
        text: '',
        documents,
        problems: [],
        lines: [],
        sourceMap: emptyMap(),
        readBy: 'none',
      };
      const facts = new ModelDraft();
      const kinds = readFile(file, facts);
      // A value the chart's unread values (a Secret) may replace is unknown, not judged.
      if (build.installer) unknownWhereHidden(facts, outcome.hiddenBy, build.installer);
      if (kinds.size > 0 && facts.factCount() > 0) this.kinds.set(name, kinds);
      this.draft.absorb(facts.toFragment());
      this.documents += documents.length;
      this.locator.addRendered(name, outcome.relocate);
      if (outcome.origins) lazyOrigins.push(outcome.origins);
      files.set(build.id, [name]);
      objects.set(name, outcome.objects);
    }
    return { files, objects, findings, lazyOrigins, used: used.size };
  }

  /**
   * Charts a cluster installs from elsewhere (src/fleet/remote-charts.ts): a known chart's values
   * into its draft, with the cluster's ConfigMaps and this repository's value files; the others
   * said not fetched.
   */
  private remoteCharts(keep: Keep, applications: ClusterScope['applications'], draft: ModelDraft): RawFinding[] {
    const io = this.io;
    const remote = readRemoteCharts(
      {
        hints: this.draft.gitops,
        keep,
        applications,
        configMaps: draft.configMaps,
        parsed: (display) => io.parsed(display),
        repositoryFile: (repoPath) => {
          const abs = repositoryFile(this.roots, repoPath);
          return abs === undefined ? undefined : io.display(abs);
        },
      },
      draft,
    );
    return remote.map((r) => skipped(r.ref, r.reason));
  }

  /**
   * Repository files by reported name, parsed once (documents are let go after reading): a file
   * outside the paths linted (a base above them) is added to the locator for its positions.
   */
  private get io(): TraceIo {
    if (this.traceIo) return this.traceIo;
    const known = new Map(this.files.map((f) => [f.file, f]));
    const parsed = cachedParser(this.options.cwd, (display) => known.get(display));
    this.traceIo = {
      display: (abs) => path.relative(this.options.cwd, abs).split(path.sep).join('/'),
      parsed: (display) => {
        const file = parsed(display);
        if (file && !this.locator.has(display)) {
          this.locator.add(display, file);
          this.outside.set(display, file);
        }
        return file;
      },
    };
    return this.traceIo;
  }

  /** Where a failed render is reported: the entry that named the offending input, or helm's template line. */
  private failurePlace(build: Build, failure: BuildFailure, io: TraceIo): SourceRef | FileRef {
    // A values file that does not exist is reported where the installer names it, not at itself.
    const named = build.values?.find(
      (v) => v.kind === 'file' && v.ref && path.resolve(this.options.cwd, v.file) === failure.at.file,
    );
    if (named?.kind === 'file' && named.ref && !existsSync(failure.at.file)) return named.ref;
    if (failure.line) {
      const { line, column } = failure.line;
      return { file: io.display(failure.line.file), line, column: column ?? 1 };
    }
    const file = io.display(failure.at.file);
    io.parsed(file);
    return { file, doc: failure.at.doc ?? 0, path: failure.at.at };
  }

  /**
   * The files and rendered builds a Flux Kustomization of the cluster changes (post-build
   * substitution, targetNamespace), each read as a copy of its own (`<name>#flux:...`) whose
   * values are placed where a variable sets them or, else, where the original writes them.
   */
  private copyFluxUnits(scope: ClusterScope, renders: Renders, selector: DraftSelector): void {
    const changed = scope.units.filter((u) => u.kind !== 'stack' && u.flux);
    if (changed.length === 0) return;
    // The ConfigMaps substituteFrom names are the cluster's own, as written.
    const plain = scope.units.map((u) => (u.kind === 'stack' ? u : { ...u, flux: undefined }));
    const keep = unitPredicate(plain, (build) => renders.files.get(build) ?? []);
    const { configMaps } = selector.select(keep);
    for (const u of changed) {
      if (u.kind === 'stack' || !u.flux) continue;
      const originals =
        u.kind === 'file'
          ? [{ name: u.file, objects: this.documentsOf(u.file) }]
          : (renders.files.get(u.build) ?? []).map((name) => ({ name, objects: renders.objects.get(name) ?? [] }));
      for (const { name, objects } of originals) {
        const copyName = fluxCopyName(name, u.flux);
        if (this.copies.has(copyName)) continue;
        this.copies.add(copyName);
        const copy = fluxCopy(objects, u.flux, configMaps, (ref) => ({ ...ref, file: name }));
        const documents = copy.objects.flatMap((data, index) => (data === undefined ? [] : [{ index, data }]));
        readFile(
          { file: copyName, text: '', documents, problems: [], lines: [], sourceMap: emptyMap(), readBy: 'none' },
          this.draft,
        );
        this.locator.addRendered(copyName, copy.relocate);
      }
    }
  }

  /** A file's documents as written, by index (parsed again: documents are let go after reading). */
  private documentsOf(file: string): unknown[] {
    this.byName ??= new Map(this.files.map((f) => [f.file, f]));
    const out: unknown[] = [];
    const known = this.byName.get(file);
    if (known) for (const d of parseText(file, known.text).documents) out[d.index] = d.data;
    return out;
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
          const rendered = u.kind === 'build' ? (renders.files.get(u.build) ?? []) : [u.file];
          const files = [
            ...(u.kind === 'build' ? (fleet.builds.get(u.build)?.inputs ?? []) : []),
            ...rendered,
            // What reading a Flux Kustomization's copy finds is the cluster's too.
            ...(u.kind !== 'stack' && u.flux ? rendered.map((f) => fluxCopyName(f, u.flux!)) : []),
          ];
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
    // A file (or rendered build) every cluster judges only as a Flux Kustomization changes it
    // (post-build substitution): what its objects say as written (`${POD_CIDR}` where a CIDR is
    // due) is not applied anywhere; its copy's findings are the ones. A syntax error still is.
    const asWritten = new Set<string>();
    const asChanged = new Set<string>();
    for (const c of fleet.clusters) {
      for (const u of c.units) {
        if (u.kind === 'stack') continue;
        for (const f of u.kind === 'build' ? (renders.files.get(u.build) ?? []) : [u.file]) {
          (u.flux ? asChanged : asWritten).add(f);
        }
      }
    }
    const changedOnly = (file: string) => asChanged.has(file) && !asWritten.has(file);
    const modelFindings = new Set(this.draft.findings);
    // Reading found them (a parse error, a NodePool that breaks its CRD): they are about the file.
    for (const f of [...this.fileFindings, ...this.draft.findings]) {
      // A chart's templates are Helm's to read; what helm says of them is the build's finding.
      if (helmTemplates.has(f.ref.file)) continue;
      if (modelFindings.has(f) && changedOnly(f.ref.file)) continue;
      const clusters = holders.get(f.ref.file) ?? [];
      if (clusters.length === 0) out.push(f);
      for (const cluster of clusters) out.push({ ...f, cluster });
    }
    for (const s of fleet.skipped) {
      const finding = skipped(s.ref, s.reason);
      const clusters = split && s.cluster !== undefined ? [s.cluster] : (holders.get(s.ref.file) ?? []);
      if (clusters.length === 0) out.push(finding);
      for (const cluster of clusters) out.push({ ...finding, cluster });
    }
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
  /** Each rendered file's objects, for the copies a Flux Kustomization changes. */
  objects: Map<string, unknown[]>;
  findings: { build: string; finding: RawFinding }[];
  /** Builds rendered without kustomize's origins, which a placement may ask for. */
  lazyOrigins: NonNullable<Extract<BuildOutcome, { ok: true }>['origins']>[];
  /** How many builds the clusters use (rendered, or from the render cache). */
  used: number;
}

/** Why a build is not judged, in words that say what to do. */
function renderFailureWords(
  build: Build,
  failure: BuildFailure,
  display: (abs: string) => string,
  { cwd, top }: { cwd: string; top: string },
): string {
  const what =
    build.kind === 'kustomize'
      ? build.install
        ? `${build.dir} as ${build.install.installer} builds it`
        : `the Kustomize build ${build.id}`
      : `the Helm chart ${build.dir}${build.installer ? ` (as ${build.installer} installs it)` : ''}`;
  if (failure.cause === 'missing-tool' && build.install) {
    return (
      `${what} is not rendered: it ${failure.reason} (see the README: edgenet renders ` +
      'builds with the real tools); its files are not judged as they are written'
    );
  }
  if (failure.cause === 'missing-tool') {
    const tool = build.kind === 'kustomize' ? 'kustomize (or kubectl)' : 'helm';
    return (
      `${what} is not rendered: ${tool} is not on PATH (see the README: edgenet renders ` +
      'builds with the real tools); its files are inputs of the build, not resources'
    );
  }
  return `${what} does not render: ${relativePaths(failure.reason, display, cwd, top)}`;
}

/**
 * A tool's words with the absolute paths it names as the report names files: a finding reads the
 * same on every machine (and in a baseline), and says nothing of the runner's directories.
 */
function relativePaths(words: string, display: (abs: string) => string, cwd: string, top: string): string {
  return words.replace(/(?<![\w.~\]-])\/[^\s'"`:,;()[\]]+/g, (match) => {
    // A sentence's full stop is not part of the path.
    const abs = match.replace(/\.+$/, '');
    const tail = match.slice(abs.length);
    // The tools name real paths: the top may be reached through a symbolic link.
    const real = realOrSelf(top);
    if (abs === top || abs === real) return `the repository${tail}`;
    const named = abs.startsWith(`${real}/`) ? top + abs.slice(real.length) : abs;
    if (![cwd, top].some((dir) => named === dir || named.startsWith(`${dir}/`))) return match;
    return `${display(named) || '.'}${tail}`;
  });
}

/**
 * A file whose facts were read without keeping it (on another thread, or from the cache): its
 * lines and positions are read again from disk, carefully, only if a finding needs them (most
 * files have none). A class: an object literal with getters and a closure per file cost 28 ms
 * for 15,000 files.
 */
class LazyFile implements ParsedFile {
  readonly file: string;
  documents: ParsedFile['documents'] = [];
  readonly problems: ParsedFile['problems'];
  readonly readBy: ParsedFile['readBy'];
  private parsed: ParsedFile | undefined;

  constructor(
    private readonly discovered: DiscoveredFile,
    read: Extract<FileRead, { ok: true }>,
  ) {
    this.file = read.file;
    this.problems = read.problems;
    this.readBy = read.readBy;
  }

  get text(): string {
    return this.load().text;
  }

  get lines(): string[] {
    return this.load().lines;
  }

  get sourceMap(): ParsedFile['sourceMap'] {
    return this.load().sourceMap;
  }

  private load(): ParsedFile {
    if (!this.parsed) {
      const source = readSource(this.discovered, Number.POSITIVE_INFINITY, () => Buffer.alloc(0));
      this.parsed = parseText(this.file, source.ok ? source.text : '', { positionsOnly: true });
    }
    return this.parsed;
  }
}

/** A rendered build has no text of its own: positions come from its relocator. */
function emptyMap(): ParsedFile['sourceMap'] {
  return parseText('', '').sourceMap;
}

function count(findings: Finding[], level: Level): number {
  return findings.filter((f) => f.level === level).length;
}
