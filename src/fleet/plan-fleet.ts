/**
 * Decides the clusters of a repository (contract section 7), in this order: the configuration's
 * `clusters:`, Flux `clusters/<name>/` trees and the paths their Kustomizations apply, Argo CD
 * Applications, Kustomize builds and Helm charts nobody installs (each a cluster of its own),
 * ROS/CloudFormation stacks (each ACK cluster resource with its own VPC), and the default
 * cluster of whatever is left. Files a build reads (bases, patches, chart templates) are inputs
 * of that build, never resources of their own.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  findKustomizationFile,
  kustomizationFileIn,
  readKustomization,
  walkKustomization,
} from '../compose/kustomization.js';
import { clusterSettings } from '../config/cluster-settings.js';
import type { EdgenetConfig } from '../config/load-config.js';
import { compileGlobs } from '../discover/globs.js';
import { compareStrings, type SourceRef } from '../core/finding.js';
import type { FileKind } from '../model/build-model.js';
import type { ConfigMapDraft, ModelDraft, RawDocument } from '../model/draft.js';
import type {
  ArgoApplicationHint,
  ArgoApplicationSetHint,
  FluxKustomizationHint,
  GitopsHints,
  HelmReleaseHint,
} from '../model/gitops-hints.js';
import { readArgoApplication } from '../model/gitops.js';
import { installGraph, type KustomizeInstall } from '../compose/installed-build.js';
import { isKnownChart } from '../model/known-charts.js';
import type { StackHint, VpcLink } from '../model/stacks.js';
import { argoHelmValues, repositoryFile } from './argo-helm-values.js';
import { generatedConfigMaps } from './config-map-generators.js';
import { releaseValues } from './release-values.js';
import type { Build, ClusterScope, Fleet, HelmValuesSource, ScopeUnit, UnscopedGroup, VpcIdentity } from './fleet.js';
import {
  argoChangeWords,
  argoInstallChanges,
  fluxChangesAfterBuild,
  fluxChangeWords,
  fluxInstall,
  fluxInstaller,
  listWords,
} from './installer-changes.js';
import { argoDirectoryGlob, argoDirectoryKeeps, fluxIgnores } from './source-files.js';
import { realOrSelf } from '../discover/real-path.js';

export interface PlanInput {
  /** Absolute working directory: reported names are relative to it. */
  cwd: string;
  /** Every file read, as reported. */
  files: readonly string[];
  /** Files that hold facts, and of which kind. */
  kinds: ReadonlyMap<string, ReadonlySet<FileKind>>;
  draft: ModelDraft;
  config: EdgenetConfig;
  /** Absolute directories a repository-relative path (a Flux spec.path) may be relative to. */
  roots: readonly string[];
}

/** Who installs a chart, with which values. */
interface ChartInstall {
  installer: string;
  values: HelmValuesSource[];
  namespace: string;
  releaseName: string;
}

interface Accumulated {
  name: string;
  reasons: string[];
  units: Map<string, ScopeUnit>;
  vpcs: Map<string, VpcIdentity>;
  /** Named by the configuration with `paths`: exactly those files, nothing joins. */
  explicit: boolean;
  applications: ArgoApplicationHint[];
}

const IN_CLUSTER = 'https://kubernetes.default.svc';

export function planFleet(input: PlanInput): Fleet {
  return new Planner(input).plan();
}

class Planner {
  private readonly clusters = new Map<string, Accumulated>();
  private readonly builds = new Map<string, Build>();
  private readonly skipped: Fleet['skipped'] = [];
  /** Files some build reads: never judged raw. */
  private readonly claimed = new Set<string>();
  /** Files an installer leaves out of what it syncs, with who: judged in no cluster. */
  private readonly unsynced = new Map<string, string>();
  private kustomizationDocs: Map<string, RawDocument> | undefined;
  /** Kustomize patch files: what they hold is a change to an object, never a GitOps object itself. */
  private readonly patchFiles = new Set<string>();
  private gitopsHints: GitopsHints | undefined;
  private installerFiles: Set<string> | undefined;
  /** Kustomization directories (absolute) no other kustomization includes, and Helm chart directories. */
  private readonly topBuilds = new Set<string>();
  private readonly chartDirs = new Set<string>();
  /** buildDirsBelow's sorted lists, made once the builds are all found. */
  private readonly sortedBuildDirs = new Map<string, string[]>();
  /** Template files a configured cluster takes whole: their stacks form no cluster of their own. */
  private readonly takenTemplates = new Set<string>();
  private readonly fileSet: Set<string>;
  /** Chart directories some release or Application installs: not clusters of their own. */
  private readonly installedCharts = new Set<string>();
  /** HelmReleases of a chart of the repository that no cluster held when they were read. */
  private readonly unapplied: { release: HelmReleaseHint; dir: string }[] = [];
  /** Kustomize builds an installer builds changed (installedBuild): not clusters of their own as written. */
  private readonly installedKustomizations = new Set<string>();
  /** Files an installer's build applies: scoped to its clusters, never loose. */
  private readonly applied = new Set<string>();
  /** The clusters whose units hold each file (raw, as a template's part, or as a build's input). */
  private readonly holders = new Map<string, Set<string>>();
  /** input/skipped reasons already given, by place: a Kustomization two clusters apply says it once. */
  private readonly said = new Set<string>();
  private generatedMaps: ConfigMapDraft[] | undefined;
  private configMapIndex: Map<string, ConfigMapDraft[]> | undefined;
  /** Installed builds made again for a cluster whose source leaves other files out, by what it generates. */
  private readonly buildVariants = new Map<string, string>();

  /** The read files in code-unit order, each with its place in input.files: a directory's files are one run. */
  private readonly sorted: readonly { file: string; at: number }[];

  constructor(private readonly input: PlanInput) {
    this.fileSet = new Set(input.files);
    this.sorted = input.files.map((file, at) => ({ file, at })).sort((a, b) => (a.file < b.file ? -1 : 1));
  }

  plan(): Fleet {
    this.findBuilds();
    this.configured();
    this.flux();
    this.argo();
    this.helmReleases();
    this.unclaimedBuilds();
    this.stacks();
    return this.finish();
  }

  /**
   * The GitOps objects of the repository, without those in patch files: a Flux Kustomization
   * patch (`spec.path: ./production` and nothing else) changes the object it targets; it applies
   * nothing itself.
   */
  private get hints(): GitopsHints {
    if (this.gitopsHints) return this.gitopsHints;
    const all = this.input.draft.gitops;
    const real = <T extends { ref: { file: string } }>(list: T[]) =>
      list.filter((h) => !this.patchFiles.has(h.ref.file));
    this.gitopsHints = {
      fluxKustomizations: real(all.fluxKustomizations),
      gitRepositories: real(all.gitRepositories),
      artifactGenerators: real(all.artifactGenerators),
      helmReleases: real(all.helmReleases),
      argoApplications: real(all.argoApplications),
      argoApplicationSets: real(all.argoApplicationSets),
    };
    return this.gitopsHints;
  }

  /**
   * A file with facts, or one that installs a chart from elsewhere: a HelmRelease (its chart's
   * values are read, or it is said not fetched, with the cluster that holds it), an Application
   * of a known chart.
   */
  private describesCluster(file: string): boolean {
    if (this.input.kinds.has(file)) return true;
    this.installerFiles ??= new Set([
      ...this.hints.helmReleases.map((r) => r.ref.file),
      ...this.hints.argoApplications.filter((a) => a.sources.some((s) => isKnownChart(s.chart))).map((a) => a.ref.file),
    ]);
    return this.installerFiles.has(file);
  }

  // -------------------------------------------------------------------------------------------
  // Paths

  private display(abs: string): string {
    return path.relative(this.input.cwd, abs).split(path.sep).join('/') || '.';
  }

  private absolute(display: string): string {
    return path.resolve(this.input.cwd, display);
  }

  /** A file's path relative to the first root that holds it. */
  private rootRelative(display: string): string {
    const abs = this.absolute(display);
    for (const root of this.input.roots) {
      const rel = path.relative(root, abs);
      if (rel && !rel.startsWith('..') && !path.isAbsolute(rel)) return rel.split(path.sep).join('/');
    }
    return display;
  }

