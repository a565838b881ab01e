/**
 * The line-by-line reader (block-load.ts) reads what it reads exactly as fastLoad does (js-yaml
 * with go-yaml's scalars, itself held to kubectl's reading by oracle.test.ts), and gives up on
 * everything else: on hand-written cases, on every YAML file of the corpus and the fixtures, on
 * texts put together from the pieces where readers differ, and on random edits of real and
 * generated manifests. Where fastLoad's gate sends a text to the careful path, the careful path's reading
 * is the answer, and a text the careful path cannot read must not be read at all.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { blockLoad } from '../../src/parse/block-load.js';
import { carefulRead } from '../../src/parse/careful-read.js';
import { fastLoad } from '../../src/parse/fast-load.js';
import { filesBelow, sharedCorpus } from '../helpers.js';
import { manifestFile } from './generate-manifests.js';

const corpus = sharedCorpus();

/** What the other readers give: fastLoad's documents, else the careful path's, else 'refused'. */
function reference(text: string): unknown {
  const fast = fastLoad(text);
  if (fast.ok) return fast.documents;
  const careful = carefulRead('case.yaml', text, {});
  return careful.problems.length > 0 ? 'refused' : careful.documents;
}

/** A text the line reader reads is read as the others read it (undefined when it reads it alike or gives up). */
function disagreement(text: string): string | undefined {
  const lines = blockLoad(text);
  if (lines === undefined) return undefined;
  const expected = reference(text);
  const a = JSON.stringify(lines);
  const b = JSON.stringify(expected);
  return a === b ? undefined : `${JSON.stringify(text)}\n  line reader: ${a}\n  others:      ${b}`;
}

test('documents are numbered as js-yaml numbers them: each --- starts one, but the first before any content', () => {
  const cases: [string, unknown][] = [
    [
      'a: 1\n---\n---\nb: x\n',
      [
        { index: 0, data: { a: 1 } },
        { index: 2, data: { b: 'x' } },
      ],
    ],
    ['# head\n\n---\na: 1\n', [{ index: 0, data: { a: 1 } }]],
    ['---\n# only a comment\n---\n- x\n', [{ index: 1, data: ['x'] }]],
    [
      'a: 1\n--- # next\nb: 2\n---\n',
      [
        { index: 0, data: { a: 1 } },
        { index: 1, data: { b: 2 } },
      ],
    ],
    ['', []],
  ];
  for (const [text, documents] of cases) {
    assert.deepEqual(blockLoad(text), documents, JSON.stringify(text));
    assert.deepEqual(reference(text), documents, JSON.stringify(text));
  }
});

test('plain scalars are resolved as go-yaml resolves them; quoted ones are text with their escapes', () => {
  const text = [
    'a: yes',
    'b: 0777',
    'c: 08',
    'd: 1_000',
    'e: 2024-01-01',
    'f: ~',
    'g: 1:20',
    'h: app-02455',
    'i: .5',
    'j: 0x1F',
    'k: On',
    'l: http://svc.ns:8080/#frag # a comment',
    'm: "tab\\t \\u00e9 \\x41 \\\\ \\"q\\""',
    "q: 'it''s # not a comment'",
    'o:',
    '"quoted key": \'\'',
    'p: -1',
    'on: push',
    'N: 0',
    '0x10: hex',
    '-7: minus',
    'r: :node_memory_MemAvailable_bytes:sum',
    's: ?x',
    'args: [--port=8080, "-v", \'x y\', 0777, yes, 1.5, a/b.c_d]  # flags',
    'empty: [ ]',
    'labels: {app: web, "tier": \'1\', n2: 0777}',
    '',
  ].join('\n');
  const expected = {
    a: true,
    b: 511,
    c: 8,
    d: 1000,
    e: '2024-01-01',
    f: null,
    g: '1:20',
    h: 'app-02455',
    i: 0.5,
    j: 31,
    k: true,
    l: 'http://svc.ns:8080/#frag',
    m: 'tab\t é A \\ "q"',
    q: "it's # not a comment",
    o: null,
    'quoted key': '',
    p: -1,
    true: 'push',
    false: 0,
    '16': 'hex',
    '-7': 'minus',
    r: ':node_memory_MemAvailable_bytes:sum',
    s: '?x',
    args: ['--port=8080', '-v', 'x y', 511, true, 1.5, 'a/b.c_d'],
    empty: [],
    labels: { app: 'web', tier: '1', n2: 511 },
  };
  assert.deepEqual(blockLoad(text), [{ index: 0, data: expected }]);
  assert.deepEqual(reference(text), [{ index: 0, data: expected }]);
});

