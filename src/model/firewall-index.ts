/**
 * Every security group rule and ACL entry of the model, validated once and turned into the
 * FirewallRule shape that src/net/firewall.ts decides with. Bad values (a PortRange of 200/1, an
 * unknown protocol, a priority of 0) are input/invalid-resource findings, and the rule is left
 * out of every decision rather than guessed. Values a template leaves to deployment stay
 * unknown, never invalid: the decisions that hang on them are left undecided.
 */
import { invalidResource } from '../core/input-findings.js';
import type { RawFinding, SourceRef } from '../core/finding.js';
import type {
  NetworkAclEntryFact,
  NetworkAclFact,
  NetworkModel,
  SecurityGroupFact,
  SecurityGroupRuleFact,
  SecurityValue,
  UnknownValue,
} from './types.js';
import { parseCidr, type Cidr } from '../net/cidr.js';
import { type Action, FirewallLayer, type FirewallRule, type Protocol, type Unknown } from '../net/firewall.js';
import { parseAlibabaPortRange, parseAwsPorts, type ParsedPorts, type PortRange } from '../net/port-range.js';

/** What a decision points back at: a rule of a group, an ACL entry, or the group itself. */
export interface RuleSource {
  ref: SourceRef;
  /** "drop rule (UDP 8472, priority 1) of group sg-cloud". */
  words: string;
}

const field = (ref: SourceRef, key: string): SourceRef => ({ ...ref, path: [...ref.path, key] });

export type Rule = FirewallRule<RuleSource, UnknownValue>;
type Maybe<T> = T | Unknown<UnknownValue>;
const unknownOf = (v: SecurityValue | null): v is { unknown: UnknownValue } => typeof v === 'object' && v !== null;

const ALIBABA_PROTOCOLS: Record<string, Protocol> = {
  tcp: 'tcp',
  udp: 'udp',
  icmp: 'icmp',
  icmpv6: 'icmp',
  gre: 'gre',
  all: 'all',
  any: 'all',
};
const AWS_PROTOCOLS: Record<string, Protocol> = {
  '-1': 'all',
  all: 'all',
  tcp: 'tcp',
  '6': 'tcp',
  udp: 'udp',
  '17': 'udp',
  icmp: 'icmp',
  '1': 'icmp',
  icmpv6: 'icmp',
  '58': 'icmp',
};

export class FirewallIndex {
  readonly problems: RawFinding[] = [];
  private readonly groupRules = new Map<SecurityGroupFact, Rule[]>();
  private readonly aclRules = new Map<NetworkAclFact, Rule[]>();
  private readonly layers = new Map<string, FirewallLayer<RuleSource, UnknownValue>>();

  constructor(model: NetworkModel) {
    for (const group of model.securityGroups) {
      const rules: Rule[] = [];
      for (const r of group.rules) {
        const rule = group.provider === 'alibaba' ? this.alibabaRule(group, r) : this.awsRule(group, r);
        if (rule) rules.push(rule);
      }
      if (group.implicitAllowEgress) {
        rules.push({
          source: { ref: group.ref, words: `the allow-all egress CloudFormation adds to group ${group.id}` },
          direction: 'egress',
          protocol: 'all',
          ports: 'all',
          peers: ALL_ADDRESSES,
          action: 'accept',
          order: 0,
        });
      }
      this.groupRules.set(group, rules);
    }
    for (const acl of model.networkAcls) {
      const rules: Rule[] = [];
      for (const e of acl.entries) {
        const rule = this.aclEntry(acl, e);
        if (rule) rules.push(rule);
      }
      this.aclRules.set(acl, rules);
    }
  }

  rulesOf(group: SecurityGroupFact): Rule[] {
    return this.groupRules.get(group) ?? [];
  }

  entriesOf(acl: NetworkAclFact): Rule[] {
    return this.aclRules.get(acl) ?? [];
  }

