/**
 * A build the fleet uses: a kustomization or a chart, rendered by its tool before linting
 * (src/fleet decides which builds a cluster uses; src/compose renders them).
 */
import type { KustomizeInstall } from './installed-build.js';
import type { HelmValuesSource } from './trace.js';

export type { HelmValuesSource } from './trace.js';

export interface Build {
  /** The build's directory, as reported; a chart installed with values of its own gets `<dir>@<installer>`. */
  id: string;
  kind: 'kustomize' | 'helm';
  /** The directory rendered, as reported (relative to the working directory). */
  dir: string;
  /** The kustomization file or Chart.yaml, as reported: skipped findings are placed there. */
  file: string;
  /** Files the build reads (resources, patches, templates, values): never read raw. */
  inputs: string[];
  /** Helm values in order of precedence (lowest first), for charts installed by a release. */
  values?: HelmValuesSource[];
  /** The namespace an installer (HelmRelease, Application, Kustomization) gives the build. */
  namespace?: string;
  /** The release name a HelmRelease or Application gives a chart. */
  releaseName?: string;
  /** Who installs a chart with these values: "HelmRelease apps/flannel" (null for a chart alone). */
  installer?: string;
  /** A kustomize build as an installer changes it (Flux Kustomization patches, Argo CD kustomize options). */
  install?: KustomizeInstall;
}
