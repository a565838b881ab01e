/**
 * Renders one Kustomize build with the real tool and says where each rendered object came from.
 *
 * The build is never edited: a wrapper kustomization in a private temporary directory includes it
 * and asks for `buildMetadata: [originAnnotations]`. kustomize then writes on each object a
 * `config.kubernetes.io/origin` annotation whose paths are "rooted from the directory upon which
 * `kustomize build` was invoked" (sigs.k8s.io/kustomize/api resource/origin.go), that is, relative
 * to the wrapper; they are joined lexically (Origin.Append uses filepath.Join), so resolving them
 * against the wrapper gives the source files as the build names them. Objects from a generator
 * carry `configuredIn` (the kustomization file) and `configuredBy` (the generator) instead.
 * buildMetadata and sortOptions are honoured only in the top-level kustomization
 * (api/krusty/kustomizer.go Run and applySortOrder), so the build's own are copied into the
 * wrapper: the output is the build's own, plus the annotation, which is removed again here.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type ParsedDocument, type ParsedFile, parseText } from '../parse/parse-documents.js';
import {
  type GraphKustomization,
  type InputGraph,
  type KustomizationRead,
  type NamedAt,
  walkKustomization,
} from './kustomization.js';
import { type Affixes, identityOf, matchDocument, nameFits, namespaceFits, type ObjectOrigin } from './object-match.js';

export type { ObjectOrigin } from './object-match.js';
import type { RenderCause, RenderFailure } from './result.js';
import { clip, type Env, findTool, runTool, type Tool, toolEnv } from './run-tool.js';
import { makeWorkspace, type Workspace } from './workspace.js';
import { writtenOrigins } from './written-origins.js';

export interface KustomizeOptions {
  /** The environment whose PATH finds the tools; it also becomes the tools' PATH (and nothing else of it). */
  env: Env;
  /** The tool to run; by default kustomize on the PATH, else `kubectl kustomize`. */
  tool?: Tool;
  /** helm, for a build that inflates charts (helmCharts); by default helm on the PATH. */
  helm?: Tool;
  /** The repository's top: an input outside it (symbolic links followed) stops the render. */
  boundary?: string;
  /**
   * `none` lets a kustomization read files outside its own directory, as Flux's
   * kustomize-controller builds (krusty LoadRestrictionsNone); kustomize's default is `rootOnly`.
   * The boundary still holds either way.
   */
  loadRestrictor?: 'rootOnly' | 'none';
  timeoutMs?: number;
  maxOutputBytes?: number;
  /** Where the private temporary directory goes (default: the OS's). */
  tempDir?: string;
  /**
   * false: kustomize is not asked for origin annotations (they are most of its work: a build's
   * CPU 0.12 -> 0.21 s), and each object's origin is `unknown`; the output is otherwise the same.
   */
  origins?: boolean;
}

/** A build that did not render; `inputs`, when the build could be read, keeps its patch files out of the resources. */
export interface KustomizeFailure extends RenderFailure {
  inputs?: InputGraph;
}

export interface KustomizeRendered {
  ok: true;
  /** `kustomize` or `kubectl kustomize`. */
  tool: string;
  objects: RenderedObject[];
  inputs: InputGraph;
}

export type KustomizeResult = KustomizeRendered | KustomizeFailure;

export interface RenderedObject {
  /** The object as the build outputs it (the origin annotation removed). */
  data: Record<string, unknown>;
  origin: ObjectOrigin;
}

const ORIGIN_ANNOTATION = 'config.kubernetes.io/origin';
const MAX_ORIGIN_FILE_BYTES = 16 * 1024 * 1024;

export async function renderKustomization(buildDir: string, options: KustomizeOptions): Promise<KustomizeResult> {
  try {
    return await render(path.resolve(buildDir), options);
  } catch (error) {
    // A bug of ours (or an unwritable temporary directory): still a value, never a crash of the lint.
    return {
      ok: false,
      cause: 'internal',
      reason: `internal error: ${clip(String((error as Error).message ?? error))}`,
      at: { file: path.resolve(buildDir), at: [] },
    };
  }
}

async function render(buildDir: string, options: KustomizeOptions): Promise<KustomizeResult> {
  const inputs = walkKustomization(buildDir, options.boundary === undefined ? {} : { boundary: options.boundary });
  const refused = preScan(inputs);
  if (refused) return refused;
  const root = inputs.kustomizations[0]!;
  const at: NamedAt = { file: root.file, at: [] };
  const tools = toolsFor(inputs, options, at);
  if ('ok' in tools) return tools;
  const workspace = makeWorkspace('kustomize', options.tempDir);
  try {
    return await buildWithOrigins({ dir: root.dir, read: root.read, shownAs: root.dir }, inputs, tools, workspace, {
      options,
      at,
    });
  } finally {
    workspace.dispose();
  }
}

