/** The catalogue polices itself (ESLint's checkRuleFiles): what a rule claims, the repository must hold. */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { FLEET_RULES, RULES, TS_RULES } from '../src/rules/catalogue.js';
import { MESSAGE_FORMATS, placeholders } from '../src/rules/messages.js';
import { ROOT } from './helpers.js';

/** Where a rule lives: src/rules/<family>/<name>.ts, or the policy policies/<family>/<name>.rego. */
function home(rule: { id: string; engine: string }): string {
  const [family, name] = rule.id.split('/');
  return rule.engine === 'rego'
    ? path.join('policies', family!, `${name}.rego`)
    : path.join('src', 'rules', family!, `${name}.ts`);
}

test('every rule lives in its own file, named by its id', () => {
  for (const rule of RULES) {
    const file = path.join(ROOT, home(rule));
    assert.ok(existsSync(file), `missing ${home(rule)}`);
    const text = readFileSync(file, 'utf8');
    if (rule.engine === 'rego') {
      const [family, name] = rule.id.split('/');
      assert.match(text, new RegExp(`^package edgenet\\.rules\\.${family}\\["${name}"\\]$`, 'm'), home(rule));
      assert.ok(existsSync(file.replace(/\.rego$/, '_test.rego')), `missing opa tests for ${rule.id}`);
    } else {
      assert.ok(text.includes(`id: '${rule.id}'`), `${home(rule)} declares ${rule.id}`);
    }
  }
});

test('every rule has a RuleTester test beside it', () => {
  for (const rule of RULES) {
    const file = path.join(ROOT, home(rule).replace(/\.(ts|rego)$/, '.test.ts'));
    assert.ok(existsSync(file), `missing tests for rule ${rule.id}: ${path.relative(ROOT, file)}`);
    assert.ok(
      readFileSync(file, 'utf8').includes(`ruleTester('${rule.id}'`),
      `${path.relative(ROOT, file)} tests ${rule.id}`,
    );
  }
});

test('every rule has a failing and a passing fixture (the examples `explain` lints)', () => {
  for (const rule of RULES) {
    for (const kind of ['fail', 'pass']) {
      const dir = path.join(ROOT, 'fixtures', 'rules', rule.id, kind);
      assert.ok(existsSync(dir) && readdirSync(dir).length > 0, `missing fixture ${path.relative(ROOT, dir)}`);
    }
  }
});

test('every defineRule in src/rules is in the catalogue, so none is written and forgotten', () => {
  const declared = new Set<string>(RULES.map((r) => r.id));
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
    );
  for (const file of walk(path.join(ROOT, 'src', 'rules'))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/define(?:Input|Fleet)?Rule\(\{\s*id: '([^']+)'/g)) {
      assert.ok(declared.has(m[1]!), `${path.relative(ROOT, file)} defines ${m[1]} but the catalogue lacks it`);
    }
  }
  assert.deepEqual(
    [...TS_RULES, ...FLEET_RULES].map((r) => r.id).sort(),
    RULES.filter((r) => r.engine === 'ts')
      .map((r) => r.id)
      .sort(),
  );
});

test('every message placeholder is {word} or {word:format} with a known format, and every rule is documented', () => {
  for (const rule of RULES) {
    assert.ok(rule.title && rule.why && rule.fix, `${rule.id} lacks title, why or fix`);
    const messages = Object.entries(rule.messages as Record<string, string>);
    assert.ok(messages.length > 0, `${rule.id} declares no message`);
    for (const [id, template] of messages) {
      assert.match(id, /^[a-z0-9-]+$/, `${rule.id}: message id "${id}"`);
      assert.doesNotMatch(template.replace(/\{\w+(?::\w+)?\}/g, ''), /[{}]/, `${rule.id}/${id}: stray brace`);
      for (const p of placeholders(template)) {
        if (p.format) assert.ok(MESSAGE_FORMATS.includes(p.format), `${rule.id}/${id}: unknown format ${p.format}`);
      }
    }
  }
});
