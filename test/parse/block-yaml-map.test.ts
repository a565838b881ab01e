/**
 * The block-style reader places every path exactly where `yaml` composing the whole document does
 * (src/parse/block-yaml-map.ts against careful-read's map): every node of hand-written awkward
 * documents, of the corpus's YAML files and of the project's fixtures, as a value, as a key, past
 * its end, inside a string and on a span. What it does not follow it hands to `yaml`, so the two
 * must agree everywhere; the test also counts how much it follows itself.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { BlockYamlMap } from '../../src/parse/block-yaml-map.js';
import { carefulRead } from '../../src/parse/careful-read.js';
import { parseText } from '../../src/parse/parse-documents.js';
import type { SourceMap } from '../../src/parse/source-map.js';
import { filesBelow, locateAsks, pathsOf, sharedCorpus } from '../helpers.js';

/** Differences between the two maps on every path of every document of a text; `followed`: answers it gave itself. */
function compare(text: string, limit = 3_000): { differences: string[]; followed: number; asked: number } {
  const careful = carefulRead('t.yaml', text, {});
  // YAML that `yaml` refuses (js-yaml may still read it) has no one answer to compare with.
  if (careful.problems.length > 0) return { differences: [], followed: 0, asked: 0 };
  const composed = careful.sourceMap;
  let fellBack = 0;
  let followed: SourceMap;
  try {
    followed = new BlockYamlMap(text, () => {
      fellBack++;
      return composed;
    });
  } catch {
    return { differences: [], followed: 0, asked: 0 };
  }
  const differences: string[] = [];
  let asked = 0;
  for (const { index, data } of parseText('t.yaml', text).documents) {
    for (const p of pathsOf(data, limit)) {
      for (const [what, at, opts] of locateAsks(p)) {
        asked++;
        const a = followed.locate(index, at, opts);
        const b = composed.locate(index, at, opts);
        if (JSON.stringify(a) !== JSON.stringify(b))
          differences.push(`${what} ${index} ${JSON.stringify(at)}: ${JSON.stringify(a)} != ${JSON.stringify(b)}`);
      }
    }
  }
  return { differences, followed: fellBack > 0 ? 0 : asked, asked };
}

