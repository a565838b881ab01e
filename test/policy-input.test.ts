/**
 * The built-in policy is evaluated with its per-element lists in slices (src/evaluate/rego-engine.ts):
 * that is only right while every rule reads such a list one element at a time and no rule reads
 * two of them together. Checked here on the policies' sources, and the slicing checked to give
 * the findings of one whole evaluation.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { loadConfig } from '../src/config/load-config.js';
import { builtInPolicyWith, PER_ELEMENT_KEYS, UNREAD_FIELDS } from '../src/evaluate/rego-engine.js';
import { lint } from '../src/lint.js';
import { generateRepository } from '../bench/generate.js';
import { REGO_RULES } from '../src/rules/rego-rules.generated.js';
import { filesBelow, ROOT } from './helpers.js';

/** Every .rego source (tests aside), by name. */
function policies(): [string, string][] {
  const out: [string, string][] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory() && e.name !== 'dist') walk(p);
      else if (e.name.endsWith('.rego') && !e.name.endsWith('_test.rego'))
        out.push([path.relative(ROOT, p), readFileSync(p, 'utf8')]);
    }
  };
  walk(path.join(ROOT, 'policies'));
  return out;
}

/** Uses of a per-element list that are not `some x in input.<key>`, and rules that read two of them. */
export function perElementProblems(name: string, text: string): string[] {
  const problems: string[] = [];
  const keys = PER_ELEMENT_KEYS.join('|');
  const use = new RegExp(`input\\.(${keys})\\b`, 'g');
  // A rule is a block from a line at column 0 (its head) to the next one.
  const blocks = text.split(/\n(?=[^\s#}])/);
  for (const block of blocks) {
    const used = new Set<string>();
    for (const m of block.matchAll(use)) {
      used.add(m[1]!);
      const line = block.slice(0, m.index).split('\n').pop()! + block.slice(m.index).split('\n')[0];
      if (!new RegExp(`^\\s*some \\w+ in input\\.${m[1]}\\s*$`).test(line))
        problems.push(`${name}: "${line.trim()}" reads input.${m[1]} other than one element at a time`);
    }
    if (used.size > 1) problems.push(`${name}: a rule reads ${[...used].sort().join(' and ')} together`);
  }
  return problems;
}

test('every built-in rule reads serviceCalls and services one element at a time, never two lists together', () => {
  const found = policies();
  assert.ok(
    found.some(([, text]) => text.includes('input.serviceCalls')),
    'some policy reads serviceCalls',
  );
  assert.deepEqual(
    found.flatMap(([name, text]) => perElementProblems(name, text)),
    [],
  );
});

test('no built-in policy names a field its input leaves out', () => {
  const found = policies();
  for (const [key, fields] of Object.entries(UNREAD_FIELDS)) {
    assert.ok(
      found.some(([, text]) => text.includes(`input.${key}`)),
      `some policy reads input.${key}`,
    );
    for (const field of fields) {
      const readers = found.filter(([, text]) => new RegExp(`\\b${field}\\b`).test(text)).map(([name]) => name);
      assert.deepEqual(readers, [], `${key}[].${field} is left out of the input, but named in ${readers.join(', ')}`);
    }
  }
});

test('the check names a count over a list and a rule that joins two lists', () => {
  const text = [
    'package x',
    '',
    'deny contains r if {',
    '\tcount(input.services) > 100',
    '\tr := 1',
    '}',
    '',
    'deny contains r if {',
    '\tsome call in input.serviceCalls',
    '\tsome service in input.services',
    '\tr := 2',
    '}',
    '',
  ].join('\n');
  assert.deepEqual(perElementProblems('p.rego', text), [
    'p.rego: "count(input.services) > 100" reads input.services other than one element at a time',
    'p.rego: a rule reads serviceCalls and services together',
  ]);
});

test('every rule fixture: slices of one element each give exactly the findings of one whole evaluation', async () => {
  const dirs = ['fixtures/example', ...filesBelow('fixtures/rules', /\.ya?ml$/).map((f) => path.dirname(f))];
  const found = new Set<string>();
  for (const dir of [...new Set(dirs)].filter((d) => /\/(fail|pass)(\/|$)|example$/.test(d))) {
    const abs = path.join(ROOT, dir);
    const result = await lint({ paths: [abs], cwd: ROOT, config: loadConfig(undefined, abs) });
    for (const { model } of result.clusters) {
      const whole = await builtInPolicyWith([]).evaluate(model);
      const sliced = await builtInPolicyWith(PER_ELEMENT_KEYS, 1).evaluate(model);
      const sorted = (list: typeof whole) => list.map((f) => JSON.stringify(f)).sort();
      assert.deepEqual(sorted(sliced), sorted(whole), dir);
      for (const f of whole) found.add(f.ruleId);
    }
  }
  // Every built-in rule's fixtures fail somewhere: the comparison covers each rule's findings.
  assert.deepEqual([...found].sort(), REGO_RULES.map((r) => r.id).sort());
});

test('slices of a few elements each give exactly the findings of one whole evaluation', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'edgenet-slices-'));
  try {
    // A generated repository whose Deployments call Services across domains (the benchmark's).
    const generated = generateRepository(dir, 600, 9);
    const result = await lint({ paths: [generated.dir], cwd: ROOT, config: loadConfig(undefined, generated.dir) });
    const model = result.clusters[0]!.model;
    assert.ok(model.serviceCalls.length > 20 && model.services.length > 20, 'lists to slice');
    const whole = await builtInPolicyWith([]).evaluate(model);
    const sliced = await builtInPolicyWith(PER_ELEMENT_KEYS, 2_000).evaluate(model);
    assert.ok(
      whole.some((f) => f.ruleId === 'reach/cross-domain-unreachable'),
      'a per-element rule finds something',
    );
    // The report orders findings itself: the same findings, in any order.
    const sorted = (list: typeof whole) => list.map((f) => JSON.stringify(f)).sort();
    assert.deepEqual(sorted(sliced), sorted(whole));
    assert.equal(sliced.length, whole.length);
    // The same slices evaluated on a worker thread (a large model's way): the same findings, in
    // the same order.
    const threaded = await builtInPolicyWith(PER_ELEMENT_KEYS, 2_000, 1).evaluate(model);
    assert.deepEqual(threaded, sliced);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
