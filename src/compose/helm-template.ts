/**
 * Renders one Helm chart with `helm template` and says which template file wrote each object.
 *
 * Nothing is fetched: the chart's dependencies must be vendored in its charts/ directory (helm
 * refuses to template without them, and edgenet never runs `helm dependency update`), values
 * files are local, and a values schema that refers to a remote schema is refused (helm 3.18+
 * loads `$ref` URLs over HTTP). helm runs with a private HOME and helm directories, so no
 * repository or registry configuration of the user is read.
 *
 * helm writes `# Source: <chart>/templates/<file>` above each document it renders (and
 * `<chart>/charts/<subchart>/templates/...` for a subchart, named by its alias when it has one;
 * `<chart>/crds/...` for CRDs): that is how an object is mapped back to its template.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { PathSegment } from '../core/finding.js';
import { parseText } from '../parse/parse-documents.js';
import { isRemoteReference, type NamedAt } from './kustomization.js';
import type { RenderFailure } from './result.js';
import { clip, type Env, findTool, runTool, type Tool, toolEnv } from './run-tool.js';
import { makeWorkspace } from './workspace.js';
import { isOutside, realOrSelf } from '../discover/real-path.js';

/** The Kubernetes version charts see when the cluster's is not known: a release ACK supports (2026-11). */
export const DEFAULT_KUBE_VERSION = 'v1.34.0';
/** helm template's own default release name. */
export const DEFAULT_RELEASE_NAME = 'release-name';

/** A `--set` parameter, as an Argo CD Application's `helm.parameters` gives it. */
export interface HelmParameter {
  name: string;
  value: string;
  /** `--set-string`: the value stays a string (Argo CD's forceString). */
  forceString?: boolean;
}

export interface ChartOptions {
  /** The environment whose PATH finds helm; it also becomes helm's PATH (and nothing else of it). */
  env: Env;
  tool?: Tool;
  releaseName?: string;
  /** `.Release.Namespace` (default `default`, as helm's). */
  namespace?: string;
  /** `.Capabilities.KubeVersion`; pass the cluster's (`cluster.kubernetesVersion`). */
  kubeVersion?: string;
  /** `.Capabilities.APIVersions` beyond helm's built-in ones. */
  apiVersions?: string[];
  /** Absolute paths of values files, in order (later ones win). */
  valuesFiles?: string[];
  /** Inline values (a HelmRelease's spec.values, an Application's helm.values), applied after the files. */
  values?: Record<string, unknown>;
  /** `--set` parameters, applied last. */
  set?: HelmParameter[];
  /** Render the chart's crds/ too (helm install creates them); default true. */
  includeCrds?: boolean;
  /** The repository's top: a chart or values file outside it (symbolic links followed) is refused. */
  boundary?: string;
  timeoutMs?: number;
  maxOutputBytes?: number;
  tempDir?: string;
}

export interface ChartObject {
  data: Record<string, unknown>;
  /** The `# Source:` path as helm wrote it: `flannel/charts/flannel-metrics/templates/service.yaml`. */
  source: string;
  /** Absolute path of the template (or CRD) file; for a subchart vendored as an archive, the archive. */
  template: string;
  /** The file's path inside the archive, when `template` is a .tgz. */
  inArchive?: string;
}

export interface ChartRendered {
  ok: true;
  tool: string;
  chart: { file: string; name: string; version?: string };
  objects: ChartObject[];
}

/** A chart that did not render; `line`, when helm's error names a template line, places it there. */
export interface ChartFailure extends RenderFailure {
  line?: { file: string; line: number; column?: number };
}

export type ChartResult = ChartRendered | ChartFailure;

interface ChartDir {
  dir: string;
  file: string;
  name: string;
  version?: string;
  dependencies: Dependency[];
  /** Where `dependencies` is: Chart.yaml (apiVersion v2) or requirements.yaml (v1 charts). */
  dependenciesFile: string;
}

interface Dependency {
  index: number;
  name: string;
  version?: string;
  repository?: string;
  alias?: string;
}

interface Vendored {
  name: string;
  dir?: ChartDir;
  archive?: string;
}

const MAX_CHART_FILE_BYTES = 1024 * 1024;

