/**
 * CIDR arithmetic as integer intervals: IPv4 in 32 bits, IPv6 in 128 bits, both as BigInt.
 * Parsing is strict (ip-address, plus a canonical prefix spelling); an IPv4-mapped IPv6 range
 * (::ffff:0:0/96 and inside) is treated as the IPv4 range it maps. No operation ever answers
 * across families: 0.0.0.0/0 does not contain ::1.
 */
import { Address4, Address6 } from 'ip-address';

export type Family = 4 | 6;

export interface Interval {
  family: Family;
  start: bigint;
  end: bigint; // inclusive
}

export interface Cidr extends Interval {
  prefix: number;
  /** Canonical text: network address and prefix, IPv6 in RFC 5952 form. */
  text: string;
}

export type ParsedCidr = { ok: true; cidr: Cidr; canonical: boolean } | { ok: false; error: string };

const BITS: Record<Family, number> = { 4: 32, 6: 128 };
const MAPPED_PREFIX = 0xffffn << 32n; // ::ffff:0:0/96

/**
 * Parsed texts, shared: a security group repeats the same few CIDRs over thousands of rules, and
 * parsing with ip-address allocates much (a group of 130,000 rules: over 100 MB). The results are
 * values, frozen; the memory is bounded by clearing.
 */
const parsedTexts = new Map<string, ParsedCidr>();

export function parseCidr(input: string, options: { allowBareAddress?: boolean } = {}): ParsedCidr {
  const key = options.allowBareAddress ? `bare ${input}` : input;
  const known = parsedTexts.get(key);
  if (known) return known;
  const parsed = deepFreeze(parseText(input, options));
  if (parsedTexts.size >= 10_000) parsedTexts.clear();
  parsedTexts.set(key, parsed);
  return parsed;
}

function deepFreeze<T extends ParsedCidr>(parsed: T): T {
  if (parsed.ok) Object.freeze(parsed.cidr);
  return Object.freeze(parsed);
}

function parseText(input: string, options: { allowBareAddress?: boolean }): ParsedCidr {
  const text = input.trim();
  if (text !== input || text === '') return { ok: false, error: `"${input}" is not a CIDR` };
  const slash = text.indexOf('/');
  if (slash < 0 && !options.allowBareAddress)
    return { ok: false, error: `"${input}" has no prefix length (expected address/prefix, e.g. 10.0.0.0/16)` };
  const addressText = slash < 0 ? text : text.slice(0, slash);
  const prefixText = slash < 0 ? undefined : text.slice(slash + 1);
  if (prefixText !== undefined && !/^(0|[1-9][0-9]{0,2})$/.test(prefixText))
    return { ok: false, error: `"${input}" has an invalid prefix length "${prefixText}"` };
  const v6 = addressText.includes(':');
  const family: Family = v6 ? 6 : 4;
  const prefix = prefixText === undefined ? BITS[family] : Number(prefixText);
  if (prefix > BITS[family])
    return {
      ok: false,
      error: `"${input}" has prefix /${prefix}, more than the ${BITS[family]} bits of an IPv${family} address`,
    };
  let value: bigint;
  try {
    value = v6 ? new Address6(addressText).bigInt() : new Address4(addressText).bigInt();
  } catch (error) {
    return {
      ok: false,
      error: `"${input}" is not a valid IPv${family} address (${(error as Error).message.replace(/\.$/, '')})`,
    };
  }
  let cidr = fromNetwork(family, value, prefix);
  const canonical = cidr.start === value;
  if (family === 6 && prefix >= 96 && cidr.start >> 32n === MAPPED_PREFIX >> 32n) {
    cidr = fromNetwork(4, cidr.start & 0xffffffffn, prefix - 96);
  }
  return { ok: true, cidr, canonical };
}

/** The CIDR whose network address is `value` masked to `prefix`. */
export function fromNetwork(family: Family, value: bigint, prefix: number): Cidr {
  const bits = BITS[family];
  const hostBits = BigInt(bits - prefix);
  const start = (value >> hostBits) << hostBits;
  const end = start + (1n << hostBits) - 1n;
  return { family, start, end, prefix, text: `${formatAddress(family, start)}/${prefix}` };
}

export function formatAddress(family: Family, value: bigint): string {
  return family === 4 ? Address4.fromBigInt(value).address : Address6.fromBigInt(value).correctForm();
}

export function overlaps(a: Interval, b: Interval): boolean {
  return a.family === b.family && a.start <= b.end && b.start <= a.end;
}

/** True when every address of `inner` is in `outer`. */
export function contains(outer: Interval, inner: Interval): boolean {
  return outer.family === inner.family && outer.start <= inner.start && inner.end <= outer.end;
}

export function intersection(a: Interval, b: Interval): Interval | null {
  if (!overlaps(a, b)) return null;
  // BigInt has no Math.max/min.
  return { family: a.family, start: a.start > b.start ? a.start : b.start, end: a.end < b.end ? a.end : b.end };
}

/** The parts of `from` not covered by any of `remove`, sorted, as disjoint intervals. */
export function difference(from: Interval, remove: readonly Interval[]): Interval[] {
  const cuts = remove
    .filter((r) => overlaps(r, from))
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const out: Interval[] = [];
  let cursor = from.start;
  for (const cut of cuts) {
    if (cut.start > cursor) out.push({ family: from.family, start: cursor, end: cut.start - 1n });
    if (cut.end + 1n > cursor) cursor = cut.end + 1n;
    if (cursor > from.end) return out;
  }
  if (cursor <= from.end) out.push({ family: from.family, start: cursor, end: from.end });
  return out;
}

/** The fewest CIDRs that cover exactly the interval. */
export function toCidrs(i: Interval): Cidr[] {
  const bits = BITS[i.family];
  const out: Cidr[] = [];
  let start = i.start;
  while (start <= i.end) {
    let hostBits = 0;
    while (hostBits < bits) {
      const next = hostBits + 1;
      const block = 1n << BigInt(next);
      if (start % block !== 0n || start + block - 1n > i.end) break;
      hostBits = next;
    }
    out.push(fromNetwork(i.family, start, bits - hostBits));
    start += 1n << BigInt(hostBits);
  }
  return out;
}

/** An interval in words: one CIDR when it is one, else its CIDRs (or its bounds when there are many). */
export function describeInterval(i: Interval): string {
  const cidrs = toCidrs(i);
  if (cidrs.length <= 3) return cidrs.map((c) => c.text).join(', ');
  return `${formatAddress(i.family, i.start)}-${formatAddress(i.family, i.end)}`;
}

/** How `a` relates to `b`, in words for messages: "lies inside", "contains", "equals" or "overlaps". */
export function relation(a: Interval, b: Interval): 'equals' | 'lies inside' | 'contains' | 'overlaps' {
  if (a.start === b.start && a.end === b.end) return 'equals';
  if (contains(b, a)) return 'lies inside';
  if (contains(a, b)) return 'contains';
  return 'overlaps';
}