  /** A repository-relative directory (a Flux or Argo CD path) on disk, under the first root that has it. */
  private resolveRepoPath(repoPath: string): string | undefined {
    for (const root of this.input.roots) {
      const abs = path.resolve(root, repoPath);
      if (isDirectory(abs)) return abs;
    }
    return undefined;
  }

  /** A repository-relative file on disk, as reported, under the first root that has it. */
  private repositoryFile(repoPath: string): string | undefined {
    const abs = repositoryFile(this.input.roots, repoPath);
    return abs === undefined ? undefined : this.display(abs);
  }

  /** Read files under a directory, as reported. */
  private filesUnder(dirAbs: string, recurse = true): string[] {
    const prefix = this.display(dirAbs);
    const under = prefix === '.' ? '' : `${prefix}/`;
    // The run of names that start with the directory, found by binary search: a fleet of
    // thousands of directories stays linear.
    const [low, high] = prefixRun(this.sorted, under, (f) => f.file);
    const found: { file: string; at: number }[] = [];
    for (let i = low; i < high; i++) {
      const f = this.sorted[i]!;
      if (recurse || !f.file.slice(under.length).includes('/')) found.push(f);
    }
    return found.sort((a, b) => a.at - b.at).map((f) => f.file);
  }

  // -------------------------------------------------------------------------------------------
  // Builds

  /** Every kustomization and chart; the inputs they read are claimed; the builds nobody includes are top builds. */
  private findBuilds(): void {
    const dirs = new Map<string, string>();
    for (const k of this.input.draft.kustomizations) dirs.set(path.dirname(this.absolute(k.file)), k.file);
    // A Component is built only as part of a kustomization that includes it (kustomize refuses it alone).
    const included = new Set<string>(
      this.input.draft.kustomizations
        .filter((k) => k.data.kind === 'Component')
        .map((k) => path.dirname(this.absolute(k.file))),
    );
    for (const k of this.input.draft.kustomizations) {
      const read = readKustomization(k.data, this.absolute(k.file));
      for (const i of read.inputs) {
        if (i.kind !== 'local' || !i.path || !['resources', 'bases', 'components'].includes(i.field)) continue;
        if (dirs.has(i.path)) included.add(i.path);
      }
    }
    for (const dir of [...dirs.keys()].sort()) {
      // A kustomization read but not on disk (stdin) is no build.
      if (!included.has(dir) && this.kustomizeBuild(dir)) this.topBuilds.add(dir);
    }
    // A chart inside another chart (charts/<sub>/) is a dependency, rendered with its parent.
    const charts = this.input.draft.charts.map((c) => path.dirname(this.absolute(c.file))).sort();
    for (const dir of charts) {
      if (charts.some((outer) => outer !== dir && dir.startsWith(`${outer}${path.sep}`))) continue;
      // A chart a kustomization inflates (helmCharts) is that build's input.
      if (this.claimed.has(this.display(path.join(dir, 'Chart.yaml')))) continue;
      this.chartDirs.add(dir);
      this.chartBuild(dir);
    }
  }

  /** The build of a kustomization directory, its inputs claimed. */
  private kustomizeBuild(dirAbs: string): Build | undefined {
    const id = this.display(dirAbs);
    const known = this.builds.get(id);
    if (known) return known;
    const found = findKustomizationFile(dirAbs);
    // Several kustomization files: kustomize refuses the directory (the render says so, at the
    // first), and what each lists is still the build's input, never a resource of its own.
    const roots = found.file ? [dirAbs] : (found.several ?? []);
    if (roots.length === 0) return undefined;
    const graphs = roots.map((root) => walkKustomization(root));
    const inputs = [
      ...(found.several?.map((f) => this.display(f)) ?? []),
      ...graphs.flatMap((graph) => [
        ...graph.kustomizations.map((k) => this.display(k.file)),
        ...graph.files.filter((f) => !f.directory).map((f) => this.display(f.path)),
        ...graph.files.filter((f) => f.directory).flatMap((f) => this.filesUnder(f.path)),
      ]),
    ];
    const build: Build = {
      id,
      kind: 'kustomize',
      dir: id,
      file: this.display(found.file ?? roots[0]!),
      inputs: [...new Set(inputs)].sort(),
    };
    for (const f of build.inputs) this.claimed.add(f);
    for (const graph of graphs) {
      for (const f of graph.files) if (f.field.startsWith('patches')) this.patchFiles.add(this.display(f.path));
    }
    this.builds.set(id, build);
    return build;
  }

  /**
   * A chart directory: everything under it is the chart's (templates, values, vendored charts).
   * With an installer, the chart rendered with that installer's values is a build of its own.
   */
  private chartBuild(dirAbs: string, install?: ChartInstall, cluster?: string): Build {
    const dir = this.display(dirAbs);
    const chartValues = `${dir === '.' ? '' : `${dir}/`}values.yaml`;
    // helm reads the chart's values.yaml first (also when the chart lies outside the paths
    // linted); an installer's values go over it.
    const hasValues = this.fileSet.has(chartValues) || existsSync(this.absolute(chartValues));
    const values: HelmValuesSource[] = [
      ...(hasValues ? [{ kind: 'file' as const, file: chartValues }] : []),
      ...(install?.values ?? []),
    ];
    let id = install ? `${dir}@${install.installer}` : dir;
    const known = this.builds.get(id);
    if (known && JSON.stringify(known.values) === JSON.stringify(values)) return known;
    // The same installer with other values (another cluster's ConfigMaps): a build of that cluster.
    if (known && cluster !== undefined) {
      id = `${id} in ${cluster}`;
      const own = this.builds.get(id);
      if (own) return own;
    } else if (known) return known;
    const inputs = this.filesUnder(dirAbs);
    const build: Build = {
      id,
      kind: 'helm',
      dir,
      file: `${dir === '.' ? '' : `${dir}/`}Chart.yaml`,
      inputs,
      values,
      ...(install
        ? { installer: install.installer, namespace: install.namespace, releaseName: install.releaseName }
        : {}),
    };
    for (const f of inputs) this.claimed.add(f);
    this.builds.set(id, build);
    if (install) this.installedCharts.add(dir);
    return build;
  }

  /**
   * What an installer applies from a directory: its build, or its files and the builds below it.
   * `synced` says whether the installer syncs a file at all (absolute path: .sourceignore, an
   * Argo CD exclude); a build whose kustomization it leaves out is left out whole.
   */
  private directoryUnits(
    dirAbs: string,
    recurse: boolean,
    synced: (abs: string) => boolean = () => true,
    /** Who leaves files out, in words, for the info that says so. */
    by?: string,
  ): ScopeUnit[] {
    const own = this.kustomizeBuild(dirAbs);
    if (own) return [{ kind: 'build', build: own.id }];
    if (existsSync(path.join(dirAbs, 'Chart.yaml'))) return [{ kind: 'build', build: this.chartBuild(dirAbs).id }];
    const units: ScopeUnit[] = [];
    const syncs = (abs: string, file: string) => {
      if (synced(abs)) return true;
      if (by) this.unsynced.set(file, by);
      return false;
    };
    // Flux generates a kustomization of every manifest below the path; a subdirectory with its
    // own kustomization is included as that build, and nothing inside it is (kustomize-controller's
    // generator does not descend into it). A chart directory is rendered as its build.
    const subBuilds = outermostBelow(dirAbs, this.buildDirsBelow(dirAbs, true));
    for (const d of subBuilds) {
      const build = this.topBuilds.has(d) || this.chartDirs.has(d) ? this.builds.get(this.display(d)) : undefined;
      if (build && recurse && syncs(this.absolute(build.file), build.file))
        units.push({ kind: 'build', build: build.id });
    }
    const inSub = (f: string) => subBuilds.some((d) => this.absolute(f).startsWith(`${d}${path.sep}`));
    for (const f of this.filesUnder(dirAbs, recurse)) {
      if (!this.claimed.has(f) && !inSub(f) && syncs(this.absolute(f), f)) units.push({ kind: 'file', file: f });
    }
    return units;
  }

