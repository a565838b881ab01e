/**
 * Reads a kustomization without running kustomize: every input it names (resources, bases,
 * components, patches, generator sources, charts, CRDs, OpenAPI schema, replacements, plugin
 * configs), each with the path inside the kustomization document that named it, remote ones
 * marked; and walks a build's local kustomizations into its whole input graph. Field names and
 * meanings follow sigs.k8s.io/kustomize/api types/kustomization.go (v0.21.1, kustomize v5.8.1).
 * Nothing here throws for bad input: problems, cycles and missing paths are values.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { PathSegment } from '../core/finding.js';
import { parseText } from '../parse/parse-documents.js';
import { isOutside, realOrSelf } from '../discover/real-path.js';

/** The names kustomize looks for in a directory, in its order (api/konfig RecognizedKustomizationFileNames). */
export const KUSTOMIZATION_FILE_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'] as const;

export type InputField =
  | 'resources'
  | 'bases'
  | 'components'
  | 'patches'
  | 'patchesStrategicMerge'
  | 'patchesJson6902'
  | 'configMapGenerator'
  | 'secretGenerator'
  | 'helmCharts'
  | 'helmGlobals'
  | 'helmChartInflationGenerator'
  | 'crds'
  | 'openapi'
  | 'replacements'
  | 'configurations'
  | 'generators'
  | 'transformers'
  | 'validators';

/**
 * What a named input is, where a field names several kinds: a generator's `file` or `env` source, a
 * chart directory, its values file, the chart home or helm's config home.
 */
export type InputRole = 'file' | 'env' | 'chart' | 'values' | 'chartHome' | 'configHome';

export interface KustomizationInput {
  field: InputField;
  /** Where the entry is inside the kustomization document: `['patches', 0, 'path']`. */
  at: PathSegment[];
  kind: 'local' | 'remote' | 'inline';
  /** The path or URL as written (local and remote entries). */
  ref?: string;
  /** Absolute path of a local entry, resolved against the kustomization's directory. */
  path?: string;
  /** An inline entry's content: patch text, a replacement, a plugin configuration. */
  content?: unknown;
  /** A patch's target selector, as written. */
  target?: Record<string, unknown>;
  role?: InputRole;
  /** A generator source's key (`key=path`). */
  key?: string;
  /** A chart's repository: where kustomize would pull the chart from when `path` does not hold it. */
  repo?: string;
}

/** A ConfigMap or Secret generator entry: what its objects are named from. */
export interface GeneratorEntry {
  field: 'configMapGenerator' | 'secretGenerator';
  index: number;
  name: string;
  namespace?: string;
  behavior?: string;
}

export interface KustomizationProblem {
  at: PathSegment[];
  message: string;
}

export interface KustomizationRead {
  /** Absolute path of the kustomization file. */
  file: string;
  kind: 'Kustomization' | 'Component';
  inputs: KustomizationInput[];
  generators: GeneratorEntry[];
  namePrefix?: string;
  nameSuffix?: string;
  namespace?: string;
  /** As written: only the top-level kustomization's count (api/krusty/kustomizer.go). */
  sortOptions?: unknown;
  buildMetadata?: string[];
  problems: KustomizationProblem[];
}

/**
 * Whether kustomize would fetch this reference over the network: URLs of any scheme, scp-like
 * git addresses, `git::`, host-first paths of the forges kustomize knows, and go-getter query
 * parameters (api/internal/git/repospec.go). Such references are never followed.
 */
export function isRemoteReference(ref: string): boolean {
  return (
    /^[a-z][a-z0-9+.-]*:\/\//i.test(ref) ||
    /^git::/i.test(ref) ||
    /^[\w.-]+@[\w.-]+:/.test(ref) ||
    /^(github\.com|gitlab\.com|bitbucket\.org|dev\.azure\.com)\//i.test(ref) ||
    /[?&](ref|version|timeout|submodules)=/.test(ref) ||
    /^[^/]+\.[a-z]{2,}\/.+\/\//i.test(ref)
  );
}

export function isKustomizationFileName(name: string): boolean {
  return (KUSTOMIZATION_FILE_NAMES as readonly string[]).includes(name);
}