test("block collections nest by indentation, sequences may sit at their key's column, CRLF reads as LF", () => {
  const text = [
    'spec:',
    '  containers:',
    '  - name: a',
    '    # a comment at any indentation',
    '        # and another',
    '    env:',
    '      - name: X',
    '        value: "1"',
    '',
    '  -',
    '    name: b',
    '  - plain',
    '  volumes: []',
    '  labels: {}',
    '  empty:',
    'next:',
    '  -   deep: 1',
    '      deeper: 2',
    '',
  ].join('\n');
  const expected = {
    spec: {
      containers: [{ name: 'a', env: [{ name: 'X', value: '1' }] }, { name: 'b' }, 'plain'],
      volumes: [],
      labels: {},
      empty: null,
    },
    next: [{ deep: 1, deeper: 2 }],
  };
  assert.deepEqual(blockLoad(text), [{ index: 0, data: expected }]);
  assert.deepEqual(blockLoad(text.replaceAll('\n', '\r\n')), [{ index: 0, data: expected }]);
  assert.deepEqual(reference(text), [{ index: 0, data: expected }]);
});

test('literal and folded block scalars keep, clip or strip their line breaks as YAML says', () => {
  const text = [
    'a: |',
    '  x',
    '',
    '    indented',
    '  y',
    'b: >-',
    '  one',
    '  two',
    '',
    '  three',
    'c: |+',
    '  k',
    '',
    'd: |-',
    '',
    '  after a blank line',
    '  # text, not a comment',
    '- not: here',
  ].join('\n');
  // The last line ends the scalar and is an error: the reader must give up, not stop early.
  assert.equal(blockLoad(text), undefined);
  const good = `${text.slice(0, text.lastIndexOf('\n- not'))}\ne: 1\n`;
  const expected = {
    a: 'x\n\n  indented\ny\n',
    b: 'one two\nthree',
    c: 'k\n\n',
    d: '\nafter a blank line\n# text, not a comment',
    e: 1,
  };
  assert.deepEqual(blockLoad(good), [{ index: 0, data: expected }]);
  assert.deepEqual(reference(good), [{ index: 0, data: expected }]);
});

test('a quoted scalar goes on over more indented lines, folded as a plain one', () => {
  const text = [
    'Description:',
    "  en: 'Provisioning an RDS instance along with ACK cluster deployment,   ",
    "    configuring container applications to connect to the RDS database, it''s",
    '',
    "    done.'",
    '  zh: "one',
    '      two"  # a comment',
    '  cmd: "echo \\t \\',
    '    joined"',
    "  edge: '",
    "    leading'",
    '- not: here',
  ].join('\n');
  assert.equal(blockLoad(text), undefined, 'an item where a key is');
  const good = `${text.slice(0, text.lastIndexOf('\n- not'))}\n`;
  const expected = {
    Description: {
      en:
        'Provisioning an RDS instance along with ACK cluster deployment, configuring container ' +
        "applications to connect to the RDS database, it's\ndone.",
      zh: 'one two',
      cmd: 'echo \t joined',
      edge: ' leading',
    },
  };
  assert.deepEqual(blockLoad(good), [{ index: 0, data: expected }]);
  assert.deepEqual(reference(good), [{ index: 0, data: expected }]);
});

test('a plain scalar goes on over more indented lines, folded; an item may hold a sequence on its line', () => {
  const text = [
    'description: CreationTimestamp is a timestamp representing the server time when',
    '  this object was created.',
    '',
    '     It is not guaranteed.',
    '  # a comment ends it',
    'items:',
    '- one',
    '  two',
    '- key: 1',
    '   2',
    '- ROS & ECS',
    '  & Security - *not an alias* ! [x]',
    '- - Fn::Join',
    '  - - a',
    '    -   b',
    '  -',
    '- - last',
    'hex:',
    '  0x1F',
    '  # the text "0x1F 2" is not a number',
    '',
  ].join('\n');
  const expected = {
    description:
      'CreationTimestamp is a timestamp representing the server time when this object was created.' +
      '\nIt is not guaranteed.',
    items: [
      'one two',
      { key: '1 2' },
      'ROS & ECS & Security - *not an alias* ! [x]',
      ['Fn::Join', ['a', 'b'], null],
      ['last'],
    ],
    hex: 31,
  };
  assert.deepEqual(blockLoad(text), [{ index: 0, data: expected }]);
  assert.deepEqual(reference(text), [{ index: 0, data: expected }]);
});

