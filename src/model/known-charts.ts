/**
 * Charts whose values edgenet reads as facts without the chart: a HelmRelease or an Argo CD
 * Application that installs flannel or raven-agent from a Helm repository sets the pod CIDR,
 * the backend and Raven's switches through values, and the chart is not in the repository
 * (contract section 7, "Known charts"). The keys and defaults are the charts' own:
 * flannel-io/flannel chart/kube-flannel/values.yaml and templates/config.yaml,
 * openyurtio/raven charts/raven-agent/values.yaml and templates/config.yaml.
 */
import type { PathSegment, ResourceId, SourceRef } from '../core/finding.js';
import { get, scalarString } from './document.js';
import type { ModelDraft, RavenSwitch } from './draft.js';
import type { FlannelFact } from './types.js';

/** Where the installer is and where its values are written. */
export interface ValuesSite {
  /** The chart name as the installer writes it (`kube-flannel`, `oci://.../flannel`). */
  chart: string;
  /** The installer's own place (its chart field): defaults are placed there. */
  chartRef: SourceRef;
  values: unknown;
  /** A ref to a path inside `values`. */
  at(path: PathSegment[]): SourceRef;
  resource: ResourceId;
  /** Words for origins: "HelmRelease kube-system/flannel". */
  installer: string;
}

const FLANNEL_DEFAULT_POD_CIDR = '10.244.0.0/16';
const FLANNEL_DEFAULT_BACKEND = 'vxlan';

/** The chart's name without its repository: `oci://ghcr.io/flannel-io/charts/flannel` is flannel. */
function chartName(chart: string): string {
  return chart.replace(/\/+$/, '').split('/').pop()!.toLowerCase();
}

export function isKnownChart(chart: string | null): boolean {
  return chart !== null && KNOWN.has(chartName(chart));
}

const KNOWN = new Map<string, (site: ValuesSite, draft: ModelDraft) => void>([
  ['flannel', readFlannelValues],
  ['kube-flannel', readFlannelValues],
  ['raven-agent', readRavenValues],
]);

/** Reads the facts a known chart's values set; false when the chart is not one edgenet knows. */
export function readKnownChartValues(site: ValuesSite, draft: ModelDraft): boolean {
  const read = KNOWN.get(chartName(site.chart));
  if (!read) return false;
  read(site, draft);
  return true;
}

/** A value and its place; absent values take the chart's default, placed at the installer's chart field. */
function value(site: ValuesSite, path: PathSegment[]): { value: unknown; ref: SourceRef } | undefined {
  const v = get(site.values, ...path);
  return v === undefined || v === null ? undefined : { value: v, ref: site.at(path) };
}

function readFlannelValues(site: ValuesSite, draft: ModelDraft): void {
  const cidr = (key: string, fallback: string | null) => {
    const written = value(site, [key]);
    const text = written ? scalarString(written.value) : fallback;
    if (!text) return null;
    const origin = written
      ? `flannel chart value ${key} (${site.installer})`
      : `flannel chart default ${key} (${site.installer})`;
    return {
      cidr: text,
      ref: written?.ref ?? site.chartRef,
      origin,
      declaredBy: 'flannel' as const,
      resource: site.resource,
    };
  };
  const network = cidr('podCidr', FLANNEL_DEFAULT_POD_CIDR);
  const ipv6Network = cidr('podCidrv6', null);
  const backend = value(site, ['flannel', 'backend']);
  const port = value(site, ['flannel', 'backendPort']);
  const portNumber = typeof port?.value === 'number' ? port.value : Number(scalarString(port?.value));
  const fact: FlannelFact = {
    ref: site.chartRef,
    resource: site.resource,
    network,
    ipv6Network,
    backendType: backend ? (scalarString(backend.value) ?? null) : FLANNEL_DEFAULT_BACKEND,
    backendTypeRef: backend?.ref ?? site.chartRef,
    // 0 means the backend's default port (the chart's values: "0 means default value").
    backendPort: Number.isInteger(portNumber) && portNumber > 0 ? portNumber : null,
  };
  draft.flannel.push(fact);
  if (network) draft.addCidr('pod', network);
  if (ipv6Network) draft.addCidr('pod', ipv6Network);
}

/** raven-agent's values become raven-cfg and raven-agent-config (templates/config.yaml). */
function readRavenValues(site: ValuesSite, draft: ModelDraft): void {
  const switches: [RavenSwitch['key'], PathSegment[], boolean][] = [
    ['enableL3Tunnel', ['controller', 'enableTunnel'], true],
    ['enableL7Proxy', ['controller', 'enableProxy'], true],
    ['forwardNodeIp', ['vpn', 'forwardNodeIP'], false],
  ];
  for (const [key, path, fallback] of switches) {
    const written = value(site, path);
    // The template quotes the value, and yurt-manager reads "true" case-insensitively.
    const on = written ? String(written.value).toLowerCase() === 'true' : fallback;
    draft.ravenSwitches.push({ key, value: on, ref: written?.ref ?? site.chartRef });
  }
}
