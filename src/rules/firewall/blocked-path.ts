/**
 * Whether traffic crosses every layer that guards a host: the host's Alibaba security groups
 * (merged, as Alibaba sorts the rules of all an instance's groups together), its AWS security
 * groups, and each network ACL. One finding per deciding rule: at the drop rule (or at the group
 * or ACL when the default decides), with the accept rules it shadows and the peer's declaration
 * in `related`, and the part of the peer that is blocked when it is not all of it.
 *
 * A decision that values left to deployment could turn either way is not made: it is reported
 * as input/skipped at the unknown value, with what hangs on it ("blocked if QuarantineCidr
 * contains 10.20.0.0/16").
 */
import type { RawFinding, RawRelated, SourceRef } from '../../core/finding.js';
import { skipped } from '../../core/input-findings.js';
import type { FirewallIndex, RuleSource } from '../../model/firewall-index.js';
import type { NetworkAclFact, UnknownValue } from '../../model/types.js';
import { type Cidr, describeInterval, difference, type Interval } from '../../net/cidr.js';
import type { Decision, Direction, FirewallLayer, Hinge } from '../../net/firewall.js';
import type { Report } from '../rule.js';
import type { Guards } from './guards.js';

export interface PathCheck {
  guards: Guards;
  acls: NetworkAclFact[];
  direction: Direction;
  protocol: 'tcp' | 'udp';
  ports: number[];
  /** Words for the traffic: "flannel VXLAN". */
  purpose: string;
  peer: { cidr: Cidr; ref: SourceRef | null; words: string };
  /** Where the traffic goes, with {peer} for the peer's words: "from {peer} to the cloud nodes". */
  path: string;
  /** The edge site concerned, for views that draw the finding on its link. */
  site: string;
  /** The peer's hosts are members of the guarding groups (a basic group lets its members in). */
  members?: boolean;
}

interface Layer {
  name: string;
  ref: SourceRef;
  layer: FirewallLayer<RuleSource, UnknownValue>;
}

type D = Decision<RuleSource, UnknownValue>;

/** The message both firewall rules word a blocked path with (data from blockedPath). */
export const BLOCKED_MESSAGE =
  '{protocol} {ports} ({purpose}) {path} is blocked by {by}: {reason}. Guarding groups: {guards}.';

export function blockedPath(firewall: FirewallIndex, check: PathCheck): (Report<'blocked'> | RawFinding)[] {
  const out: (Report<'blocked'> | RawFinding)[] = [];
  // One group may guard several sets of hosts: what it blocks is said once.
  const said = new Set<string>();
  const say = (r: Report<'blocked'> | RawFinding) => {
    const key = JSON.stringify([r.ref, r.data]);
    if (said.has(key)) return;
    said.add(key);
    out.push(r);
  };
  for (const layer of layersOf(firewall, check)) {
    // Decisions with the same deciding rule (or the same unknowns) over the same ranges become one finding.
    const groups = new Map<string, { ports: number[]; decision: D; ranges: Interval[] }>();
    for (const port of check.ports) {
      const byRule = new Map<string, D[]>();
      const decisions = layer.layer.decide({
        direction: check.direction,
        protocol: check.protocol,
        port,
        peer: check.peer.cidr,
        members: check.members === true,
      });
      for (const d of decisions) {
        if (d.allowed === true) continue;
        const id = d.allowed === null ? `?${hingeKey(d.hinges)}` : `${d.rule?.words ?? 'default'}|${d.reason}`;
        const list = byRule.get(id);
        if (list) list.push(d);
        else byRule.set(id, [d]);
      }
      for (const [id, decisions] of byRule) {
        const ranges = decisions.map((d) => d.range);
        const key = `${id}|${ranges.map(describeInterval).join()}`;
        let entry = groups.get(key);
        if (!entry) {
          const shadowed = new Set<RuleSource>();
          for (const d of decisions) for (const s of d.shadowed) shadowed.add(s);
          entry = { ports: [], decision: { ...decisions[0]!, shadowed: [...shadowed] }, ranges };
          groups.set(key, entry);
        }
        entry.ports.push(port);
      }
    }
    for (const { ports, decision, ranges } of groups.values()) {
      const allowed = difference(check.peer.cidr, ranges);
      const part =
        allowed.length === 0
          ? check.peer.words
          : `${check.peer.words} minus ${allowed.map(describeInterval).join(', ')} (which is allowed)`;
      const traffic = `${check.protocol.toUpperCase()} ${formatPorts(ports)} (${check.purpose})`;
      if (decision.allowed === null) {
        say(undecided(check, layer, decision.hinges, ranges, traffic, check.path.replace('{peer}', part)));
        continue;
      }
      const by = decision.rule ? decision.rule.words : `the default of ${layer.name}`;
      const related: RawRelated[] = [];
      for (const s of decision.shadowed) related.push({ ref: s.ref, message: `shadowed: ${s.words}` });
      if (check.peer.ref) related.push({ ref: check.peer.ref, message: `${check.peer.words} declared here` });
      say({
        messageId: 'blocked',
        ref: decision.rule?.ref ?? layer.ref,
        data: {
          site: check.site,
          direction: check.direction,
          protocol: check.protocol.toUpperCase(),
          ports: formatPorts(ports),
          purpose: check.purpose,
          path: check.path.replace('{peer}', part),
          by,
          reason: decision.reason,
          guards: check.guards.assumption,
        },
        related,
      });
    }
  }
  return out;
}

