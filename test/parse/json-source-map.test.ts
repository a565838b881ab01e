/**
 * The JSON scanner places every path exactly where `yaml` composing the same text does
 * (src/parse/json-source-map.ts against careful-read's jsonSourceMap): every node of hand-written
 * awkward streams, of generated JSON in every layout, and of each JSON file of the corpus, as a
 * value, as a key, past its end, and inside a string that holds JSON.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import fc from 'fast-check';
import { jsonSourceMap } from '../../src/parse/careful-read.js';
import { JsonSourceMap } from '../../src/parse/json-source-map.js';
import { readJsonStream } from '../../src/parse/json-stream.js';
import type { SourceMap } from '../../src/parse/source-map.js';
import { filesBelow, locateAsks, pathsOf, sharedCorpus } from '../helpers.js';

/** The places both maps give that differ, as readable lines; none when they agree. */
function differences(text: string, limit = 5_000): string[] {
  const stream = readJsonStream(text);
  assert.ok(stream.json, 'a JSON stream');
  const scanned: SourceMap = new JsonSourceMap(text, stream.values, () => {
    throw new Error('the scanner fell back to yaml');
  });
  const composed = jsonSourceMap(text, stream.values);
  const out: string[] = [];
  stream.values.forEach((v, doc) => {
    for (const p of pathsOf(v.data, limit)) {
      for (const [what, at, opts] of locateAsks(p)) {
        const a = scanned.locate(doc, at, opts);
        const b = composed.locate(doc, at, opts);
        if (JSON.stringify(a) !== JSON.stringify(b))
          out.push(`${what} ${JSON.stringify(at)} in document ${doc}: ${JSON.stringify(a)} != ${JSON.stringify(b)}`);
      }
    }
  });
  return out;
}

test('awkward streams: escapes in keys and strings, empty containers, CRLF, several values, JSON in a string', () => {
  const texts = [
    '{"a": 1, "b": [true, false, null, -1.5e3], "c": {}, "d": []}',
    '{\r\n  "\\u006cabels": {"x\\"y": "a \\\\\\" b"},\r\n  "k": "\\\\"\r\n}\r\n',
    '{"n": 1}\n{"n": 2}  [1, [2, [3, {}]]]\n"text"\n7',
    '{"data": {"net-conf.json": "{\\n  \\"Network\\": \\"10.0.0.0/16\\"\\n}", ' +
      '"one": "{\\"Network\\": \\"10.1.0.0/16\\"}"}}',
    '  {  "spaced"  :  [ 1 , 2 ]  ,  "tab"\t:\t"v"  }  ',
    `{"é": "ü", "emoji": "😀 x", "long": "${'y'.repeat(2000)}"}`,
    '[]',
    '{}',
    // Large enough for the scanner's index by name.
    JSON.stringify(Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`key${i}`, { v: i }])), null, 1),
  ];
  for (const text of texts) assert.deepEqual(differences(text), [], text);
});

test('generated JSON, compact and indented with spaces or tabs: every node placed as yaml places it', () => {
  fc.assert(
    fc.property(fc.jsonValue({ maxDepth: 4 }), fc.constantFrom(0, 2, '\t'), (value, indent) => {
      const text = JSON.stringify(value, null, indent);
      // yaml reads a lone JSON -0 as 0, and JSON.stringify writes -0 as 0: the same text either way.
      assert.deepEqual(differences(text), [], text);
    }),
    { numRuns: 300 },
  );
});

const corpus = sharedCorpus();

test('every JSON file of the corpus: every node (up to 5,000 a file) placed as yaml places it', {
  skip: !corpus && '../shared/corpus not found: skipped',
}, () => {
  let compared = 0;
  for (const file of filesBelow(corpus!, /\.json$/i)) {
    const text = readFileSync(file, 'utf8');
    const stream = readJsonStream(text);
    // What is not one clean JSON stream is read as YAML, or refused: its positions are not this map's.
    if (!stream.json || stream.error || stream.repeated.length > 0) continue;
    assert.deepEqual(differences(text), [], file);
    compared++;
  }
  assert.ok(compared >= 100, `${compared} JSON files compared`);
});
