/**
 * The official YAML test suite (../shared/corpus/yaml-test-suite): every invalid case is an
 * input/parse-error with a position, every valid case parses without one, and where the fast
 * path reads a case, it reads what the careful path reads.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { parseText } from '../../src/parse/parse-documents.js';
import { fastLoad } from '../../src/parse/fast-load.js';
import { sharedCorpus } from '../helpers.js';

const suite = sharedCorpus('yaml-test-suite');
const skip = !suite && '../shared/corpus/yaml-test-suite not found: skipped';
const cases = (kind: string) =>
  readdirSync(path.join(suite!, kind))
    .filter((f) => f.endsWith('.yaml'))
    .sort();

/**
 * 2JQS maps two empty keys: the suite allows it, edgenet refuses duplicate keys as kubectl does
 * (sigs.k8s.io/yaml decodes with go-yaml, which fails on "mapping key already defined").
 */
const DUPLICATE_KEYS_ON_PURPOSE = new Set(['2JQS.yaml']);

test('every invalid case of the YAML test suite is a parse error with a position', { skip }, () => {
  const missed: string[] = [];
  const invalid = cases('invalid');
  for (const name of invalid) {
    const parsed = parseText(name, readFileSync(path.join(suite!, 'invalid', name), 'utf8'));
    const error = parsed.problems.find((p) => p.kind === 'parse-error');
    if (!error) missed.push(name);
    else assert.ok(error.line >= 1 && error.column >= 1, name);
  }
  assert.deepEqual(missed, []);
  assert.ok(invalid.length >= 90);
});

test('every valid case parses without a parse error', { skip }, () => {
  const refused = cases('valid')
    .filter((name) => !DUPLICATE_KEYS_ON_PURPOSE.has(name))
    .filter((name) => parseText(name, readFileSync(path.join(suite!, 'valid', name), 'utf8')).problems.length > 0);
  assert.deepEqual(refused, []);
});

test('where the fast path reads a case, it reads what the careful path reads', { skip }, () => {
  let compared = 0;
  for (const kind of ['valid', 'invalid']) {
    for (const name of cases(kind)) {
      const text = readFileSync(path.join(suite!, kind, name), 'utf8');
      const fast = fastLoad(text);
      if (!fast.ok) continue;
      const careful = parseText(name, text, { fast: false });
      assert.deepEqual(careful.problems, [], `${kind}/${name}: the fast path accepted what the careful path refuses`);
      assert.deepEqual(
        JSON.parse(JSON.stringify(fast.documents)),
        JSON.parse(JSON.stringify(careful.documents)),
        `${kind}/${name}`,
      );
      compared++;
    }
  }
  assert.ok(compared > 50, `${compared} cases compared`);
});