export async function renderChart(chartDir: string, options: ChartOptions): Promise<ChartResult> {
  const chartFile = path.join(path.resolve(chartDir), 'Chart.yaml');
  try {
    return await render(path.resolve(chartDir), options);
  } catch (error) {
    return {
      ok: false,
      cause: 'internal',
      reason: `internal error: ${clip(String((error as Error).message ?? error))}`,
      at: { file: chartFile, at: [] },
    };
  }
}

async function render(dir: string, options: ChartOptions): Promise<ChartResult> {
  const chart = readChart(dir);
  if ('problem' in chart)
    return {
      ok: false,
      cause: 'invalid-input',
      reason: chart.problem,
      at: { file: path.join(dir, 'Chart.yaml'), at: [] },
    };
  const refused = preScanChart(chart, options);
  if (refused) return refused;
  const at: NamedAt = { file: chart.file, at: [] };
  const tool = options.tool ?? findTool('helm', options.env);
  if (!tool) return { ok: false, cause: 'missing-tool', reason: 'needs helm on PATH', at };

  const workspace = makeWorkspace('helm', options.tempDir);
  try {
    const args = [
      'template',
      options.releaseName ?? DEFAULT_RELEASE_NAME,
      chart.dir,
      '--namespace',
      options.namespace ?? 'default',
      '--kube-version',
      options.kubeVersion ?? DEFAULT_KUBE_VERSION,
    ];
    if (options.includeCrds !== false) args.push('--include-crds');
    for (const apiVersion of options.apiVersions ?? []) args.push('--api-versions', apiVersion);
    for (const file of options.valuesFiles ?? []) args.push('--values', file);
    const inline = path.join(workspace.dir, 'values.json');
    if (options.values !== undefined) {
      // JSON is YAML: the values reach helm exactly as given.
      writeFileSync(inline, JSON.stringify(options.values));
      args.push('--values', inline);
    }
    for (const parameter of options.set ?? [])
      args.push(
        parameter.forceString ? '--set-string' : '--set',
        `${parameter.name}=${escapeSetValue(parameter.value)}`,
      );
    const run = await runTool(tool, args, {
      cwd: workspace.dir,
      env: toolEnv(options.env, workspace.home),
      ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
      ...(options.maxOutputBytes === undefined ? {} : { maxOutputBytes: options.maxOutputBytes }),
    });
    if (!run.ok) {
      const reason = clip(
        (run.reason ?? 'failed').split(inline).join('the inline values').split(workspace.dir).join('<temporary>'),
      );
      const failure: ChartFailure = { ok: false, cause: run.failure ?? 'exit', reason, at, tool: tool.name };
      const line = errorLine(chart, reason);
      if (line) failure.line = line;
      return failure;
    }
    const objects: ChartObject[] = [];
    for (const manifest of splitManifests(run.stdout)) {
      const parsed = parseText(path.join(chart.dir, 'helm-template-output.yaml'), manifest.text);
      const problem = parsed.problems[0];
      if (problem)
        return {
          ok: false,
          cause: 'output',
          reason:
            `the output of ${manifest.source ?? 'a template'} does ` +
            `not read as YAML: line ${problem.line}: ${problem.message}`,
          at,
          tool: tool.name,
        };
      const where = manifest.source === undefined ? undefined : templateFile(chart, manifest.source);
      for (const document of parsed.documents) {
        if (!isObject(document.data)) continue;
        const object: ChartObject = {
          data: document.data,
          source: manifest.source ?? '',
          template: where?.file ?? chart.dir,
        };
        if (where?.inArchive !== undefined) object.inArchive = where.inArchive;
        objects.push(object);
      }
    }
    const rendered: ChartRendered = {
      ok: true,
      tool: tool.name,
      chart: { file: chart.file, name: chart.name, ...(chart.version === undefined ? {} : { version: chart.version }) },
      objects,
    };
    return rendered;
  } finally {
    workspace.dispose();
  }
}

/**
 * What stops a chart before helm runs: a dependency not vendored in charts/ (at its entry in
 * Chart.yaml; helm checks every one, even one a condition turns off), a remote schema, a values
 * file that is remote, relative, missing or outside the boundary, a chart outside the boundary.
 */