test('awkward documents: compact sequences, maps in items, comments, flow values over lines, quoted keys', () => {
  const lines = (...l: string[]) => `${l.join('\n')}\n`;
  const texts = [
    'a:\n  b: 1  # c\n  d:\n  - x\n  - {y: 2}\n\n# trailing\ne: |\n  lit\n\nf: g\n',
    lines('# head', '---', 'kind: ConfigMap', 'metadata:', '  name: "x"', '  labels: {a: b,', '    c: d}', 'data:'),
    lines('data:', '  net-conf.json: |', '    {"Network": "10.0.0.0/16"}', '  other: >-', '    folded', '', 'next: 1'),
    lines(
      'Resources:',
      '  G:',
      '    Properties:',
      '      SecurityGroupIngress:',
      '        - {IpProtocol: udp, PortRange: 8472/8472}',
      '        - IpProtocol: tcp',
      '          PortRange: 22/22',
      '',
      '        -   Policy: drop',
    ),
    lines('items:', '- name: a', '  value: "x y"', '- name: b', '  list:', '    - 1', '    - 2', '"quoted key": \'v\''),
    'plain: a long\n  folded scalar\nlast: [1, 2,\n  3]',
    'a: 1\r\nb:\r\n  c: "d"\r\n',
    lines(
      'spec:',
      '  podCIDR: 10.244.1.0/24 # a comment',
      '  empty:',
      '  x: !Ref Vpc',
      '  y: &anchor 1',
      '  z: *anchor',
    ),
    // A block scalar's last line that starts with '#' is its content, not a comment.
    lines('a: |', '  x', '  # y', 'b: 1'),
    lines('a:', '  - |', '    x', '    # last', '  - 2'),
    'a: |\n  x\n  # y',
    // Only spaces indent: a no-break space is content.
    lines('a:', '  \u00a0b: 1', '  c: 2'),
    // One-line plain values, strings or not, with and without comments.
    lines(
      'a: http://svc.ns:8080/x#frag # c',
      'b: 10.0.0.0/16   # cidr',
      'c: yes',
      'd: 1:20',
      'e: 2001-12-14t21:59:43.10-05:00',
      'f: 0x1F',
      'g: .inf',
      'h: ~',
      'i: app-02455',
      'j: a:b',
      'k: Off',
      'l: v1.2.3',
      'm: registry.example.com/team/app:1.2.0@sha256:0123',
      'n: some words here',
      'o: 1e3',
    ),
    // A sequence in a sequence item, as templates write Fn::Join (`- - Ref: x`).
    lines('a:', '  - ""', '  - - Ref: x', '    - y', "'Fn::Join':", "  - ''", '  - - Ref: SiteCidr', '    - /16"'),
    // Quoted and flow values continued on lines no more indented than their own.
    lines('metadata:', '  annotations:', '    note: "serves the shop API.', 'Owner: team-a"', '  name: api'),
    lines('env:', '- name: A', '  value: "x', '- y"', '- name: B', '  value: b'),
    lines('metadata:', '  name: x', '  annotations:', '    description: "a long text', '  see: here"', '    other: y'),
    lines('a: [1,', '2]', 'b: 3'),
    // An empty block scalar before a blank line; keys with a no-break space or a tab before the colon.
    lines('a: |', '', 'b: 2'),
    lines('a: >-', '', 'b: 2', 'c: !t |', '', 'd: 1'),
    lines('a\u00a0: 1', 'a: 2', 'b\t: 3'),
    // Several documents, numbered as `yaml` numbers them.
    lines('a: 1', '---', 'b:', '  c: 2', '---', '- x', '- y'),
    lines('# head', '', '---', 'a: 1', '--- # two', 'b: |', '  text', '---', '', '---', 'c: [1,', '  2]'),
    lines('---', '---', 'a: 1', '---'),
    lines('a: |', '  x', '---', 'b: 2', '...'),
    lines('a: 1', '--- b: 2'),
  ];
  for (const text of texts) assert.deepEqual(compare(text).differences, [], text);
});

const corpus = sharedCorpus();

test('every YAML file of the corpus and the fixtures: every node (to 3,000 a file) as yaml places it', {
  skip: !corpus && '../shared/corpus not found: skipped (the fixtures alone are too few to say)',
}, () => {
  let files = 0;
  let followed = 0;
  let asked = 0;
  let whole = 0;
  for (const file of [...filesBelow(corpus!, /\.ya?ml$/i), ...filesBelow('fixtures', /\.ya?ml$/i)]) {
    const text = readFileSync(file, 'utf8');
    const parsed = parseText(file, text);
    if ((parsed.readBy !== 'js-yaml' && parsed.readBy !== 'lines') || parsed.problems.length > 0) continue;
    const result = compare(text);
    assert.deepEqual(result.differences, [], file);
    files++;
    followed += result.followed;
    asked += result.asked;
    if (result.followed > 0) whole++;
  }
  console.log(`${files} files, ${whole} followed whole, ${followed} of ${asked} places`);
  assert.ok(files >= 1000, `${files} files compared`);
  // Many of them it follows without composing at all: the comparison is not of yaml with itself.
  assert.ok(whole / files > 0.8, `${whole} of ${files} files followed without yaml`);
  assert.ok(followed / asked > 0.15, `${followed} of ${asked} places in them`);
});

test('a flow collection over 20,000 lines is followed, not composed, and the keys after it are placed', () => {
  const items = Array.from({ length: 20_000 }, (_, i) => `    "x${i}",`);
  const text = ['a:', '  b: [', ...items, '    "end"]', 'c: 1', ''].join('\n');
  const map = new BlockYamlMap(text, () => {
    throw new Error('composed');
  });
  assert.deepEqual(map.locate(0, ['c']), { line: 20_004, column: 4, endLine: 20_004, endColumn: 5 });
});
