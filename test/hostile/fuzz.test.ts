/**
 * Property-based fuzzing (fast-check): real manifests, mutated (lines dropped, doubled, swapped;
 * characters inserted, replaced), fed through the parser, the model builder and every rule. No
 * uncaught exception; the same input gives the same output; the order the files are read in
 * changes nothing.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { loadConfig } from '../../src/config/load-config.js';
import { analyse } from '../../src/lint.js';
import { formatJson } from '../../src/report/formatters/json.js';
import { RULES } from '../../src/rules/catalogue.js';
import { parseText } from '../../src/parse/parse-documents.js';
import { ROOT } from '../helpers.js';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? files(p) : /\.(ya?ml|json)$/.test(name) ? [p] : [];
  });
}

const SOURCES = [...files(path.join(ROOT, 'fixtures', 'example')), ...files(path.join(ROOT, 'fixtures', 'rules'))]
  .filter((f) => !f.endsWith('.edgenet.yaml'))
  .map((f) => ({ name: path.relative(ROOT, f).split(path.sep).join('/'), text: readFileSync(f, 'utf8') }));

const TOKENS = [
  '',
  ' ',
  '\t',
  ':',
  '- ',
  '#',
  '{',
  '}',
  '[',
  ']',
  '"',
  "'",
  '&a ',
  '*a',
  '!Ref ',
  '---\n',
  '\n',
  '10.0.0.0/8',
  '0/70000',
  'on',
  '\u0000',
  '\r',
  '{{ x }}',
  '%YAML 1.2\n',
  '\\',
];

type Mutation = { kind: 'drop' | 'double' | 'swap' | 'insert' | 'replace'; at: number; other: number; token: string };
const mutation = fc.record({
  kind: fc.constantFrom('drop', 'double', 'swap', 'insert', 'replace'),
  at: fc.nat(),
  other: fc.nat(),
  token: fc.constantFrom(...TOKENS),
}) as fc.Arbitrary<Mutation>;

function mutate(text: string, m: Mutation): string {
  const lines = text.split('\n');
  const i = m.at % Math.max(1, lines.length);
  const j = m.other % Math.max(1, lines.length);
  switch (m.kind) {
    case 'drop':
      lines.splice(i, 1);
      return lines.join('\n');
    case 'double':
      lines.splice(i, 0, lines[i] ?? '');
      return lines.join('\n');
    case 'swap':
      [lines[i], lines[j]] = [lines[j] ?? '', lines[i] ?? ''];
      return lines.join('\n');
    case 'insert':
    case 'replace': {
      const at = m.at % Math.max(1, text.length);
      return text.slice(0, at) + m.token + text.slice(at + (m.kind === 'replace' ? 1 : 0));
    }
  }
}

const config = loadConfig(undefined, ROOT);
const context = { toolVersion: 'test', sources: new Map(), color: false, rules: RULES };

async function report(inputs: { name: string; text: string }[]): Promise<string> {
  const parsed = inputs.map((f) => parseText(f.name, f.text));
  const result = await analyse(parsed, inputs.length, { config, today: '2026-01-01' });
  return formatJson(result.findings, { ...context, summary: result.summary });
}

test('mutated manifests: no exception, the same output twice, the same output in any file order', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.shuffledSubarray(SOURCES, { minLength: 1, maxLength: 8 }),
      fc.array(fc.tuple(fc.nat(), mutation), { minLength: 1, maxLength: 6 }),
      async (picked, mutations) => {
        const inputs = picked.map((f) => ({ ...f }));
        for (const [which, m] of mutations) {
          const target = inputs[which % inputs.length]!;
          target.text = mutate(target.text, m);
        }
        const first = await report(inputs);
        assert.equal(await report(inputs.map((f) => ({ ...f }))), first, 'same input, same output');
        assert.equal(await report([...inputs].reverse()), first, 'file order does not matter');
        JSON.parse(first);
      },
    ),
    { numRuns: 60, seed: 20261126 },
  );
});
