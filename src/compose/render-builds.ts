/**
 * Renders a fleet's builds (Kustomize and Helm), a few at a time, and makes each rendered build
 * something the pipeline can read like a file: its objects as documents, and a relocator that
 * places a value where it was written. A build that does not render is a value with its reason.
 * With a render cache, a build whose every input (and tool) is unchanged is not rendered again:
 * the pre-commit hook would otherwise run kustomize and helm for every build at every commit.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Build } from './build.js';
import { type ChartObject, renderChart } from './helm-template.js';
import { type InputGraph, walkKustomization } from './kustomization.js';
import { installGraph, type KustomizeInstall, renderInstalled } from './installed-build.js';
import { type RenderedObject, renderKustomization } from './kustomize-build.js';
import { mapPool } from './pool.js';
import type { RenderFailure } from './result.js';
import { type Env, findTool } from './run-tool.js';
import {
  type HiddenValues,
  helmHiddenBy,
  helmRelocator,
  kustomizeRelocator,
  helmPath,
  type Relocate,
  type RenderedRef,
  setValueAt,
  type TraceIo,
} from './trace.js';

export interface RenderOptions {
  cwd: string;
  env: Env;
  /** The repository's top: no input outside it is read. */
  boundary: string;
  /** `helm template --kube-version` for a chart (the cluster's kubernetesVersion). */
  kubeVersion(build: Build): string | undefined;
  io: TraceIo;
  /** Where rendered builds are kept between runs (--cache). */
  cacheFile?: string;
  /**
   * Kustomize's origin annotations only for the builds a placement asks about (BuildOutcome's
   * `origins`): they double a build's work, and most builds place no finding. Otherwise every
   * build has them at once (the plan and init describe every fact).
   */
  lazyOrigins?: boolean;
}

type Failure = RenderFailure & { line?: { file: string; line: number; column?: number } };

/** What a render gives, as plain data (it is what the render cache keeps). */
type RenderRecord =
  | {
      ok: true;
      kind: 'kustomize';
      tool: string;
      objects: RenderedObject[];
      inputs: InputGraph;
      /** false when rendered without origin annotations (absent in caches written before: they had them). */
      origins?: boolean;
    }
  | { ok: true; kind: 'helm'; tool: string; objects: ChartObject[] }
  | { ok: false; failure: Failure };

export type BuildOutcome =
  | {
      ok: true;
      build: Build;
      tool: string;
      objects: Record<string, unknown>[];
      relocate: Relocate;
      /** A chart's values edgenet cannot read that may change a rendered value (src/compose/trace.ts). */
      hiddenBy: (ref: RenderedRef) => HiddenValues | undefined;
      /**
       * A build rendered without origins: whether `relocate` was asked to place something (it
       * placed it at the build), and rendering it again with them, after which it places as usual.
       */
      origins?: { wanted(): boolean; fetch(): Promise<void> };
    }
  | { ok: false; build: Build; failure: Failure };

export async function renderBuilds(builds: readonly Build[], options: RenderOptions): Promise<BuildOutcome[]> {
  const cache = options.cacheFile ? loadCache(options.cacheFile) : undefined;
  const fresh: Record<string, RenderRecord> = {};
  const origins = !options.lazyOrigins;
  const outcomes = await mapPool(builds, async (build) => {
    const key = cache ? renderKey(build, options) : undefined;
    const record = (key && cache?.[key]) || (await renderOne(build, options, origins));
    if (key) fresh[key] = record;
    // Rendered again with origins when a placement needs them, and cached so.
    const withOrigins = async () => {
      const full = await renderOne(build, options, true);
      if (key && full.ok && options.cacheFile) {
        fresh[key] = full;
        saveCache(options.cacheFile, fresh);
      }
      return full;
    };
    return outcomeOf(build, record, options.io, withOrigins);
  });
  if (options.cacheFile) saveCache(options.cacheFile, fresh);
  return outcomes;
}