  /**
   * The Alibaba groups of a host as one layer (Alibaba sorts the rules of all an instance's
   * groups together), built once and reused by every check.
   */
  alibabaLayer(groups: readonly SecurityGroupFact[]): FirewallLayer<RuleSource, UnknownValue> {
    return this.cached(`alibaba:${groups.map(groupKey).join('\0')}`, () => {
      const rules: Rule[] = [];
      for (const g of groups) for (const r of this.rulesOf(g)) rules.push(r);
      // The defaults of enterprise groups apply when every group is one; a type left to
      // deployment leaves the default open.
      const unknownType = groups.find((g) => g.typeUnknown)?.typeUnknown;
      const enterprise = groups.every((g) => g.type === 'enterprise' && !g.typeUnknown);
      return new FirewallLayer('alibaba', rules, {
        enterprise: unknownType && !enterprise ? { unknown: unknownType } : enterprise,
        innerAccept: groups.every((g) => g.innerAccessPolicy !== 'drop'),
      });
    });
  }

  awsLayer(groups: readonly SecurityGroupFact[]): FirewallLayer<RuleSource, UnknownValue> {
    return this.cached(`aws:${groups.map(groupKey).join('\0')}`, () => {
      const rules: Rule[] = [];
      for (const g of groups) for (const r of this.rulesOf(g)) rules.push(r);
      return new FirewallLayer('aws-security-group', rules);
    });
  }

  aclLayer(acl: NetworkAclFact): FirewallLayer<RuleSource, UnknownValue> {
    return this.cached(
      `acl:${acl.ref.file}#${acl.ref.doc}/${acl.id}`,
      () => new FirewallLayer('network-acl', this.entriesOf(acl)),
    );
  }

  private cached(key: string, make: () => FirewallLayer<RuleSource, UnknownValue>) {
    let layer = this.layers.get(key);
    if (!layer) {
      layer = make();
      this.layers.set(key, layer);
    }
    return layer;
  }

  /** Records a bad value; the rule it belongs to takes part in no decision. */
  private invalid(ref: SourceRef, detail: string, owner: { resource: RawFinding['resource'] }): undefined {
    this.problems.push(invalidResource(ref, detail, owner.resource));
    return undefined;
  }

  private alibabaRule(group: SecurityGroupFact, rule: SecurityGroupRuleFact): Rule | undefined {
    const protocol = this.protocol(
      rule.protocol,
      ALIBABA_PROTOCOLS,
      rule.ref,
      group,
      'IpProtocol',
      'one of tcp, udp, icmp, icmpv6, gre, all',
    );
    if (!protocol) return undefined;
    const ports = this.alibabaPorts(rule.portRange, protocol, rule.ref, group, 'PortRange');
    if (!ports) return undefined;
    const action = this.action(
      rule.policy,
      { accept: 'accept', drop: 'drop' },
      'accept',
      field(rule.ref, 'Policy'),
      group,
      'Policy',
      'accept or drop',
    );
    if (!action) return undefined;
    const order = this.order(rule.priority, 1, 100, field(rule.ref, 'Priority'), group, 'Priority');
    if (order === undefined) return undefined;
    const peers = this.peers(group, rule.peerCidrs, rule.peersUnknown, rule.peerGroup === null ? [ANY_IPV4] : []);
    if (!peers) return undefined;
    const words =
      `${typeof action === 'string' ? `${action} rule` : 'rule'} (${describeTraffic(protocol, ports)}, ` +
      `priority ${typeof order === 'number' ? order : 'unknown'}) of group ${group.id}`;
    return { source: { ref: rule.ref, words }, direction: rule.direction, protocol, ports, peers, action, order };
  }

