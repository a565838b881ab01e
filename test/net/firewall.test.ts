/** The decision functions, table-tested: ties, defaults, enterprise groups, `all`, ranges, partial peers, ACL order. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeInterval, parseCidr, type Cidr } from '../../src/net/cidr.js';
import {
  decideAlibaba,
  decideAwsSecurityGroups,
  decideNetworkAcl,
  type FirewallRule,
  type Packet,
  type Protocol,
} from '../../src/net/firewall.js';
import { parseAlibabaPortRange, parseAwsPorts } from '../../src/net/port-range.js';

const c = (t: string) => (parseCidr(t) as { cidr: Cidr }).cidr;

function rule(
  name: string,
  spec: {
    dir?: 'ingress' | 'egress';
    proto?: Protocol;
    ports?: string;
    peers?: string[];
    action?: 'accept' | 'drop';
    order?: number;
  },
): FirewallRule<string> {
  const ports =
    spec.ports === undefined ? 'all' : (parseAlibabaPortRange(spec.ports) as { ok: true; ports: 'all' }).ports;
  return {
    source: name,
    direction: spec.dir ?? 'ingress',
    protocol: spec.proto ?? 'udp',
    ports,
    peers: (spec.peers ?? ['0.0.0.0/0']).map(c),
    action: spec.action ?? 'accept',
    order: spec.order ?? 1,
  };
}

const udp8472 = (peer = '10.10.0.0/16', direction: 'ingress' | 'egress' = 'ingress'): Packet => ({
  direction,
  protocol: 'udp',
  port: 8472,
  peer: c(peer),
});

type Expect = [range: string, allowed: boolean | null, rule: string | null][];
const summary = (
  ds: { range: Parameters<typeof describeInterval>[0]; allowed: boolean | null; rule: string | null }[],
): Expect => ds.map((d) => [describeInterval(d.range), d.allowed, d.rule]);

const alibabaCases: [string, FirewallRule<string>[], Packet, boolean, Expect][] = [
  [
    'a matching accept allows',
    [rule('a', { ports: '8472/8472', peers: ['10.10.0.0/16'] })],
    udp8472(),
    false,
    [['10.10.0.0/16', true, 'a']],
  ],
  ['no rule: inbound denied in a basic group', [], udp8472(), false, [['10.10.0.0/16', false, null]]],
  [
    'no rule: outbound allowed in a basic group',
    [],
    udp8472('10.10.0.0/16', 'egress'),
    false,
    [['10.10.0.0/16', true, null]],
  ],
  [
    'no rule: outbound denied in an enterprise group',
    [],
    udp8472('10.10.0.0/16', 'egress'),
    true,
    [['10.10.0.0/16', false, null]],
  ],
  ['no rule: inbound denied in an enterprise group', [], udp8472(), true, [['10.10.0.0/16', false, null]]],
  [
    'drop beats accept at equal priority',
    [rule('a', { ports: '8472/8472' }), rule('d', { action: 'drop' })],
    udp8472(),
    false,
    [['10.10.0.0/16', false, 'd']],
  ],
  [
    'drop beats accept at equal priority, listed first',
    [rule('d', { action: 'drop' }), rule('a', { ports: '8472/8472' })],
    udp8472(),
    false,
    [['10.10.0.0/16', false, 'd']],
  ],
  [
    'smaller priority number wins: accept 1 over drop 2',
    [rule('a', { order: 1 }), rule('d', { action: 'drop', order: 2 })],
    udp8472(),
    false,
    [['10.10.0.0/16', true, 'a']],
  ],
  [
    'smaller priority number wins: drop 5 over accept 10',
    [rule('a', { order: 10 }), rule('d', { action: 'drop', order: 5 })],
    udp8472(),
    false,
    [['10.10.0.0/16', false, 'd']],
  ],
  [
    'priority 100 accept loses to nothing when alone',
    [rule('a', { order: 100 })],
    udp8472(),
    false,
    [['10.10.0.0/16', true, 'a']],
  ],
  ['protocol all matches UDP', [rule('all', { proto: 'all' })], udp8472(), false, [['10.10.0.0/16', true, 'all']]],
  [
    'protocol tcp does not match UDP',
    [rule('tcp', { proto: 'tcp', ports: '8472/8472' })],
    udp8472(),
    false,
    [['10.10.0.0/16', false, null]],
  ],
  [
    'a drop for tcp does not touch UDP',
    [rule('a', {}), rule('d', { proto: 'tcp', action: 'drop' })],
    udp8472(),
    false,
    [['10.10.0.0/16', true, 'a']],
  ],
  [
    'port range around the port matches',
    [rule('r', { ports: '8000/9000' })],
    udp8472(),
    false,
    [['10.10.0.0/16', true, 'r']],
  ],
  [
    'port range ending just below misses',
    [rule('r', { ports: '1/8471' })],
    udp8472(),
    false,
    [['10.10.0.0/16', false, null]],
  ],
  [
    'port range starting just above misses',
    [rule('r', { ports: '8473/65535' })],
    udp8472(),
    false,
    [['10.10.0.0/16', false, null]],
  ],
  [
    '-1/-1 covers every port',
    [rule('r', { ports: '-1/-1', proto: 'all' })],
    udp8472(),
    false,
    [['10.10.0.0/16', true, 'r']],
  ],
  [
    'an egress rule does not decide ingress',
    [rule('e', { dir: 'egress', action: 'drop' })],
    udp8472('10.10.0.0/16', 'egress'),
    false,
    [['10.10.0.0/16', false, 'e']],
  ],
  [
    'an ingress drop does not decide egress',
    [rule('i', { action: 'drop' })],
    udp8472('10.10.0.0/16', 'egress'),
    false,
    [['10.10.0.0/16', true, null]],
  ],
  [
    'partial coverage: only a /24 of the site is accepted',
    [rule('a', { peers: ['10.10.1.0/24'] })],
    udp8472(),
    false,
    [
      ['10.10.0.0/24', false, null],
      ['10.10.1.0/24', true, 'a'],
      ['10.10.2.0-10.10.255.255', false, null],
    ],
  ],
  [
    'partial drop: a drop for a /17 inside an accepted /16',
    [rule('a', { peers: ['10.10.0.0/16'] }), rule('d', { action: 'drop', peers: ['10.10.128.0/17'] })],
    udp8472(),
    false,
    [
      ['10.10.0.0/17', true, 'a'],
      ['10.10.128.0/17', false, 'd'],
    ],
  ],
  [
    'a rule wider than the peer covers it all',
    [rule('a', { peers: ['10.0.0.0/8'] })],
    udp8472(),
    false,
    [['10.10.0.0/16', true, 'a']],
  ],
  [
    'a rule for another network does not match',
    [rule('a', { peers: ['192.168.0.0/16'] })],
    udp8472(),
    false,
    [['10.10.0.0/16', false, null]],
  ],
  [
    'a rule naming only a group matches no CIDR',
    [{ ...rule('g', {}), peers: [] }],
    udp8472(),
    false,
    [['10.10.0.0/16', false, null]],
  ],
  [
    'an IPv6 rule never matches an IPv4 peer',
    [rule('v6', { peers: ['::/0'] })],
    udp8472(),
    false,
    [['10.10.0.0/16', false, null]],
  ],
  [
    'several accepts over adjoining ranges merge into one allowed range each',
    [rule('a1', { peers: ['10.10.0.0/17'] }), rule('a2', { peers: ['10.10.128.0/17'] })],
    udp8472(),
    false,
    [
      ['10.10.0.0/17', true, 'a1'],
      ['10.10.128.0/17', true, 'a2'],
    ],
  ],
];

for (const [name, rules, packet, enterprise, expected] of alibabaCases) {
  test(`alibaba: ${name}`, () => {
    assert.deepEqual(summary(decideAlibaba(rules, packet, { enterprise })), expected);
  });
}

test('alibaba: the decision names the accept rules a drop shadows, and why the drop decides', () => {
  const [d] = decideAlibaba(
    [rule('accept-8472', { ports: '8472/8472' }), rule('drop-all', { proto: 'all', action: 'drop' })],
    udp8472(),
    { enterprise: false },
  );
  assert.deepEqual(d!.shadowed, ['accept-8472']);
  assert.equal(d!.reason, 'drop rule at priority 1 wins: at equal priority drop beats accept');
});

test('aws security groups: allow-only, any rule of any group', () => {
  const rules = [rule('tcp', { proto: 'tcp', ports: '1/65535' }), rule('u', { peers: ['10.10.0.0/17'] })];
  assert.deepEqual(summary(decideAwsSecurityGroups(rules, udp8472())), [
    ['10.10.0.0/17', true, 'u'],
    ['10.10.128.0/17', false, null],
  ]);
  // A "drop" cannot exist in a security group; an allow for all protocols allows.
  assert.deepEqual(summary(decideAwsSecurityGroups([rule('all', { proto: 'all' })], udp8472())), [
    ['10.10.0.0/16', true, 'all'],
  ]);
});

test('network ACL: the first entry by RuleNumber decides, whatever the order written', () => {
  const entries = [
    rule('allow-100', { order: 100 }),
    rule('deny-90', { action: 'drop', order: 90, ports: '8472/8472' }),
  ];
  const [d] = decideNetworkAcl(entries, udp8472());
  assert.deepEqual([d!.allowed, d!.rule, d!.shadowed], [false, 'deny-90', ['allow-100']]);
  assert.equal(d!.reason, 'rule 90 is the first entry that matches');
});

test('network ACL: an allow numbered first beats a later deny; nothing matching is denied', () => {
  assert.deepEqual(
    summary(
      decideNetworkAcl(
        [rule('deny-200', { action: 'drop', order: 200 }), rule('allow-100', { order: 100 })],
        udp8472(),
      ),
    ),
    [['10.10.0.0/16', true, 'allow-100']],
  );
  assert.deepEqual(summary(decideNetworkAcl([rule('egress-only', { dir: 'egress' })], udp8472())), [
    ['10.10.0.0/16', false, null],
  ]);
});

test('port ranges: Alibaba spellings, and the bad ones', () => {
  assert.deepEqual(parseAlibabaPortRange('8472/8472'), { ok: true, ports: { from: 8472, to: 8472 } });
  assert.deepEqual(parseAlibabaPortRange('-1/-1'), { ok: true, ports: 'all' });
  assert.equal(parseAlibabaPortRange('200/1').ok, false);
  assert.equal(parseAlibabaPortRange('8472').ok, false);
  assert.equal(parseAlibabaPortRange('0/70000').ok, false);
  assert.deepEqual(parseAwsPorts('8472', '8472'), { ok: true, ports: { from: 8472, to: 8472 } });
  assert.deepEqual(parseAwsPorts('-1', '-1'), { ok: true, ports: 'all' });
  assert.equal(parseAwsPorts('x', '1').ok, false);
});

// Three-valued: each field of a rule unknown in turn (a template value chosen at deployment). A
// piece is decided exactly when no value of the unknown changes the outcome.
const U = { unknown: 'chosen at deployment' } as const;
type Field = 'protocol' | 'ports' | 'peers' | 'action' | 'order';
const unknownIn = (r: FirewallRule<string, string>, field: Field): FirewallRule<string, string> => ({
  ...r,
  [field]: U,
});
const decided = (ds: { allowed: boolean | null }[]) => ds.map((d) => d.allowed);

const accept1 = rule('a', { ports: '8472/8472', peers: ['10.10.0.0/16'], order: 1 }) as FirewallRule<string, string>;
const drop1 = rule('d', { proto: 'all', peers: ['10.10.0.0/16'], action: 'drop', order: 1 }) as FirewallRule<
  string,
  string
>;

const alibabaUnknowns: [
  string,
  FirewallRule<string, string>[],
  Packet,
  boolean | { unknown: string },
  (boolean | null)[],
][] = [
  [
    'a lone accept, protocol unknown: allowed or denied by default',
    [unknownIn(accept1, 'protocol')],
    udp8472(),
    false,
    [null],
  ],
  ['a lone accept, ports unknown', [unknownIn(accept1, 'ports')], udp8472(), false, [null]],
  ['a lone accept, peers unknown', [unknownIn(accept1, 'peers')], udp8472(), false, [null]],
  ['a lone accept, action unknown', [unknownIn(accept1, 'action')], udp8472(), false, [null]],
  ['a lone accept, priority unknown: whatever it is, it wins', [unknownIn(accept1, 'order')], udp8472(), false, [true]],
  [
    'a drop with peers unknown ties an accept at priority 1: drop would win',
    [accept1, unknownIn(drop1, 'peers')],
    udp8472(),
    false,
    [null],
  ],
  [
    'a drop with peers unknown at priority 5 under an accept at 1: allowed whatever it covers',
    [accept1, { ...unknownIn(drop1, 'peers'), order: 5 }],
    udp8472(),
    false,
    [true],
  ],
  [
    'a drop with priority unknown against an accept at 1: it may tie',
    [accept1, unknownIn(drop1, 'order')],
    udp8472(),
    false,
    [null],
  ],
  ['a drop with protocol unknown ties the accept', [accept1, unknownIn(drop1, 'protocol')], udp8472(), false, [null]],
  ['a drop with ports unknown ties the accept', [accept1, unknownIn(drop1, 'ports')], udp8472(), false, [null]],
  ['a rule with action unknown ties the accept', [accept1, unknownIn(drop1, 'action')], udp8472(), false, [null]],
  ['a lone drop with priority unknown: denied either way', [unknownIn(drop1, 'order')], udp8472(), false, [false]],
  [
    'an accept with peers unknown under a known drop at its priority: denied',
    [unknownIn(accept1, 'peers'), drop1],
    udp8472(),
    false,
    [false],
  ],
  [
    'an accept with priority unknown against a drop at 50: it may come first',
    [unknownIn(accept1, 'order'), { ...drop1, order: 50 }],
    udp8472(),
    false,
    [null],
  ],
  [
    'no rule, outbound, group type unknown: basic allows, enterprise denies',
    [],
    udp8472('10.10.0.0/16', 'egress'),
    U,
    [null],
  ],
  ['no rule, inbound from outside, group type unknown: denied either way', [], udp8472(), U, [false]],
];

for (const [name, rules, packet, enterprise, expected] of alibabaUnknowns) {
  test(`alibaba, unknown values: ${name}`, () => {
    assert.deepEqual(decided(decideAlibaba(rules, packet, { enterprise })), expected);
  });
}

test('alibaba, unknown values: an undecided piece names the rules it hangs on and what each would do', () => {
  const quarantine = { ...unknownIn(drop1, 'peers'), source: 'quarantine', order: 5 };
  const late = { ...accept1, source: 'late-accept', order: 10 };
  const [d] = decideAlibaba([quarantine, late], udp8472(), { enterprise: false });
  assert.equal(d!.allowed, null);
  assert.equal(d!.rule, null);
  assert.deepEqual(d!.hinges, [{ rule: 'quarantine', unknowns: ['chosen at deployment'], effect: 'blocks' }]);
});

const UNKNOWN_PEER_TITLE =
  'alibaba, unknown values: a known rule decides the pieces ' +
  'outside an unknown-peer rule only where it may not reach';
test(UNKNOWN_PEER_TITLE, () => {
  // The accept covers a /17 of the site; the unknown drop could be anywhere: both halves undecided
  // only where an accept could win or lose.
  const half = rule('half', { ports: '8472/8472', peers: ['10.10.0.0/17'], order: 10 }) as FirewallRule<string, string>;
  const ds = decideAlibaba([half, { ...unknownIn(drop1, 'peers'), order: 5 }], udp8472(), { enterprise: false });
  assert.deepEqual(summary(ds), [
    ['10.10.0.0/17', null, null],
    ['10.10.128.0/17', false, null],
  ]);
});

test('aws security groups, unknown values: an allow that may not match leaves the rest undecided', () => {
  const allow = rule('u', { peers: ['10.10.0.0/16'] }) as FirewallRule<string, string>;
  for (const field of ['protocol', 'ports', 'peers'] as const)
    assert.deepEqual(decided(decideAwsSecurityGroups([unknownIn(allow, field)], udp8472())), [null], field);
  assert.deepEqual(decided(decideAwsSecurityGroups([unknownIn(allow, 'peers'), allow], udp8472())), [true]);
});

test('network ACL, unknown values: the first entry decides only when no unknown can come before it', () => {
  const allow100 = rule('allow-100', { order: 100 }) as FirewallRule<string, string>;
  const deny90 = rule('deny-90', { action: 'drop', order: 90 }) as FirewallRule<string, string>;
  const cases: [string, FirewallRule<string, string>[], (boolean | null)[]][] = [
    ['a deny with peers unknown numbered first', [allow100, unknownIn(deny90, 'peers')], [null]],
    [
      'a deny with peers unknown numbered after the allow',
      [allow100, { ...unknownIn(deny90, 'peers'), order: 110 }],
      [true],
    ],
    ['a deny with its number unknown', [allow100, unknownIn(deny90, 'order')], [null]],
    ['a deny with protocol unknown numbered first', [allow100, unknownIn(deny90, 'protocol')], [null]],
    ['a deny with ports unknown numbered first', [allow100, unknownIn(deny90, 'ports')], [null]],
    ['an entry with its action unknown, alone', [unknownIn(allow100, 'action')], [null]],
    ['an allow with protocol unknown after a known deny', [unknownIn(allow100, 'protocol'), deny90], [false]],
  ];
  for (const [name, rules, expected] of cases)
    assert.deepEqual(decided(decideNetworkAcl(rules, udp8472())), expected, name);
});

test('port ranges: AWS "All TCP/UDP" is FromPort 0, ToPort 65535; other ranges from 0 are ranges', () => {
  assert.deepEqual(parseAwsPorts(0, 65535), { ok: true, ports: 'all' });
  assert.deepEqual(parseAwsPorts('0', '1024'), { ok: true, ports: { from: 0, to: 1024 } });
  assert.equal(parseAwsPorts('0', '65536').ok, false);
});

test('a basic group lets its members reach each other when no rule matches; an enterprise group does not', () => {
  const members = { ...udp8472(), members: true };
  assert.deepEqual(decided(decideAlibaba([], members, { enterprise: false })), [true]);
  assert.deepEqual(decided(decideAlibaba([], members, { enterprise: false, innerAccept: false })), [false]);
  assert.deepEqual(decided(decideAlibaba([], members, { enterprise: true })), [false]);
});