test('CloudFormation and ROS short forms are read in their long form, a plain value as its text', () => {
  const text = [
    'Outputs:',
    '  Id: !Ref Vpc',
    '  Number: !Ref 0777 # a tag is explicit: no octal',
    '  Arn: !GetAtt Vpc.Attr.Arn',
    '  Name: !Sub "${AWS::StackName}-vpc"',
    '  Pick: !Select [0, "a"]',
    '  Cond: !If',
    '    - IsProd',
    '    - 10.0.0.0/8',
    '    - !Ref Other',
    '  Script: !Base64',
    '    Fn::Sub: |',
    '      #!/bin/sh',
    '      echo ${X}',
    '  Folded: !Sub long',
    '    text',
    'List:',
    '- !Ref A',
    '- !Join',
    '  - ""',
    '  - - a',
    '    - !GetAtt B.C',
    '',
  ].join('\n');
  const expected = {
    Outputs: {
      Id: { Ref: 'Vpc' },
      Number: { Ref: '0777' },
      Arn: { 'Fn::GetAtt': ['Vpc', 'Attr.Arn'] },
      Name: { 'Fn::Sub': '${AWS::StackName}-vpc' },
      Pick: { 'Fn::Select': [0, 'a'] },
      Cond: { 'Fn::If': ['IsProd', '10.0.0.0/8', { Ref: 'Other' }] },
      Script: { 'Fn::Base64': { 'Fn::Sub': '#!/bin/sh\necho ${X}\n' } },
      Folded: { 'Fn::Sub': 'long text' },
    },
    List: [{ Ref: 'A' }, { 'Fn::Join': ['', ['a', { 'Fn::GetAtt': ['B', 'C'] }]] }],
  };
  assert.deepEqual(blockLoad(text), [{ index: 0, data: expected }]);
  assert.deepEqual(reference(text), [{ index: 0, data: expected }]);
});

test('the reader gives up on whatever is outside its subset, and on errors', () => {
  const outside: [string, string][] = [
    ['an anchor and an alias', 'a: &x 1\nb: *x\n'],
    ['a tag that is no short form', 'a: !foo x\n'],
    ['a short form in other letters', 'a: !ref x\n'],
    ['a core tag', 'a: !!str 1\n'],
    ['a verbatim tag', 'a: !<tag:x> 1\n'],
    ['a short form with no value', 'a: !Ref\nb: 1\n'],
    ['a short form whose value is a scalar below', 'a: !Sub\n  x\n'],
    ['a short form starting its line', 'a:\n  !Ref x\n'],
    ['two tags', 'a: !Base64 !Sub x\n'],
    ['a tag in a flow collection', 'a: [!Ref x]\n'],
    ['a tag on a key', '!Ref a: x\n'],
    ['a flow mapping in a flow mapping', 'a: {b: {c: 1}}\n'],
    ['a flow mapping with a key that is not text', 'a: {y: 1}\n'],
    ['a flow mapping with a key repeated', 'a: {b: 1, b: 2}\n'],
    ['a flow mapping with a key without a value', 'a: {b}\n'],
    ['a flow mapping with no space after a colon', 'a: {"b":1}\n'],
    ['a flow sequence in a flow sequence', 'a: [[1], 2]\n'],
    ['a flow sequence over two lines', 'a: [1,\n  2]\n'],
    ['a trailing comma', 'a: [1, 2,]\n'],
    ['a pair in a flow sequence', 'a: [b: 1]\n'],
    ['a space inside a plain scalar of a flow sequence', 'a: [b c]\n'],
    ['text after a flow sequence', 'a: [1] x\n'],
    ['a comment inside a plain scalar over lines', 'a: one\n  two # c\n  three\n'],
    ['a line after a plain scalar and its comment', 'a: one # c\n  two\n'],
    ['a mapping in a continuation line', 'a: one\n  two: three\n'],
    ['a quoted scalar never closed', 'a: "one\n  two\n'],
    ['a quoted scalar continued no more indented than its key', "a:\n  b: 'one\n  two'\n"],
    ['an escaped line break before an empty line', 'a: "one\\\n\n  two"\n'],
    ['an escaped space ending a line', 'a: "one\\ \n  two"\n'],
    ['a quoted key over lines', '"a\n  b": 1\n'],
    ['a null key', 'null: a\n'],
    ['a float key', '1.5: a\n'],
    ['an integer key past 2^53', '9007199254740993: a\n'],
    ['two keys Kubernetes names alike', 'on: 1\n"true": 2\n'],
    ['a date key', '2024-01-01: a\n'],
    ['a merge key', 'a: 1\n<<: {}\n'],
    ['__proto__', '__proto__: x\n'],
    ['a repeated key', 'a: 1\na: 2\n'],
    ['a tab', 'a:\t1\n'],
    ["a tab after the spaces that start a block scalar's line", 'a: |\n  \t x\n'],
    ['a directive', '%YAML 1.1\n---\na: 1\n'],
    ['a YAML 1.1 line break', 'a: x\u2028y\n'],
    ['a lone CR', 'a: 1\rb: 2\n'],
    ['content after ---', '--- a: 1\n'],
    ['a document end marker', 'a: 1\n...\n'],
    ['a document end marker before text', 'a: 1\n... b: 2\n'],
    ['a document that is a scalar', 'hello\n'],
    ['an indentation indicator', 'a: |2\n   x\n'],
    ['a more-indented folded line', 'a: >\n  x\n    y\n'],
    ['a mapping where a value is', 'a: b: c\n'],
    ['a key indicator where a value is', 'a: ? b\n'],
    ['a value indicator where a value is', 'a: : b\n'],
    ['an item after a scalar value', 'a: 1\n- x\n'],
    ['a key less indented than its siblings', 'a:\n    b: 1\n  c: 2\n'],
    ['a surrogate escape', 'a: "\\ud800"\n'],
    ['an escaped slash, which go-yaml refuses', 'a: "x\\/y"\n'],
    ['a key of 1024 characters or more (go-yaml refuses one past 1024)', `${'k'.repeat(1024)}: 1\n`],
    ['a quoted key as long', `"${'k'.repeat(1023)}": 1\n`],
    ['a flow mapping key as long', `a: {${'k'.repeat(1024)}: 1}\n`],
    ['sequences nested deeper than the reader recurses', `${'- '.repeat(6000)}x\n`],
    ['mappings nested as deep', Array.from({ length: 1100 }, (_, i) => `${' '.repeat(i)}a:`).join('\n')],
  ];
  for (const [why, text] of outside) assert.equal(blockLoad(text), undefined, why);
});

