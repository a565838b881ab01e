/**
 * A path built as its installer builds it. kustomize-controller writes a Flux Kustomization's
 * targetNamespace, namePrefix/nameSuffix, patches, components and images into the path's
 * kustomization (generating one that lists the path's manifests when it has none) and builds it
 * (fluxcd/pkg/kustomize generator); Argo CD runs `kustomize edit` with an Application source's
 * kustomize options, appends its patches, adds its components, and builds
 * (argo-cd util/kustomize/kustomize.go). Here the path's kustomization is copied into a private
 * directory with its paths rebased, changed the same way, and built with origins like any build:
 * the repository is never edited, and kustomize itself applies every patch (strategic merge
 * with its schema, JSON 6902, selectors), so no patch semantics are guessed.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { SourceRef } from '../core/finding.js';
import type { ArgoKustomizeHint, FluxBuildHint, InstallerPatchHint } from '../model/installer-hints.js';
import { parseText } from '../parse/parse-documents.js';
import {
  kustomizationFileIn,
  type GraphKustomization,
  type InputGraph,
  emptyGraph,
  type NamedAt,
  readKustomizationFile,
  type WalkOptions,
  walkKustomization,
} from './kustomization.js';
import {
  buildWithOrigins,
  inputProblem,
  type KustomizeFailure,
  type KustomizeOptions,
  type KustomizeResult,
  preScan,
  toolsFor,
} from './kustomize-build.js';
import { rebaseKustomization, relativePath } from './rebase-kustomization.js';
import { clip, runTool, type Tool, toolEnv } from './run-tool.js';
import { makeWorkspace } from './workspace.js';
import { isOutside, realOrSelf } from '../discover/real-path.js';

/** Who builds a path, and what it changes in the build. */
export type KustomizeInstall = {
  /** In words: `Flux Kustomization flux-system/infra (clusters/prod/infra.yaml)`. */
  installer: string;
  /** The installer object (absolute file): where a failure of its build is reported. */
  at: NamedAt;
} & (
  | {
      by: 'flux';
      changes: FluxBuildHint;
      /**
       * For a path without a kustomization, what kustomize-controller's generated one lists
       * (absolute): every manifest below the path that its source syncs, and each directory
       * below with a kustomization of its own (not descended into).
       */
      generated?: { files: string[]; dirs: string[] };
    }
  | { by: 'argo'; changes: ArgoKustomizeHint }
);

/** Every input of a path as its installer builds it: the path's own, its components', its patch files. */
export function installGraph(dir: string, install: KustomizeInstall, options: WalkOptions = {}): InputGraph {
  const own = kustomizationFileIn(dir);
  const graph = own ? walkKustomization(dir, options) : generatedGraph(dir, install, options);
  const from = (ref: SourceRef): NamedAt => ({ file: install.at.file, doc: ref.doc, at: ref.path });
  // The installer's components are applied after the path's resources and before its own
  // patches: for placing values they come right after the path's kustomization.
  const components: GraphKustomization[] = [];
  for (const c of install.changes.components) {
    const abs = path.resolve(dir, c.value);
    if (!existsSync(abs)) {
      if (!install.changes.ignoreMissingComponents)
        graph.missing.push({ field: 'components', ref: c.value, path: abs, from: from(c.ref) });
      continue;
    }
    merge(graph, walkKustomization(abs, options), components);
  }
  // Several kustomization files read as none (the build fails): nothing goes before the components.
  const root = graph.kustomizations.slice(0, own ? 1 : 0);
  graph.kustomizations = own
    ? [...root, ...components, ...graph.kustomizations.slice(1)]
    : [...components, ...graph.kustomizations];
  for (const p of install.changes.patches) {
    if (p.content.kind !== 'file') continue;
    const abs = path.resolve(dir, p.content.path);
    if (outside(options.boundary, abs))
      graph.problems.push({
        kind: 'outside',
        file: install.at.file,
        at: p.ref.path,
        message: `${p.content.path} is outside ${options.boundary}`,
      });
    else if (!existsSync(abs))
      graph.missing.push({ field: 'patches', ref: p.content.path, path: abs, from: from(p.ref) });
    else
      graph.files.push({ path: abs, field: 'patches', ...(p.target ? { target: p.target } : {}), from: from(p.ref) });
  }
  return graph;
}

