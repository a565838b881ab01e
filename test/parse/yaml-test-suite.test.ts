/**
 * The official YAML test suite (../shared/corpus/yaml-test-suite), without Go: every invalid case
 * is an input/parse-error with a position, but for those go-yaml (and so kubectl) reads, which
 * edgenet reads too; every valid case is read, but for those Kubernetes cannot hold, which are a
 * parse error with the reason. The oracle test checks the same cases against go-yaml itself.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { parseText } from '../../src/parse/parse-documents.js';
import { sharedCorpus } from '../helpers.js';

const suite = sharedCorpus('yaml-test-suite');
const skip = !suite && '../shared/corpus/yaml-test-suite not found: skipped';
const cases = (kind: string) =>
  readdirSync(path.join(suite!, kind))
    .filter((f) => f.endsWith('.yaml'))
    .sort();

/** Invalid YAML that go-yaml reads, and edgenet with it (test/parse/oracle.test.ts shows go-yaml does). */
const READ_AS_GO_YAML_READS: Record<string, string> = {
  '9JBA.yaml': 'a comment glued to the token before it',
  'CVW2.yaml': 'a comment glued to the token before it',
  'SU5Z.yaml': 'a comment glued to the token before it',
  'X4QW.yaml': 'a comment glued to the token before it',
  'DK95_01.yaml': 'a quoted scalar indented less than its key',
  'QB6E.yaml': 'a quoted scalar indented less than its key',
  '9C9N.yaml': 'a flow collection indented less than its key',
  'Y79Y_003.yaml': 'a flow collection indented less than its key',
  'VJP3_00.yaml': 'a flow collection indented less than its key',
};

/** What Kubernetes cannot hold in JSON, refused like kubectl refuses it (2JQS: two empty, that is null, keys). */
const CANNOT_HOLD = /^(?:Map keys must be unique|a null mapping key|a mapping or sequence as a mapping key)/;

test('every invalid case of the YAML test suite is a parse error with a position, but those go-yaml reads', {
  skip,
}, () => {
  const missed: string[] = [];
  const invalid = cases('invalid');
  for (const name of invalid) {
    const parsed = parseText(name, readFileSync(path.join(suite!, 'invalid', name), 'utf8'));
    const error = parsed.problems.find((p) => p.kind === 'parse-error');
    if (!error) missed.push(name);
    else assert.ok(error.line >= 1 && error.column >= 1, name);
  }
  assert.deepEqual(missed, Object.keys(READ_AS_GO_YAML_READS).sort());
  assert.ok(invalid.length >= 90);
});

test('every valid case is read, but what Kubernetes cannot hold, which is a parse error saying so', { skip }, () => {
  const refused = cases('valid').flatMap((name) => {
    const parsed = parseText(name, readFileSync(path.join(suite!, 'valid', name), 'utf8'));
    return parsed.problems.filter((p) => !CANNOT_HOLD.test(p.message)).map((p) => `${name}: ${p.message}`);
  });
  assert.deepEqual(refused, []);
});
