/** The catalogue polices itself (ESLint's checkRuleFiles): what a rule claims, the repository must hold. */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { RULES } from '../src/rules/catalogue.js';
import { TS_RULES } from '../src/rules/ts-rules.js';
import { ROOT } from './helpers.js';

const checkedRules = RULES.filter((r) => r.implemented);

test('every checked rule has a failing and a passing fixture', () => {
  for (const rule of checkedRules) {
    for (const kind of ['fail', 'pass']) {
      const dir = path.join(ROOT, 'fixtures', 'rules', rule.id, kind);
      assert.ok(existsSync(dir) && readdirSync(dir).length > 0, `missing fixture ${path.relative(ROOT, dir)}`);
    }
  }
});

test('every checked rule is asserted by a test that names its fixtures', () => {
  const tests = readdirSync(path.join(ROOT, 'test', 'rules'))
    .map((f) => readFileSync(path.join(ROOT, 'test', 'rules', f), 'utf8'))
    .join('\n');
  for (const rule of checkedRules) {
    assert.ok(tests.includes(`'${rule.id}'`), `missing tests for rule ${rule.id}`);
  }
});

test('every TypeScript rule is declared, and every declared TypeScript rule is implemented', () => {
  const declared = new Set(RULES.filter((r) => r.engine === 'ts' && r.implemented).map((r) => r.id));
  const implemented = new Set(TS_RULES.map((r) => r.id).filter((id) => !id.startsWith('input/')));
  assert.deepEqual([...implemented].sort(), [...declared].sort());
});

test('every Rego rule has a policy whose package path is its id, and a _test.rego beside it', () => {
  for (const rule of RULES.filter((r) => r.engine === 'rego' && r.implemented)) {
    const [category, name] = rule.id.split('/');
    const file = path.join(ROOT, 'policies', category!, `${name}.rego`);
    assert.ok(existsSync(file), `missing ${path.relative(ROOT, file)}`);
    assert.match(readFileSync(file, 'utf8'), new RegExp(`^package edgenet\\.rules\\.${category}\\["${name}"\\]$`, 'm'));
    assert.ok(existsSync(file.replace(/\.rego$/, '_test.rego')), `missing tests for ${rule.id}`);
  }
});

test('no policy file exists for a rule that the catalogue does not declare as Rego', () => {
  const rego = new Set(RULES.filter((r) => r.engine === 'rego' && r.implemented).map((r) => r.id));
  for (const category of readdirSync(path.join(ROOT, 'policies'), { withFileTypes: true })) {
    if (!category.isDirectory() || category.name === 'lib' || category.name === 'dist') continue;
    for (const file of readdirSync(path.join(ROOT, 'policies', category.name))) {
      if (file.endsWith('_test.rego')) continue;
      const id = `${category.name}/${file.replace(/\.rego$/, '')}`;
      assert.ok(rego.has(id), `policies/${id}.rego is not an implemented Rego rule of the catalogue`);
    }
  }
});

test('every message placeholder is one the rule can fill, and every rule is documented', () => {
  for (const rule of RULES) {
    assert.ok(rule.title && rule.why && rule.fix, `${rule.id} lacks title, why or fix`);
    assert.doesNotMatch(rule.message, /\{[^}]*[^\w}][^}]*\}/, `${rule.id}: placeholders are {word}`);
  }
});
