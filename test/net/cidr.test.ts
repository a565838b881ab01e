import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  contains,
  describeInterval,
  difference,
  intersection,
  overlaps,
  parseCidr,
  relation,
  type Cidr,
} from '../../src/net/cidr.js';

const c = (text: string): Cidr => {
  const r = parseCidr(text);
  assert.ok(r.ok, text);
  return r.cidr;
};

test('strict parsing: the reasons are precise', () => {
  const error = (text: string) => (parseCidr(text) as { ok: false; error: string }).error;
  assert.equal(error('10.0.0.0'), '"10.0.0.0" has no prefix length (expected address/prefix, e.g. 10.0.0.0/16)');
  assert.equal(error('10.0.0.0/08'), '"10.0.0.0/08" has an invalid prefix length "08"');
  assert.equal(error('10.0.0.0/33'), '"10.0.0.0/33" has prefix /33, more than the 32 bits of an IPv4 address');
  assert.equal(error('::/129'), '"::/129" has prefix /129, more than the 128 bits of an IPv6 address');
  assert.match(error('010.0.0.0/8'), /not a valid IPv4 address/);
  assert.match(error(' 10.0.0.0/8'), /is not a CIDR/);
  assert.match(error('10.0.0/8'), /not a valid IPv4 address/);
  assert.equal(parseCidr('1.2.3.4', { allowBareAddress: true }).ok, true);
});

test('a non-canonical CIDR parses to its network, and says so', () => {
  const r = parseCidr('10.0.0.1/8');
  assert.ok(r.ok);
  assert.equal(r.canonical, false);
  assert.equal(r.cidr.text, '10.0.0.0/8');
  assert.equal((parseCidr('fd00::1/64') as { cidr: Cidr }).cidr.text, 'fd00::/64');
});

test('IPv4-mapped IPv6 is the IPv4 range it maps; nothing else crosses families', () => {
  const mapped = c('::ffff:10.0.0.0/104');
  assert.equal(mapped.family, 4);
  assert.equal(mapped.text, '10.0.0.0/8');
  assert.equal(overlaps(mapped, c('10.1.0.0/16')), true);
  assert.equal(overlaps(c('0.0.0.0/0'), c('::1/128')), false);
  assert.equal(contains(c('::/0'), c('10.0.0.0/8')), false);
  assert.equal(intersection(c('0.0.0.0/0'), c('::/0')), null);
});

test('relation, intersection and difference', () => {
  assert.equal(relation(c('172.20.0.0/16'), c('172.16.0.0/12')), 'lies inside');
  assert.equal(relation(c('172.16.0.0/12'), c('172.20.0.0/16')), 'contains');
  assert.equal(relation(c('10.0.0.0/8'), c('10.0.0.0/8')), 'equals');
  assert.equal(describeInterval(intersection(c('10.0.0.0/8'), c('10.128.0.0/9'))!), '10.128.0.0/9');
  assert.deepEqual(difference(c('10.10.0.0/16'), [c('10.10.1.0/24')]).map(describeInterval), [
    '10.10.0.0/24',
    '10.10.2.0-10.10.255.255',
  ]);
  assert.deepEqual(difference(c('10.0.0.0/24'), [c('10.0.0.0/25'), c('10.0.0.128/25')]), []);
  assert.deepEqual(difference(c('10.0.0.0/24'), [c('192.168.0.0/16')]).map(describeInterval), ['10.0.0.0/24']);
});
