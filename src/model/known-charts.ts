/**
 * Charts whose values edgenet reads as facts without the chart: a HelmRelease or an Argo CD
 * Application that installs flannel or raven-agent from a Helm repository sets the pod CIDR,
 * the backend and Raven's switches through values, and the chart is not in the repository
 * (contract section 7, "Known charts"). The keys and defaults are the charts' own:
 * flannel-io/flannel chart/kube-flannel/values.yaml and templates/config.yaml,
 * openyurtio/raven charts/raven-agent/values.yaml and templates/config.yaml.
 */
import type { PathSegment, ResourceId, SourceRef } from '../core/finding.js';
import { scalarString } from './document.js';
import type { ModelDraft, RavenSwitch } from './draft.js';

/** Where the installer is and how it sets each value. */
export interface ValuesSite {
  /** The chart name as the installer writes it (`kube-flannel`, `oci://.../flannel`). */
  chart: string;
  /** The installer's own place (its chart field): defaults are placed there. */
  chartRef: SourceRef;
  /** The value the installer gives a path, with its place; undefined: the chart's default. */
  value(path: PathSegment[]): WrittenValue | HiddenValue | undefined;
  resource: ResourceId;
  /** Words for origins: "HelmRelease kube-system/flannel". */
  installer: string;
}

export interface WrittenValue {
  value: unknown;
  ref: SourceRef;
}

/**
 * Values edgenet cannot read (a Secret, a value file elsewhere) may set the path: its value is
 * unknown, never the chart's default. `ref` is where a lower source writes a value they may
 * override, else where the installer names them.
 */
export interface HiddenValue {
  /** What may set it, as a noun phrase: "values from Secret x (key values.yaml), which are not in the repository". */
  hidden: string;
  ref: SourceRef;
  /** A value written below them, which they may override. */
  overrides: boolean;
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

/**
 * A value and its place; undefined for the chart's default; `hidden` when it is unknown, which
 * is said unless the chart has no default for it (an absent value then judges nothing).
 */
function value(
  site: ValuesSite,
  draft: ModelDraft,
  path: PathSegment[],
  hasDefault = true,
): WrittenValue | 'hidden' | undefined {
  const v = site.value(path);
  if (v === undefined) return undefined;
  if ('hidden' in v) {
    if (hasDefault)
      draft.unknowns.push({
        what: `${chartName(site.chart)} chart value ${path.join('.')} (${site.installer})`,
        reason:
          `its ${v.hidden}, may set ` +
          `it${v.overrides ? ' over the value written here' : "; the chart's default is not assumed"}`,
        ref: v.ref,
        resource: site.resource,
      });
    return 'hidden';
  }
  return v.value === undefined || v.value === null ? undefined : v;
}

function readFlannelValues(site: ValuesSite, draft: ModelDraft): void {
  const cidr = (key: string, fallback: string | null) => {
    const written = value(site, draft, [key], fallback !== null);
    if (written === 'hidden') return null;
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
  if (network) draft.addCidr('pod', network);
  if (ipv6Network) draft.addCidr('pod', ipv6Network);
  const backend = value(site, draft, ['flannel', 'backend']);
  const port = value(site, draft, ['flannel', 'backendPort']);
  // An unknown backend or port: no fact, as when ACK manages flannel (UDP 8472 is assumed then).
  if (backend === 'hidden' || port === 'hidden') return;
  const portNumber = typeof port?.value === 'number' ? port.value : Number(scalarString(port?.value));
  draft.flannel.push({
    ref: site.chartRef,
    resource: site.resource,
    network,
    ipv6Network,
    backendType: backend ? (scalarString(backend.value) ?? null) : FLANNEL_DEFAULT_BACKEND,
    backendTypeRef: backend?.ref ?? site.chartRef,
    // 0 means the backend's default port (the chart's values: "0 means default value").
    backendPort: Number.isInteger(portNumber) && portNumber > 0 ? portNumber : null,
  });
}

/** raven-agent's values become raven-cfg and raven-agent-config (templates/config.yaml). */
function readRavenValues(site: ValuesSite, draft: ModelDraft): void {
  const switches: [RavenSwitch['key'], PathSegment[], boolean][] = [
    ['enableL3Tunnel', ['controller', 'enableTunnel'], true],
    ['enableL7Proxy', ['controller', 'enableProxy'], true],
    ['forwardNodeIp', ['vpn', 'forwardNodeIP'], false],
  ];
  for (const [key, path, fallback] of switches) {
    const written = value(site, draft, path);
    if (written === 'hidden') continue;
    // The template quotes the value, and yurt-manager reads "true" case-insensitively.
    const on = written ? String(written.value).toLowerCase() === 'true' : fallback;
    draft.ravenSwitches.push({ key, value: on, ref: written?.ref ?? site.chartRef });
  }
}