/** The tools a build needs: kustomize (else `kubectl kustomize`), and helm when it inflates a chart. */
export function toolsFor(
  inputs: InputGraph,
  options: KustomizeOptions,
  at: NamedAt,
): { tool: Tool; helm?: Tool } | KustomizeFailure {
  const tool = options.tool ?? findTool('kustomize', options.env);
  if (!tool) return { ok: false, cause: 'missing-tool', reason: 'needs kustomize (or kubectl) on PATH', at, inputs };
  const chart = inputs.files.find((f) => f.role === 'chart');
  const helm = chart ? (options.helm ?? findTool('helm', options.env)) : undefined;
  if (chart && !helm)
    return {
      ok: false,
      cause: 'missing-tool',
      reason: 'inflates a Helm chart: needs helm on PATH',
      at: chart.from,
      inputs,
    };
  return helm ? { tool, helm } : { tool };
}

/** The kustomization a build runs: its directory, and how it is named in reasons and origins. */
export interface BuildRoot {
  dir: string;
  /** Its kustomization as read: its sortOptions and buildMetadata go into the wrapper. */
  read?: KustomizationRead;
  /** The directory reasons name instead of `dir` (a copy's directory is named by the original's). */
  shownAs: string;
  /**
   * Kustomization files in `dir` standing for another (a copy for its original): generated
   * objects name the original.
   */
  aliases?: ReadonlyMap<string, string>;
  /** Name prefixes, suffixes and namespaces set besides the build's own kustomizations (by its installer). */
  affixes?: { prefixes?: string[]; suffixes?: string[]; namespaces?: string[] };
}

/**
 * Builds `root.dir` through a wrapper kustomization that asks for origin annotations, reads the
 * objects, and says where each came from.
 */
export async function buildWithOrigins(
  root: BuildRoot,
  inputs: InputGraph,
  tools: { tool: Tool; helm?: Tool },
  workspace: Workspace,
  run: { options: KustomizeOptions; at: NamedAt },
): Promise<KustomizeResult> {
  const { tool, helm } = tools;
  const { options, at } = run;
  const wrapper = path.join(workspace.dir, 'build');
  mkdirSync(wrapper);
  const included = path.relative(wrapper, root.dir);
  const origins = options.origins !== false;
  writeFileSync(path.join(wrapper, 'kustomization.yaml'), wrapperKustomization(included, root.read, origins));
  const args = tool.prefix.length > 0 ? [wrapper] : ['build', wrapper];
  if (helm) args.push('--enable-helm', '--helm-command', helm.command);
  if (options.loadRestrictor === 'none') args.push('--load-restrictor', 'LoadRestrictionsNone');
  const ran = await runTool(tool, args, {
    cwd: workspace.dir,
    env: toolEnv(options.env, workspace.home),
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    ...(options.maxOutputBytes === undefined ? {} : { maxOutputBytes: options.maxOutputBytes }),
  });
  if (!ran.ok)
    return {
      ok: false,
      cause: ran.failure ?? 'exit',
      reason: toolReason(ran.reason ?? 'failed', included, wrapper, root),
      at,
      tool: tool.name,
      inputs,
    };
  const parsed = parseText(path.join(root.shownAs, 'kustomize-build-output.yaml'), ran.stdout);
  const problem = parsed.problems[0];
  if (problem)
    return {
      ok: false,
      cause: 'output',
      reason: `its output does not read as YAML: line ${problem.line}: ${problem.message}`,
      at,
      tool: tool.name,
      inputs,
    };
  const resolver = new OriginResolver(wrapper, inputs, root);
  // Without kustomize's annotations, an object's origin where the build's files leave no doubt
  // (written-origins.ts); an installer's changes (aliases, affixes) leave it to kustomize.
  const written =
    origins || root.aliases || root.affixes
      ? undefined
      : writtenOrigins(inputs, resolver.affixes, (file) => resolver.readCleanly(file));
  const objects: RenderedObject[] = [];
  for (const document of parsed.documents) {
    if (!isObject(document.data)) continue;
    if (!origins) {
      objects.push({ data: document.data, origin: written?.(document.data) ?? NOT_ASKED });
      continue;
    }
    const origin = takeOrigin(document.data);
    objects.push({ data: document.data, origin: resolver.resolve(document.data, origin) });
  }
  return { ok: true, tool: tool.name, objects, inputs };
}

/** What stops a render before any tool runs; undefined when the build may be rendered. */
export function preScan(inputs: InputGraph): KustomizeFailure | undefined {
  const root = inputs.kustomizations[0];
  if (!root) {
    const problem = inputs.problems[0];
    return {
      ok: false,
      cause: 'invalid-input',
      reason: problem?.message ?? 'no kustomization',
      at: { file: inputs.root, at: [] },
      inputs,
    };
  }
  return inputProblem(inputs);
}

