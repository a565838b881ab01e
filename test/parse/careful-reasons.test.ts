/**
 * The gate before the fast path (src/parse/fast-load.ts carefulReasons): the cheap checks in
 * front of its rules (a character the rule needs, the first character of an odd key) must not
 * let a file through that the rule itself would send to the careful path.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { carefulReasons } from '../../src/parse/fast-load.js';
import { parseText } from '../../src/parse/parse-documents.js';

const ODD = 'float, large or null key';

test('a float, large, null or empty key is caught wherever a line may start one', () => {
  const keys = [
    '1.5',
    '-1.5',
    '+.5',
    '_1.5',
    '1e6',
    '12345678901234567',
    '0x0123456789abcdef',
    '~',
    'null',
    'NULL',
    '',
  ];
  for (const key of keys) {
    for (const line of [`${key}: x`, `  ${key}: x`, `- ${key}: x`, `-   - ${key}: x`, `\t${key} : x`]) {
      const text = `apiVersion: v1\ndata:\n${line}\n`;
      assert.ok(carefulReasons(text).includes(ODD), `${JSON.stringify(line)} is an odd key`);
    }
    assert.ok(carefulReasons(`a: {${key}: x}\n`).includes(ODD), `{${key}: x} is an odd key`);
  }
});

test('ordinary keys and values pass the gate', () => {
  const text = [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata: {name: app-02455, labels: {tier: "1.5"}}',
    'spec:',
    '  replicas: 1',
    '  template:',
    '    spec:',
    '      containers:',
    '        - name: main',
    '          args: ["--rate", "1.5", "--retries=3"]',
    '          env:',
    '            - name: N',
    '              value: "null"',
    '  nodeName: node-01',
    '',
  ].join('\n');
  assert.deepEqual(carefulReasons(text), []);
});

test('each other rule still fires on what it names', () => {
  const cases: [string, string][] = [
    ['a: &x 1\nb: *x\n', 'anchor'],
    ['a: 1\n--- b: 2\n', 'content after ---'],
    ['a: 1\n...\nb: 2\n', 'content after ...'],
    ['%YAML 1.1\n---\na: 1\n', 'directive'],
    ['? [a]\n: 1\n', 'collection key'],
    ['a:\n\tb: 1\n', 'tab indentation'],
    ['a: |\n  \n text\n', 'block scalar opening on a blank line'],
    ['a: [!, b]\n', 'empty ! node'],
  ];
  for (const [text, why] of cases) assert.ok(carefulReasons(text).includes(why), `${JSON.stringify(text)}: ${why}`);
});

test('after an empty item, a less indented item is read carefully, into the outer sequence', () => {
  // go-yaml's reading (tools/yaml-oracle): js-yaml put `b` in the inner sequence, after the null.
  const expected = [{ x: [{ a: [null] }, 'b'] }];
  for (const empty of ['-', '- ', '- #c', '-   # c']) {
    const text = `x:\n  - a:\n    ${empty}\n  - b\n`;
    assert.ok(carefulReasons(text).includes('empty sequence item'), JSON.stringify(text));
    for (const lines of [true, false]) {
      const parsed = parseText('empty-item.yaml', text, { lines });
      assert.deepEqual(
        parsed.documents.map((d) => d.data),
        expected,
        `${JSON.stringify(text)} read ${lines ? 'line by line' : 'without the line reader'}`,
      );
    }
  }
});

test('a block key of more than 1024 characters is read carefully, and refused as go-yaml refuses it', () => {
  for (const [text, refused] of [
    [`${'k'.repeat(1024)}: 1\n`, false],
    [`${'k'.repeat(1025)}: 1\n`, true],
    [`- "${'k'.repeat(1023)}": 1\n`, true],
  ] as const) {
    assert.ok(carefulReasons(text).includes('long key'), text.slice(0, 20));
    const parsed = parseText('long-key.yaml', text, { lines: false });
    assert.equal(parsed.problems.length > 0, refused, `${text.slice(0, 20)}... (${text.length} characters)`);
  }
});