/** The inputs of the kustomization kustomize-controller generates for a path without one. */
function generatedGraph(dir: string, install: KustomizeInstall, options: WalkOptions): InputGraph {
  const graph = emptyGraph(dir);
  const generated = install.by === 'flux' ? install.generated : undefined;
  for (const file of generated?.files ?? []) {
    if (outside(options.boundary, file))
      graph.problems.push({ kind: 'outside', file, message: `${file} is outside ${options.boundary}` });
    else graph.files.push({ path: file, field: 'resources', from: install.at });
  }
  for (const sub of generated?.dirs ?? []) merge(graph, walkKustomization(sub, options), graph.kustomizations);
  return graph;
}

/** Adds `walked` to `graph`; its kustomizations not yet in the graph go to `kustomizations`. */
function merge(graph: InputGraph, walked: InputGraph, kustomizations: GraphKustomization[]): void {
  const known = new Set([...graph.kustomizations, ...kustomizations].map((k) => k.file));
  for (const k of walked.kustomizations) if (!known.has(k.file)) kustomizations.push(k);
  for (const f of walked.files) graph.files.push(f);
  for (const r of walked.remotes) graph.remotes.push(r);
  for (const m of walked.missing) graph.missing.push(m);
  for (const c of walked.cycles) graph.cycles.push(c);
  for (const p of walked.problems) graph.problems.push(p);
}

function outside(boundary: string | undefined, p: string): boolean {
  return isOutside(boundary === undefined ? undefined : realOrSelf(path.resolve(boundary)), p);
}

/**
 * Renders `buildDir` as `install` builds it; a refusal or failure is reported at the installer's
 * entry that caused it.
 */
export async function renderInstalled(
  buildDir: string,
  install: KustomizeInstall,
  options: KustomizeOptions,
): Promise<KustomizeResult> {
  try {
    return await render(path.resolve(buildDir), install, options);
  } catch (error) {
    return {
      ok: false,
      cause: 'internal',
      reason: `internal error: ${clip(String((error as Error).message ?? error))}`,
      at: install.at,
    };
  }
}

async function render(dir: string, install: KustomizeInstall, options: KustomizeOptions): Promise<KustomizeResult> {
  const own = kustomizationFileIn(dir);
  const inputs = installGraph(dir, install, options.boundary === undefined ? {} : { boundary: options.boundary });
  const refused = refusal(dir, own, install, inputs) ?? (own ? preScan(inputs) : inputProblem(inputs));
  if (refused) return refused;
  const tools = toolsFor(inputs, options, install.at);
  if ('ok' in tools) return tools;
  const edits =
    install.by === 'argo' && (editArguments(install.changes).length > 0 || install.changes.components.length > 0);
  if (edits && tools.tool.prefix.length > 0)
    return {
      ok: false,
      cause: 'missing-tool',
      reason:
        'needs kustomize on PATH: Argo CD applies its kustomize options ' +
        'with `kustomize edit`, which kubectl kustomize does not have',
      at: install.at,
      inputs,
    };
  const workspace = makeWorkspace('kustomize', options.tempDir);
  try {
    const rootDir = path.join(workspace.dir, 'root');
    mkdirSync(rootDir);
    const rootFile = path.join(rootDir, 'kustomization.yaml');
    writeFileSync(rootFile, json(installedKustomization(dir, own, install, rootDir)));
    if (install.by === 'argo') {
      const edited = await argoEdits(install, rootDir, tools.tool, { options, home: workspace.home, dir, inputs });
      if (edited) return edited;
    }
    const root = inputs.kustomizations.find((k) => k.file === own);
    const changes = install.changes;
    const namespace = install.by === 'flux' ? install.changes.targetNamespace : install.changes.namespace;
    const built = await buildWithOrigins(
      {
        dir: rootDir,
        ...(root ? { read: root.read } : {}),
        shownAs: dir,
        aliases: new Map(own ? [[rootFile, own]] : []),
        affixes: {
          prefixes: changes.namePrefix ? [changes.namePrefix.value] : [],
          suffixes: changes.nameSuffix ? [changes.nameSuffix.value] : [],
          namespaces: namespace ? [namespace.value] : [],
        },
      },
      inputs,
      tools,
      workspace,
      { options, at: install.at },
    );
    return built.ok ? built : { ...built, at: blamedPatch(built.reason, install) ?? built.at };
  } finally {
    workspace.dispose();
  }
}

