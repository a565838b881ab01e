/**
 * Firewall decisions as pure functions of (rules, packet). The answer must hold for every address
 * of the peer CIDR, so the peer is cut at every rule boundary inside it and each piece is decided
 * on its own; adjacent pieces with the same outcome are merged again.
 *
 * - Alibaba Cloud security groups (contract 6.5): priority 1-100, smaller wins; at equal priority
 *   drop beats accept; the rules of every group of an instance are sorted together. No match:
 *   inbound denied (a basic group lets its own members in), outbound allowed (enterprise groups
 *   deny both).
 * - AWS security groups: allow-only; any matching rule of any group allows.
 * - Network ACLs (AWS by RuleNumber, Alibaba Cloud by the entries' order): the first match
 *   decides; none denies.
 *
 * Three-valued: any field of a rule may be unknown (a template value chosen at deployment). A
 * piece is decided when every value the unknowns could take gives the same outcome, and
 * undecided otherwise, with the rules whose unknown values it hangs on.
 *
 * Linear-ish: a layer filters its rules once per (direction, protocol, port), indexes their
 * CIDRs (CIDRs nest or are disjoint, so a peer meets the ones inside it and at most one per
 * shorter prefix around it), and sweeps the peer once, keeping the best accept and drop in heaps.
 */
import type { Cidr, Family, Interval } from './cidr.js';
import { portsCover, type PortRange } from './port-range.js';

/** 'other' is any protocol that is neither TCP nor UDP nor the ones named (an AWS protocol number). */
export type Protocol = 'tcp' | 'udp' | 'icmp' | 'gre' | 'all' | 'other';
export type Direction = 'ingress' | 'egress';
export type Action = 'accept' | 'drop';

/** A value left to deployment time; U says where and why (the caller's type). */
export interface Unknown<U> {
  readonly unknown: U;
}

export function isUnknown<U>(value: unknown): value is Unknown<U> {
  return typeof value === 'object' && value !== null && 'unknown' in value;
}

export interface Packet {
  direction: Direction;
  protocol: 'tcp' | 'udp';
  port: number;
  /** The remote end: the source of ingress traffic, the destination of egress traffic. */
  peer: Cidr;
  /** The remote hosts are members of the guarding group (a basic group lets its members in). */
  members?: boolean;
}

export interface FirewallRule<R, U = never> {
  source: R;
  direction: Direction;
  protocol: Protocol | Unknown<U>;
  ports: PortRange | 'all' | Unknown<U>;
  /** Remote CIDRs the rule matches; a rule naming a security group matches none of them. */
  peers: Cidr[] | Unknown<U>;
  action: Action | Unknown<U>;
  /** Alibaba priority (1-100) or ACL order (RuleNumber, or the entry's position); unused for AWS security groups. */
  order: number | Unknown<U>;
}

/** A rule with unknown values that an undecided piece hangs on, and what it does if it applies. */
export interface Hinge<R, U> {
  /** Null for the group's own default (its type unknown). */
  rule: R | null;
  unknowns: U[];
  effect: 'blocks' | 'allows' | 'decides';
}

export interface Decision<R, U = never> {
  /** The part of the peer this decision holds for. */
  range: Interval;
  /** Null when unknown values decide: then `hinges` says which. */
  allowed: boolean | null;
  /** The rule that decides; null when the default decides (or nothing is decided). */
  rule: R | null;
  /** Accept rules that match the packet but lose to the deciding drop rule. */
  shadowed: R[];
  reason: string;
  hinges: Hinge<R, U>[];
}

export type Policy = 'alibaba' | 'aws-security-group' | 'network-acl';

export interface AlibabaDefaults<U = never> {
  enterprise: boolean | Unknown<U>;
  /** Basic groups let members of the same group in unless InnerAccessPolicy is Drop. */
  innerAccept?: boolean;
}

const ORDER_RANGE: Record<Policy, [number, number]> = {
  alibaba: [1, 100],
  'network-acl': [1, 32766],
  'aws-security-group': [0, 0],
};

/** A rule as one packet sees it. */
interface Entry<R, U> {
  rule: FirewallRule<R, U>;
  index: number;
  /** Protocol, ports and peers known: it matches exactly where its CIDRs contain the piece. */
  matchKnown: boolean;
  acceptable: boolean;
  droppable: boolean;
  lo: number;
  hi: number;
  /** Known match, action and order: kept in the heaps. */
  certain: boolean;
  unknowns: U[];
}

