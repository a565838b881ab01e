/**
 * Edgenet reads every input as kubectl does: for every file of ../shared/corpus (third-party
 * repositories, the YAML test suite's valid and invalid cases, CRDs) and for generated manifests,
 * both of edgenet's readings (the fast js-yaml path and the careful `yaml` path) give the
 * documents that the go-yaml oracle (tools/yaml-oracle, kubectl's own decoder) gives, or the
 * difference is one of accepted-differences.ts, with its reason.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, test } from 'node:test';
import fc from 'fast-check';
import { helmChartTemplates } from '../../src/discover/helm-chart.js';
import { readSource } from '../../src/discover/read-source.js';
import { type ParsedFile, parseText } from '../../src/parse/parse-documents.js';
import { readJsonStream } from '../../src/parse/json-stream.js';
import { filesBelow, sharedCorpus } from '../helpers.js';
import { ACCEPTED, type Accepted, type CorpusFacts, INTRINSICS } from './accepted-differences.js';
import { manifestFile } from './generate-manifests.js';
import { type Case, compareReading, type Reading } from './reading-difference.js';
import { buildOracle, Oracle } from './yaml-oracle.js';

const built = buildOracle();
const oracleSkip = 'skip' in built ? built.skip : false;
const corpus = sharedCorpus();
const oracle = 'bin' in built ? new Oracle(built.bin) : undefined;
after(() => oracle?.close());

const facts: CorpusFacts = {
  expectedJson(name) {
    const id = /^yaml-test-suite\/valid\/(.+)\.yaml$/.exec(name)?.[1];
    if (!id || !corpus) return undefined;
    let text: string;
    try {
      text = readFileSync(path.join(corpus, 'yaml-test-suite', 'valid-expected-json', `${id}.json`), 'utf8');
    } catch {
      return undefined;
    }
    const stream = readJsonStream(text);
    // Empty documents are no documents, to edgenet as to kubectl.
    return stream.json ? stream.values.map((v) => v.data).filter((d) => d !== null) : undefined;
  },
};

/** The accepted difference that explains a reading, or undefined. */
function explain(c: Case, reading: Reading & { equal: false }, entries: Accepted[]): Accepted | undefined {
  return entries.find(
    (e) => e.shapes.includes(reading.shape) && (e.files?.includes(c.name) || (e.check?.(c, facts) ?? false)),
  );
}

/** Both readings must agree with each other: the fast path is only ever a faster careful path. */
function sameReading(a: ParsedFile, b: ParsedFile): boolean {
  return (
    JSON.stringify(a.documents) === JSON.stringify(b.documents) &&
    JSON.stringify(a.problems) === JSON.stringify(b.problems)
  );
}

