/**
 * The fast path is only ever a faster careful path, without Go: on the real corpus and the YAML
 * test suite, parseText with the fast path (JSON.parse, js-yaml) gives the documents and problems
 * of the careful path (`yaml`), and positions are the same whichever path read the file. And the
 * fast path reads almost every file (issue 18: a gate that sent files to the careful path made
 * edgenet several times slower than reading).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { helmChartTemplates } from '../../src/discover/helm-chart.js';
import { parseText } from '../../src/parse/parse-documents.js';
import { filesBelow, sharedCorpus } from '../helpers.js';

const corpus = sharedCorpus();

test('on the corpus, the fast path reads every file as the careful path does, and places findings alike', {
  skip: !corpus && '../shared/corpus not found: skipped',
}, () => {
  const isChartTemplate = helmChartTemplates();
  const differ: string[] = [];
  const readBy = new Map<string, number>();
  let located = 0;
  for (const file of filesBelow(path.join(corpus!, 'real'))) {
    const text = readFileSync(file, 'utf8');
    const options = { helmChartTemplate: isChartTemplate(file) };
    const quick = parseText(file, text, options);
    const careful = parseText(file, text, { ...options, fast: false });
    readBy.set(quick.readBy, (readBy.get(quick.readBy) ?? 0) + 1);
    if (JSON.stringify([quick.documents, quick.problems]) !== JSON.stringify([careful.documents, careful.problems])) {
      differ.push(path.relative(corpus!, file));
      continue;
    }
    // The first key of each document is placed the same by the lazily built source map.
    for (const doc of quick.documents) {
      const key = doc.data && typeof doc.data === 'object' ? Object.keys(doc.data)[0] : undefined;
      if (key === undefined) continue;
      assert.deepEqual(quick.sourceMap.locate(doc.index, [key]), careful.sourceMap.locate(doc.index, [key]), file);
      located++;
    }
  }
  assert.deepEqual(differ, []);
  assert.ok(located > 3000, `${located} positions compared`);
  // Of the files read (not Helm templates skipped unread), the careful path reads at most 1%.
  const read = ['json', 'lines', 'js-yaml', 'yaml'].reduce((n, by) => n + (readBy.get(by) ?? 0), 0);
  const careful = readBy.get('yaml') ?? 0;
  assert.ok(careful / read <= 0.01, `${careful} of ${read} files read by the careful path`);
});