  private awsRule(group: SecurityGroupFact, rule: SecurityGroupRuleFact): Rule | undefined {
    const protocol = this.protocol(
      rule.protocol,
      AWS_PROTOCOLS,
      rule.ref,
      group,
      'IpProtocol',
      'tcp, udp, icmp, icmpv6, -1 or a protocol number',
    );
    if (!protocol) return undefined;
    const ports = this.awsPorts(rule.fromPort, rule.toPort, protocol, field(rule.ref, 'FromPort'), group);
    if (!ports) return undefined;
    const peers = this.peers(group, rule.peerCidrs, rule.peersUnknown, []);
    if (!peers) return undefined;
    const traffic = typeof protocol === 'string' ? protocol : 'protocol unknown';
    const words = `allow rule (${traffic}) of security group ${group.id}`;
    return {
      source: { ref: rule.ref, words },
      direction: rule.direction,
      protocol,
      ports,
      peers,
      action: 'accept',
      order: 0,
    };
  }

  private aclEntry(acl: NetworkAclFact, entry: NetworkAclEntryFact): Rule | undefined {
    const alibaba = acl.provider === 'alibaba';
    const at = alibaba ? entry.ref : field(entry.ref, 'Properties');
    const order = this.order(entry.ruleNumber, 1, 32766, at, acl, alibaba ? 'position' : 'RuleNumber');
    if (order === undefined) return undefined;
    const protocol = alibaba
      ? this.protocol(entry.protocol, ALIBABA_PROTOCOLS, entry.ref, acl, 'Protocol', 'one of tcp, udp, icmp, gre, all')
      : this.protocol(entry.protocol, AWS_PROTOCOLS, at, acl, 'Protocol', '-1 or a protocol number', true);
    if (!protocol) return undefined;
    const action = alibaba
      ? this.action(
          entry.action,
          { accept: 'accept', drop: 'drop' },
          undefined,
          field(entry.ref, 'Policy'),
          acl,
          'Policy',
          'accept or drop',
        )
      : this.action(entry.action, { allow: 'accept', deny: 'drop' }, undefined, at, acl, 'RuleAction', 'allow or deny');
    if (!action) return undefined;
    const ports = alibaba
      ? this.alibabaPorts(entry.portRange, protocol, entry.ref, acl, 'Port')
      : this.awsPorts(entry.fromPort, entry.toPort, protocol, at, acl);
    if (!ports) return undefined;
    let peers: Maybe<Cidr[]>;
    if (entry.cidrUnknown) peers = { unknown: entry.cidrUnknown };
    else if (!entry.cidr) return undefined;
    else {
      const cidr = parseCidr(entry.cidr.cidr);
      if (!cidr.ok) return this.invalid(entry.cidr.ref, `network ACL entry: ${cidr.error}`, acl);
      peers = [cidr.cidr];
    }
    const verb = typeof action === 'string' ? (alibaba ? action : action === 'accept' ? 'allow' : 'deny') : 'an';
    const number = typeof order === 'number' ? String(order) : '(number unknown)';
    const words = `${verb} entry ${number} of network ACL ${acl.id}`;
    return {
      source: { ref: entry.ref, words },
      direction: entry.egress ? 'egress' : 'ingress',
      protocol,
      ports,
      peers,
      action,
      order,
    };
  }

  private protocol(
    value: SecurityValue | null,
    names: Record<string, Protocol>,
    ref: SourceRef,
    owner: { resource: RawFinding['resource'] },
    key: string,
    expected: string,
    numbers = false,
  ): Maybe<Protocol> | undefined {
    if (unknownOf(value)) return value;
    const at = value === null || ref.path.at(-1) === 'Properties' ? ref : field(ref, key);
    if (value === null) return this.invalid(at, `a rule without ${key}`, owner);
    const protocol =
      names[value.toLowerCase()] ??
      (numbers || names === AWS_PROTOCOLS ? (/^\d+$/.test(value) ? 'other' : undefined) : undefined);
    if (!protocol) return this.invalid(at, `${key} "${value}" is not ${expected}`, owner);
    return protocol;
  }

