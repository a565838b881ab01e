import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseText } from '../src/parse/parse-documents.js';

test('multi-document YAML: every document, 1-based positions for values and keys', () => {
  const parsed = parseText('a.yaml', 'kind: A\nspec:\n  x: [1, "two"]\n---\n# comment only\n---\nkind: B\n');
  assert.deepEqual(parsed.problems, []);
  assert.deepEqual(
    parsed.documents.map((d) => d.index),
    [0, 2],
  );
  assert.equal(parsed.sourceMap.locate(2, []).line, 7);
  assert.deepEqual(parsed.documents[0]!.data, { kind: 'A', spec: { x: [1, 'two'] } });
  assert.deepEqual(parsed.sourceMap.locate(0, ['spec', 'x', 1]), { line: 3, column: 10, endLine: 3, endColumn: 15 });
  assert.deepEqual(parsed.sourceMap.locate(0, ['spec', 'x'], { key: true }), {
    line: 3,
    column: 3,
    endLine: 3,
    endColumn: 4,
  });
  assert.deepEqual(parsed.sourceMap.locate(2, ['kind']), { line: 7, column: 7, endLine: 7, endColumn: 8 });
});

test('a missing path falls back to its nearest existing parent', () => {
  const parsed = parseText('a.yaml', 'spec:\n  ports:\n    - 80\n');
  assert.deepEqual(parsed.sourceMap.locate(0, ['spec', 'ports', 5, 'name']), {
    line: 3,
    column: 5,
    endLine: 4,
    endColumn: 1,
  });
});

test('JSON files parse with positions', () => {
  const parsed = parseText('a.json', '{\n  "Network": "10.0.0.0/8",\n  "n": 1\n}\n');
  assert.deepEqual(parsed.documents[0]!.data, { Network: '10.0.0.0/8', n: 1 });
  assert.deepEqual(parsed.sourceMap.locate(0, ['Network']), { line: 2, column: 14, endLine: 2, endColumn: 26 });
});

test('CloudFormation short tags become long-form intrinsics', () => {
  const parsed = parseText(
    't.yaml',
    'a: !Ref P\nb: !GetAtt Vpc.CidrBlock\nc: !Sub "${A}-x"\nd: !Select [0, !GetAZs ""]\ne: !Condition IsProd\n',
  );
  assert.deepEqual(parsed.problems, []);
  assert.deepEqual(parsed.documents[0]!.data, {
    a: { Ref: 'P' },
    b: { 'Fn::GetAtt': ['Vpc', 'CidrBlock'] },
    c: { 'Fn::Sub': '${A}-x' },
    d: { 'Fn::Select': [0, { 'Fn::GetAZs': '' }] },
    e: { Condition: 'IsProd' },
  });
});

test('a syntax error is a parse-error at the parser position, and other documents survive', () => {
  const parsed = parseText('bad.yaml', 'kind: A\n---\nkey: [unclosed\nother: 1\n---\nkind: C\n');
  assert.equal(parsed.problems.length > 0, true);
  assert.equal(parsed.problems[0]!.kind, 'parse-error');
  assert.equal(parsed.problems[0]!.line, 4);
  assert.deepEqual(
    parsed.documents.map((d) => d.data),
    [{ kind: 'A' }, { kind: 'C' }],
  );
  assert.doesNotMatch(parsed.problems[0]!.message, /\n/);
});

test('duplicate keys are a parse error, as kubectl refuses them', () => {
  const parsed = parseText('dup.yaml', 'a: 1\nb: 2\na: 3\n');
  assert.equal(parsed.problems[0]?.kind, 'parse-error');
  assert.equal(parsed.problems[0]?.line, 3);
  assert.match(parsed.problems[0]!.message, /unique/);
});

test('Helm template syntax is skipped with the reason, not reported as a YAML error', () => {
  const parsed = parseText(
    'templates/cm.yaml',
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\n{{- if .Values.x }}\ndata: {}\n{{- end }}\n',
  );
  assert.deepEqual(
    parsed.problems.map((p) => [p.kind, p.line, p.column]),
    [['skipped', 4, 9]],
  );
  assert.match(parsed.problems[0]!.message, /template/);
  assert.deepEqual(parsed.documents, []);
});

test('an alias bomb is skipped at the alias that crosses the limit, without expanding it', () => {
  const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 9; i++) {
    const prev = String.fromCharCode(96 + i);
    const name = String.fromCharCode(97 + i);
    levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
  }
  const parsed = parseText('bomb.yaml', `${levels.join('\n')}\n`);
  assert.equal(parsed.problems.length, 1);
  assert.equal(parsed.problems[0]!.kind, 'skipped');
  assert.match(parsed.problems[0]!.message, /too many aliases/);
  assert.deepEqual(parsed.documents, []);
});

test('ordinary anchors, aliases and merge keys resolve', () => {
  const parsed = parseText('a.yaml', 'base: &b {x: 1, z: 2}\nuse:\n  <<: *b\n  z: 3\nref: *b\n');
  assert.deepEqual(parsed.problems, []);
  assert.deepEqual(parsed.documents[0]!.data, { base: { x: 1, z: 2 }, use: { x: 1, z: 3 }, ref: { x: 1, z: 2 } });
});

test('CRLF line endings keep columns right', () => {
  const parsed = parseText('crlf.yaml', 'a: 1\r\nb:\r\n  c: "10.0.0.0/8"\r\n');
  assert.deepEqual(parsed.sourceMap.locate(0, ['b', 'c']), { line: 3, column: 6, endLine: 3, endColumn: 18 });
  assert.equal(parsed.lines[2], '  c: "10.0.0.0/8"');
});

test('empty files and empty documents give no documents and no problems', () => {
  for (const text of ['', '\n', '---\n', '# only a comment\n', '---\n---\n']) {
    const parsed = parseText('e.yaml', text);
    assert.deepEqual([parsed.documents, parsed.problems], [[], []], JSON.stringify(text));
  }
});

test('YAML 1.1 scalars are read as Kubernetes reads them', () => {
  const parsed = parseText('a.yaml', 'a: on\nb: "on"\nc: 2027-06-30\n');
  const data = parsed.documents[0]!.data as Record<string, unknown>;
  assert.equal(data.a, true);
  assert.equal(data.b, 'on');
  // A date stays text: the config's `expires: 2027-06-30` must validate as a string.
  assert.equal(data.c, '2027-06-30');
});

test('positions inside JSON embedded in a block scalar (flannel net-conf.json)', () => {
  const text =
    'data:\n  net-conf.json: |\n    {\n      "Network": "10.244.0.0/16",\n      "Backend": {"Type": "udp"}\n    }\n';
  const parsed = parseText('cm.yaml', text);
  assert.deepEqual(parsed.sourceMap.locate(0, ['data', 'net-conf.json'], { inner: ['Network'] }), {
    line: 4,
    column: 18,
    endLine: 4,
    endColumn: 33,
  });
  assert.deepEqual(parsed.sourceMap.locate(0, ['data', 'net-conf.json'], { inner: ['Backend', 'Type'] }), {
    line: 5,
    column: 27,
    endLine: 5,
    endColumn: 32,
  });
});

test('positions inside JSON embedded in a one-line quoted scalar', () => {
  const parsed = parseText('cm.yaml', `data:\n  net-conf.json: '{"Network": "10.1.0.0/16"}'\n`);
  assert.deepEqual(parsed.sourceMap.locate(0, ['data', 'net-conf.json'], { inner: ['Network'] }), {
    line: 2,
    column: 31,
    endLine: 2,
    endColumn: 44,
  });
});
