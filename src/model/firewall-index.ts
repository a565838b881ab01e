/**
 * Every security group rule and ACL entry of the model, validated once and turned into the
 * FirewallRule shape that src/net/firewall.ts decides with. Bad values (a PortRange of 200/1, an
 * unknown protocol, a priority of 0) are input/invalid-resource findings, and the rule is left
 * out of every decision rather than guessed.
 */
import { invalidResource } from '../core/input-findings.js';
import type { RawFinding, SourceRef } from '../core/finding.js';
import type {
  NetworkAclEntryFact,
  NetworkAclFact,
  NetworkModel,
  SecurityGroupFact,
  SecurityGroupRuleFact,
} from './types.js';
import { parseCidr, type Cidr } from '../net/cidr.js';
import type { FirewallRule, Protocol } from '../net/firewall.js';
import { parseAlibabaPortRange, parseAwsPorts, type ParsedPorts, type PortRange } from '../net/port-range.js';

/** What a decision points back at: a rule of a group, an ACL entry, or the group itself. */
export interface RuleSource {
  ref: SourceRef;
  /** "drop rule (UDP 8472, priority 1) of group sg-cloud". */
  words: string;
}

const field = (ref: SourceRef, key: string): SourceRef => ({ ...ref, path: [...ref.path, key] });

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
  private readonly groupRules = new Map<SecurityGroupFact, FirewallRule<RuleSource>[]>();
  private readonly aclRules = new Map<NetworkAclFact, FirewallRule<RuleSource>[]>();

  constructor(model: NetworkModel) {
    for (const group of model.securityGroups) {
      const rules = group.rules.flatMap((r) =>
        group.provider === 'alibaba' ? this.alibabaRule(group, r) : this.awsRule(group, r),
      );
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
    for (const acl of model.networkAcls)
      this.aclRules.set(
        acl,
        acl.entries.flatMap((e) => this.aclEntry(acl, e)),
      );
  }

  rulesOf(group: SecurityGroupFact): FirewallRule<RuleSource>[] {
    return this.groupRules.get(group) ?? [];
  }

  entriesOf(acl: NetworkAclFact): FirewallRule<RuleSource>[] {
    return this.aclRules.get(acl) ?? [];
  }

  /** Records a bad value; the rule it belongs to takes part in no decision (hence no rules). */
  private invalid(
    ref: SourceRef,
    detail: string,
    group: { resource: RawFinding['resource'] },
  ): FirewallRule<RuleSource>[] {
    this.problems.push(invalidResource(ref, detail, group.resource));
    return [];
  }

  private alibabaRule(group: SecurityGroupFact, rule: SecurityGroupRuleFact): FirewallRule<RuleSource>[] {
    const protocol = rule.protocol === null ? undefined : ALIBABA_PROTOCOLS[rule.protocol];
    if (!protocol)
      return this.invalid(
        rule.protocol === null ? rule.ref : field(rule.ref, 'IpProtocol'),
        rule.protocol === null
          ? 'security group rule without IpProtocol'
          : `IpProtocol "${rule.protocol}" is not one of tcp, udp, icmp, icmpv6, gre, all`,
        group,
      );
    const ports: ParsedPorts =
      rule.portRange === null
        ? protocol === 'tcp' || protocol === 'udp'
          ? { ok: false, error: `a ${protocol} rule needs a PortRange` }
          : { ok: true, ports: 'all' }
        : parseAlibabaPortRange(rule.portRange);
    if (!ports.ok)
      return this.invalid(rule.portRange === null ? rule.ref : field(rule.ref, 'PortRange'), ports.error, group);
    const policy = rule.policy ?? 'accept';
    if (policy !== 'accept' && policy !== 'drop')
      return this.invalid(field(rule.ref, 'Policy'), `Policy "${rule.policy}" is not accept or drop`, group);
    const priority = rule.priority === null ? 1 : Number(rule.priority);
    if (!Number.isInteger(priority) || priority < 1 || priority > 100)
      return this.invalid(
        field(rule.ref, 'Priority'),
        `Priority "${rule.priority}" is not a whole number from 1 to 100`,
        group,
      );
    const peers = this.peers(group, rule, true);
    if (!peers) return [];
    return [
      {
        source: {
          ref: rule.ref,
          words: `${policy} rule (${describeTraffic(protocol, ports.ports)}, priority ${priority}) of group ${group.id}`,
        },
        direction: rule.direction,
        protocol,
        ports: ports.ports,
        peers,
        action: policy,
        order: priority,
      },
    ];
  }

  private awsRule(group: SecurityGroupFact, rule: SecurityGroupRuleFact): FirewallRule<RuleSource>[] {
    const protocol =
      rule.protocol === null
        ? undefined
        : (AWS_PROTOCOLS[rule.protocol] ?? (/^\d+$/.test(rule.protocol) ? 'other' : undefined));
    if (!protocol)
      return this.invalid(
        rule.protocol === null ? rule.ref : field(rule.ref, 'IpProtocol'),
        rule.protocol === null
          ? 'security group rule without IpProtocol'
          : `IpProtocol "${rule.protocol}" is not tcp, udp, icmp, icmpv6, -1 or a protocol number`,
        group,
      );
    const ports =
      protocol === 'all'
        ? ({ ok: true, ports: 'all' } as const)
        : parseAwsPorts(rule.fromPort ?? undefined, rule.toPort ?? undefined);
    if (!ports.ok) return this.invalid(field(rule.ref, 'FromPort'), ports.error, group);
    const peers = this.peers(group, rule, false);
    if (!peers) return [];
    return [
      {
        source: { ref: rule.ref, words: `allow rule (${protocol}) of security group ${group.id}` },
        direction: rule.direction,
        protocol,
        ports: ports.ports,
        peers,
        action: 'accept',
        order: 0,
      },
    ];
  }

  /** Remote CIDRs; an Alibaba rule with neither CIDR nor group means 0.0.0.0/0. Undefined when one is malformed. */
  private peers(group: SecurityGroupFact, rule: SecurityGroupRuleFact, alibaba: boolean): Cidr[] | undefined {
    if (rule.peerCidrs.length === 0) return rule.peerGroup === null && alibaba ? [ANY_IPV4] : [];
    const out: Cidr[] = [];
    for (const peer of rule.peerCidrs) {
      const parsed = parseCidr(peer.cidr, { allowBareAddress: true });
      if (!parsed.ok) {
        this.invalid(peer.ref, `security group rule: ${parsed.error}`, group);
        return undefined;
      }
      out.push(parsed.cidr);
    }
    return out;
  }

  private aclEntry(acl: NetworkAclFact, entry: NetworkAclEntryFact): FirewallRule<RuleSource>[] {
    const number = Number(entry.ruleNumber);
    if (!Number.isInteger(number) || number < 1 || number > 32766)
      return this.invalid(
        field(entry.ref, 'Properties'),
        `RuleNumber "${entry.ruleNumber}" is not a whole number from 1 to 32766`,
        acl,
      );
    const protocol =
      entry.protocol === null
        ? undefined
        : (AWS_PROTOCOLS[entry.protocol.toLowerCase()] ?? (/^\d+$/.test(entry.protocol) ? 'other' : undefined));
    if (!protocol)
      return this.invalid(
        field(entry.ref, 'Properties'),
        `Protocol "${entry.protocol}" is not -1 or a protocol number`,
        acl,
      );
    const action = entry.action === 'allow' ? 'accept' : entry.action === 'deny' ? 'drop' : undefined;
    if (!action)
      return this.invalid(field(entry.ref, 'Properties'), `RuleAction "${entry.action}" is not allow or deny`, acl);
    const ports =
      protocol === 'tcp' || protocol === 'udp'
        ? parseAwsPorts(entry.fromPort ?? undefined, entry.toPort ?? undefined)
        : ({ ok: true, ports: 'all' } as const);
    if (!ports.ok) return this.invalid(field(entry.ref, 'Properties'), ports.error, acl);
    if (!entry.cidr) return [];
    const cidr = parseCidr(entry.cidr.cidr);
    if (!cidr.ok) return this.invalid(entry.cidr.ref, `network ACL entry: ${cidr.error}`, acl);
    return [
      {
        source: {
          ref: entry.ref,
          words: `${action === 'accept' ? 'allow' : 'deny'} entry ${number} of network ACL ${acl.id}`,
        },
        direction: entry.egress ? 'egress' : 'ingress',
        protocol,
        ports: ports.ports,
        peers: [cidr.cidr],
        action,
        order: number,
      },
    ];
  }
}

/** "udp port 8472", "tcp ports 1-65535", "all protocols". */
function describeTraffic(protocol: Protocol, ports: PortRange | 'all'): string {
  if (protocol === 'all') return 'all protocols';
  if (ports === 'all') return `${protocol}, all ports`;
  return ports.from === ports.to ? `${protocol} port ${ports.from}` : `${protocol} ports ${ports.from}-${ports.to}`;
}

const ANY_IPV4 = (parseCidr('0.0.0.0/0') as { cidr: Cidr }).cidr;
const ALL_ADDRESSES = [ANY_IPV4, (parseCidr('::/0') as { cidr: Cidr }).cidr];