test('every file of the corpus is read as kubectl reads it, or the difference is accepted with its reason', {
  skip: oracleSkip || (!corpus && '../shared/corpus not found: oracle test on the corpus skipped'),
}, async (t) => {
  const isChartTemplate = helmChartTemplates();
  const files = filesBelow(corpus!);
  const inputs = files.map((abs) => {
    const name = path.relative(corpus!, abs).split(path.sep).join('/');
    const source = readSource({ absolute: abs, display: name }, 16 * 1024 * 1024, () => Buffer.alloc(0));
    return { abs, name, text: source.ok ? source.text : undefined };
  });
  const answers = await Promise.all(inputs.map((i) => (i.text === undefined ? undefined : oracle!.read(i.text))));

  let compared = 0;
  let equal = 0;
  let bothRefuse = 0;
  let intrinsics = 0;
  const accepted = new Map<string, number>();
  const listedSeen = new Set<string>();
  const unexplained: string[] = [];
  const disagree: string[] = [];
  const unreadable: string[] = [];
  inputs.forEach((input, i) => {
    if (input.text === undefined) {
      unreadable.push(input.name);
      return;
    }
    compared++;
    const helmChartTemplate = isChartTemplate(input.abs);
    const fast = parseText(input.name, input.text, { helmChartTemplate });
    const careful = parseText(input.name, input.text, { helmChartTemplate, fast: false });
    // js-yaml reads what the line-by-line reader gives up on: held to the same answer on every file.
    const jsYaml = parseText(input.name, input.text, { helmChartTemplate, lines: false });
    if (!sameReading(fast, careful) || !sameReading(jsYaml, careful)) disagree.push(input.name);
    const outcomes = new Set<string>();
    for (const [path, parsed] of [
      ['fast', fast],
      ['careful', careful],
    ] as const) {
      const c: Case = { name: input.name, text: input.text, parsed, oracle: answers[i]!, helmChartTemplate };
      const reading = compareReading(parsed, c.oracle);
      if (reading.equal) {
        outcomes.add(reading.intrinsics > 0 ? INTRINSICS.id : 'equal');
        continue;
      }
      const entry = explain(c, reading, ACCEPTED);
      if (entry) {
        outcomes.add(entry.id);
        if (entry.files?.includes(input.name)) listedSeen.add(input.name);
      } else unexplained.push(`${input.name} (${path} path, ${reading.shape}): ${reading.detail}`);
    }
    const refusedByBoth = careful.problems.length > 0 && answers[i]!.documents.some((d) => d.error);
    for (const o of outcomes) {
      if (o === 'equal') {
        equal++;
        if (refusedByBoth) bothRefuse++;
      } else if (o === INTRINSICS.id) intrinsics++;
      else accepted.set(o, (accepted.get(o) ?? 0) + 1);
    }
  });

  const comparedNames = new Set(inputs.filter((i) => i.text !== undefined).map((i) => i.name));
  const stale = ACCEPTED.flatMap((e) => (e.files ?? []).filter((f) => comparedNames.has(f) && !listedSeen.has(f)));
  t.diagnostic(`${compared} files compared with kubectl's reading (fast and careful paths), ${equal} read alike`);
  t.diagnostic(`(${bothRefuse} of those alike have documents both refuse, at the same places)`);
  t.diagnostic(`${intrinsics} alike but for accepted difference ${INTRINSICS.id}`);
  for (const e of ACCEPTED) t.diagnostic(`${accepted.get(e.id) ?? 0} accepted differences: ${e.id}`);
  if (unreadable.length)
    t.diagnostic(`${unreadable.length} files are not text edgenet reads: ${unreadable.join(', ')}`);
  t.diagnostic(`${unexplained.length} unexplained differences`);
  assert.deepEqual(disagree, [], 'the fast and careful paths read these files differently');
  assert.deepEqual(unexplained, [], 'differences from kubectl that accepted-differences.ts does not explain');
  assert.deepEqual(stale, [], 'listed in accepted-differences.ts but read alike now: remove them');
  assert.ok(compared > 3000, `${compared} files compared`);
});

test('generated manifests are read as kubectl reads them, by both paths', { skip: oracleSkip }, async (t) => {
  let differences = 0;
  let runs = 0;
  const readBy = new Map<string, number>();
  await fc.assert(
    fc.asyncProperty(manifestFile, async (text) => {
      runs++;
      const answer = await oracle!.read(text);
      const fast = parseText('generated.yaml', text);
      const careful = parseText('generated.yaml', text, { fast: false });
      const jsYaml = parseText('generated.yaml', text, { lines: false });
      readBy.set(fast.readBy, (readBy.get(fast.readBy) ?? 0) + 1);
      readBy.set(jsYaml.readBy, (readBy.get(jsYaml.readBy) ?? 0) + 1);
      assert.ok(sameReading(fast, careful), 'the fast and careful paths agree');
      assert.ok(sameReading(jsYaml, careful), 'js-yaml alone and the careful path agree');
      const c: Case = { name: 'generated.yaml', text, parsed: careful, oracle: answer, helmChartTemplate: false };
      const reading = compareReading(careful, answer);
      if (reading.equal) return;
      // Only differences that prove themselves apply to generated text.
      const entry = explain(
        c,
        reading,
        ACCEPTED.filter((e) => e.check && e.id === 'duplicate-keys'),
      );
      assert.ok(entry, `${reading.shape}: ${reading.detail}`);
      differences++;
    }),
    { numRuns: 400, seed: 20261215 },
  );
  t.diagnostic(`${runs} generated files compared, ${differences} with repeated keys (accepted: duplicate-keys)`);
  const count = (by: string) => readBy.get(by) ?? 0;
  t.diagnostic(
    `read line by line: ${count('lines')}; by js-yaml: ${count('js-yaml')}; by the careful path: ${count('yaml')}`,
  );
  // Every reader is held to kubectl's: each must have read a part of the files (the line reader
  // the fewest: these manifests are written to hold what it gives up on, anchors, flow, merge keys).
  for (const [by, share] of [
    ['lines', 20],
    ['js-yaml', 4],
    ['yaml', 4],
  ] as const)
    assert.ok(count(by) > runs / share, `${count(by)} read by ${by}`);
});