  /**
   * A path as its installer builds it (Flux Kustomization patches, Argo CD kustomize options):
   * one build of the path's kustomization, or of the one kustomize-controller generates for a
   * directory of manifests. The manifests it lists stay unclaimed (another installer may apply
   * the directory as it is); the path's own build is this one's, not a cluster of its own.
   */
  private installedBuild(
    dirAbs: string,
    install: KustomizeInstall,
    synced: (abs: string) => boolean = () => true,
    by?: string,
    cluster?: string,
  ): Build {
    let id = `${this.display(dirAbs)}@${install.installer}`;
    const own = kustomizationFileIn(dirAbs);
    const generated = install.by === 'flux' && !own ? this.generatedRoot(dirAbs, synced, by) : undefined;
    const known = this.builds.get(id);
    // The same installer in a cluster whose source leaves other files out (its own spec.ignore)
    // generates another root: a build of that cluster.
    const same = (b: Build) =>
      b.install?.by !== 'flux' || JSON.stringify(b.install.generated) === JSON.stringify(generated);
    if (known && (same(known) || cluster === undefined)) return known;
    if (known) {
      // Clusters whose sources leave the same files out share one variant.
      const variant = `${id}\0${JSON.stringify(generated)}`;
      const shared = this.buildVariants.get(variant);
      if (shared) return this.builds.get(shared)!;
      id = `${id} (as cluster ${cluster}'s source syncs it)`;
      this.buildVariants.set(variant, id);
    }
    const full: KustomizeInstall = install.by === 'flux' && generated ? { ...install, generated } : install;
    const graph = installGraph(dirAbs, full);
    if (own) this.installedKustomizations.add(this.kustomizeBuild(dirAbs)?.id ?? '');
    const listed = new Set(full.by === 'flux' ? (full.generated?.files ?? []).map((f) => this.display(f)) : []);
    const inputs = [
      ...graph.kustomizations.map((k) => this.display(k.file)),
      ...graph.files.filter((f) => !f.directory).map((f) => this.display(f.path)),
      ...graph.files.filter((f) => f.directory).flatMap((f) => this.filesUnder(f.path)),
      // Argo CD does not build a path without a kustomization: its files are this build's, and not judged.
      ...(full.by === 'argo' && !own ? this.filesUnder(dirAbs) : []),
    ];
    const build: Build = {
      id,
      kind: 'kustomize',
      dir: this.display(dirAbs),
      file: own ? this.display(own) : this.display(install.at.file),
      inputs: [...new Set(inputs)].sort(),
      install: full,
    };
    for (const f of build.inputs) {
      this.applied.add(f);
      if (!listed.has(f) && !(full.by === 'argo' && !own)) this.claimed.add(f);
    }
    this.builds.set(id, build);
    return build;
  }

  /**
   * What kustomize-controller's generated kustomization lists for a directory without one: every
   * .yaml/.yml file below it that its source syncs, and each directory below with a
   * kustomization of its own (not descended into).
   */
  private generatedRoot(
    dirAbs: string,
    synced: (abs: string) => boolean,
    by?: string,
  ): { files: string[]; dirs: string[] } {
    const dirs = outermostBelow(
      dirAbs,
      this.buildDirsBelow(dirAbs, false).filter((d) => synced(d)),
    );
    const files: string[] = [];
    for (const f of this.filesUnder(dirAbs)) {
      const abs = this.absolute(f);
      if (!/\.ya?ml$/.test(f) || dirs.some((d) => abs.startsWith(`${d}${path.sep}`))) continue;
      if (synced(abs)) files.push(abs);
      else if (by) this.unsynced.set(f, by);
    }
    return { files, dirs: dirs.sort() };
  }

  /** Every directory with a kustomization (absolute), once. */
  private kustomizationDirs(): string[] {
    return [...this.kustomizationsByDir.keys()];
  }

  /** The kustomization documents read, by their directory (absolute). */
  private get kustomizationsByDir(): Map<string, RawDocument> {
    this.kustomizationDocs ??= new Map(
      this.input.draft.kustomizations.map((k) => [path.dirname(this.absolute(k.file)), k]),
    );
    return this.kustomizationDocs;
  }

  /** The directories with a kustomization (and, with `charts`, the charts) strictly below one, by binary search. */
  private buildDirsBelow(dirAbs: string, charts: boolean): string[] {
    const key = charts ? 'with charts' : 'kustomizations';
    let sorted = this.sortedBuildDirs.get(key);
    if (!sorted) {
      const dirs = new Set([...this.kustomizationDirs(), ...(charts ? this.chartDirs : [])]);
      sorted = [...dirs].sort((a, b) => (a < b ? -1 : 1));
      this.sortedBuildDirs.set(key, sorted);
    }
    const [low, high] = prefixRun(sorted, `${dirAbs}${path.sep}`, (d) => d);
    return sorted.slice(low, high);
  }

  /** What Flux's source-controller keeps of the repository at `root` for a Kustomization (source-files.ts). */
  private fluxSynced(k: FluxKustomizationHint, root: string, target: string): (abs: string) => boolean {
    const named = this.hints.gitRepositories.filter(
      (g) => g.name === (k.sourceRef?.name ?? '') && g.namespace === (k.sourceRef?.namespace ?? k.namespace),
    );
    // Each cluster bootstraps its own flux-system GitRepository: the one in the applying cluster's
    // files is the source, with its spec.ignore, not another cluster's of the same name.
    // With several and none of them this cluster's, which one it is cannot be told: the defaults.
    const repo = named.find((g) => this.holds(g.ref.file, target)) ?? (named.length === 1 ? named[0] : undefined);
    const ignored = fluxIgnores(root, repo?.ignore ?? null);
    return (abs) => !ignored(abs);
  }

  /**
   * The kustomization beside a file, if its directory has one. Only the same directory: files
   * in the directories below are often manifests of their own (examples applied by hand).
   */
  private kustomizationBeside(file: string): string | undefined {
    return this.kustomizationsByDir.get(path.dirname(this.absolute(file)))?.file;
  }

  /** The root (repository top) a directory of the repository is under. */
  private rootOf(dirAbs: string): string {
    return this.input.roots.find((r) => dirAbs === r || dirAbs.startsWith(`${r}${path.sep}`)) ?? dirAbs;
  }

  // -------------------------------------------------------------------------------------------
  // Clusters

  private cluster(name: string, reason: string): Accumulated {
    let c = this.clusters.get(name);
    if (!c) {
      c = { name, reasons: [], units: new Map(), vpcs: new Map(), explicit: false, applications: [] };
      this.clusters.set(name, c);
    }
    if (!c.reasons.includes(reason)) c.reasons.push(reason);
    return c;
  }

  private add(c: Accumulated, units: readonly ScopeUnit[]): void {
    for (const u of units) {
      const key = unitKey(u);
      if (c.units.has(key)) continue;
      c.units.set(key, u);
      const files = u.kind === 'build' ? (this.builds.get(u.build)?.inputs ?? []) : [u.file];
      for (const f of files) {
        const set = this.holders.get(f);
        if (set) set.add(c.name);
        else this.holders.set(f, new Set([c.name]));
      }
    }
  }

  private holds(file: string, cluster: string): boolean {
    return this.holders.get(file)?.has(cluster) ?? false;
  }

  /** The clusters whose units hold a file (raw, or as a build input), in name order. */
  private clustersHolding(file: string): string[] {
    return [...(this.holders.get(file) ?? [])].sort(compareStrings);
  }

  /** An input/skipped, once per place and reason. */
  private skip(ref: Fleet['skipped'][number]['ref'], reason: string): void {
    const key = `${JSON.stringify(ref)}\0${reason}`;
    if (this.said.has(key)) return;
    this.said.add(key);
    this.skipped.push({ ref, reason });
  }