  /** Alibaba "start/end"; absent means every port for protocols without ports. */
  private alibabaPorts(
    value: SecurityValue | null,
    protocol: Maybe<Protocol>,
    ref: SourceRef,
    owner: { resource: RawFinding['resource'] },
    key: string,
  ): Maybe<PortRange | 'all'> | undefined {
    if (unknownOf(value)) return value;
    if (value === null) {
      if (unknownOf(protocol)) return protocol;
      return protocol === 'tcp' || protocol === 'udp'
        ? this.invalid(ref, `a ${protocol} rule needs a ${key}`, owner)
        : 'all';
    }
    const parsed = parseAlibabaPortRange(value);
    return parsed.ok ? parsed.ports : this.invalid(field(ref, key), parsed.error, owner);
  }

  private awsPorts(
    from: SecurityValue | null,
    to: SecurityValue | null,
    protocol: Maybe<Protocol>,
    ref: SourceRef,
    owner: { resource: RawFinding['resource'] },
  ): Maybe<PortRange | 'all'> | undefined {
    if (
      protocol === 'all' ||
      (typeof protocol === 'string' && protocol !== 'tcp' && protocol !== 'udp' && from === null)
    )
      return 'all';
    if (unknownOf(from)) return from;
    if (unknownOf(to)) return to;
    const parsed: ParsedPorts = parseAwsPorts(from ?? undefined, to ?? undefined);
    return parsed.ok ? parsed.ports : this.invalid(ref, parsed.error, owner);
  }

  private action(
    value: SecurityValue | null,
    names: Record<string, Action>,
    absent: Action | undefined,
    ref: SourceRef,
    owner: { resource: RawFinding['resource'] },
    key: string,
    expected: string,
  ): Maybe<Action> | undefined {
    if (unknownOf(value)) return value;
    if (value === null) return absent ?? this.invalid(ref, `an entry without ${key}`, owner);
    return names[value] ?? this.invalid(ref, `${key} "${value}" is not ${expected}`, owner);
  }

  private order(
    value: SecurityValue | null,
    min: number,
    max: number,
    ref: SourceRef,
    owner: { resource: RawFinding['resource'] },
    key: string,
  ): Maybe<number> | undefined {
    if (unknownOf(value)) return value;
    if (value === null && key === 'Priority') return 1;
    const n = Number(value);
    if (value === null || !Number.isInteger(n) || n < min || n > max)
      return this.invalid(ref, `${key} "${value}" is not a whole number from ${min} to ${max}`, owner);
    return n;
  }

  /** Remote CIDRs; `absent` when the rule names none. Undefined when one is malformed. */
  private peers(
    owner: { resource: RawFinding['resource'] },
    cidrs: { cidr: string; ref: SourceRef }[],
    unknown: UnknownValue | null,
    absent: Cidr[],
  ): Maybe<Cidr[]> | undefined {
    if (unknown) return { unknown };
    if (cidrs.length === 0) return absent;
    const out: Cidr[] = [];
    for (const peer of cidrs) {
      const parsed = parseCidr(peer.cidr, { allowBareAddress: true });
      if (!parsed.ok) return this.invalid(peer.ref, `security group rule: ${parsed.error}`, owner);
      out.push(parsed.cidr);
    }
    return out;
  }
}

/** A group as one layer knows it: two templates may each declare a group of one logical name. */
const groupKey = (g: SecurityGroupFact) => `${g.ref.file}#${g.ref.doc}/${g.id}`;

/** "udp port 8472", "tcp ports 1-65535", "all protocols". */
function describeTraffic(protocol: Maybe<Protocol>, ports: Maybe<PortRange | 'all'>): string {
  if (protocol === 'all') return 'all protocols';
  const name = typeof protocol === 'string' ? protocol : 'protocol unknown';
  if (typeof ports === 'object' && 'unknown' in ports) return `${name}, ports unknown`;
  if (ports === 'all') return `${name}, all ports`;
  return ports.from === ports.to ? `${name} port ${ports.from}` : `${name} ports ${ports.from}-${ports.to}`;
}

const ANY_IPV4 = (parseCidr('0.0.0.0/0') as { cidr: Cidr }).cidr;
const ALL_ADDRESSES = [ANY_IPV4, (parseCidr('::/0') as { cidr: Cidr }).cidr];
