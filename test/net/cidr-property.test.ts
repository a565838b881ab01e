/**
 * Property test against an independent oracle: 12,000 random CIDR pairs, both families, every
 * prefix length from /0 to /32 and /128, answered by our arithmetic and by Python's ipaddress
 * (overlaps, subnet_of, canonical text, address_exclude). Zero disagreements allowed.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { test } from 'node:test';
import {
  contains,
  difference,
  formatAddress,
  overlaps,
  parseCidr,
  toCidrs,
  type Cidr,
  type Family,
} from '../../src/net/cidr.js';
import { ROOT } from '../helpers.js';

const PAIRS = 12_000;
const python = spawnSync('python3', ['--version']).status === 0;

/** xorshift128+, seeded: the same pairs on every run. */
function rng(seed: number) {
  let s0 = BigInt(seed) | 1n;
  let s1 = 0x9e3779b97f4a7c15n;
  const mask = (1n << 64n) - 1n;
  return () => {
    let x = s0;
    const y = s1;
    s0 = y;
    x ^= (x << 23n) & mask;
    s1 = x ^ y ^ (x >> 17n) ^ (y >> 26n);
    return (s1 + y) & mask;
  };
}

const next = rng(20261126);
const int = (n: number) => Number(next() % BigInt(n));
const bits = (family: Family) => (family === 4 ? 32 : 128);
const randomAddress = (family: Family): bigint => (family === 4 ? next() & 0xffffffffn : (next() << 64n) | next());

function text(family: Family, address: bigint, prefix: number): string {
  return `${formatAddress(family, address)}/${prefix}`;
}

function randomPair(): [string, string] {
  const family: Family = int(2) === 0 ? 4 : 6;
  const a = randomAddress(family);
  const pa = int(bits(family) + 1);
  const kind = int(10);
  if (kind < 1) {
    // Across families: never an overlap, never containment.
    const other: Family = family === 4 ? 6 : 4;
    return [text(family, a, pa), text(other, randomAddress(other), int(bits(other) + 1))];
  }
  if (kind < 6) {
    // Nested or disjoint neighbours: the same address bits under another prefix, or a flip
    // of one bit, so that containment and near misses are common.
    const pb = int(bits(family) + 1);
    const flip = kind === 5 ? 1n << BigInt(int(bits(family))) : 0n;
    return [text(family, a, pa), text(family, a ^ flip, pb)];
  }
  return [text(family, a, pa), text(family, randomAddress(family), int(bits(family) + 1))];
}

test(`CIDR arithmetic agrees with Python's ipaddress on ${PAIRS} random pairs`, {
  skip: !python && 'python3 not found: the oracle test is skipped',
}, () => {
  const edges: [string, string][] = [
    ['0.0.0.0/0', '255.255.255.255/32'],
    ['0.0.0.0/0', '::/0'],
    ['0.0.0.0/0', '::1/128'],
    ['::/0', 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/128'],
    ['10.0.0.1/8', '10.255.255.255/32'],
    ['192.168.0.0/16', '192.169.0.0/16'],
    ['fd00::/8', 'fe00::/8'],
    ['1:0:2:3:4:5:6:7/128', '1::/16'],
  ];
  const pairs = [...edges, ...Array.from({ length: PAIRS }, randomPair)];
  const prefixes = new Set(pairs.flat().map((p) => p.split('/')[1]));
  for (const p of ['0', '32', '128']) assert.ok(prefixes.has(p), `prefix /${p} is exercised`);

  const oracle = spawnSync('python3', [path.join(ROOT, 'test', 'net', 'cidr-oracle.py')], {
    input: `${pairs.map(([a, b]) => JSON.stringify({ a, b })).join('\n')}\n`,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  assert.equal(oracle.status, 0, oracle.stderr);
  const answers = oracle.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  assert.equal(answers.length, pairs.length);

  const disagreements: string[] = [];
  let differences = 0;
  pairs.forEach(([as, bs], i) => {
    const expected = answers[i];
    const a = (parseCidr(as) as { ok: true; cidr: Cidr }).cidr;
    const b = (parseCidr(bs) as { ok: true; cidr: Cidr }).cidr;
    const ours: Record<string, unknown> = {
      a: a.text,
      b: b.text,
      overlaps: overlaps(a, b),
      a_in_b: contains(b, a),
      b_in_a: contains(a, b),
    };
    if (expected.a_minus_b) {
      ours.a_minus_b = difference(a, [b])
        .flatMap(toCidrs)
        .map((c) => c.text)
        .sort();
      differences++;
    }
    try {
      assert.deepEqual(ours, expected);
    } catch {
      disagreements.push(`${as} ${bs}: ours ${JSON.stringify(ours)} python ${JSON.stringify(expected)}`);
    }
  });
  assert.deepEqual(disagreements.slice(0, 5), [], `${disagreements.length} disagreements`);
  assert.ok(differences > 500, `difference() compared on ${differences} nested pairs`);
});