/** Reads one kustomization document (already parsed) found at `file`. */
export function readKustomization(data: unknown, file: string): KustomizationRead {
  const dir = path.dirname(file);
  const problems: KustomizationProblem[] = [];
  const inputs: KustomizationInput[] = [];
  const generators: GeneratorEntry[] = [];
  const read: KustomizationRead = { file, kind: 'Kustomization', inputs, generators, problems };
  if (!isObject(data)) {
    problems.push({ at: [], message: 'a kustomization must be a mapping' });
    return read;
  }
  const apiVersion = data.apiVersion;
  if (
    apiVersion !== undefined &&
    !(typeof apiVersion === 'string' && apiVersion.startsWith('kustomize.config.k8s.io/'))
  )
    problems.push({ at: ['apiVersion'], message: `apiVersion ${String(apiVersion)} is not kustomize.config.k8s.io` });
  if (data.kind === 'Component') read.kind = 'Component';
  else if (data.kind !== undefined && data.kind !== 'Kustomization')
    problems.push({ at: ['kind'], message: `kind ${String(data.kind)} is neither Kustomization nor Component` });

  for (const key of ['namePrefix', 'nameSuffix', 'namespace'] as const) {
    const value = data[key];
    if (typeof value === 'string') read[key] = value;
    else if (value !== undefined && value !== null) problems.push({ at: [key], message: `${key} must be a string` });
  }
  if (data.sortOptions !== undefined) read.sortOptions = data.sortOptions;
  if (Array.isArray(data.buildMetadata))
    read.buildMetadata = data.buildMetadata.filter((v): v is string => typeof v === 'string');

  const local = (field: InputField, at: PathSegment[], ref: string, extra: Partial<KustomizationInput> = {}) => {
    if (isRemoteReference(ref)) inputs.push({ field, at, kind: 'remote', ref, ...extra });
    else inputs.push({ field, at, kind: 'local', ref, path: path.resolve(dir, ref), ...extra });
  };
  const inline = (field: InputField, at: PathSegment[], content: unknown, extra: Partial<KustomizationInput> = {}) => {
    inputs.push({ field, at, kind: 'inline', content, ...extra });
  };
  const strings = (field: InputField, handle: (ref: string, at: PathSegment[]) => void) => {
    for (const [item, at] of listOf(data, field, problems)) {
      if (typeof item === 'string') handle(item, at);
      else problems.push({ at, message: `${field} entries must be strings` });
    }
  };

  for (const field of ['resources', 'bases', 'components', 'crds', 'configurations'] as const)
    strings(field, (ref, at) => local(field, at, ref));

  // A transformer, generator or validator entry is a file, a kustomization directory, or the
  // plugin configuration itself written inline (kustomize tells them apart the same way: a
  // multi-line entry cannot be a path).
  for (const field of ['generators', 'transformers', 'validators'] as const)
    strings(field, (ref, at) => (isInlineText(ref) ? inline(field, at, ref) : local(field, at, ref)));

  for (const [item, at] of listOf(data, 'patches', problems)) {
    if (!isObject(item)) {
      problems.push({ at, message: 'patches entries must be mappings' });
      continue;
    }
    const target = isObject(item.target) ? item.target : undefined;
    if (typeof item.path === 'string') local('patches', [...at, 'path'], item.path, target ? { target } : {});
    if (typeof item.patch === 'string') inline('patches', [...at, 'patch'], item.patch, target ? { target } : {});
    if (typeof item.path !== 'string' && typeof item.patch !== 'string')
      problems.push({ at, message: 'a patch needs path or patch' });
  }

  // A patchesStrategicMerge entry is the patch itself when it reads as YAML content, else a path
  // (api/internal/builtins/PatchStrategicMergeTransformer.go loadFromPaths).
  for (const [item, at] of listOf(data, 'patchesStrategicMerge', problems)) {
    if (typeof item === 'string')
      isInlineText(item) ? inline('patchesStrategicMerge', at, item) : local('patchesStrategicMerge', at, item);
    else if (isObject(item)) inline('patchesStrategicMerge', at, item);
    else problems.push({ at, message: 'patchesStrategicMerge entries must be strings' });
  }

  for (const [item, at] of listOf(data, 'patchesJson6902', problems)) {
    if (!isObject(item)) {
      problems.push({ at, message: 'patchesJson6902 entries must be mappings' });
      continue;
    }
    const target = isObject(item.target) ? item.target : undefined;
    if (typeof item.path === 'string') local('patchesJson6902', [...at, 'path'], item.path, target ? { target } : {});
    else if (item.patch !== undefined)
      inline('patchesJson6902', [...at, 'patch'], item.patch, target ? { target } : {});
    else problems.push({ at, message: 'a JSON 6902 patch needs path or patch' });
  }

  for (const field of ['configMapGenerator', 'secretGenerator'] as const) {
    for (const [item, at] of listOf(data, field, problems)) {
      if (!isObject(item)) {
        problems.push({ at, message: `${field} entries must be mappings` });
        continue;
      }
      if (typeof item.name === 'string') {
        const entry: GeneratorEntry = { field, index: at[1] as number, name: item.name };
        if (typeof item.namespace === 'string') entry.namespace = item.namespace;
        if (typeof item.behavior === 'string') entry.behavior = item.behavior;
        generators.push(entry);
      }
      for (const [source, sourceAt] of listOf(item, 'files', problems, at)) {
        if (typeof source !== 'string') continue;
        // `key=path` names the data key; a bare path uses the file's name (api/kv/kv.go).
        const eq = source.indexOf('=');
        if (eq > 0) local(field, sourceAt, source.slice(eq + 1), { role: 'file', key: source.slice(0, eq) });
        else local(field, sourceAt, source, { role: 'file' });
      }
      for (const [source, sourceAt] of listOf(item, 'envs', problems, at))
        if (typeof source === 'string') local(field, sourceAt, source, { role: 'env' });
      if (typeof item.env === 'string') local(field, [...at, 'env'], item.env, { role: 'env' });
    }
  }

  // Charts: kustomize inflates `<chartHome>/<name>` when that directory exists, else pulls it from
  // `repo` (api/internal/builtins/HelmChartInflationGenerator.go chartExistsLocally).
  const globals = isObject(data.helmGlobals) ? data.helmGlobals : undefined;
  const chartHomeRef = typeof globals?.chartHome === 'string' ? globals.chartHome : 'charts';
  if (typeof globals?.chartHome === 'string')
    local('helmGlobals', ['helmGlobals', 'chartHome'], chartHomeRef, { role: 'chartHome' });
  if (typeof globals?.configHome === 'string')
    local('helmGlobals', ['helmGlobals', 'configHome'], globals.configHome, { role: 'configHome' });
  for (const [item, at] of listOf(data, 'helmCharts', problems)) {
    if (!isObject(item) || typeof item.name !== 'string') {
      problems.push({ at, message: 'a helmCharts entry needs a name' });
      continue;
    }
    const chartDir = path.join(chartHomeRef, item.name);
    const repo = typeof item.repo === 'string' && item.repo !== '' ? { repo: item.repo } : {};
    if (isRemoteReference(chartHomeRef))
      inputs.push({ field: 'helmCharts', at: [...at, 'name'], kind: 'remote', ref: chartHomeRef });
    else local('helmCharts', [...at, 'name'], chartDir, { role: 'chart', ...repo });
    if (typeof item.valuesFile === 'string')
      local('helmCharts', [...at, 'valuesFile'], item.valuesFile, { role: 'values' });
    for (const [values, valuesAt] of listOf(item, 'additionalValuesFiles', problems, at))
      if (typeof values === 'string') local('helmCharts', valuesAt, values, { role: 'values' });
  }
  for (const [item, at] of listOf(data, 'helmChartInflationGenerator', problems)) {
    if (!isObject(item) || typeof item.chartName !== 'string') continue;
    const home = typeof item.chartHome === 'string' ? item.chartHome : 'charts';
    const repo = typeof item.chartRepoUrl === 'string' && item.chartRepoUrl !== '' ? { repo: item.chartRepoUrl } : {};
    local('helmChartInflationGenerator', [...at, 'chartName'], path.join(home, item.chartName), {
      role: 'chart',
      ...repo,
    });
    if (typeof item.values === 'string')
      local('helmChartInflationGenerator', [...at, 'values'], item.values, { role: 'values' });
  }

  if (isObject(data.openapi) && typeof data.openapi.path === 'string')
    local('openapi', ['openapi', 'path'], data.openapi.path);

  for (const [item, at] of listOf(data, 'replacements', problems)) {
    if (isObject(item) && typeof item.path === 'string') local('replacements', [...at, 'path'], item.path);
    else if (isObject(item)) inline('replacements', at, item);
    else problems.push({ at, message: 'replacements entries must be mappings' });
  }
  return read;
}

