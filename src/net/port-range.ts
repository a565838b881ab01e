/** Port ranges as closed integer intervals, parsed strictly from the spellings clouds use. */

export interface PortRange {
  from: number;
  to: number;
}

export type ParsedPorts = { ok: true; ports: PortRange | 'all' } | { ok: false; error: string };

/** Alibaba Cloud `PortRange`: "start/end" with 1 <= start <= end <= 65535, or "-1/-1" for all. */
export function parseAlibabaPortRange(text: string): ParsedPorts {
  const m = /^\s*(-?\d+)\s*\/\s*(-?\d+)\s*$/.exec(text);
  if (!m) return { ok: false, error: `PortRange "${text}" is not start/end (e.g. 8472/8472, or -1/-1 for all ports)` };
  const from = Number(m[1]);
  const to = Number(m[2]);
  if (from === -1 && to === -1) return { ok: true, ports: 'all' };
  return checkRange(from, to, `PortRange "${text}"`);
}

/**
 * AWS FromPort/ToPort; -1 (with protocol -1, or for ICMP) means all. Values may be quoted strings.
 * The console's "All TCP"/"All UDP" is FromPort 0, ToPort 65535: every port
 * (https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html).
 */
export function parseAwsPorts(from: unknown, to: unknown): ParsedPorts {
  if (from === undefined && to === undefined) return { ok: true, ports: 'all' };
  const f = Number(from);
  const t = Number(to ?? from);
  if (!Number.isInteger(f) || !Number.isInteger(t))
    return { ok: false, error: `ports ${String(from)}-${String(to)} are not whole numbers` };
  if (f === -1 || t === -1) return { ok: true, ports: 'all' };
  if (f === 0 && t === 65535) return { ok: true, ports: 'all' };
  return checkRange(f, t, `ports ${f}-${t}`, 0);
}

function checkRange(from: number, to: number, what: string, lowest = 1): ParsedPorts {
  if (from < lowest || to > 65535 || from > to)
    return { ok: false, error: `${what} must satisfy ${lowest} <= start <= end <= 65535` };
  return { ok: true, ports: { from, to } };
}

export function portsCover(ports: PortRange | 'all', port: number): boolean {
  return ports === 'all' || (ports.from <= port && port <= ports.to);
}