test('on every YAML file of the corpus and the fixtures, what the line reader reads, it reads as the others', {
  skip: !corpus && '../shared/corpus not found: skipped (the fixtures alone are too few to say)',
}, (t) => {
  const files = [...filesBelow(corpus!, /\.ya?ml$/i), ...filesBelow('fixtures', /\.ya?ml$/i)];
  const differ: string[] = [];
  let read = 0;
  let real = 0;
  let realRead = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const isReal = file.startsWith(path.join(corpus!, 'real'));
    if (isReal) real++;
    if (blockLoad(text) === undefined) continue;
    read++;
    if (isReal) realRead++;
    const d = disagreement(text);
    if (d) differ.push(`${file}: ${d.slice(0, 400)}`);
  }
  t.diagnostic(`${read} of ${files.length} files read line by line (${realRead} of the ${real} real ones)`);
  assert.deepEqual(differ, []);
  // Most real manifests are block-style: a reader that gave up on them would be no faster.
  assert.ok(realRead > real * 0.8, `${realRead} of ${real} real files read line by line`);
});

/** The pieces of a line where readers differ: indentation, item marks, keys, values, comments, markers. */
const KEYS = ['a', 'b', 'a b', '"q"', "'s'", 'yes', '1', 'x#y', 'x #y', '-k', '?k', 'null', '<<', 'k:v', '"a"b', ''];
const VALUES = [
  'x',
  '1',
  '0777',
  '.inf',
  '1:20',
  'yes',
  '~',
  '"d\\n\\x41"',
  '"open',
  'close"',
  "close'",
  "'s''t'",
  "'open",
  '|',
  '|-',
  '>',
  '>+',
  '|2',
  '[]',
  '{}',
  '[1]',
  '[a, "b", 0777]',
  "[ 'x' ,yes ]",
  '[a,]',
  '[a b]',
  '[[a]]',
  '[a: 1]',
  '[-, .5]',
  '[a]x',
  '{a: 1, "b": x}',
  '{a: 1,}',
  '{a:1}',
  '{yes: 1}',
  '{a: 1}',
  '&a x',
  '*a',
  '!t x',
  '!Ref x',
  '!Ref',
  '!Ref 0777',
  '!GetAtt a.b',
  '!Sub "q"',
  '!If [a, 1]',
  '!If[a]',
  '!Sub |',
  '!Ref x: y',
  '!Ref !Sub x',
  '!!str 1',
  '!ref x',
  '- x',
  'a: b',
  'x #c',
  'x#c',
  'http://h:1',
  '"a" x',
  'é',
  '\t1',
  'x\u2028y',
  '',
];
const anyLine = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('', ' ', '  ', '   ', '    ', '      '),
      fc.constantFrom('', '', '', '- ', '-', '- - ', '-   '),
      fc.constantFrom(...KEYS),
      fc.constantFrom(': ', ':', ':  ', ' : '),
      fc.constantFrom(...VALUES),
      fc.constantFrom('', '', ' # c', '#c', '  '),
    )
    .map(([indent, item, key, colon, value, tail]) => `${indent}${item}${key}${colon}${value}${tail}`),
  fc
    .tuple(fc.constantFrom('', '  ', '    '), fc.constantFrom('', '- '), fc.constantFrom(...VALUES))
    .map(([indent, item, value]) => `${indent}${item}${value}`),
  fc.constantFrom('', '  ', '# c', '   # c', '---', '--- # x', '---x', '...', '%YAML 1.1', '\t'),
);
/** Lines mostly inside the subset, so that texts of several lines are often read and their structure tested. */
const likelyLine = fc
  .tuple(
    fc.constantFrom('', '  ', '    '),
    fc.constantFrom('', '', '- '),
    fc.constantFrom('a: ', 'b: ', 'c:', '"q": ', "'s': ", ''),
    fc.constantFrom(
      ...['x', '1', 'yes', '"d\\n"', "'t'", '|', '>-', '|+', '[]', '{}', '', 'text', '# c', '[a, "b"]'],
      ...['!Ref x', '!If', '!Sub |', '!GetAtt a.b'],
    ),
  )
  .map(([indent, item, key, value]) => `${indent}${item}${key}${value}`);
