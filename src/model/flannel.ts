/**
 * flannel's net-conf.json (ConfigMap kube-flannel-cfg). flannel decodes it with Go's
 * encoding/json, which matches keys case-insensitively (pkg/subnet/config.go), so we do too.
 */
import type { ResourceId } from '../core/finding.js';
import { isRecord, refTo, type DocContext } from './document.js';
import type { ModelDraft } from './draft.js';
import type { CidrFact, FlannelFact } from './types.js';

export const FLANNEL_CONFIGMAP = 'kube-flannel-cfg';
export const NET_CONF_KEY = 'net-conf.json';
/** The kernel's VXLAN port, which flannel uses when Backend.Port is 0 or absent (Documentation/backends.md). */
export const DEFAULT_VXLAN_PORT = 8472;

export function readFlannelConfigMap(ctx: DocContext, resource: ResourceId, draft: ModelDraft): void {
  const data = ctx.data.data;
  if (!isRecord(data) || !(NET_CONF_KEY in data)) return;
  const path = ['data', NET_CONF_KEY];
  const ref = refTo(ctx, path);
  const text = data[NET_CONF_KEY];
  if (typeof text !== 'string') {
    draft.invalid(ref, `${NET_CONF_KEY} must be a string holding JSON`, resource);
    return;
  }
  let conf: unknown;
  try {
    conf = JSON.parse(text);
  } catch (error) {
    draft.invalid(ref, `${NET_CONF_KEY} is not valid JSON: ${(error as Error).message}`, resource);
    return;
  }
  if (!isRecord(conf)) {
    draft.invalid(ref, `${NET_CONF_KEY} must be a JSON object`, resource);
    return;
  }
  const field = (obj: Record<string, unknown>, name: string): [string, unknown] | undefined => {
    const key = Object.keys(obj).find((k) => k.toLowerCase() === name.toLowerCase());
    return key === undefined ? undefined : [key, obj[key]];
  };
  const cidr = (name: string, origin: string): CidrFact | null => {
    const found = field(conf as Record<string, unknown>, name);
    if (!found) return null;
    const [key, value] = found;
    const at = refTo(ctx, path, { inner: [key] });
    if (typeof value !== 'string') {
      draft.invalid(at, `${NET_CONF_KEY} ${key} must be a CIDR string`, resource);
      return null;
    }
    return { cidr: value, ref: at, origin, declaredBy: 'flannel', resource };
  };
  const network = cidr('Network', 'flannel net-conf.json Network');
  const ipv6Network = cidr('IPv6Network', 'flannel net-conf.json IPv6Network');
  const backend = field(conf, 'Backend');
  let backendType: string | null = null;
  let backendPort: number | null = null;
  let backendTypeRef = backend ? refTo(ctx, path, { inner: [backend[0]] }) : ref;
  if (backend && isRecord(backend[1])) {
    const type = field(backend[1], 'Type');
    if (type && typeof type[1] === 'string') {
      backendType = type[1];
      backendTypeRef = refTo(ctx, path, { inner: [backend[0], type[0]] });
    }
    const port = field(backend[1], 'Port');
    if (port && typeof port[1] === 'number' && port[1] !== 0) backendPort = port[1];
  }
  const fact: FlannelFact = { ref, resource, network, ipv6Network, backendType, backendTypeRef, backendPort };
  draft.flannel.push(fact);
  if (network) draft.addCidr('pod', network);
  if (ipv6Network) draft.addCidr('pod', ipv6Network);
}
