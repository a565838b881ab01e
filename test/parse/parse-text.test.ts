import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseText } from '../../src/parse/parse-documents.js';

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

test('JSON: a stream of objects is a document each; a key repeated under an escape is repeated', () => {
  const stream = parseText('s.json', '{"a": 1}\n{\n  "b": {"c": 2}\n}\n');
  assert.deepEqual(
    stream.documents.map((d) => [d.index, d.data]),
    [
      [0, { a: 1 }],
      [1, { b: { c: 2 } }],
    ],
  );
  assert.deepEqual(stream.sourceMap.locate(1, ['b', 'c']), { line: 3, column: 14, endLine: 3, endColumn: 15 });
  const repeated = parseText('d.json', '{\n  "labels": 1,\n  "\\u006cabels": 2\n}\n');
  assert.deepEqual(
    repeated.problems.map((p) => [p.kind, p.line, p.column, p.message]),
    [['parse-error', 3, 3, 'Map keys must be unique']],
  );
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

test('a Helm chart template is skipped with the reason, not reported as a YAML error', () => {
  const text =
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\n' +
    '{{- if .Values.x }}\ndata: {}\n{{- end }}\n';
  for (const fast of [true, false]) {
    const parsed = parseText('chart/templates/cm.yaml', text, { helmChartTemplate: true, fast });
    assert.deepEqual(
      parsed.problems.map((p) => [p.kind, p.line, p.column]),
      [['skipped', 4, 9]],
    );
    assert.match(parsed.problems[0]!.message, /^Helm template syntax .* render the chart/);
    assert.deepEqual(parsed.documents, []);
  }
});

test('outside a Helm chart, `{{` is text unless the file cannot be read; then it is named Jinja or Go template', () => {
  const read = (file: string, text: string) => {
    const fast = parseText(file, text);
    const careful = parseText(file, text, { fast: false });
    assert.deepEqual([fast.documents, fast.problems], [careful.documents, careful.problems], text);
    return careful;
  };
  // A CloudFormation dynamic reference, and `{{` in a comment: read (a templates/ directory is only a name).
  const cfn = read('templates/stack.yaml', '# {{ a comment }}\nValue: "{{resolve:ssm:/vpc/cidr}}"\n');
  assert.deepEqual(cfn.documents[0]!.data, { Value: '{{resolve:ssm:/vpc/cidr}}' });
  // Not template text, a syntax error: the error is reported, not hidden by the `{{` before it.
  const broken = read('templates/stack.yaml', '# {{ a comment }}\nValue: "{{resolve:ssm:x}}"\nbad: [\n');
  assert.deepEqual(
    broken.problems.map((p) => [p.kind, p.line]),
    [['parse-error', 4]],
  );
  const jinja = read('tasks/vars.yaml', '{% if x %}\nname: {{ name }}\n{% endif %}\n');
  assert.deepEqual(
    jinja.problems.map((p) => [p.kind, p.line, p.column]),
    [['skipped', 1, 1]],
  );
  assert.match(jinja.problems[0]!.message, /^Jinja template syntax/);
  const go = read('deploy/cm.yaml', 'name: {{ .Values.name }}\n');
  assert.deepEqual(
    go.problems.map((p) => [p.kind, p.line, p.column]),
    [['skipped', 1, 7]],
  );
  assert.match(go.problems[0]!.message, /^Go template syntax/);
});

test('an alias bomb is skipped at the alias that crosses the limit, without expanding it; other documents stay', () => {
  const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 9; i++) {
    const prev = String.fromCharCode(96 + i);
    const name = String.fromCharCode(97 + i);
    levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
  }
  const parsed = parseText('bomb.yaml', `kind: Before\n---\n${levels.join('\n')}\n---\nkind: After\n`);
  assert.deepEqual(
    parsed.problems.map((p) => [p.kind, p.line, p.column]),
    [['skipped', 6, 32]],
  );
  assert.match(parsed.problems[0]!.message, /too many aliases/);
  assert.deepEqual(
    parsed.documents.map((d) => [d.index, d.data]),
    [
      [0, { kind: 'Before' }],
      [2, { kind: 'After' }],
    ],
  );
});

test('ordinary anchors, aliases and merge keys resolve', () => {
  const parsed = parseText('a.yaml', 'base: &b {x: 1, z: 2}\nuse:\n  <<: *b\n  z: 3\nref: *b\n');
  assert.deepEqual(parsed.problems, []);
  assert.deepEqual(parsed.documents[0]!.data, { base: { x: 1, z: 2 }, use: { x: 1, z: 3 }, ref: { x: 1, z: 2 } });
});

test('merge keys as go-yaml applies them: over keys before `<<`, under keys after, first map of a list wins', () => {
  const text = 'base: &b {x: 1, z: 2}\nuse:\n  z: 0\n  <<: *b\n  x: 3\nlist:\n  <<: [{a: 1}, {a: 2, b: 2}]\n';
  for (const fast of [true, false]) {
    const parsed = parseText('m.yaml', text, { fast });
    assert.deepEqual(parsed.documents[0]!.data, { base: { x: 1, z: 2 }, use: { z: 2, x: 3 }, list: { a: 1, b: 2 } });
  }
  const bad = parseText('m.yaml', 'a:\n  <<: 1\n');
  assert.deepEqual(
    bad.problems.map((p) => [p.line, p.column, p.message]),
    [[2, 7, 'map merge requires map or sequence of maps as the value']],
  );
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

test('plain scalars and keys as go-yaml resolves them (what the oracle printed for each)', () => {
  const cases: [string, unknown][] = [
    ['y', true],
    ['NO', false],
    ['yES', 'yES'],
    ['~', null],
    ['nULL', 'nULL'],
    ['0777', 511],
    ['0o17', 15],
    ['0x1F', 31],
    ['0b101', 5],
    ['-0b11', -3],
    ['08', 8],
    ['0128', 128],
    ['09.5', 9.5],
    ['1_000', 1000],
    ['_1', '_1'],
    ['1:20', '1:20'],
    ['.5', 0.5],
    ['+.5', 0.5],
    ['.5_0', 0.5],
    ['._5', '._5'],
    ['1e3', 1000],
    ['12e', '12e'],
    ['1.', 1],
    ['E3012', 'E3012'],
    ['.', '.'],
    ['1e400', '1e400'],
    ['1e-400', 0],
    ['2001-12-14', '2001-12-14'],
    ['app-02455', 'app-02455'],
    ['worker-01', 'worker-01'],
    ['18446744073709551615', Number(18446744073709551615n)],
    ['0x1FFFFFFFFFFFFFFFF', '0x1FFFFFFFFFFFFFFFF'],
    ['0x1p3', '0x1p3'],
  ];
  const text = cases.map(([plain], i) => `k${i}: ${plain}\n`).join('');
  for (const fast of [true, false]) {
    const data = parseText('s.yaml', text, { fast }).documents[0]!.data as Record<string, unknown>;
    assert.deepEqual(
      cases.map((_, i) => data[`k${i}`]),
      cases.map(([, value]) => value),
    );
  }
  const keys = parseText('k.yaml', '0x10: a\n1.5: b\n1e6: c\ny: d\n077: e\n').documents[0]!.data;
  assert.deepEqual(keys, { '16': 'a', '1.5': 'b', '1e+06': 'c', true: 'd', '63': 'e' });
});

test('what Kubernetes cannot read is a parse error at the node: .inf, null or collection keys, unfit tags', () => {
  const parsed = parseText(
    'n.yaml',
    'a: .inf\n---\n? [1]\n: x\n---\n~: 1\n---\nb: !!int "12"\nc: !!str 12\n---\ne: !!int 1.5\n',
  );
  assert.deepEqual(
    parsed.problems.map((p) => [p.line, p.column, p.message]),
    [
      [1, 4, '.inf is a float that JSON, and so Kubernetes, cannot hold: quote it'],
      [3, 3, 'a mapping or sequence as a mapping key: JSON, and so Kubernetes, cannot hold it'],
      [6, 1, 'a null mapping key: JSON, and so Kubernetes, cannot hold it'],
      [11, 10, 'cannot decode !!float `1.5` as a !!int'],
    ],
  );
  assert.deepEqual(
    parsed.documents.map((d) => d.data),
    [{ b: 12, c: '12' }],
  );
});

test('quoted scalars and flow collections indented less than their key are read, positions stay right', () => {
  const text =
    'metadata:\n  annotations:\n    description: "a long\n  text"\n  labels:\n    role: gateway\n  args: [a,\nb]\n';
  for (const fast of [true, false]) {
    const parsed = parseText('q.yaml', text, { fast });
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(parsed.documents[0]!.data, {
      metadata: { annotations: { description: 'a long text' }, labels: { role: 'gateway' }, args: ['a', 'b'] },
    });
    assert.deepEqual(parsed.sourceMap.locate(0, ['metadata', 'labels', 'role']), {
      line: 6,
      column: 11,
      endLine: 6,
      endColumn: 18,
    });
    assert.deepEqual(parsed.sourceMap.locate(0, ['metadata', 'annotations', 'description']), {
      line: 3,
      column: 18,
      endLine: 4,
      endColumn: 8,
    });
    assert.deepEqual(parsed.sourceMap.locate(0, ['metadata', 'args', 1]), {
      line: 8,
      column: 1,
      endLine: 8,
      endColumn: 2,
    });
  }
});

test('a lone CR ends a line, and a comment glued to a quoted scalar is a comment, as in go-yaml', () => {
  for (const fast of [true, false]) {
    const cr = parseText('cr.yaml', 'a: 1\rb: [x]\r', { fast });
    assert.deepEqual(cr.documents[0]!.data, { a: 1, b: ['x'] });
    assert.deepEqual(cr.sourceMap.locate(0, ['b', 0]), { line: 2, column: 5, endLine: 2, endColumn: 6 });
    assert.deepEqual(cr.lines, ['a: 1', 'b: [x]', '']);
    const glued = parseText('c.yaml', 'key: "value"# note\n', { fast });
    assert.deepEqual([glued.documents[0]!.data, glued.problems], [{ key: 'value' }, []]);
  }
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

test('positions inside a string held in embedded text: net-conf.json set by a patch written inline', () => {
  const text = [
    'spec:',
    '  patches:',
    '    - patch: |',
    '        - op: replace',
    '          path: /data/net-conf.json',
    `          value: '{"Network": "10.42.0.0/16"}'`,
    '        - op: add',
    '          path: /data/x',
    '          value: |',
    '            {',
    '              "Network": "10.43.0.0/16"',
    '            }',
    '',
  ].join('\n');
  const parsed = parseText('ks.yaml', text);
  const at = (inner: (string | number)[]) => parsed.sourceMap.locate(0, ['spec', 'patches', 0, 'patch'], { inner });
  assert.deepEqual(at([0, 'value', 'Network']), { line: 6, column: 31, endLine: 6, endColumn: 45 });
  assert.deepEqual(at([1, 'value', 'Network']), { line: 11, column: 26, endLine: 11, endColumn: 40 });
  // A path that is not there: the whole string, as before.
  assert.deepEqual(at([0, 'value', 'Backend']), { line: 3, column: 14, endLine: 13, endColumn: 1 });
});