interface Prepared<R, U> {
  entries: Entry<R, U>[];
  byFamily: Map<Family, PeerIndex>;
  /** Entries whose peers are unknown: they may match every piece. */
  everywhere: Entry<R, U>[];
}

interface PeerSpan {
  start: bigint;
  end: bigint;
  prefix: number;
  entry: number;
}

/** Rule CIDRs of one family, sorted by start, and by (prefix, start) for the ones around a peer. */
class PeerIndex {
  readonly spans: PeerSpan[] = [];
  private readonly exact = new Map<string, PeerSpan[]>();

  add(span: PeerSpan): void {
    this.spans.push(span);
  }

  seal(): void {
    this.spans.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.prefix - b.prefix));
    for (const s of this.spans) {
      const key = `${s.prefix}:${s.start}`;
      const list = this.exact.get(key);
      if (list) list.push(s);
      else this.exact.set(key, [s]);
    }
  }

  /** Every span that overlaps the peer. */
  overlapping(peer: Cidr, bits: number): PeerSpan[] {
    const out: PeerSpan[] = [];
    let lo = 0;
    let hi = this.spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.spans[mid]!.start < peer.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.spans.length && this.spans[i]!.start <= peer.end; i++) out.push(this.spans[i]!);
    // A CIDR that starts before the peer and overlaps it contains it: one per shorter prefix.
    for (let prefix = 0; prefix < peer.prefix; prefix++) {
      const host = BigInt(bits - prefix);
      const start = (peer.start >> host) << host;
      if (start === peer.start) continue;
      const found = this.exact.get(`${prefix}:${start}`);
      if (found) for (const s of found) out.push(s);
    }
    return out;
  }
}

/** A min-heap of entry indexes by key, with lazy deletion. */
class LazyHeap {
  private readonly items: { key: number; entry: number }[] = [];

  push(key: number, entry: number): void {
    const items = this.items;
    items.push({ key, entry });
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (items[parent]!.key <= items[i]!.key) break;
      [items[parent], items[i]] = [items[i]!, items[parent]!];
      i = parent;
    }
  }

  /** The smallest live entry, dropping dead ones on the way. */
  peek(live: (entry: number) => boolean): { key: number; entry: number } | undefined {
    const items = this.items;
    while (items.length > 0 && !live(items[0]!.entry)) {
      const last = items.pop()!;
      if (items.length === 0) break;
      items[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < items.length && items[l]!.key < items[m]!.key) m = l;
        if (r < items.length && items[r]!.key < items[m]!.key) m = r;
        if (m === i) break;
        [items[m], items[i]] = [items[i]!, items[m]!];
        i = m;
      }
    }
    return items[0];
  }
}

/** Keys order entries by (order, tie-break, index); 2^20 entries per order value are plenty. */
const SLOT = 2 ** 21;

/**
 * One layer of filtering (a set of security groups decided together, or one ACL), prepared once
 * and asked about many packets.
 */
export class FirewallLayer<R, U = never> {
  private readonly prepared = new Map<string, Prepared<R, U>>();

  constructor(
    readonly policy: Policy,
    readonly rules: readonly FirewallRule<R, U>[],
    readonly defaults: AlibabaDefaults<U> = { enterprise: false },
  ) {}