function outcomeOf(
  build: Build,
  record: RenderRecord,
  io: TraceIo,
  withOrigins: () => Promise<RenderRecord>,
): BuildOutcome {
  if (!record.ok) return { ok: false, build, failure: record.failure };
  const objects = record.objects.map((o) => o.data);
  if (record.kind === 'kustomize' && record.origins === false) {
    // Placed from the build's own files where they tell each object's origin (written-origins.ts);
    // a value whose object waits for kustomize's annotations is placed at the build, and asks for
    // them: the build is rendered again with them, after which it places as usual.
    let full: Relocate | undefined;
    let wanted = false;
    const partial = kustomizeRelocator(record.objects, record.inputs, build.file, io, build.install, () => {
      wanted = true;
    });
    return {
      ok: true,
      build,
      tool: record.tool,
      objects,
      relocate: (ref) => (full ?? partial)(ref),
      hiddenBy: () => undefined,
      origins: {
        wanted: () => wanted && !full,
        async fetch() {
          const again = await withOrigins();
          // Each object with the origin the second render gives the object of its kind at its
          // place: a chart's random name or certificate differs between renders, its origin does
          // not. A render that fails or gives other objects places at the build, as an object
          // whose origin kustomize does not say.
          const objects = again.ok && again.kind === 'kustomize' ? again.objects : [];
          full = kustomizeRelocator(originsFrom(record.objects, objects), record.inputs, build.file, io, build.install);
        },
      },
    };
  }
  const relocate =
    record.kind === 'kustomize'
      ? kustomizeRelocator(record.objects, record.inputs, build.file, io, build.install)
      : helmRelocator(record.objects, build.values ?? [], build.file, io);
  const hiddenBy = record.kind === 'helm' ? helmHiddenBy(record.objects, build.values ?? [], io) : () => undefined;
  return { ok: true, build, tool: record.tool, objects, relocate, hiddenBy };
}

/** `first`'s objects with the origins of `again`'s objects of the same kind at the same place. */
function originsFrom(first: RenderedObject[], again: RenderedObject[]): RenderedObject[] {
  if (again.length !== first.length) return first;
  return first.map((o, i) => {
    const other = again[i]!;
    const same = other.data.kind === o.data.kind && other.data.apiVersion === o.data.apiVersion;
    return same ? { data: o.data, origin: other.origin } : o;
  });
}

async function renderOne(build: Build, options: RenderOptions, origins: boolean): Promise<RenderRecord> {
  const dir = path.resolve(options.cwd, build.dir);
  if (build.kind === 'kustomize') {
    // Flux's kustomize-controller builds without kustomize's root-only file restriction.
    const kustomize = { env: options.env, boundary: options.boundary, loadRestrictor: 'none' as const, origins };
    const result = build.install
      ? await renderInstalled(dir, build.install, kustomize)
      : await renderKustomization(dir, kustomize);
    if (!result.ok) return { ok: false, failure: result };
    const { tool, objects, inputs } = result;
    return { ok: true, kind: 'kustomize', tool, objects, inputs, ...(origins ? {} : { origins: false }) };
  }
  const values = build.values ?? [];
  const chartValues = `${build.dir === '.' ? '' : `${build.dir}/`}values.yaml`;
  // Inline values and Flux's targetPath keys, merged in their order (valuesFrom, then spec.values
  // over them); only Argo CD's parameters go last, as --set.
  let inline: Record<string, unknown> | undefined;
  for (const v of values) {
    if (v.kind === 'inline' && v.values && typeof v.values === 'object') inline = mergeValues(inline ?? {}, v.values);
    else if (v.kind === 'target')
      inline = setValueAt(inline ?? {}, helmPath(v.name), v.value) as Record<string, unknown>;
  }
  const kubeVersion = options.kubeVersion(build);
  const result = await renderChart(dir, {
    env: options.env,
    boundary: options.boundary,
    ...(build.releaseName ? { releaseName: build.releaseName } : {}),
    ...(build.namespace ? { namespace: build.namespace } : {}),
    ...(kubeVersion ? { kubeVersion } : {}),
    // helm reads the chart's own values.yaml by itself.
    valuesFiles: values.flatMap((v) =>
      v.kind === 'file' && v.file !== chartValues ? [path.resolve(options.cwd, v.file)] : [],
    ),
    ...(inline ? { values: inline } : {}),
    set: values.flatMap((v) => (v.kind === 'set' ? [{ name: v.name, value: v.value }] : [])),
  });
  if (!result.ok) return { ok: false, failure: result };
  return { ok: true, kind: 'helm', tool: result.tool, objects: result.objects };
}

