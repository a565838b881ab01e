/**
 * Whether traffic crosses every layer that guards a host: the host's Alibaba security groups
 * (merged, as Alibaba sorts the rules of all an instance's groups together), its AWS security
 * groups, and each network ACL. One finding per deciding rule: at the drop rule (or at the group
 * or ACL when the default decides), with the accept rules it shadows and the peer's declaration
 * in `related`, and the part of the peer that is blocked when it is not all of it.
 */
import type { RawRelated, SourceRef } from '../../core/finding.js';
import type { NetworkAclFact, SecurityGroupFact } from '../../model/types.js';
import { describeInterval, difference, type Cidr, type Interval } from '../../net/cidr.js';
import {
  decideAlibaba,
  decideAwsSecurityGroups,
  decideNetworkAcl,
  type Decision,
  type Direction,
} from '../../net/firewall.js';
import type { FirewallIndex, RuleSource } from '../../model/firewall-index.js';
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
}

interface Layer {
  name: string;
  ref: SourceRef;
  decide: (port: number) => Decision<RuleSource>[];
}

/** The message both firewall rules word a blocked path with (data from blockedPath). */
export const BLOCKED_MESSAGE =
  '{protocol} {ports} ({purpose}) {path} is blocked by {by}: {reason}. Guarding groups: {guards}.';

export function blockedPath(firewall: FirewallIndex, check: PathCheck): Report<'blocked'>[] {
  const out: Report<'blocked'>[] = [];
  for (const layer of layersOf(firewall, check)) {
    // Blocked decisions with the same deciding rule and the same ranges become one finding.
    const groups = new Map<string, { ports: number[]; decision: Decision<RuleSource>; blocked: Interval[] }>();
    for (const port of check.ports) {
      const byRule = new Map<RuleSource | null, Decision<RuleSource>[]>();
      for (const d of layer.decide(port)) if (!d.allowed) byRule.set(d.rule, [...(byRule.get(d.rule) ?? []), d]);
      for (const [rule, decisions] of byRule) {
        const ranges = decisions.map((d) => d.range);
        const key = `${rule?.words ?? 'default'}|${decisions[0]!.reason}|${ranges.map(describeInterval).join()}`;
        const entry = groups.get(key) ?? {
          ports: [],
          decision: { ...decisions[0]!, shadowed: [...new Set(decisions.flatMap((d) => d.shadowed))] },
          blocked: ranges,
        };
        entry.ports.push(port);
        groups.set(key, entry);
      }
    }
    for (const { ports, decision, blocked } of groups.values()) {
      const allowed = difference(check.peer.cidr, blocked);
      const part =
        allowed.length === 0
          ? check.peer.words
          : `${check.peer.words} minus ${allowed.map(describeInterval).join(', ')} (which is allowed)`;
      const by = decision.rule ? decision.rule.words : `the default of ${layer.name}`;
      const related: RawRelated[] = [
        ...decision.shadowed.map((s) => ({ ref: s.ref, message: `shadowed: ${s.words}` })),
        ...(check.peer.ref ? [{ ref: check.peer.ref, message: `${check.peer.words} declared here` }] : []),
      ];
      out.push({
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

function layersOf(firewall: FirewallIndex, check: PathCheck): Layer[] {
  const layers: Layer[] = [];
  const packet = (port: number) => ({
    direction: check.direction,
    protocol: check.protocol,
    port,
    peer: check.peer.cidr,
  });
  const rules = (groups: SecurityGroupFact[]) => groups.flatMap((g) => firewall.rulesOf(g));
  const alibaba = check.guards.groups.filter((g) => g.provider === 'alibaba');
  const aws = check.guards.groups.filter((g) => g.provider === 'aws');
  if (alibaba.length > 0) {
    const enterprise = alibaba.every((g) => g.type === 'enterprise');
    layers.push({
      name: `group ${alibaba.map((g) => g.id).join(', ')}`,
      ref: alibaba[0]!.ref,
      decide: (port) => decideAlibaba(rules(alibaba), packet(port), { enterprise }),
    });
  }
  if (aws.length > 0) {
    layers.push({
      name: `security group ${aws.map((g) => g.id).join(', ')}`,
      ref: aws[0]!.ref,
      decide: (port) => decideAwsSecurityGroups(rules(aws), packet(port)),
    });
  }
  for (const acl of check.acls) {
    layers.push({
      name: `network ACL ${acl.id}`,
      ref: acl.ref,
      decide: (port) => decideNetworkAcl(firewall.entriesOf(acl), packet(port)),
    });
  }
  return layers;
}

function formatPorts(ports: number[]): string {
  const sorted = [...ports].sort((a, b) => a - b);
  const contiguous = sorted.every((p, i) => i === 0 || p === sorted[i - 1]! + 1);
  return contiguous && sorted.length > 2 ? `${sorted[0]}-${sorted[sorted.length - 1]}` : sorted.join(', ');
}