/**
 * The installer's patch kustomize names in its error, when it names one: a strategic merge patch
 * that matches no object ("no resource matches strategic merge patch \"Kind.version.group/name.namespace\"").
 */
function blamedPatch(reason: string, install: KustomizeInstall): NamedAt | undefined {
  const m = /no resource matches strategic merge patch "([^."]+)\.[^/"]*\/([^"]+)"/.exec(reason);
  if (!m) return undefined;
  const kind = m[1];
  const name = m[2]!.slice(0, m[2]!.lastIndexOf('.'));
  const named = install.changes.patches.filter((p) => {
    const docs =
      p.content.kind === 'text'
        ? parseText('patch.yaml', p.content.text).documents.map((d) => d.data)
        : p.content.kind === 'data'
          ? [p.content.data]
          : [];
    return docs.some((d) => isRecord(d) && d.kind === kind && isRecord(d.metadata) && d.metadata.name === name);
  });
  const ref = named.length === 1 ? named[0]!.ref : undefined;
  return ref && { file: install.at.file, doc: ref.doc, at: ref.path };
}

/** What the installer itself would refuse, or edgenet cannot know; undefined when the build may run. */
function refusal(
  dir: string,
  own: string | undefined,
  install: KustomizeInstall,
  inputs: InputGraph,
): KustomizeFailure | undefined {
  const fail = (reason: string, ref: SourceRef | null): KustomizeFailure => ({
    ok: false,
    cause: 'invalid-input',
    reason,
    at: ref ? { file: install.at.file, doc: ref.doc, at: ref.path } : install.at,
    inputs,
  });
  if (install.by === 'flux') {
    // kustomize-controller: "component path '...' must be local and relative".
    const remote = install.changes.components.find((c) => !isLocalRelativePath(c.value));
    if (remote)
      return fail(`Flux refuses component ${remote.value}: a component path must be local and relative`, remote.ref);
    return undefined;
  }
  if (!own)
    return fail(
      'Argo CD applies kustomize options to the kustomization of the ' +
        `path, and ${path.basename(dir)} has none: Argo CD's build fails`,
      null,
    );
  // Argo CD fills these from its build environment ($ARGOCD_APP_NAME, $ARGOCD_APP_REVISION ...).
  const k = install.changes;
  const filled = [
    ...k.images.map((i) => ({ value: i.value, ref: i.ref })),
    ...k.commonLabels,
    ...(k.commonAnnotationsEnvsubst ? k.commonAnnotations : []),
  ].find((v) => v.value.includes('$'));
  if (filled)
    return fail(
      `Argo CD fills ${filled.value} from its build environment: the value is known only when it builds`,
      filled.ref,
    );
  return undefined;
}

/** kustomize-controller's test (fluxcd/pkg/kustomize IsLocalRelativePath): no URL, not absolute. */
function isLocalRelativePath(p: string): boolean {
  if (path.isAbsolute(p) || p.startsWith('/')) return false;
  return !/^[a-z][a-z0-9+.-]*:/i.test(p);
}