function hingeKey(hinges: Hinge<RuleSource, UnknownValue>[]): string {
  return hinges.map((h) => `${h.rule?.words ?? 'default'}:${h.unknowns.map((u) => u.name).join('+')}`).join(',');
}

const PEER_KEYS = /cidr|^CidrBlock$/i;
const PORT_KEYS = /^(PortRange|Port|FromPort|ToPort)$/;
const PROTOCOL_KEYS = /^(IpProtocol|Protocol)$/;
const ACTION_KEYS = /^(Policy|RuleAction)$/;

/** The property an unknown value is written under (the last key of its path). */
function keyOf(u: UnknownValue): string {
  for (let i = u.ref.path.length - 1; i >= 0; i--) {
    const seg = u.ref.path[i];
    if (typeof seg === 'string' && !seg.startsWith('Fn::')) return seg;
  }
  return '';
}

/** "QuarantineCidr contains 10.20.0.0/16": what an unknown value must be for its rule to apply. */
function condition(u: UnknownValue, range: string, check: PathCheck, ports: string): string {
  const key = keyOf(u);
  if (PEER_KEYS.test(key)) return `${u.name} contains ${range}`;
  if (PORT_KEYS.test(key)) return `${u.name} covers ${check.protocol.toUpperCase()} ${ports}`;
  if (PROTOCOL_KEYS.test(key)) return `${u.name} is ${check.protocol} or all`;
  if (ACTION_KEYS.test(key)) return `${u.name} is ${key === 'RuleAction' ? 'deny' : 'drop'}`;
  if (key === 'SecurityGroupType') return `${u.name} is enterprise`;
  return `${u.name} gives it precedence`;
}

function undecided(
  check: PathCheck,
  layer: Layer,
  hinges: Hinge<RuleSource, UnknownValue>[],
  ranges: Interval[],
  traffic: string,
  path: string,
): RawFinding {
  const range = ranges.map(describeInterval).join(', ');
  const ports = traffic.split(' ')[1] ?? '';
  const phrases = hinges.map((h) => {
    const conditions = h.unknowns.map((u) => condition(u, range, check, ports)).join(' and ');
    const rule = h.rule ? h.rule.words : `the default of ${layer.name}`;
    return h.effect === 'allows' ? `unless ${conditions} (${rule})` : `if ${conditions} (${rule})`;
  });
  const first = hinges.find((h) => h.unknowns.length > 0)?.unknowns[0];
  const cause = first ? `; ${first.name} is unknown: ${first.reason}` : '';
  const reason = `${traffic} ${path} is blocked ${phrases.join(', or ')}${cause}`;
  return skipped(first?.ref ?? layer.ref, reason);
}

function layersOf(firewall: FirewallIndex, check: PathCheck): Layer[] {
  const layers: Layer[] = [];
  for (const set of check.guards.sets) {
    const alibaba = set.filter((g) => g.provider === 'alibaba');
    const aws = set.filter((g) => g.provider === 'aws');
    if (alibaba.length > 0) {
      layers.push({
        name: `group ${alibaba.map((g) => g.id).join(', ')}`,
        ref: alibaba[0]!.ref,
        layer: firewall.alibabaLayer(alibaba),
      });
    }
    if (aws.length > 0) {
      layers.push({
        name: `security group ${aws.map((g) => g.id).join(', ')}`,
        ref: aws[0]!.ref,
        layer: firewall.awsLayer(aws),
      });
    }
  }
  for (const acl of check.acls) {
    layers.push({ name: `network ACL ${acl.id}`, ref: acl.ref, layer: firewall.aclLayer(acl) });
  }
  return layers;
}

function formatPorts(ports: number[]): string {
  const sorted = [...ports].sort((a, b) => a - b);
  const contiguous = sorted.every((p, i) => i === 0 || p === sorted[i - 1]! + 1);
  return contiguous && sorted.length > 2 ? `${sorted[0]}-${sorted[sorted.length - 1]}` : sorted.join(', ');
}