  /** `clusters:` entries with `paths`: the files, builds and templates their globs name. */
  private configured(): void {
    const { config } = this.input;
    config.clusters.forEach((entry, i) => {
      const c = this.cluster(entry.name, `clusters[${i}] in ${config.source?.file ?? '.edgenet.yaml'}`);
      if (entry.vpcId && config.source) {
        const ref: SourceRef = {
          file: config.source.file,
          doc: config.source.documents[0]?.index ?? 0,
          path: ['clusters', i, 'vpcId'],
        };
        c.vpcs.set(`id:${entry.vpcId}`, { key: `id:${entry.vpcId}`, words: `VPC ${entry.vpcId}`, ref });
      }
      if (!entry.paths?.length) return;
      c.explicit = true;
      // Linear in the glob and the path (src/discover/globs.ts); the configuration checked each compiles.
      const match = compileGlobs(entry.paths);
      const relative = (display: string) => path.relative(config.dir, this.absolute(display)).split(path.sep).join('/');
      for (const build of this.builds.values()) {
        if (match(relative(build.file)) || match(`${relative(build.id)}/`) || match(relative(build.id))) {
          this.add(c, [{ kind: 'build', build: build.id }]);
        }
      }
      for (const file of this.input.files) {
        if (this.claimed.has(file) || !this.describesCluster(file) || !match(relative(file))) continue;
        this.add(c, [{ kind: 'file', file }]);
        this.takenTemplates.add(file);
      }
    });
  }

  /** Flux: `clusters/<name>/` trees, and the paths their Kustomizations apply (followed through what they apply). */
  private flux(): void {
    const hints = this.hints;
    const repositoryOf = new Map<string, string>();
    const directories = this.clusterDirectories();
    for (const dir of directories) {
      const c = this.cluster(dir.name, `files under ${dir.display}/ (Flux's clusters/<name>/ convention)`);
      repositoryOf.set(dir.name, dir.repository);
      // What the bootstrap Kustomization (flux-system) syncs of the cluster's own directory.
      // The cluster's own flux-system GitRepository (each cluster bootstraps one), else the only one.
      const named = this.hints.gitRepositories.filter((g) => g.name === 'flux-system');
      const bootstrap =
        named.find((g) => g.ref.file.startsWith(`${dir.display}/`)) ?? (named.length === 1 ? named[0] : undefined);
      const ignored = fluxIgnores(dir.repository, bootstrap?.ignore ?? null);
      const by = `Flux's source-controller (.sourceignore${bootstrap?.ignore ? ', spec.ignore' : ''})`;
      this.add(
        c,
        this.directoryUnits(this.absolute(dir.display), true, (abs) => !ignored(abs), by),
      );
    }
    if (directories.length === 0) this.fluxRoots();
    // A Kustomization applies to every cluster whose files hold it (or the one its kubeConfig
    // names); what it applies may hold more Kustomizations: follow until nothing new is reached.
    const applied = hints.fluxKustomizations.map(() => new Set<string>());
    const repoPaths = new Map<FluxKustomizationHint, string | undefined>();
    for (let changed = true; changed; ) {
      changed = false;
      hints.fluxKustomizations.forEach((k, i) => {
        const targets = k.kubeConfigSecret !== null ? [k.kubeConfigSecret] : this.clustersHolding(k.ref.file);
        for (const target of targets) {
          if (applied[i]!.has(target)) continue;
          applied[i]!.add(target);
          changed = true;
          // Its source is said once, whichever cluster applies it.
          if (!repoPaths.has(k)) repoPaths.set(k, this.fluxSourcePath(k));
          const repoPath = repoPaths.get(k);
          if (repoPath !== undefined) this.fluxApply(k, target, repoPath, repositoryOf.get(target));
        }
      });
    }
  }

  /** What one Flux Kustomization applies to one cluster (`own`: the repository of its clusters/<name>/). */
  private fluxApply(k: FluxKustomizationHint, target: string, repoPath: string, own: string | undefined): void {
    const dir =
      (own && isDirectory(path.resolve(own, repoPath)) ? path.resolve(own, repoPath) : undefined) ??
      this.resolveRepoPath(repoPath);
    if (!dir) {
      this.skip(k.ref, `Flux Kustomization ${k.name} applies ${repoPath}, which is not in the repository`);
      return;
    }
    const changes = fluxChangeWords(k);
    const c = this.cluster(
      target,
      `${fluxInstaller(k)} applies ${this.display(dir)}${changes.length ? ` (with ${listWords(changes)})` : ''}`,
    );
    // Patches and the like change the build of the path; substitution and commonMetadata, a copy of what it gives.
    const flux = fluxChangesAfterBuild(k)
      ? { id: `${k.namespace}/${k.name}`, kustomization: k, cluster: target }
      : undefined;
    const synced = this.fluxSynced(k, own ?? this.rootOf(dir), target);
    const by =
      "Flux's source-controller (.sourceignore, spec.ignore of " +
      `${k.sourceRef?.kind ?? 'GitRepository'} ${k.sourceRef?.name ?? ''})`;
    const install = fluxInstall(k, (f) => this.absolute(f));
    const units: ScopeUnit[] = install
      ? [{ kind: 'build', build: this.installedBuild(dir, install, synced, by, target).id }]
      : this.directoryUnits(dir, true, synced, by);
    this.add(c, flux ? units.map((u) => (u.kind === 'stack' ? u : { ...u, flux })) : units);
  }

  /**
   * Without `clusters/<name>/` directories, the Flux Kustomizations that no other applies are
   * where a cluster's tree starts (onedr0p/home-ops keeps them in kubernetes/flux/cluster/ks.yaml):
   * those in one directory make one cluster, named by it.
   */
  private fluxRoots(): void {
    const all = this.hints.fluxKustomizations.filter((k) => k.kubeConfigSecret === null);
    const applies = new Map(
      all.map((k) => {
        const repoPath = this.fluxSourcePath(k);
        return [k, repoPath === undefined ? undefined : this.resolveRepoPath(repoPath)] as const;
      }),
    );
    const appliedByAnother = (k: FluxKustomizationHint) => {
      const file = this.absolute(k.ref.file);
      return all.some((j) => {
        const dir = applies.get(j);
        return j !== k && dir !== undefined && file.startsWith(`${dir}${path.sep}`);
      });
    };
    const roots = new Map<string, FluxKustomizationHint[]>();
    for (const k of all) {
      if (appliedByAnother(k)) continue;
      const dir = path.posix.dirname(k.ref.file);
      roots.set(dir, [...(roots.get(dir) ?? []), k]);
    }
    for (const [dir, ks] of [...roots].sort((a, b) => compareStrings(a[0], b[0]))) {
      const names = ks.map((k) => `${k.namespace}/${k.name}`).join(', ');
      const c = this.cluster(
        // A Kustomization at the repository's top is named by itself.
        this.input.roots.includes(this.absolute(dir)) ? ks[0]!.name : this.rootRelative(dir),
        `Flux Kustomization ${names} (${ks[0]!.ref.file}), which no other applies: where a cluster's tree starts`,
      );
      this.add(c, [...new Set(ks.map((k) => k.ref.file))].map(fileUnit));
    }
  }

  /**
   * `clusters/<name>/` directories: at the top of a root (the convention, Flux objects or not), or
   * deeper when they hold Flux Kustomizations (a directory of several repositories): those are
   * named by their path, and their repository is the directory above `clusters/`.
   */
  private clusterDirectories(): { name: string; display: string; repository: string }[] {
    const out = new Map<string, { name: string; display: string; repository: string }>();
    const fluxFiles = new Set(this.hints.fluxKustomizations.map((k) => k.ref.file));
    // A path under a root is a part of the path from the working directory: without `clusters`
    // in either, no file is under a clusters/ directory (and most files go without a path.relative).
    const anywhere = this.input.cwd.includes('clusters');
    for (const f of this.input.files) {
      if (!anywhere && !f.includes('clusters/')) continue;
      const rel = this.rootRelative(f);
      const m = /^(?:(.*)\/)?clusters\/([^/]+)\//.exec(rel);
      if (!m || (m[1] !== undefined && !fluxFiles.has(f))) continue;
      const prefix = f.slice(0, f.length - rel.length);
      const display = `${prefix}${m[1] === undefined ? '' : `${m[1]}/`}clusters/${m[2]}`;
      const name = m[1] === undefined ? m[2]! : `${m[1]}/clusters/${m[2]}`;
      const repository = this.absolute(`${prefix}${m[1] ?? '.'}`);
      if (!out.has(display)) out.set(display, { name, display, repository });
    }
    return [...out.values()].sort((a, b) => compareStrings(a.name, b.name));
  }