function preScanChart(chart: ChartDir, options: ChartOptions): RenderFailure | undefined {
  const fail = (
    cause: RenderFailure['cause'],
    reason: string,
    file: string,
    at: PathSegment[] = [],
  ): RenderFailure => ({
    ok: false,
    cause,
    reason,
    at: { file, at },
  });
  const boundary = options.boundary === undefined ? undefined : realOrSelf(path.resolve(options.boundary));
  const outside = (p: string) => isOutside(boundary, p);
  if (outside(chart.dir)) return fail('invalid-input', `the chart is outside ${boundary}`, chart.file);

  for (const file of options.valuesFiles ?? []) {
    if (isRemoteReference(file))
      return fail('remote', `needs the remote values file ${file}: edgenet never fetches`, chart.file);
    if (!path.isAbsolute(file)) return fail('invalid-input', `values file ${file} is not an absolute path`, chart.file);
    if (outside(file)) return fail('invalid-input', `values file ${file} is outside ${boundary}`, chart.file);
    if (!statOf(file)?.isFile()) return fail('invalid-input', `values file ${file} does not exist`, file);
  }

  // The chart and every vendored subchart (directories; an archive is checked by helm itself).
  const pending: ChartDir[] = [chart];
  for (let current = pending.shift(); current; current = pending.shift()) {
    const schema = remoteSchemaRef(current.dir);
    if (schema)
      return fail(
        'remote',
        `values.schema.json refers to the remote schema ${schema}: edgenet never fetches`,
        path.join(current.dir, 'values.schema.json'),
      );
    const vendored = vendoredCharts(current.dir);
    for (const dependency of current.dependencies) {
      const found = vendored.find((v) => v.name === dependency.name);
      if (found) continue;
      const at: PathSegment[] = ['dependencies', dependency.index];
      const what = `${dependency.name}${dependency.version ? ` ${dependency.version}` : ''}`;
      const repository = dependency.repository ?? '';
      if (repository === '' || repository.startsWith('file://'))
        return fail(
          'invalid-input',
          `the dependency ${what}${repository ? ` (${repository})` : ''} ` +
            `is not in charts/: it needs \`helm dependency build\``,
          current.dependenciesFile,
          at,
        );
      return fail(
        'remote',
        `needs the chart dependency ${what} from ${repository}, ` +
          'which is not vendored in charts/: edgenet never fetches',
        current.dependenciesFile,
        at,
      );
    }
    for (const v of vendored) if (v.dir) pending.push(v.dir);
  }
  return undefined;
}

/** Reads Chart.yaml (and requirements.yaml, for an apiVersion v1 chart's dependencies). */
function readChart(dir: string): ChartDir | { problem: string } {
  const file = path.join(dir, 'Chart.yaml');
  const data = readYaml(file);
  if ('problem' in data) return { problem: `Chart.yaml ${data.problem}` };
  if (!isObject(data.value) || typeof data.value.name !== 'string')
    return { problem: 'Chart.yaml has no name: not a chart' };
  const chart: ChartDir = {
    dir,
    file,
    name: data.value.name,
    dependencies: dependenciesOf(data.value.dependencies),
    dependenciesFile: file,
  };
  if (typeof data.value.version === 'string') chart.version = data.value.version;
  if (chart.dependencies.length === 0 && data.value.apiVersion === 'v1') {
    const requirements = path.join(dir, 'requirements.yaml');
    const legacy = statOf(requirements) ? readYaml(requirements) : undefined;
    if (legacy && !('problem' in legacy) && isObject(legacy.value)) {
      chart.dependencies = dependenciesOf(legacy.value.dependencies);
      chart.dependenciesFile = requirements;
    }
  }
  return chart;
}

function dependenciesOf(value: unknown): Dependency[] {
  if (!Array.isArray(value)) return [];
  const out: Dependency[] = [];
  value.forEach((entry, index) => {
    if (!isObject(entry) || typeof entry.name !== 'string') return;
    const dependency: Dependency = { index, name: entry.name };
    if (typeof entry.version === 'string') dependency.version = entry.version;
    if (typeof entry.repository === 'string') dependency.repository = entry.repository;
    if (typeof entry.alias === 'string' && entry.alias !== '') dependency.alias = entry.alias;
    out.push(dependency);
  });
  return out;
}

/**
 * The charts in a chart's charts/ directory: a directory with a Chart.yaml (named by it), or an
 * archive `<name>-<version>.tgz` (named by its file, as `helm dependency build` writes it).
 */