/** What in a build's inputs stops a render: a remote input, a cycle, a missing or unreadable input. */
export function inputProblem(inputs: InputGraph): KustomizeFailure | undefined {
  const fail = (cause: RenderCause, reason: string, at: NamedAt): KustomizeFailure => ({
    ok: false,
    cause,
    reason,
    at,
    inputs,
  });
  const remote = inputs.remotes[0];
  if (remote) {
    const what =
      remote.field === 'helmCharts' || remote.field === 'helmChartInflationGenerator'
        ? 'chart'
        : ['resources', 'bases', 'components'].includes(remote.field)
          ? 'base'
          : `${remote.field} entry`;
    return fail('remote', `needs the remote ${what} ${remote.ref}: edgenet never fetches`, remote.from);
  }
  const cycle = inputs.cycles[0];
  if (cycle) {
    // Named from the directory above the build's: `overlay -> base -> overlay`.
    const above = path.dirname(path.dirname(inputs.root));
    const names = cycle.chain.map((file) => path.relative(above, path.dirname(file)));
    return fail('invalid-input', `kustomizations include each other: ${names.join(' -> ')}`, cycle.from);
  }
  const blocking = inputs.problems.find((p) => p.kind !== 'invalid');
  if (blocking) return fail('invalid-input', blocking.message, { file: blocking.file, at: blocking.at ?? [] });
  const missing = inputs.missing[0];
  if (missing) return fail('invalid-input', `${missing.ref} does not exist`, missing.from);
  return undefined;
}

function wrapperKustomization(included: string, read: KustomizationRead | undefined, origins: boolean): string {
  const own = (read?.buildMetadata ?? []).filter((option) => option !== 'originAnnotations');
  const metadata = origins ? ['originAnnotations', ...own] : own;
  const wrapper: Record<string, unknown> = {
    apiVersion: 'kustomize.config.k8s.io/v1beta1',
    kind: 'Kustomization',
    resources: [included],
    ...(metadata.length > 0 ? { buildMetadata: metadata } : {}),
  };
  if (read?.sortOptions !== undefined) wrapper.sortOptions = read.sortOptions;
  // JSON is YAML: no serializer of ours decides how the wrapper reads.
  return `${JSON.stringify(wrapper, null, 2)}\n`;
}

/**
 * The tool's error line as `kustomize build <build>` would print it: the wrapper's own layer
 * ("accumulation err='accumulating resources from '<build>': ... must resolve to a file':
 * recursed accumulation of path '<build>': ", or "couldn't make target for path" when the build's
 * kustomization itself is bad: api/internal/target/kusttarget.go accumulateResources) is taken
 * off, and a path relative to the wrapper is written from the root of the file system.
 */
