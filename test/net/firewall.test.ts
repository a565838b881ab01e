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