function isInlineText(text: string): boolean {
  return text.includes('\n') || text.trimStart().startsWith('{');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The items of a list field with their paths; a non-list is a problem, a missing field nothing. */
function listOf(
  data: Record<string, unknown>,
  key: string,
  problems: KustomizationProblem[],
  base: PathSegment[] = [],
): [unknown, PathSegment[]][] {
  const value = data[key];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    problems.push({ at: [...base, key], message: `${key} must be a list` });
    return [];
  }
  return value.map((item, i) => [item, [...base, key, i]]);
}

// ---------------------------------------------------------------------------------------------
// The input graph of a build

/** Where an input was named: the kustomization file and the path inside it. */
export interface NamedAt {
  file: string;
  at: PathSegment[];
  /** The document of `file` (the first when absent): an installer may share its file with others. */
  doc?: number;
}

export interface GraphKustomization {
  file: string;
  /** The index of the kustomization's document in its file (0 unless the file starts with an empty one). */
  doc: number;
  dir: string;
  read: KustomizationRead;
  /** The entry that first included it; absent for the build's own kustomization. */
  from?: NamedAt;
}

export interface GraphFile {
  /** Absolute path. */
  path: string;
  field: InputField;
  role?: InputRole;
  target?: Record<string, unknown>;
  /** A chart directory rather than a file. */
  directory?: boolean;
  from: NamedAt;
}