/**
 * The kustomization the installer builds, written for `toDir`: the path's own with its paths
 * rebased, or the one kustomize-controller generates; with a Flux Kustomization's changes
 * written in (Argo CD's are made by `kustomize edit` afterwards).
 */
function installedKustomization(
  dir: string,
  own: string | undefined,
  install: KustomizeInstall,
  toDir: string,
): Record<string, unknown> {
  const relative = (abs: string) => relativePath(toDir, abs);
  let data: Record<string, unknown>;
  if (own) {
    const read = readKustomizationFile(own);
    const written = parseText(own, readFileSync(own, 'utf8')).documents[0]?.data;
    data = 'read' in read && isRecord(written) ? rebaseKustomization(written, read.read, toDir) : {};
  } else {
    const generated = install.by === 'flux' ? install.generated : undefined;
    const resources = walkOrder([...(generated?.files ?? []), ...(generated?.dirs ?? [])]).map(relative);
    data = { apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization' };
    // kustomize-controller's placeholder for a directory with nothing to list ("kustomization.yaml is empty").
    if (resources.length) data.resources = resources;
    else data.namespace = '_placeholder';
  }
  if (install.by === 'argo') return data;
  const k = install.changes;
  // fluxcd/pkg/kustomize Generator: set when present, appended to what the path has.
  if (k.targetNamespace) data.namespace = k.targetNamespace.value;
  if (k.namePrefix) data.namePrefix = k.namePrefix.value;
  if (k.nameSuffix) data.nameSuffix = k.nameSuffix.value;
  for (const p of k.patches) {
    if (p.field === 'patchesStrategicMerge' && p.content.kind === 'data')
      append(data, 'patchesStrategicMerge', JSON.stringify(p.content.data));
    else append(data, p.field, patchEntry(p, dir, relative));
  }
  for (const c of k.components) {
    if (k.ignoreMissingComponents && !existsSync(path.resolve(dir, c.value))) continue;
    append(data, 'components', relative(path.resolve(dir, c.value)));
  }
  for (const image of k.images) {
    const images = Array.isArray(data.images) ? data.images : [];
    const known = images.find((x): x is Record<string, unknown> => isRecord(x) && x.name === image.name);
    const entry = known ?? { name: image.name };
    // As fluxcd/pkg/kustomize v1.39 merges an image into the path's own entry: a new name when
    // given, and tag and digest together (setting one clears the other).
    if (image.newName) entry.newName = image.newName;
    if (image.newTag || image.digest) {
      delete entry.newTag;
      delete entry.digest;
      if (image.newTag) entry.newTag = image.newTag;
      if (image.digest) entry.digest = image.digest;
    }
    if (!known) images.push(entry);
    data.images = images;
  }
  return data;
}

/** A patch as the installer writes it into the kustomization's `patches` (or `patchesJson6902`). */
function patchEntry(p: InstallerPatchHint, dir: string, relative: (abs: string) => string): Record<string, unknown> {
  const entry: Record<string, unknown> = {};
  if (p.content.kind === 'text') entry.patch = p.content.text;
  else if (p.content.kind === 'file') entry.path = relative(path.resolve(dir, p.content.path));
  else entry.patch = JSON.stringify(p.content.data);
  if (p.target) entry.target = selector(p.target);
  if (p.options) entry.options = p.options;
  return entry;
}

/** The fields of a selector kustomize reads (Flux's and Argo CD's selectors have exactly these). */
function selector(target: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of ['group', 'version', 'kind', 'name', 'namespace', 'labelSelector', 'annotationSelector'])
    if (typeof target[key] === 'string' && target[key] !== '') out[key] = target[key];
  return out;
}

/**
 * Argo CD's `kustomize edit` commands for its options, in its order (nameprefix, namesuffix,
 * image, replicas, label, annotation, namespace); each command's arguments after `edit`.
 */