function vendoredCharts(dir: string): Vendored[] {
  const charts = path.join(dir, 'charts');
  let entries: string[];
  try {
    entries = readdirSync(charts).sort();
  } catch {
    return [];
  }
  const out: Vendored[] = [];
  for (const entry of entries) {
    const full = path.join(charts, entry);
    const stat = statOf(full);
    if (stat?.isDirectory()) {
      const sub = readChart(full);
      if (!('problem' in sub)) out.push({ name: sub.name, dir: sub });
    } else if (stat?.isFile() && entry.endsWith('.tgz')) {
      const name = /^(.+)-\d+\.\d+\.\d+.*\.tgz$/.exec(entry)?.[1];
      if (name) out.push({ name, archive: full });
    }
  }
  return out;
}

function remoteSchemaRef(dir: string): string | undefined {
  const file = path.join(dir, 'values.schema.json');
  if (!statOf(file)?.isFile()) return undefined;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  return /"\$ref"\s*:\s*"((?:https?:)?\/\/[^"]*)"/.exec(text)?.[1];
}

/** The documents of helm's output, each with the `# Source:` comment above it. */
export function splitManifests(text: string): { source?: string; text: string }[] {
  const out: { source?: string; text: string }[] = [];
  for (const chunk of text.split(/^---[ \t]*$/m)) {
    if (chunk.trim() === '') continue;
    const source = /^# Source: (.+)$/m.exec(chunk)?.[1]?.trim();
    out.push(source === undefined ? { text: chunk } : { source, text: chunk });
  }
  return out;
}

/**
 * The file a `# Source:` path names: the chart's name, then `charts/<name or alias>/` for each
 * subchart level, then the path inside that chart. A subchart is found through the dependency
 * that names it (its alias, else its name) and the vendored chart of that name.
 */
function templateFile(chart: ChartDir, source: string): { file: string; inArchive?: string } | undefined {
  const parts = source.split('/');
  if (parts[0] !== chart.name) return undefined;
  parts.shift();
  let current = chart;
  while (parts[0] === 'charts' && parts.length > 2) {
    const shown = parts[1]!;
    const dependency = current.dependencies.find((d) => (d.alias ?? d.name) === shown);
    const name = dependency?.name ?? shown;
    const vendored = vendoredCharts(current.dir).find((v) => v.name === name);
    if (!vendored) return undefined;
    parts.splice(0, 2);
    if (vendored.archive) return { file: vendored.archive, inArchive: [name, ...parts].join('/') };
    current = vendored.dir!;
  }
  return { file: path.join(current.dir, ...parts) };
}

/** The template line helm's error names (`template: flannel/templates/config.yaml:4:18: ...`), as a file. */
function errorLine(chart: ChartDir, reason: string): ChartFailure['line'] {
  const found = /(?:^|[\s(])([^\s():]+\/[^\s():]+):(\d+)(?::(\d+))?/.exec(reason);
  if (!found) return undefined;
  const where = templateFile(chart, found[1]!);
  if (!where || where.inArchive !== undefined) return undefined;
  const line: ChartFailure['line'] = { file: where.file, line: Number(found[2]) };
  if (found[3] !== undefined) line.column = Number(found[3]);
  return line;
}

/**
 * helm splits `--set` values on commas; a literal comma is escaped unless already escaped, and a
 * value in braces (helm's list syntax) is left alone (as Argo CD does: util/helm/cmd.go cleanSetParameters).
 */
export function escapeSetValue(value: string): string {
  if (value.startsWith('{') && value.endsWith('}')) return value;
  let out = '';
  let previous = '';
  for (const c of value) {
    out += c === ',' && previous !== '\\' ? '\\,' : c;
    previous = c;
  }
  return out;
}

function readYaml(file: string): { value: unknown } | { problem: string } {
  let text: string;
  try {
    if (statSync(file).size > MAX_CHART_FILE_BYTES) return { problem: 'is too large' };
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { problem: `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
  }
  const parsed = parseText(file, text);
  const problem = parsed.problems[0];
  if (problem) return { problem: `line ${problem.line}: ${problem.message}` };
  return { value: parsed.documents[0]?.data };
}

function statOf(p: string) {
  try {
    return statSync(p);
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