  decide(packet: Packet): Decision<R, U>[] {
    const prep = this.prepare(packet);
    const peer = packet.peer;
    const bits = peer.family === 4 ? 32 : 128;
    const spans = prep.byFamily.get(peer.family)?.overlapping(peer, bits) ?? [];
    // Events: where a span starts (+1) and where it stops (-1), clipped to the peer.
    const events: { at: bigint; entry: number; delta: 1 | -1 }[] = [];
    for (const s of spans) {
      const start = s.start > peer.start ? s.start : peer.start;
      const end = s.end < peer.end ? s.end : peer.end;
      events.push({ at: start, entry: s.entry, delta: 1 });
      if (end < peer.end) events.push({ at: end + 1n, entry: s.entry, delta: -1 });
    }
    events.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));

    const counts = new Map<number, number>();
    const live = (entry: number) => (counts.get(entry) ?? 0) > 0;
    const accepts = new LazyHeap();
    const drops = new LazyHeap();
    const activeAccepts = new Set<number>();
    const activeUncertain = new Set<number>();
    const out: Decision<R, U>[] = [];
    let e = 0;
    let start = peer.start;
    while (start <= peer.end) {
      for (; e < events.length && events[e]!.at === start; e++) {
        const { entry, delta } = events[e]!;
        const before = counts.get(entry) ?? 0;
        counts.set(entry, before + delta);
        const en = prep.entries[entry]!;
        if (before === 0 && delta === 1) {
          if (!en.certain) activeUncertain.add(entry);
          else if (en.acceptable) {
            accepts.push(this.key(en, en.lo, 'accept'), entry);
            activeAccepts.add(entry);
          } else drops.push(this.key(en, en.lo, 'drop'), entry);
        } else if (before === 1 && delta === -1) {
          activeUncertain.delete(entry);
          activeAccepts.delete(entry);
        }
      }
      const next = e < events.length ? events[e]!.at : peer.end + 1n;
      const piece: Interval = { family: peer.family, start, end: next - 1n };
      const d = this.decidePiece(prep, packet, accepts.peek(live), drops.peek(live), activeAccepts, activeUncertain);
      const last = out[out.length - 1];
      if (last && sameDecision(last, d)) last.range = { ...last.range, end: piece.end };
      else out.push({ ...d, range: piece });
      start = next;
    }
    return out;
  }

  private key(entry: Entry<R, U>, order: number, action: Action): number {
    // Alibaba: at equal priority drop beats accept; ACLs: entries in order, then as written.
    const tie = this.policy === 'alibaba' ? (action === 'drop' ? 0 : 1) : 0;
    return (order * 2 + tie) * SLOT + entry.index;
  }

  private prepare(packet: Packet): Prepared<R, U> {
    const id = `${packet.direction}|${packet.protocol}|${packet.port}`;
    const known = this.prepared.get(id);
    if (known) return known;
    const [minOrder, maxOrder] = ORDER_RANGE[this.policy];
    const prep: Prepared<R, U> = { entries: [], byFamily: new Map(), everywhere: [] };
    this.rules.forEach((rule, index) => {
      if (rule.direction !== packet.direction) return;
      const unknowns: U[] = [];
      let matchKnown = true;
      if (isUnknown<U>(rule.protocol)) {
        unknowns.push(rule.protocol.unknown);
        matchKnown = false;
      } else if (rule.protocol !== 'all' && rule.protocol !== packet.protocol) return;
      if (isUnknown<U>(rule.ports)) {
        unknowns.push(rule.ports.unknown);
        matchKnown = false;
      } else if (!portsCover(rule.ports, packet.port)) return;
      const peersUnknown = isUnknown<U>(rule.peers);
      if (isUnknown<U>(rule.peers)) {
        unknowns.push(rule.peers.unknown);
        matchKnown = false;
      }
      let acceptable = true;
      let droppable = this.policy !== 'aws-security-group';
      if (isUnknown<U>(rule.action)) {
        if (droppable) unknowns.push(rule.action.unknown);
      } else {
        acceptable = rule.action === 'accept';
        droppable = rule.action === 'drop';
      }
      let lo = 0;
      let hi = 0;
      if (this.policy !== 'aws-security-group') {
        if (isUnknown<U>(rule.order)) {
          unknowns.push(rule.order.unknown);
          lo = minOrder;
          hi = maxOrder;
        } else lo = hi = rule.order;
      }
      const entry: Entry<R, U> = {
        rule,
        index,
        matchKnown,
        acceptable,
        droppable,
        lo,
        hi,
        certain: matchKnown && acceptable !== droppable && lo === hi,
        unknowns,
      };
      const at = prep.entries.length;
      prep.entries.push(entry);
      if (peersUnknown) {
        prep.everywhere.push(entry);
        return;
      }
      for (const cidr of rule.peers as Cidr[]) {
        let idx = prep.byFamily.get(cidr.family);
        if (!idx) {
          idx = new PeerIndex();
          prep.byFamily.set(cidr.family, idx);
        }
        idx.add({ start: cidr.start, end: cidr.end, prefix: cidr.prefix, entry: at });
      }
    });
    for (const idx of prep.byFamily.values()) idx.seal();
    this.prepared.set(id, prep);
    return prep;
  }

  /** The default when no rule matches: what it may be (both, when the group's type is unknown). */
  private defaultOutcome(packet: Packet): { allow: boolean; deny: boolean; reason: (allowed: boolean) => string } {
    if (this.policy === 'aws-security-group')
      return {
        allow: false,
        deny: true,
        reason: () => 'no allow rule matches, and security groups deny everything else',
      };
    if (this.policy === 'network-acl')
      return {
        allow: false,
        deny: true,
        reason: () => 'no entry matches, and a network ACL denies what no entry allows',
      };
    const { enterprise, innerAccept = true } = this.defaults;
    const outcome = (ent: boolean) =>
      packet.direction === 'egress' ? !ent : !ent && innerAccept && packet.members === true;
    const possible = isUnknown(enterprise) ? [outcome(true), outcome(false)] : [outcome(enterprise)];
    const reason = (allowed: boolean) => {
      if (packet.direction === 'egress')
        return allowed
          ? 'no rule matches, and a basic group allows outbound traffic by default'
          : 'no rule matches, and an enterprise group denies outbound traffic by default';
      if (allowed) return 'no rule matches, and a basic group lets the members of the group reach each other';
      const basic = !isUnknown(enterprise) && !enterprise;
      return basic
        ? 'no rule matches, and a basic group denies inbound traffic from outside the group by default'
        : 'no rule matches, and an enterprise group denies inbound traffic by default';
    };
    return { allow: possible.includes(true), deny: possible.includes(false), reason };
  }

  private decidePiece(
    prep: Prepared<R, U>,
    packet: Packet,
    bestAccept: { key: number; entry: number } | undefined,
    bestDrop: { key: number; entry: number } | undefined,
    activeAccepts: Set<number>,
    activeUncertain: Set<number>,
  ): Omit<Decision<R, U>, 'range'> {
    const uncertain: Entry<R, U>[] = [];
    for (const i of activeUncertain) uncertain.push(prep.entries[i]!);
    for (const en of prep.everywhere) uncertain.push(en);
    const def = this.defaultOutcome(packet);
    const accept = bestAccept ? prep.entries[bestAccept.entry]! : undefined;
    const drop = bestDrop ? prep.entries[bestDrop.entry]! : undefined;
    if (uncertain.length === 0 && (def.allow !== def.deny || accept || drop))
      return this.decided(prep, accept, drop, activeAccepts, def);

    // Which outcomes some value of the unknowns gives. Candidates take their earliest order,
    // the rules that must match their latest; a candidate wins when it beats every one of those.
    const aws = this.policy === 'aws-security-group';
    let matchSure = Boolean(accept || drop);
    let forcedAccept = bestAccept?.key ?? Infinity;
    let forcedDrop = bestDrop?.key ?? Infinity;
    let acceptCandidate = bestAccept?.key ?? Infinity;
    let dropCandidate = bestDrop?.key ?? Infinity;
    for (const en of uncertain) {
      if (en.matchKnown) {
        matchSure = true;
        if (en.acceptable && !en.droppable) forcedAccept = Math.min(forcedAccept, this.key(en, en.hi, 'accept'));
        if (en.droppable && !en.acceptable) forcedDrop = Math.min(forcedDrop, this.key(en, en.hi, 'drop'));
      }
      if (en.acceptable) acceptCandidate = Math.min(acceptCandidate, this.key(en, en.lo, 'accept'));
      if (en.droppable) dropCandidate = Math.min(dropCandidate, this.key(en, en.lo, 'drop'));
    }
    const canBlock = aws ? !matchSure : dropCandidate < forcedAccept || (!matchSure && def.deny);
    const canAllow = aws ? acceptCandidate < Infinity : acceptCandidate < forcedDrop || (!matchSure && def.allow);
    if (canBlock && canAllow) {
      const hinges: Hinge<R, U>[] = uncertain
        .sort((a, b) => a.index - b.index)
        .map((en) => ({
          rule: en.rule.source,
          unknowns: en.unknowns,
          effect: en.acceptable && en.droppable ? 'decides' : en.droppable ? 'blocks' : 'allows',
        }));
      if (!matchSure && def.allow && def.deny && isUnknown<U>(this.defaults.enterprise))
        hinges.push({ rule: null, unknowns: [this.defaults.enterprise.unknown], effect: 'decides' });
      return { allowed: null, rule: null, shadowed: [], reason: 'unknown values decide', hinges };
    }
    // Decided whatever the unknowns are: word it from the world most favourable to the other
    // outcome, whose deciding rule is then one whose own values are known to decide.
    let worldAccept = accept;
    let worldDrop = drop;
    let acceptKey = bestAccept?.key ?? Infinity;
    let dropKey = bestDrop?.key ?? Infinity;
    for (const en of uncertain) {
      if (canBlock) {
        if (en.acceptable) {
          const k = this.key(en, en.lo, 'accept');
          if (k < acceptKey) [acceptKey, worldAccept] = [k, en];
        } else if (en.matchKnown) {
          const k = this.key(en, en.hi, 'drop');
          if (k < dropKey) [dropKey, worldDrop] = [k, en];
        }
      } else if (en.droppable) {
        const k = this.key(en, en.lo, 'drop');
        if (k < dropKey) [dropKey, worldDrop] = [k, en];
      } else if (en.matchKnown) {
        const k = this.key(en, en.hi, 'accept');
        if (k < acceptKey) [acceptKey, worldAccept] = [k, en];
      }
    }
    const fixed = canBlock ? { allow: false, deny: true, reason: def.reason } : { ...def, allow: true, deny: false };
    return this.decided(prep, worldAccept, worldDrop, activeAccepts, fixed, acceptKey, dropKey);
  }

  private decided(
    prep: Prepared<R, U>,
    accept: Entry<R, U> | undefined,
    drop: Entry<R, U> | undefined,
    activeAccepts: Set<number>,
    def: { allow: boolean; reason: (allowed: boolean) => string },
    acceptKey = accept ? this.key(accept, accept.lo, 'accept') : Infinity,
    dropKey = drop ? this.key(drop, drop.hi, 'drop') : Infinity,
  ): Omit<Decision<R, U>, 'range'> {
    const none: Hinge<R, U>[] = [];
    if (!accept && !drop)
      return { allowed: def.allow, rule: null, shadowed: [], reason: def.reason(def.allow), hinges: none };
    if (this.policy === 'aws-security-group')
      return accept
        ? { allowed: true, rule: accept.rule.source, shadowed: [], reason: 'an allow rule matches', hinges: none }
        : { allowed: false, rule: null, shadowed: [], reason: def.reason(false), hinges: none };
    const order = (en: Entry<R, U>) => (isUnknown(en.rule.order) ? 'an unknown priority' : `priority ${en.lo}`);
    if (drop && dropKey < acceptKey) {
      const shadowed = [...activeAccepts].sort((a, b) => a - b).map((i) => prep.entries[i]!.rule.source);
      if (this.policy === 'network-acl')
        return {
          allowed: false,
          rule: drop.rule.source,
          shadowed,
          reason:
            `${isUnknown(drop.rule.order) ? 'an entry at an unknown position' : `rule ${drop.lo}`} ` +
            'is the first entry that matches',
          hinges: none,
        };
      const tie = accept !== undefined && !isUnknown(accept.rule.order) && accept.lo === drop.lo;
      const reason = tie
        ? `drop rule at ${order(drop)} wins: at equal priority drop beats accept`
        : `drop rule at ${order(drop)} has the highest priority of the matching rules`;
      return { allowed: false, rule: drop.rule.source, shadowed, reason, hinges: none };
    }
    const winner = accept!;
    return {
      allowed: true,
      rule: winner.rule.source,
      shadowed: [],
      reason:
        this.policy === 'network-acl'
          ? `${isUnknown(winner.rule.order) ? 'an entry at an unknown position' : `rule ${winner.lo}`} ` +
            'is the first entry that matches'
          : `accept rule at ${order(winner)} has the highest priority of the matching rules`,
      hinges: none,
    };
  }
}