function editArguments(k: ArgoKustomizeHint): string[][] {
  const out: string[][] = [];
  if (k.namePrefix) out.push(['set', 'nameprefix', '--', k.namePrefix.value]);
  if (k.nameSuffix) out.push(['set', 'namesuffix', '--', k.nameSuffix.value]);
  if (k.images.length) out.push(['set', 'image', ...k.images.map((i) => i.value)]);
  if (k.replicas.length) out.push(['set', 'replicas', ...k.replicas.map((r) => `${r.name}=${r.count}`)]);
  if (k.commonLabels.length)
    out.push([
      'add',
      'label',
      ...(k.forceCommonLabels ? ['--force'] : []),
      ...(k.labelWithoutSelector ? ['--without-selector'] : []),
      ...(k.labelIncludeTemplates ? ['--include-templates'] : []),
      ...k.commonLabels.map((l) => `${l.key}:${l.value}`),
    ]);
  if (k.commonAnnotations.length)
    out.push([
      'add',
      'annotation',
      ...(k.forceCommonAnnotations ? ['--force'] : []),
      ...k.commonAnnotations.map((a) => `${a.key}:${a.value}`),
    ]);
  if (k.namespace) out.push(['set', 'namespace', '--', k.namespace.value]);
  return out;
}

/** Argo CD's edits of the copied kustomization, its patches and components; a failure when kustomize refuses one. */
async function argoEdits(
  install: Extract<KustomizeInstall, { by: 'argo' }>,
  rootDir: string,
  tool: Tool,
  run: { options: KustomizeOptions; home: string; dir: string; inputs: InputGraph },
): Promise<KustomizeFailure | undefined> {
  const k = install.changes;
  const edit = async (args: string[]): Promise<KustomizeFailure | undefined> => {
    const ran = await runTool(tool, ['edit', ...args], {
      cwd: rootDir,
      env: toolEnv(run.options.env, run.home),
      ...(run.options.timeoutMs === undefined ? {} : { timeoutMs: run.options.timeoutMs }),
    });
    if (ran.ok) return undefined;
    const reason = (ran.reason ?? 'failed').split(rootDir).join(run.dir);
    return {
      ok: false,
      cause: ran.failure ?? 'exit',
      reason: clip(`kustomize edit ${args[0]} ${args[1]}: ${reason}`),
      at: install.at,
      tool: tool.name,
      inputs: run.inputs,
    };
  };
  for (const args of editArguments(k)) {
    const failed = await edit(args);
    if (failed) return failed;
  }
  if (k.patches.length) {
    // Argo CD appends its patches to the kustomization's own (there is no `kustomize edit` for them).
    const file = path.join(rootDir, 'kustomization.yaml');
    const data = parseText(file, readFileSync(file, 'utf8')).documents[0]?.data;
    const edited = isRecord(data) ? data : {};
    for (const p of k.patches)
      append(
        edited,
        'patches',
        patchEntry(p, run.dir, (abs) => relativePath(rootDir, abs)),
      );
    writeFileSync(file, json(edited));
  }
  const components = k.components
    .filter((c) => !k.ignoreMissingComponents || existsSync(path.resolve(run.dir, c.value)))
    .map((c) => relativePath(rootDir, path.resolve(run.dir, c.value)));
  if (components.length) return edit(['add', 'component', ...components]);
  return undefined;
}

/** Paths in the order a walk of their directories meets them (Go's filepath.Walk: names in lexical order). */
function walkOrder(paths: string[]): string[] {
  const segments = (p: string) => p.split(path.sep);
  return [...paths].sort((a, b) => {
    const x = segments(a);
    const y = segments(b);
    for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
    return x.length - y.length;
  });
}

function append(data: Record<string, unknown>, key: string, value: unknown): void {
  const list = Array.isArray(data[key]) ? (data[key] as unknown[]) : [];
  list.push(value);
  data[key] = list;
}

/** JSON is YAML: no serializer of ours decides how the kustomization reads. */
function json(data: unknown): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