export interface GraphReference {
  field: InputField;
  /** As written. */
  ref: string;
  /** Absolute path, for a missing local input. */
  path?: string;
  from: NamedAt;
}

export interface GraphCycle {
  /** Kustomization files from the first repeated one back to itself. */
  chain: string[];
  from: NamedAt;
}

export interface GraphProblem {
  /**
   * `invalid`: a field of the wrong shape (kustomize says more when it runs); the others stop a
   * render before it starts: a kustomization that cannot be read, a directory without (or with
   * several) kustomization files, an input outside the boundary, too many kustomizations.
   */
  kind: 'invalid' | 'unreadable' | 'no-kustomization' | 'outside' | 'limit';
  file: string;
  at?: PathSegment[];
  message: string;
}

export interface InputGraph {
  /** The build's kustomization file (or the directory asked for, when it has none). */
  root: string;
  /** Every kustomization reached, each once, in the order kustomize reads them (depth first). */
  kustomizations: GraphKustomization[];
  /** Every local file input, in walk order, once per naming. */
  files: GraphFile[];
  remotes: GraphReference[];
  missing: GraphReference[];
  cycles: GraphCycle[];
  problems: GraphProblem[];
}

/** A graph with nothing read yet. */
export function emptyGraph(root: string): InputGraph {
  return { root, kustomizations: [], files: [], remotes: [], missing: [], cycles: [], problems: [] };
}

export interface WalkOptions {
  /** Inputs that resolve (symbolic links followed) outside this directory are problems, not followed. */
  boundary?: string;
  /** Bound on the kustomizations read (a generated maze cannot keep us busy). */
  maxKustomizations?: number;
  /** Bound on a kustomization file's size. */
  maxFileBytes?: number;
}

const DEFAULT_MAX_KUSTOMIZATIONS = 10_000;
const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;

/**
 * The kustomization file of a directory; several is kustomize's error too ("Found multiple
 * kustomization files"), and `several` lists them.
 */
export function findKustomizationFile(dir: string): { file?: string; problem?: string; several?: string[] } {
  const found = KUSTOMIZATION_FILE_NAMES.map((name) => path.join(dir, name)).filter(isFile);
  if (found.length > 1)
    return {
      problem: `found several kustomization files: ${found.map((f) => path.basename(f)).join(', ')}`,
      several: found,
    };
  if (found.length === 0) return { problem: `no ${KUSTOMIZATION_FILE_NAMES.join(', ')} in ${dir}` };
  return { file: found[0] };
}

/**
 * Whether a directory is a kustomization's: its file, or the first of several (a build kustomize
 * refuses, and kustomize-controller does not generate one for either).
 */
export function kustomizationFileIn(dir: string): string | undefined {
  const found = findKustomizationFile(dir);
  return found.file ?? found.several?.[0];
}

/**
 * Walks a build from its directory (or kustomization file) through its local resources, bases,
 * components and plugin directories, depth first in the order written.
 */