/**
 * Later values over earlier, maps merged key by key (Flux's MergeMaps for valuesFrom and
 * spec.values, helm's for value files): a ConfigMap's `flannel.backend` survives a release's
 * `flannel.backendPort`.
 */
function mergeValues(base: Record<string, unknown>, over: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over as Record<string, unknown>)) {
    const under = out[key];
    out[key] = isMap(under) && isMap(value) ? mergeValues(under, value) : value;
  }
  return out;
}

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// -------------------------------------------------------------------------------------------
// The render cache

// 2: a kustomize record may lack origins (`origins: false`), which a reader of 1 would take as known.
const FORMAT = 2;
/** Bounds on what a key hashes: a build of more is rendered every time rather than read whole. */
const MAX_KEY_FILES = 5000;
const MAX_KEY_BYTES = 64 * 1024 * 1024;

/**
 * Everything a render depends on: the tool (its path, size and time), the build's options, and
 * the content of every file it may read (a kustomization's input graph; a chart's whole
 * directory, templates and helpers included; value files). Undefined when a build is too big.
 */
function renderKey(build: Build, options: RenderOptions): string | undefined {
  const hash = createHash('sha256');
  const tool = findTool(build.kind === 'kustomize' ? 'kustomize' : 'helm', options.env);
  const toolStat = tool ? statSync(tool.command, { throwIfNoEntry: false }) : undefined;
  hash.update(JSON.stringify([FORMAT, tool?.name, tool?.command, toolStat?.size, toolStat?.mtimeMs]));
  hash.update(JSON.stringify([build, options.kubeVersion(build), options.boundary]));
  const dir = path.resolve(options.cwd, build.dir);
  const files =
    build.kind === 'kustomize'
      ? kustomizeFiles(dir, build.install)
      : [
          ...filesBelow(dir),
          ...(build.values ?? []).flatMap((v) => (v.kind === 'file' ? [path.resolve(options.cwd, v.file)] : [])),
        ];
  if (!files || files.length > MAX_KEY_FILES) return undefined;
  let bytes = 0;
  for (const file of [...new Set(files)].sort()) {
    try {
      const content = readFileSync(file);
      bytes += content.length;
      if (bytes > MAX_KEY_BYTES) return undefined;
      hash.update(file).update('\0').update(content).update('\0');
    } catch {
      hash.update(file).update('\0missing\0');
    }
  }
  return hash.digest('hex');
}

function kustomizeFiles(dir: string, install: KustomizeInstall | undefined): string[] | undefined {
  const graph = install ? installGraph(dir, install) : walkKustomization(dir);
  if (graph.remotes.length > 0 || graph.cycles.length > 0) return undefined;
  const out = graph.kustomizations.map((k) => k.file);
  for (const f of graph.files) {
    if (f.directory) for (const below of filesBelow(f.path) ?? []) out.push(below);
    else out.push(f.path);
  }
  return out;
}

function filesBelow(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    let entries: import('node:fs').Dirent[];
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (out.length > MAX_KEY_FILES) return;
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) out.push(p);
    }
  };
  walk(dir);
  return out;
}

function loadCache(file: string): Record<string, RenderRecord> | undefined {
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { format: number; renders: Record<string, RenderRecord> };
    return stored.format === FORMAT ? stored.renders : {};
  } catch {
    return {};
  }
}

function saveCache(file: string, renders: Record<string, RenderRecord>): void {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify({ format: FORMAT, renders }));
    renameSync(temporary, file);
  } catch {
    // A read-only checkout still lints; it only stays cold.
  }
}
