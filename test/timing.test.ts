/**
 * EDGENET_TIMING=1 (issue 18): each phase's time on stderr, with the counts that explain it; the
 * report itself unchanged. Times are never asserted, only the table's shape and its counts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Timing } from '../src/core/timing.js';
import { tools, unless } from './compose/tools.js';
import { cli } from './helpers.js';

test('the table: phases in the order first marked, a phase marked twice adds up, shares of the total', () => {
  const clock = [10, 40, 40, 100, 110];
  const timing = new Timing(0, () => clock.shift()!);
  timing.mark('start-up');
  timing.mark('read', 'parsed: 3');
  timing.mark('plan');
  timing.mark('read', 'parsed: 2');
  timing.mark('report');
  assert.equal(
    timing.table(),
    [
      'edgenet: where the time went (EDGENET_TIMING=1)',
      '  start-up       10 ms    9.1%',
      '  read           90 ms   81.8%  parsed: 3; parsed: 2',
      '  plan            0 ms    0.0%',
      '  report         10 ms    9.1%',
      '  total         110 ms  100.0%',
      '',
    ].join('\n'),
  );
});

/** The phase rows of a run's stderr: [phase, note]. */
function phases(stderr: string): [string, string][] {
  const table = stderr.slice(stderr.indexOf('edgenet: where the time went'));
  return [...table.matchAll(/^ {2}(\S.*?) +\d+ ms +[\d.]+%(?: {2}(.*))?$/gm)].map((m) => [m[1]!, m[2] ?? '']);
}

test('lint with EDGENET_TIMING=1: every phase with its counts on stderr, the same report on stdout', async () => {
  const argv = ['lint', 'fixtures/example', '--format', 'json'];
  const plain = await cli(argv);
  const timed = await cli(argv, { env: { EDGENET_TIMING: '1' } });
  assert.equal(timed.code, 1);
  assert.equal(timed.stdout, plain.stdout);
  assert.doesNotMatch(plain.stderr, /where the time went/);
  assert.deepEqual(phases(timed.stderr), [
    ['start-up', ''],
    ['configuration', ''],
    ['discover', 'files: 7'],
    ['read', 'parsed: 7'],
    ['plan', 'clusters: 1, builds: 0'],
    ['render', 'builds the clusters use: 0'],
    ['models and rules', ''],
    ['fleet rules and places', ''],
    ['waivers', ''],
    ['report', ''],
    ['total', ''],
  ]);
  // EDGENET_TIMING=0 is off, as an unset variable.
  const off = await cli(argv, { env: { EDGENET_TIMING: '0' } });
  assert.equal(off.stderr, plain.stderr);
});

test('EDGENET_TIMING=1 on rendered builds: the renders counted, and the builds rendered again for findings', {
  skip: unless('kustomize', 'helm'),
}, async () => {
  const timed = async (dir: string) =>
    new Map(
      phases((await cli(['lint', dir, '--format', 'json'], { env: { ...tools().env, EDGENET_TIMING: '1' } })).stderr),
    );
  // Two overlays: the finding is in a patch the build's files name, no build is rendered again.
  const overlays = await timed('fixtures/fleets/overlays');
  assert.equal(overlays.get('plan'), 'clusters: 2, builds: 2');
  assert.equal(overlays.get('render'), 'builds the clusters use: 2');
  assert.equal(overlays.has('origins'), false);
  // Builds Flux and Argo CD change: their findings' places need kustomize's origin annotations.
  const installed = await timed('fixtures/compose/installed');
  assert.match(installed.get('render') ?? '', /^builds the clusters use: [1-9]\d*$/);
  assert.equal(installed.get('origins'), "builds rendered again for their findings' places: 5");
});