function sameDecision<R, U>(a: Decision<R, U>, b: Omit<Decision<R, U>, 'range'>): boolean {
  if (a.allowed !== b.allowed || a.rule !== b.rule || a.reason !== b.reason) return false;
  if (a.hinges.length !== b.hinges.length || a.shadowed.length !== b.shadowed.length) return false;
  for (let i = 0; i < a.hinges.length; i++) if (a.hinges[i]!.rule !== b.hinges[i]!.rule) return false;
  for (let i = 0; i < a.shadowed.length; i++) if (a.shadowed[i] !== b.shadowed[i]) return false;
  return true;
}

export function decideAlibaba<R, U = never>(
  rules: FirewallRule<R, U>[],
  packet: Packet,
  defaults: AlibabaDefaults<U>,
): Decision<R, U>[] {
  return new FirewallLayer('alibaba', rules, defaults).decide(packet);
}

export function decideAwsSecurityGroups<R, U = never>(rules: FirewallRule<R, U>[], packet: Packet): Decision<R, U>[] {
  return new FirewallLayer('aws-security-group', rules).decide(packet);
}

export function decideNetworkAcl<R, U = never>(rules: FirewallRule<R, U>[], packet: Packet): Decision<R, U>[] {
  return new FirewallLayer('network-acl', rules).decide(packet);
}
