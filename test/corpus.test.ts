/**
 * The real corpus (../shared/corpus/real): never exit 2, and every file that an independent
 * parser cannot read as YAML appears as a finding. Skipped, with a message, where the corpus is
 * absent (a user's clone).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { parseAllDocuments } from 'yaml';
import { filesBelow, lintJson, ROOT, sharedCorpus } from './helpers.js';

const corpus = sharedCorpus('real');

test('the real corpus: exit 0 or 1, and every unreadable file is a finding', {
  skip: !corpus && '../shared/corpus/real not found: corpus test skipped',
}, async () => {
  const relative = path.relative(ROOT, corpus!);
  const { code, findings, report } = await lintJson([relative]);
  assert.ok(code === 0 || code === 1);
  const reported = new Set(
    findings.filter((f) => f.ruleId === 'input/parse-error' || f.ruleId === 'input/skipped').map((f) => f.file),
  );
  // A Helm chart's templates are not YAML until helm renders them: the chart's finding speaks for them.
  const chartOf = (file: string) => {
    for (let dir = path.dirname(file); dir !== '.' && dir !== path.dirname(dir); dir = path.dirname(dir)) {
      if (existsSync(path.join(ROOT, dir, 'Chart.yaml'))) return `${dir}/Chart.yaml`;
    }
    return undefined;
  };
  const unreadable: string[] = [];
  for (const file of filesBelow(corpus!)) {
    // A lone CR ends a line for go-yaml and for edgenet, not for `yaml` (a file of istio's has them).
    const text = readFileSync(file, 'utf8').replace(/\r(?!\n)/g, '\n');
    const docs = parseAllDocuments(text, { version: '1.1', uniqueKeys: true });
    if (docs.some((d) => d.errors.length > 0)) unreadable.push(path.relative(ROOT, file).split(path.sep).join('/'));
  }
  assert.ok(unreadable.length > 10, 'the corpus holds broken files on purpose');
  assert.deepEqual(
    unreadable.filter((f) => !reported.has(f) && !reported.has(chartOf(f) ?? '')),
    [],
    'every unreadable file is reported',
  );
  assert.equal((report.summary as { files: number }).files, filesBelow(corpus!).length);
});