  /**
   * The repository path a Flux Kustomization applies: its spec.path from the repository's own
   * GitRepository, or through an ArtifactGenerator's copies for an ExternalArtifact. Undefined
   * (with an input/skipped) for a source that is not this repository.
   */
  private fluxSourcePath(k: FluxKustomizationHint): string | undefined {
    const path0 = (k.path ?? '.').replace(/^\.\/?/, '') || '.';
    const kind = k.sourceRef?.kind ?? 'GitRepository';
    const name = k.sourceRef?.name ?? '';
    const hints = this.hints;
    if (kind === 'GitRepository') {
      const repo = hints.gitRepositories.find((g) => g.name === name);
      // The bootstrap repository (flux-system) is this one; another with a URL is another repository.
      if (repo && repo.name !== 'flux-system' && repo.url) {
        this.skip(
          k.ref,
          `Flux Kustomization ${k.name} applies ${path0} of GitRepository ${name} (${repo.url}), another repository`,
        );
        return undefined;
      }
      return path0;
    }
    if (kind === 'ExternalArtifact') {
      for (const generator of hints.artifactGenerators) {
        const artifact = generator.artifacts.find((a) => a.name === name);
        if (!artifact) continue;
        for (const copy of artifact.copies) {
          const from = /^@([^/]+)\/(.*?)\/?\*\*$/.exec(copy.from);
          const to = /^@artifact\/?(.*?)\/?$/.exec(copy.to);
          if (!from || !to) continue;
          const source = generator.sources[from[1]!];
          if (
            source &&
            source.kind === 'GitRepository' &&
            hints.gitRepositories.some((g) => g.name === source.name && g.url && g.name !== 'flux-system')
          )
            continue;
          const target = to[1]!;
          const inArtifact = path0 === '.' ? '' : path0;
          if (target === '' || inArtifact === target || inArtifact.startsWith(`${target}/`)) {
            const rest = target === '' ? inArtifact : inArtifact.slice(target.length).replace(/^\//, '');
            return [from[2], rest].filter(Boolean).join('/') || '.';
          }
        }
      }
      this.skip(
        k.ref,
        `Flux Kustomization ${k.name} applies ExternalArtifact ${name}, ` +
          'whose ArtifactGenerator is not in the repository',
      );
      return undefined;
    }
    this.skip(k.ref, `Flux Kustomization ${k.name} applies ${path0} of ${kind} ${name}, which edgenet does not fetch`);
    return undefined;
  }

  /** Argo CD: every Application (and ApplicationSet expanded from its list or git generators). */
  private argo(): void {
    const written = new Set(this.hints.argoApplications);
    for (const app of [...this.hints.argoApplications, ...this.expandApplicationSets()]) {
      const d = app.destination;
      const target = d.name ?? (d.server === IN_CLUSTER || !d.server ? 'in-cluster' : d.server);
      for (const source of app.sources) {
        if (source.chart) {
          // A known chart (flannel, raven-agent) is read from the Application's values, in the
          // destination's cluster (src/fleet/remote-charts.ts): its file is that cluster's.
          if (isKnownChart(source.chart)) {
            const c = this.cluster(
              target,
              `Argo CD Application ${app.name} (${app.ref.file}) installs chart ${source.chart}`,
            );
            // One an ApplicationSet generates is this cluster's alone, not every one of its file.
            if (written.has(app)) this.add(c, [fileUnit(app.ref.file)]);
            else if (!c.applications.includes(app)) c.applications.push(app);
            continue;
          }
          this.skipped.push({
            ref: source.ref,
            reason:
              `Argo CD Application ${app.name} installs chart ${source.chart} from ` +
              `${source.repoURL ?? 'a Helm repository'}, which edgenet does not fetch`,
          });
          continue;
        }
        if (source.path === null) continue;
        const dir = this.resolveRepoPath(source.path.replace(/^\.\/?/, '') || '.');
        if (!dir) {
          this.skipped.push({
            ref: source.ref,
            reason:
              `Argo CD Application ${app.name} applies ${source.path} of ` +
              `${source.repoURL ?? 'its repository'}, which is not in this repository`,
          });
          continue;
        }
        const changes = argoChangeWords(source);
        const c = this.cluster(
          target,
          `Argo CD Application ${app.name} (${app.ref.file}) applies ${this.display(dir)}` +
            (changes.length ? ` (with ${listWords(changes)})` : ''),
        );
        const install = argoInstallChanges(app, source, (f) => this.absolute(f));
        // A chart directory is rendered with the Application's helm values.
        if (existsSync(path.join(dir, 'Chart.yaml'))) {
          this.add(c, [{ kind: 'build', build: this.chartBuild(dir, this.argoInstall(app, source, dir)).id }]);
        } else if (install) {
          this.add(c, [{ kind: 'build', build: this.installedBuild(dir, install).id }]);
        } else {
          const keeps = argoDirectoryKeeps(source.directoryInclude, source.directoryExclude);
          const synced = (abs: string) => keeps(path.relative(dir, abs).split(path.sep).join('/'));
          const by = `Argo CD Application ${app.name} (directory.${source.directoryExclude ? 'exclude' : 'include'})`;
          this.add(c, this.directoryUnits(dir, source.directoryRecurse, synced, by));
        }
      }
    }
  }

  /**
   * An Application's helm source: value files (relative to the chart, or `$ref/` of the
   * repository), values, parameters.
   */
  private argoInstall(
    app: ArgoApplicationHint,
    source: ArgoApplicationHint['sources'][number],
    dir: string,
  ): ChartInstall {
    const values = argoHelmValues(app, source, {
      repositoryFile: (repoPath) => this.repositoryFile(repoPath),
      chartFile: (f) => this.display(path.resolve(dir, f)),
    });
    for (const v of values) {
      if (v.kind === 'hidden')
        this.skipped.push({
          ref: v.ref,
          reason:
            `Argo CD Application ${app.name} takes ${v.words}: the chart ` +
            'is rendered without it, and a value it may set is not judged',
        });
    }
    return {
      installer: `Application ${app.name} (${app.ref.file})`,
      values,
      namespace: app.destination.namespace ?? 'default',
      releaseName: app.name,
    };
  }

  /**
   * Flux HelmReleases of a chart of this repository (a GitRepository source) in a cluster's
   * files: the chart is rendered with the release's values, for that cluster. A chart from
   * elsewhere is read (a known chart) or said not fetched per cluster, once every build is
   * rendered (src/fleet/remote-charts.ts). A release no cluster holds yet waits for the end.
   */
  private helmReleases(): void {
    for (const release of this.hints.helmReleases) {
      if (release.byChartRef || release.chart === null || release.sourceRef?.kind !== 'GitRepository') continue;
      const dir = this.resolveRepoPath(release.chart.replace(/^\.\/?/, ''));
      if (!dir || !existsSync(path.join(dir, 'Chart.yaml'))) {
        this.skipped.push({
          ref: release.chartRef,
          reason: `HelmRelease ${release.name}: chart ${release.chart} is not a chart directory of the repository`,
        });
        continue;
      }
      // A release in a directory two clusters apply is installed in both, with each one's ConfigMaps.
      const targets = this.clustersHolding(release.ref.file);
      for (const target of targets) this.install(release, dir, target, (file) => this.holds(file, target));
      if (targets.length === 0) this.unapplied.push({ release, dir });
    }
  }

  /**
   * HelmReleases no cluster held while clusters were formed: one in a build that became a
   * cluster of its own installs its chart there; with one cluster (or none), where its file
   * joins; with several, it is said (its chart is then not rendered alone either: nobody would
   * get its defaults). Returns the builds of the whole repository's cluster, when there is none.
   */
  private installUnapplied(only: Accumulated | undefined, loose: ReadonlySet<string>): ScopeUnit[] {
    const whole: ScopeUnit[] = [];
    for (const { release, dir } of this.unapplied) {
      const holders = this.clustersHolding(release.ref.file);
      for (const holder of holders) this.install(release, dir, holder, (file) => this.holds(file, holder));
      if (holders.length > 0) continue;
      if (only && loose.has(release.ref.file))
        this.install(release, dir, only.name, (file) => loose.has(file) || this.holds(file, only.name));
      else if (this.clusters.size === 0 && loose.has(release.ref.file)) {
        const install = this.installOf(release, (file) => loose.has(file));
        whole.push({ kind: 'build', build: this.chartBuild(dir, install).id });
      } else
        this.skipped.push({
          ref: release.chartRef,
          reason:
            `HelmRelease ${release.namespace}/${release.name} installs chart ${release.chart} ` +
            `of the repository, but no cluster applies it (list its file in the \`paths\` of ` +
            `a \`clusters:\` entry of .edgenet.yaml): the chart is not rendered`,
        });
    }
    return whole;
  }

  /**
   * A chart of the repository rendered with a release's values, for a cluster; `holds` says which
   * ConfigMaps are the cluster's.
   */
  private install(release: HelmReleaseHint, dir: string, target: string, holds: (file: string) => boolean): void {
    // Two releases of one chart (one per cluster) are two builds: their values differ. So is one
    // release two clusters apply when their ConfigMaps differ.
    const install = this.installOf(release, holds, target);
    const c = this.cluster(target, `${install.installer} installs ${this.display(dir)}`);
    this.add(c, [{ kind: 'build', build: this.chartBuild(dir, install, target).id }]);
  }

  private installOf(written: HelmReleaseHint, holds: (file: string) => boolean, cluster?: string): ChartInstall {
    const release = this.asBuilt(written);
    return {
      installer: `HelmRelease ${release.namespace}/${release.name} (${release.ref.file})`,
      values: this.releaseValues(release, holds, cluster),
      namespace: release.targetNamespace ?? release.namespace,
      releaseName: release.name,
    };
  }

  /** A release in the namespace its build gives it. */
  private asBuilt(release: HelmReleaseHint): HelmReleaseHint {
    const namespace = this.builtNamespace(release.ref.file, release.namespace);
    return namespace === release.namespace ? release : { ...release, namespace };
  }

  /** An object's namespace as built: the kustomization beside its file sets its own over the object's. */
  private builtNamespace(file: string, written: string): string {
    const data = this.kustomizationsByDir.get(path.dirname(this.absolute(file)))?.data;
    return data && typeof data.namespace === 'string' ? data.namespace : written;
  }

  /** ConfigMaps kustomizations generate (src/fleet/config-map-generators.ts), read once. */
  private get generated(): ConfigMapDraft[] {
    this.generatedMaps ??= generatedConfigMaps(this.input.draft.kustomizations, {
      absolute: (display) => this.absolute(display),
      display: (abs) => this.display(abs),
      inside: (real) => this.input.roots.some((r) => real.startsWith(`${realOrSelf(r)}${path.sep}`)),
    });
    return this.generatedMaps;
  }

  /**
   * A HelmRelease's values (src/fleet/release-values.ts), with the ConfigMaps of its cluster.
   * Values the repository does not hold are said: the chart renders without them, and a rendered
   * value they may set is unknown (lint's render), never judged as the chart's default.
   */
  private releaseValues(
    release: HelmReleaseHint,
    holds: (file: string) => boolean,
    cluster?: string,
  ): HelmValuesSource[] {
    const named = [...new Set(release.valuesFrom.map((f) => f.name))].flatMap((n) => this.configMapsNamed(n));
    const configMaps = named.filter((c) => holds(c.ref.file));
    const { sources, missingKeys } = releaseValues(release, configMaps);
    // Said for the cluster whose values they are: another cluster applying the release may hold them.
    const of = cluster === undefined ? {} : { cluster };
    for (const s of sources) {
      if (s.kind !== 'hidden') continue;
      this.skipped.push({
        ref: s.ref,
        reason:
          `HelmRelease ${release.namespace}/${release.name} takes ${s.words}: the ` +
          'chart is rendered without them, and a value they may set is not judged',
        ...of,
      });
    }
    for (const m of missingKeys) this.skipped.push({ ...m, ...of });
    return sources;
  }

  /**
   * The ConfigMaps of a name, written (in the namespace their build gives them, as a release's
   * is) or generated; indexed once.
   */
  private configMapsNamed(name: string): ConfigMapDraft[] {
    if (!this.configMapIndex) {
      this.configMapIndex = new Map();
      const written = this.input.draft.configMaps.map((c) => {
        const namespace = this.builtNamespace(c.ref.file, c.namespace);
        return namespace === c.namespace ? c : { ...c, namespace };
      });
      for (const c of [...written, ...this.generated]) {
        const list = this.configMapIndex.get(c.name);
        if (list) list.push(c);
        else this.configMapIndex.set(c.name, [c]);
      }
    }
    return this.configMapIndex.get(name) ?? [];
  }

  /** ApplicationSets whose generators are in the repository (lists, git directories), as Applications. */
  private expandApplicationSets(): ArgoApplicationHint[] {
    const out: ArgoApplicationHint[] = [];
    // Those edgenet cannot expand, by directory and generators: one info each (a fleet template
    // may hold fifty alike).
    const unexpanded = new Map<string, ArgoApplicationSetHint[]>();
    let directories: [string, string[]][] | undefined;
    for (const set of this.hints.argoApplicationSets) {
      const params: Record<string, string>[] = [...(set.elements ?? [])];
      // Argo CD takes a directory that an include matches and no exclude does, whatever their order.
      const includes = set.gitDirectories.filter((d) => !d.exclude).map((d) => argoDirectoryGlob(d.path));
      const excludes = set.gitDirectories.filter((d) => d.exclude).map((d) => argoDirectoryGlob(d.path));
      if (includes.length > 0) {
        directories ??= this.repositoryDirectories();
        for (const [d, files] of directories) {
          if (!includes.some((m) => m(d))) continue;
          if (!excludes.some((m) => m(d))) params.push(gitDirectoryParams(d));
          else {
            // Left out on purpose: its files are no Application's, nor the only cluster's.
            const by = `Argo CD ApplicationSet ${set.name} (a git directory with exclude: true)`;
            for (const f of files) if (!this.unsynced.has(f)) this.unsynced.set(f, by);
          }
        }
      }
      if (params.length === 0 || set.template === null) {
        const key = `${path.posix.dirname(set.ref.file)}\0${set.generatorKinds.join(',')}`;
        unexpanded.set(key, [...(unexpanded.get(key) ?? []), set]);
        continue;
      }
      // Read as a written Application is (its helm values included), placed in the template.
      const at = { file: set.ref.file, doc: set.ref.doc, data: {} };
      for (const p of params) out.push(readArgoApplication(at, substitute(set.template, p), set.templatePath));
    }
    for (const sets of unexpanded.values()) {
      const kinds = [...new Set(sets[0]!.generatorKinds)];
      const whose = kinds.map((k) => GENERATOR_WORDS[k] ?? `${k} generator`).join(', ');
      const n = sets.length;
      const names = `${sets
        .slice(0, 3)
        .map((s) => s.name)
        .join(', ')}${n > 3 ? `, and ${n - 3} more` : ''}`;
      this.skipped.push({
        ref: sets[0]!.ref,
        reason:
          `${n === 1 ? 'ApplicationSet' : `${n} ApplicationSets`} ${names} ${n === 1 ? 'generates' : 'generate'} ` +
          `from ${kinds.length ? whose : 'nothing'}, not in the repository (edgenet expands list and git directory ` +
          `generators): what ${n === 1 ? 'it applies' : 'they apply'} is not judged`,
      });
    }
    return out;
  }

  /** The directories of the files read, relative to their root (as Argo CD names them), in order, with their files. */
  private repositoryDirectories(): [string, string[]][] {
    const out = new Map<string, string[]>();
    for (const f of this.input.files) {
      const dir = path.posix.dirname(this.rootRelative(f));
      const list = out.get(dir);
      if (list) list.push(f);
      else out.set(dir, [f]);
    }
    return [...out].sort((a, b) => compareStrings(a[0], b[0]));
  }

  /** Builds and charts no cluster took: each is a cluster of its own, named by its directory. */
  private unclaimedBuilds(): void {
    const used = new Set<string>();
    for (const c of this.clusters.values()) for (const u of c.units.values()) if (u.kind === 'build') used.add(u.build);
    // A build inside a used build's tree was applied with it.
    for (const dir of [...this.topBuilds, ...this.chartDirs].sort()) {
      const id = this.display(dir);
      if (used.has(id) || this.installedCharts.has(id) || this.installedKustomizations.has(id)) continue;
      // A chart a release installs is rendered with its values (see installUnapplied), never alone.
      if (this.unapplied.some((u) => u.dir === dir)) continue;
      const build = this.builds.get(id)!;
      const words =
        build.kind === 'kustomize'
          ? 'a Kustomize build no other kustomization includes'
          : 'a Helm chart nothing installs';
      const c = this.cluster(this.rootRelative(id) || id, `${words} (${build.file})`);
      this.add(c, [{ kind: 'build', build: id }]);
    }
  }

  /** Templates: each ACK cluster resource with the VPC its VpcId names, and what hangs on that VPC. */
  private stacks(): void {
    const stacks = this.input.draft.stacks;
    for (const stack of stacks) {
      if (stack.clusters.length === 0 || this.takenTemplates.has(stack.file) || this.claimed.has(stack.file)) continue;
      for (const cluster of stack.clusters) {
        const name = this.rootRelative(stack.file) + (stack.clusters.length > 1 ? `#${cluster.logicalId}` : '');
        const c = this.cluster(name, `${cluster.type} ${cluster.logicalId} in ${stack.file}`);
        const link = this.resolveLink(stack, cluster.vpc);
        const units: ScopeUnit[] = [];
        const mine = new Set<string>([cluster.logicalId]);
        if (cluster.securityGroup) mine.add(cluster.securityGroup);
        if (link?.stack === stack) for (const id of link.resources) mine.add(id);
        else if (link)
          units.push({ kind: 'stack', file: link.stack.file, doc: link.stack.doc, resources: link.resources });
        addChildren(stack, mine);
        units.push({ kind: 'stack', file: stack.file, doc: stack.doc, resources: [...mine].sort() });
        if (link) c.vpcs.set(link.identity.key, link.identity);
        if (cluster.vpc.kind === 'literal') {
          // A VPC known by its id: groups and exports elsewhere that name the same id join.
          for (const u of this.literalVpcMembers(cluster.vpc.id, stack)) units.push(u);
          const key = `id:${cluster.vpc.id}`;
          c.vpcs.set(key, { key, words: `VPC ${cluster.vpc.id}`, ref: cluster.vpcRef });
        }
        this.add(c, units);
      }
    }
  }

  /** The VPC a link names, as a selection of one stack's resources, with its identity. */
  private resolveLink(
    stack: StackHint,
    link: VpcLink,
  ): { stack: StackHint; resources: string[]; identity: VpcIdentity } | undefined {
    if (link.kind === 'resource') {
      const resources = vpcMembers(stack, link.id);
      const key = `template:${stack.file}#${stack.doc}/${link.id}`;
      const ref: SourceRef = { file: stack.file, doc: stack.doc, path: ['Resources', link.id], key: true };
      return { stack, resources, identity: { key, words: `VPC ${link.id} of ${stack.file}`, ref } };
    }
    if (link.kind === 'nested') {
      const nested = stack.nested.find((n) => n.logicalId === link.stack);
      if (!nested || /^[a-z]+:\/\//i.test(nested.templateUrl)) return undefined;
      const file = this.display(path.resolve(path.dirname(this.absolute(stack.file)), nested.templateUrl));
      const child = this.input.draft.stacks.find((s) => s.file === file);
      const output = child?.outputs[link.output];
      if (!child || output?.kind !== 'resource') return undefined;
      return this.resolveLink(child, output);
    }
    return undefined;
  }

  private literalVpcMembers(id: string, own: StackHint): ScopeUnit[] {
    const units: ScopeUnit[] = [];
    for (const s of this.input.draft.stacks) {
      if (s === own) continue;
      const members = s.members.filter((m) => m.vpc?.kind === 'literal' && m.vpc.id === id).map((m) => m.logicalId);
      if (members.length === 0) continue;
      const selected = new Set(members);
      addChildren(s, selected);
      units.push({ kind: 'stack', file: s.file, doc: s.doc, resources: [...selected].sort() });
    }
    for (const g of this.input.draft.securityGroups) {
      if (g.vpc === id && g.resource.kind === 'SecurityGroup') units.push({ kind: 'file', file: g.ref.file });
    }
    return units;
  }

  // -------------------------------------------------------------------------------------------
  // Joining and the result

  private finish(): Fleet {
    const named = [...this.clusters.values()].sort((a, b) => compareStrings(a.name, b.name));
    for (const c of named) inferVpc(c, this.input.draft.stacks);
    const scoped = new Set<string>(this.applied);
    for (const c of named) for (const u of c.units.values()) if (u.kind !== 'build') scoped.add(u.file);
    // A file an installer leaves out (.sourceignore, an Argo CD exclude) is no cluster's: said once per installer.
    const unsynced = new Map<string, string[]>();
    for (const [file, by] of this.unsynced) {
      if (scoped.has(file) || this.claimed.has(file) || !this.describesCluster(file)) continue;
      unsynced.set(by, [...(unsynced.get(by) ?? []), file]);
    }
    for (const [by, files] of unsynced) {
      const n = files.length;
      const named = `${files.slice(0, 3).join(', ')}${n > 3 ? `, and ${n - 3} more` : ''}`;
      this.skipped.push({
        ref: { file: files[0]!, line: 1, column: 1 },
        reason: `${by} leaves ${n === 1 ? 'this file' : `${n} files (${named})`} out of what it syncs: not judged`,
      });
    }
    const candidates = this.input.files.filter(
      (f) => this.describesCluster(f) && !scoped.has(f) && !this.claimed.has(f) && !this.unsynced.has(f),
    );
    // A file in a kustomization's directory that it does not list (a patch commented out) is
    // not read by kustomize: neither a resource nor anything to place in a cluster.
    const unlisted = new Map<string, string[]>();
    const loose: string[] = [];
    for (const f of candidates) {
      const owner = this.kustomizationBeside(f);
      if (owner) unlisted.set(owner, [...(unlisted.get(owner) ?? []), f]);
      else loose.push(f);
    }
    for (const [kustomization, files] of unlisted) {
      const n = files.length;
      const named = `${files.slice(0, 3).join(', ')}${n > 3 ? `, and ${n - 3} more` : ''}`;
      this.skipped.push({
        ref: { file: files[0]!, line: 1, column: 1 },
        reason:
          `${n === 1 ? 'this file is' : `${n} files (${named}) are`} in the directory of ` +
          `${kustomization} but not listed by it: kustomize does not read ${n === 1 ? 'it' : 'them'}`,
      });
    }
    const lone = named.length === 1 && !named[0]!.explicit ? named[0] : undefined;
    const whole = this.installUnapplied(lone, new Set(loose));

    if (named.length === 0) {
      const units = [...loose.map(fileUnit), ...whole];
      return this.result(
        [{ name: null, reasons: ['the whole repository: no clusters split it'], units, vpcs: [], applications: [] }],
        [],
      );
    }
    if (named.length === 1) {
      // One cluster: what no cluster claims joins it (contract 7.6: the shipped example, a VPC
      // template beside a cluster template whose VpcId is a Parameter, stays one cluster),
      // unless the configuration lists the cluster's paths: then it is exactly those.
      const only = named[0]!;
      const joining = only.explicit ? [] : loose;
      this.add(only, joining.map(fileUnit));
      if (joining.length) only.reasons.push('and the files no other cluster claims (the only cluster)');
      const joined = new Set(joining);
      const left = loose.filter((f) => !joined.has(f));
      return this.result([scope(only, this.builds)], this.groupByDirectory(left));
    }
    return this.result(
      named.map((c) => scope(c, this.builds)),
      this.groupByDirectory(loose),
    );
  }

  /** Unscoped files, grouped by their top directory under the root, for one finding each. */
  private groupByDirectory(files: readonly string[]): UnscopedGroup[] {
    const groups = new Map<string, string[]>();
    for (const f of files) {
      const rel = this.rootRelative(f);
      const slash = rel.indexOf('/');
      const prefix = f.slice(0, f.length - rel.length);
      const dir = slash < 0 ? prefix.replace(/\/$/, '') || '.' : `${prefix}${rel.slice(0, slash)}`;
      const list = groups.get(dir);
      if (list) list.push(f);
      else groups.set(dir, [f]);
    }
    return [...groups].map(([dir, list]) => ({ dir, files: list })).sort((a, b) => compareStrings(a.dir, b.dir));
  }

  private result(clusters: ClusterScope[], unscoped: UnscopedGroup[]): Fleet {
    return { clusters: this.byKubernetesVersion(clusters), builds: this.builds, unscoped, skipped: this.skipped };
  }

  /**
   * A chart clusters of different kubernetesVersion render is one build per version: its templates
   * may ask .Capabilities.KubeVersion, so one rendering cannot speak for both.
   */
  private byKubernetesVersion(clusters: ClusterScope[]): ClusterScope[] {
    const versionOf = (c: ClusterScope) => clusterSettings(this.input.config, c.name).values.kubernetesVersion;
    const versions = new Map<string, Set<string | undefined>>();
    for (const c of clusters) {
      const version = versionOf(c);
      for (const u of c.units) {
        if (u.kind !== 'build' || this.builds.get(u.build)?.kind !== 'helm') continue;
        const set = versions.get(u.build) ?? new Set();
        versions.set(u.build, set.add(version));
      }
    }
    const split = new Set([...versions].flatMap(([id, set]) => (set.size > 1 ? [id] : [])));
    if (split.size === 0) return clusters;
    const out = clusters.map((c) => {
      const version = versionOf(c) ?? 'default';
      const units = c.units.map((u) => {
        if (u.kind !== 'build' || !split.has(u.build)) return u;
        const id = `${u.build} for Kubernetes ${version}`;
        if (!this.builds.has(id)) this.builds.set(id, { ...this.builds.get(u.build)!, id });
        return { ...u, build: id };
      });
      return { ...c, units };
    });
    for (const id of split) this.builds.delete(id);
    return out;
  }
}

/**
 * A cluster that names no VPC but whose whole files create exactly one (a configured cluster
 * listing its network template) runs in that VPC.
 */
function inferVpc(c: Accumulated, stacks: readonly StackHint[]): void {
  if (c.vpcs.size > 0) return;
  const files = new Set([...c.units.values()].flatMap((u) => (u.kind === 'file' ? [u.file] : [])));
  const vpcs = stacks.filter((s) => files.has(s.file)).flatMap((s) => s.vpcs.map((v) => ({ s, v })));
  if (vpcs.length !== 1) return;
  const { s, v } = vpcs[0]!;
  const key = `template:${s.file}#${s.doc}/${v}`;
  c.vpcs.set(key, {
    key,
    words: `VPC ${v} of ${s.file}`,
    ref: { file: s.file, doc: s.doc, path: ['Resources', v], key: true },
  });
}

function scope(c: Accumulated, builds: ReadonlyMap<string, Build>): ClusterScope {
  // A file or build a Flux Kustomization of the cluster changes is judged as changed, not also as written.
  const changed = new Set(
    [...c.units.values()].flatMap((u) => (u.kind !== 'stack' && u.flux ? [unitKey({ ...u, flux: undefined })] : [])),
  );
  // So is what an installer of the cluster builds changed (the cluster's directory holds it too, as written).
  const installed = new Set(
    [...c.units.values()].flatMap((u) =>
      u.kind === 'build' && builds.get(u.build)?.install ? builds.get(u.build)!.inputs : [],
    ),
  );
  const asWritten = (u: ScopeUnit) =>
    u.kind !== 'stack' &&
    !u.flux &&
    (u.kind === 'file'
      ? installed.has(u.file)
      : !builds.get(u.build)?.install && installed.has(builds.get(u.build)?.file ?? ''));
  const units = [...c.units.values()]
    .filter((u) => !changed.has(unitKey(u)) && !asWritten(u))
    .sort((a, b) => compareStrings(unitKey(a), unitKey(b)));
  return { name: c.name, reasons: c.reasons, units, vpcs: [...c.vpcs.values()], applications: c.applications };
}

function fileUnit(file: string): ScopeUnit {
  return { kind: 'file', file };
}

function unitKey(u: ScopeUnit): string {
  const by = u.kind !== 'stack' && u.flux ? ` by ${u.flux.id} (${u.flux.kustomization.ref.file})` : '';
  if (u.kind === 'build') return `build:${u.build}${by}`;
  if (u.kind === 'file') return `file:${u.file}${by}`;
  return `stack:${u.file}#${u.doc}:${u.resources.join(',')}`;
}

/** A VPC resource and the resources that name it. */
function vpcMembers(stack: StackHint, vpc: string): string[] {
  const selected = new Set([vpc]);
  for (const m of stack.members) if (m.vpc?.kind === 'resource' && m.vpc.id === vpc) selected.add(m.logicalId);
  addChildren(stack, selected);
  return [...selected].sort();
}

/** Stand-alone rules and ACL entries of selected groups and ACLs. */
function addChildren(stack: StackHint, selected: Set<string>): void {
  for (const m of stack.members) if (m.parent !== null && selected.has(m.parent)) selected.add(m.logicalId);
}

/**
 * The outermost of `dirs` strictly below `dirAbs`, in order: kustomize-controller's generated
 * kustomization includes a directory with a kustomization and does not descend into it.
 */
function outermostBelow(dirAbs: string, dirs: readonly string[]): string[] {
  const below = [...new Set(dirs)].filter((d) => d.startsWith(`${dirAbs}${path.sep}`)).sort();
  const out = new Set<string>();
  // Parents sort before their children: a directory is outermost when none of its parents is.
  for (const d of below) {
    let inside = false;
    for (let p = path.dirname(d); p.length > dirAbs.length && !inside; p = path.dirname(p)) inside = out.has(p);
    if (!inside) out.add(d);
  }
  return [...out];
}

/** The indices [low, high) of the items of a sorted list whose key starts with a prefix. */
function prefixRun<T>(sorted: readonly T[], prefix: string, key: (item: T) => string): [number, number] {
  let low = 0;
  for (let high = sorted.length; low < high; ) {
    const mid = (low + high) >>> 1;
    if (key(sorted[mid]!) < prefix) low = mid + 1;
    else high = mid;
  }
  let high = low;
  while (high < sorted.length && key(sorted[high]!).startsWith(prefix)) high++;
  return [low, high];
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** What an ApplicationSet generator draws on, for the info that says it is not expanded. */
const GENERATOR_WORDS: Record<string, string> = {
  clusters: "Argo CD's registered clusters (cluster secrets)",
  scmProvider: 'repositories of an SCM provider',
  pullRequest: 'open pull requests',
  clusterDecisionResource: 'a cluster decision resource',
  matrix: 'a matrix of generators',
  merge: 'a merge of generators',
  plugin: 'a plugin',
  list: 'list elements',
  git: 'a git generator',
};

/**
 * The parameters Argo CD's git directory generator gives a directory: `{{path}}`,
 * `{{path.basename}}`, `{{path[n]}}` and, with goTemplate, `{{.path.path}}` and its siblings.
 */
function gitDirectoryParams(dir: string): Record<string, string> {
  const basename = path.posix.basename(dir);
  const params: Record<string, string> = {
    path: dir,
    'path.path': dir,
    'path.basename': basename,
    'path.basenameNormalized': basename.toLowerCase().replace(/[^a-z0-9-]/g, '-'),
  };
  dir.split('/').forEach((segment, i) => {
    params[`path[${i}]`] = segment;
  });
  return params;
}

function substitute(value: unknown, params: Record<string, string>): unknown {
  if (typeof value === 'string') {
    return value
      .replace(/\{\{\s*index\s+\.path\.segments\s+(\d+)\s*\}\}/g, (whole, n: string) => params[`path[${n}]`] ?? whole)
      .replace(/\{\{\s*\.?([\w.[\]-]+)\s*\}\}/g, (whole, key: string) => params[key] ?? whole);
  }
  if (Array.isArray(value)) return value.map((v) => substitute(v, params));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitute(v, params)]));
  }
  return value;
}