export function walkKustomization(start: string, options: WalkOptions = {}): InputGraph {
  const boundary = options.boundary === undefined ? undefined : realOrSelf(path.resolve(options.boundary));
  const maxKustomizations = options.maxKustomizations ?? DEFAULT_MAX_KUSTOMIZATIONS;
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const absolute = path.resolve(start);
  const found: ReturnType<typeof findKustomizationFile> = isFile(absolute)
    ? { file: absolute }
    : findKustomizationFile(absolute);
  const rootFile = found.file;
  // A directory of several kustomization files fails at the first of them, a file to report at.
  const graph = emptyGraph(rootFile ?? found.several?.[0] ?? absolute);
  const visited = new Set<string>();
  const stack: string[] = [];

  const outside = (p: string): boolean => isOutside(boundary, p);

  const visit = (file: string, from?: NamedAt): void => {
    if (stack.includes(file)) {
      graph.cycles.push({ chain: [...stack.slice(stack.indexOf(file)), file], from: from ?? { file, at: [] } });
      return;
    }
    if (visited.has(file)) return;
    if (visited.size >= maxKustomizations) {
      graph.problems.push({
        kind: 'limit',
        file,
        message: `more than ${maxKustomizations} kustomizations: not read further`,
      });
      return;
    }
    visited.add(file);
    const read = readKustomizationFile(file, maxBytes);
    if ('problem' in read) {
      graph.problems.push({ kind: 'unreadable', file, message: read.problem });
      return;
    }
    graph.kustomizations.push({
      file,
      doc: read.doc,
      dir: path.dirname(file),
      read: read.read,
      ...(from ? { from } : {}),
    });
    for (const problem of read.read.problems)
      graph.problems.push({ kind: 'invalid', file, at: problem.at, message: problem.message });
    stack.push(file);
    for (const input of read.read.inputs) {
      const named: NamedAt = { file, at: input.at };
      if (input.kind === 'inline') continue;
      if (input.kind === 'remote') {
        graph.remotes.push({ field: input.field, ref: input.ref!, from: named });
        continue;
      }
      const target = input.path!;
      if (outside(target)) {
        graph.problems.push({ kind: 'outside', file, at: input.at, message: `${input.ref} is outside ${boundary}` });
        continue;
      }
      const stat = statOf(target);
      if (input.role === 'chart') {
        if (stat?.isDirectory()) graph.files.push(fileEntry(input, named, true));
        else if (input.repo !== undefined && isRemoteReference(input.repo))
          graph.remotes.push({
            field: input.field,
            ref: input.repo,
            from: { file, at: [...input.at.slice(0, -1), 'repo'] },
          });
        else graph.missing.push({ field: input.field, ref: input.ref!, path: target, from: named });
        continue;
      }
      if (stat === undefined) {
        graph.missing.push({ field: input.field, ref: input.ref!, path: target, from: named });
        continue;
      }
      if (stat.isDirectory()) {
        if (input.role === 'chartHome' || input.role === 'configHome') continue;
        if (!['resources', 'bases', 'components', 'generators', 'transformers', 'validators'].includes(input.field)) {
          graph.problems.push({
            kind: 'invalid',
            file,
            at: input.at,
            message: `${input.ref} is a directory, ${input.field} names files`,
          });
          continue;
        }
        const found = findKustomizationFile(target);
        if (found.file) visit(found.file, named);
        else graph.problems.push({ kind: 'no-kustomization', file, at: input.at, message: found.problem! });
        continue;
      }
      graph.files.push(fileEntry(input, named, false));
    }
    stack.pop();
  };

  if (rootFile === undefined) {
    graph.problems.push({ kind: 'no-kustomization', file: graph.root, message: found.problem ?? 'no kustomization' });
    return graph;
  }
  if (outside(rootFile)) {
    graph.problems.push({ kind: 'outside', file: rootFile, message: `${rootFile} is outside ${boundary}` });
    return graph;
  }
  visit(rootFile);
  return graph;
}

function fileEntry(input: KustomizationInput, from: NamedAt, directory: boolean): GraphFile {
  const entry: GraphFile = { path: input.path!, field: input.field, from };
  if (input.role) entry.role = input.role;
  if (input.target) entry.target = input.target;
  if (directory) entry.directory = true;
  return entry;
}

/** Reads and parses one kustomization file; a problem (unreadable, too large, not YAML) as a value. */
export function readKustomizationFile(
  file: string,
  maxBytes = DEFAULT_MAX_FILE_BYTES,
): { read: KustomizationRead; doc: number } | { problem: string } {
  let text: string;
  try {
    const size = statSync(file).size;
    if (size > maxBytes) return { problem: `${size} bytes is over the ${maxBytes} bytes a kustomization may have` };
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { problem: `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
  }
  const parsed = parseText(file, text);
  const problem = parsed.problems[0];
  if (problem) return { problem: `line ${problem.line}: ${problem.message}` };
  if (parsed.documents.length > 1)
    return { problem: 'a kustomization file holds one document, this one holds several' };
  const first = parsed.documents[0];
  return { read: readKustomization(first?.data ?? {}, file), doc: first?.index ?? 0 };
}

function statOf(p: string) {
  try {
    return statSync(p);
  } catch {
    return undefined;
  }
}

function isFile(p: string): boolean {
  return statOf(p)?.isFile() ?? false;
}
