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
 * - AWS network ACLs: entries in RuleNumber order, the first match decides; none denies.
 */
import { type Interval, overlaps, contains, type Cidr } from './cidr.js';
import { portsCover, type PortRange } from './port-range.js';

/** 'other' is any protocol that is neither TCP nor UDP nor the ones named (an AWS protocol number). */
export type Protocol = 'tcp' | 'udp' | 'icmp' | 'gre' | 'all' | 'other';
export type Direction = 'ingress' | 'egress';

export interface Packet {
  direction: Direction;
  protocol: 'tcp' | 'udp';
  port: number;
  /** The remote end: the source of ingress traffic, the destination of egress traffic. */
  peer: Interval;
}

export interface FirewallRule<R> {
  source: R;
  direction: Direction;
  protocol: Protocol;
  ports: PortRange | 'all';
  /** Remote CIDRs the rule matches; a rule naming a security group matches none of them. */
  peers: Cidr[];
  action: 'accept' | 'drop';
  /** Alibaba priority (1-100) or ACL RuleNumber; unused for AWS security groups. */
  order: number;
}

export interface Decision<R> {
  /** The part of the peer this decision holds for. */
  range: Interval;
  allowed: boolean;
  /** The rule that decides; null when the default decides. */
  rule: R | null;
  /** Accept rules that match the packet but lose to the deciding drop rule. */
  shadowed: R[];
  reason: string;
}

export type Policy = 'alibaba' | 'aws-security-group' | 'aws-network-acl';

export interface AlibabaDefaults {
  enterprise: boolean;
}

function matches<R>(rule: FirewallRule<R>, packet: Packet, piece: Interval): boolean {
  return (
    rule.direction === packet.direction &&
    (rule.protocol === 'all' || rule.protocol === packet.protocol) &&
    portsCover(rule.ports, packet.port) &&
    rule.peers.some((p) => contains(p, piece))
  );
}

/** The peer cut at every boundary of a rule CIDR inside it: each piece is inside or outside each rule. */
function pieces<R>(rules: FirewallRule<R>[], peer: Interval): Interval[] {
  const cuts = new Set<bigint>([peer.start, peer.end + 1n]);
  for (const rule of rules) {
    for (const p of rule.peers) {
      if (!overlaps(p, peer)) continue;
      if (p.start > peer.start) cuts.add(p.start);
      if (p.end < peer.end) cuts.add(p.end + 1n);
    }
  }
  const sorted = [...cuts].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return sorted.slice(0, -1).map((start, i) => ({ family: peer.family, start, end: sorted[i + 1]! - 1n }));
}

/** Decides each piece, then merges neighbours decided alike. */
function decideEach<R>(
  rules: FirewallRule<R>[],
  packet: Packet,
  one: (piece: Interval) => Omit<Decision<R>, 'range'>,
): Decision<R>[] {
  const out: Decision<R>[] = [];
  for (const piece of pieces(rules, packet.peer)) {
    const d = one(piece);
    const last = out[out.length - 1];
    if (
      last &&
      last.allowed === d.allowed &&
      last.rule === d.rule &&
      last.reason === d.reason &&
      last.range.end + 1n === piece.start
    ) {
      last.range = { ...last.range, end: piece.end };
    } else {
      out.push({ ...d, range: piece });
    }
  }
  return out;
}

export function decideAlibaba<R>(rules: FirewallRule<R>[], packet: Packet, defaults: AlibabaDefaults): Decision<R>[] {
  return decideEach(rules, packet, (piece) => {
    const matching = rules.filter((r) => matches(r, packet, piece));
    if (matching.length === 0) {
      const allowed = packet.direction === 'egress' && !defaults.enterprise;
      const group = defaults.enterprise ? 'an enterprise group' : 'a basic group';
      const reason = allowed
        ? 'no rule matches, and a basic group allows outbound traffic by default'
        : `no rule matches, and ${packet.direction === 'ingress' ? `${group} denies inbound traffic from outside the group` : 'an enterprise group denies outbound traffic'} by default`;
      return { allowed, rule: null, shadowed: [], reason };
    }
    const best = Math.min(...matching.map((r) => r.order));
    const top = matching.filter((r) => r.order === best);
    const drop = top.find((r) => r.action === 'drop');
    if (drop) {
      const shadowed = matching.filter((r) => r.action === 'accept').map((r) => r.source);
      const tie = top.some((r) => r.action === 'accept');
      const reason = tie
        ? `drop rule at priority ${best} wins: at equal priority drop beats accept`
        : `drop rule at priority ${best} has the highest priority of the matching rules`;
      return { allowed: false, rule: drop.source, shadowed, reason };
    }
    return {
      allowed: true,
      rule: top[0]!.source,
      shadowed: [],
      reason: `accept rule at priority ${best} has the highest priority of the matching rules`,
    };
  });
}

export function decideAwsSecurityGroups<R>(rules: FirewallRule<R>[], packet: Packet): Decision<R>[] {
  return decideEach(rules, packet, (piece) => {
    const allow = rules.find((r) => matches(r, packet, piece));
    return allow
      ? { allowed: true, rule: allow.source, shadowed: [], reason: 'an allow rule matches' }
      : {
          allowed: false,
          rule: null,
          shadowed: [],
          reason: 'no allow rule matches, and security groups deny everything else',
        };
  });
}

export function decideNetworkAcl<R>(rules: FirewallRule<R>[], packet: Packet): Decision<R>[] {
  const ordered = [...rules].sort((a, b) => a.order - b.order);
  return decideEach(rules, packet, (piece) => {
    const first = ordered.find((r) => matches(r, packet, piece));
    if (!first)
      return {
        allowed: false,
        rule: null,
        shadowed: [],
        reason: 'no entry matches, and the ACL denies the rest (rule *)',
      };
    const shadowed =
      first.action === 'drop'
        ? ordered.filter((r) => r !== first && r.action === 'accept' && matches(r, packet, piece)).map((r) => r.source)
        : [];
    return {
      allowed: first.action === 'accept',
      rule: first.source,
      shadowed,
      reason: `rule ${first.order} is the first entry that matches`,
    };
  });
}
