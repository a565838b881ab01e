/**
 * Renders a fleet's builds (Kustomize and Helm), a few at a time, and makes each rendered build
 * something the pipeline can read like a file: its objects as documents, and a relocator that
 * places a value where it was written. A build that does not render is a value with its reason.
 */
import path from 'node:path';
import type { Build } from '../fleet/fleet.js';
import { renderChart } from './helm-template.js';
import { renderKustomization } from './kustomize-build.js';
import { mapPool } from './pool.js';
import type { RenderFailure } from './result.js';
import type { Env } from './run-tool.js';
import { helmRelocator, kustomizeRelocator, type Relocate, type TraceIo } from './trace.js';

export interface RenderOptions {
  cwd: string;
  env: Env;
  /** The repository's top: no input outside it is read. */
  boundary: string;
  /** `helm template --kube-version` for a chart (the cluster's kubernetesVersion). */
  kubeVersion(build: Build): string | undefined;
  io: TraceIo;
}

export type BuildOutcome =
  | { ok: true; build: Build; tool: string; objects: Record<string, unknown>[]; relocate: Relocate }
  | { ok: false; build: Build; failure: RenderFailure & { line?: { file: string; line: number; column?: number } } };

export async function renderBuilds(builds: readonly Build[], options: RenderOptions): Promise<BuildOutcome[]> {
  return mapPool(builds, (build) => renderOne(build, options));
}

async function renderOne(build: Build, options: RenderOptions): Promise<BuildOutcome> {
  const dir = path.resolve(options.cwd, build.dir);
  if (build.kind === 'kustomize') {
    // Flux's kustomize-controller builds without kustomize's root-only file restriction.
    const result = await renderKustomization(dir, {
      env: options.env,
      boundary: options.boundary,
      loadRestrictor: 'none',
    });
    if (!result.ok) return { ok: false, build, failure: result };
    const relocate = kustomizeRelocator(result.objects, result.inputs, build.file, options.io);
    return { ok: true, build, tool: result.tool, objects: result.objects.map((o) => o.data), relocate };
  }
  const values = build.values ?? [];
  const chartValues = `${build.dir === '.' ? '' : `${build.dir}/`}values.yaml`;
  const inline = values.flatMap((v) =>
    v.kind === 'inline' && v.values && typeof v.values === 'object' ? [v.values] : [],
  );
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
    ...(inline.length ? { values: inline.reduce<Record<string, unknown>>((all, v) => Object.assign(all, v), {}) } : {}),
    set: values.flatMap((v) => (v.kind === 'set' ? [{ name: v.name, value: v.value }] : [])),
  });
  if (!result.ok) return { ok: false, build, failure: result };
  const relocate = helmRelocator(result.objects, values, build.file, options.io);
  return { ok: true, build, tool: result.tool, objects: result.objects.map((o) => o.data), relocate };
}