const line = fc.oneof({ arbitrary: likelyLine, weight: 5 }, { arbitrary: anyLine, weight: 1 });

test('texts put together from the pieces where readers differ are read as the others read them, or given up', () => {
  let read = 0;
  fc.assert(
    fc.property(fc.array(line, { minLength: 1, maxLength: 10 }), fc.boolean(), (lines, crlf) => {
      const text = `${lines.join(crlf ? '\r\n' : '\n')}\n`;
      if (blockLoad(text) !== undefined) read++;
      const d = disagreement(text);
      assert.equal(d, undefined, d);
    }),
    { numRuns: 20_000, seed: 20261201 },
  );
  // The pieces are mostly outside the subset, but not all: a good share of texts must be read.
  assert.ok(read > 1000, `${read} of 20,000 texts read line by line`);
});

/**
 * Texts the reader reads: the corpus's (or, without it, the fixtures'), and generated manifests,
 * which are mostly outside the subset (anchors, flow collections, merge keys).
 */
const readable = (corpus ? filesBelow(path.join(corpus, 'real'), /\.ya?ml$/i) : filesBelow('fixtures', /\.ya?ml$/i))
  .map((file) => readFileSync(file, 'utf8'))
  .filter((text) => text.length < 20_000 && blockLoad(text) !== undefined);

/** One edit of a text: a character removed, one put in, a line's indentation changed, a line repeated. */
const edited = fc
  .tuple(
    fc.oneof(fc.constantFrom(...readable), manifestFile),
    fc.nat(),
    fc.constantFrom('delete', 'insert', 'indent', 'outdent', 'repeat'),
    fc.constantFrom(' ', '-', ':', '#', '"', "'", '|', '>', '\n', '[', '{', '&', '!', '0', 'y', '\t'),
  )
  .map(([text, at, edit, c]) => {
    const i = at % Math.max(text.length, 1);
    const start = text.lastIndexOf('\n', i - 1) + 1;
    const end = text.indexOf('\n', i) < 0 ? text.length : text.indexOf('\n', i) + 1;
    switch (edit) {
      case 'delete':
        return text.slice(0, i) + text.slice(i + 1);
      case 'insert':
        return text.slice(0, i) + c + text.slice(i);
      case 'indent':
        return `${text.slice(0, start)} ${text.slice(start)}`;
      case 'outdent':
        return text[start] === ' ' ? text.slice(0, start) + text.slice(start + 1) : text;
      default:
        return text.slice(0, end) + text.slice(start, end) + text.slice(end);
    }
  });

test('real and generated manifests, edited at random, are read as the others read them, or given up', () => {
  let read = 0;
  fc.assert(
    fc.property(edited, (text) => {
      if (blockLoad(text) !== undefined) read++;
      const d = disagreement(text);
      assert.equal(d, undefined, d);
    }),
    { numRuns: 3000, seed: 20261202 },
  );
  assert.ok(read > 600, `${read} of 3000 edited manifests read line by line`);
});