function toolReason(reason: string, included: string, wrapper: string, root: BuildRoot): string {
  const prefix = new RegExp(
    `^accumulating resources: accumulation err='accumulating resources from '${escapeRegExp(included)}': ` +
      "(?:'[^']*' must resolve to a file|read [^']*: is a directory)': " +
      "(?:recursed accumulation of path|couldn't make target for path) '[^']*': ",
  );
  let text = reason.replace(prefix, '');
  const up = path.relative(wrapper, path.parse(wrapper).root);
  text = text.split(`${up}${path.sep}`).join(path.sep);
  text = text.split(wrapper).join(root.shownAs);
  if (root.dir !== root.shownAs) text = text.split(root.dir).join(root.shownAs);
  return clip(text);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface Origin {
  path?: string;
  repo?: string;
  ref?: string;
  configuredIn?: string;
  configuredBy?: { apiVersion?: string; kind?: string; name?: string; namespace?: string };
}

const NOT_ASKED_REASON = 'kustomize was not asked for origins';
const NOT_ASKED: ObjectOrigin = { kind: 'unknown', reason: NOT_ASKED_REASON };

/**
 * Whether an object's origin waits for kustomize's annotations (a render with them); by its
 * reason, which the render cache keeps.
 */
export function notAsked(origin: ObjectOrigin): boolean {
  return origin.kind === 'unknown' && origin.reason === NOT_ASKED_REASON;
}

/** Reads and removes the origin annotation (and `annotations` when nothing else is left in it). */
function takeOrigin(data: Record<string, unknown>): Origin | undefined {
  const metadata = data.metadata;
  if (!isObject(metadata) || !isObject(metadata.annotations)) return undefined;
  const annotations = metadata.annotations;
  const text = annotations[ORIGIN_ANNOTATION];
  if (typeof text !== 'string') return undefined;
  delete annotations[ORIGIN_ANNOTATION];
  if (Object.keys(annotations).length === 0) delete metadata.annotations;
  const parsed = parseText('origin.yaml', text).documents[0]?.data;
  return isObject(parsed) ? (parsed as Origin) : undefined;
}

class OriginResolver {
  private readonly files = new Map<string, ParsedFile | undefined>();
  private readonly kustomizations = new Map<string, GraphKustomization>();
  readonly affixes: Affixes;
  private readonly aliases: ReadonlyMap<string, string>;

  constructor(
    private readonly wrapper: string,
    inputs: InputGraph,
    root: BuildRoot,
  ) {
    for (const k of inputs.kustomizations) this.kustomizations.set(k.file, k);
    this.aliases = root.aliases ?? new Map();
    const values = (key: 'namePrefix' | 'nameSuffix' | 'namespace', extra: Iterable<string> = []) => [
      ...new Set([...inputs.kustomizations.map((k) => k.read[key]), ...extra].filter((v): v is string => !!v)),
    ];
    this.affixes = {
      prefixes: values('namePrefix', root.affixes?.prefixes),
      suffixes: values('nameSuffix', root.affixes?.suffixes),
      namespaces: new Set(values('namespace', root.affixes?.namespaces)),
    };
  }

  resolve(data: Record<string, unknown>, origin: Origin | undefined): ObjectOrigin {
    if (!origin) return { kind: 'unknown', reason: 'kustomize gave the object no origin' };
    if (origin.repo) return { kind: 'unknown', reason: `from the remote repository ${origin.repo}` };
    if (origin.configuredIn) return this.generated(data, origin);
    if (origin.path) {
      const file = path.resolve(this.wrapper, origin.path);
      const docs = this.read(file);
      if (!docs) return { kind: 'resource', file, doc: null, match: 'none' };
      return { kind: 'resource', file, ...matchDocument(identityOf(data), docs, this.affixes) };
    }
    return { kind: 'unknown', reason: 'the origin names no file' };
  }

  private generated(data: Record<string, unknown>, origin: Origin): ObjectOrigin {
    const configuredIn = path.resolve(this.wrapper, origin.configuredIn!);
    const file = this.aliases.get(configuredIn) ?? configuredIn;
    const generator = origin.configuredBy?.kind ?? 'unknown';
    const kustomization = this.kustomizations.get(file);
    const doc = kustomization?.doc ?? 0;
    if (!kustomization) return { kind: 'generated', file, doc, generator, at: null };
    const read = kustomization.read;
    if (generator === 'ConfigMapGenerator' || generator === 'SecretGenerator') {
      const field = generator === 'ConfigMapGenerator' ? 'configMapGenerator' : 'secretGenerator';
      const id = identityOf(data);
      const entries = read.generators.filter((g) => g.field === field);
      // A generated name is prefix + name + suffix, then (unless disabled) `-` and a 10-character hash.
      const fits = entries.filter((g) => {
        const name = id.name ?? '';
        const unhashed = name.replace(/-[a-z0-9]{10}$/, '');
        return (
          (nameFits(name, g.name, this.affixes) || nameFits(unhashed, g.name, this.affixes)) &&
          namespaceFits(id.namespace, g.namespace, this.affixes)
        );
      });
      const longest = fits.reduce((max, g) => Math.max(max, g.name.length), 0);
      const best = fits.filter((g) => g.name.length === longest);
      const entry = best.length === 1 ? best[0]! : undefined;
      return { kind: 'generated', file, doc, generator, at: entry ? [entry.field, entry.index] : null };
    }
    if (generator === 'HelmChartInflationGenerator') {
      const charts = read.inputs.filter((i) => i.role === 'chart');
      const byName = charts.filter((c) => c.ref !== undefined && path.basename(c.ref) === origin.configuredBy?.name);
      const chart = byName.length === 1 ? byName[0] : charts.length === 1 ? charts[0] : undefined;
      return { kind: 'generated', file, doc, generator, at: chart ? chart.at.slice(0, 2) : null };
    }
    return { kind: 'generated', file, doc, generator, at: null };
  }

  /** A resource file's documents, read once (undefined: unreadable or too large). */
  read(file: string): ParsedDocument[] | undefined {
    return this.parsed(file)?.documents;
  }

  /** Its documents when it reads without a problem (what kustomize reads of it is then what is read here). */
  readCleanly(file: string): ParsedDocument[] | undefined {
    const parsed = this.parsed(file);
    return parsed && parsed.problems.length === 0 ? parsed.documents : undefined;
  }

  private parsed(file: string): ParsedFile | undefined {
    if (this.files.has(file)) return this.files.get(file);
    let parsed: ParsedFile | undefined;
    try {
      if (statSync(file).size <= MAX_ORIGIN_FILE_BYTES) parsed = parseText(file, readFileSync(file, 'utf8'));
    } catch {
      parsed = undefined;
    }
    this.files.set(file, parsed);
    return parsed;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
