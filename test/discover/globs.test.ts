/**
 * The configuration's globs (src/discover/globs.ts): they match as picomatch matched them, checked
 * on random patterns and paths against picomatch itself, but in linear time, and a glob they
 * cannot read is a configuration error at its place.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import picomatch from 'picomatch';
import { compileGlobs, GlobError, compileGlob } from '../../src/discover/globs.js';
import { cli } from '../helpers.js';

/** mulberry32: the same cases on every run. */
function random(seed: number): (n: number) => number {
  let s = seed;
  return (n) => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
}

const PIECES = ['a', 'b', '.', '*', '**', '?', '/', '[ab]', '{a,b}', '{a,b/a}', 'x', '[^a]', '\\*', 'yaml', '-'];
const PATH_PIECES = ['a', 'b', '.', '/', 'x', 'ab', '.yaml', '-'];

/**
 * picomatch is not consistent where a `**` touches other characters in a segment (`**a` is a
 * star, `**{a,b}` sometimes a globstar) or in the trailing-slash forms; globs.ts reads every `**`
 * that is not a whole segment as `*`, as git does. Those cases are left out of the comparison.
 */
function comparable(glob: string, input: string): boolean {
  if (glob.includes('//') || glob.startsWith('/') || glob.includes('***')) return false;
  if (/[^/]\*\*|\*\*[^/]/.test(glob.replace(/\{[^}]*\}/g, 'a'))) return false;
  if (input.includes('//') || input.startsWith('/') || input.includes('*')) return false;
  return !input.split('/').some((s) => s === '.' || s === '..');
}

test('globs match as picomatch (dot: true) does, on 100,000 random patterns and paths', () => {
  const rnd = random(20261130);
  const differences: string[] = [];
  let compared = 0;
  for (let k = 0; k < 100_000; k++) {
    let glob = '';
    for (let i = 0, n = 1 + rnd(6); i < n; i++) glob += PIECES[rnd(PIECES.length)];
    if (rnd(4) === 0) glob += '/';
    let input = '';
    for (let i = 0, n = 1 + rnd(6); i < n; i++) input += PATH_PIECES[rnd(PATH_PIECES.length)];
    if (input.endsWith('/') || !comparable(glob, input)) continue;
    compared++;
    const theirs = picomatch(glob, { dot: true });
    const mine = compileGlobs([glob]);
    // A file's path, and a directory's as the walk asks (with and without a trailing slash).
    if (theirs(input) !== mine(input)) differences.push(`${glob} ${input}`);
    const dir = theirs(input) || theirs(`${input}/`);
    if (dir !== (mine(input) || mine(`${input}/`))) differences.push(`${glob} ${input}/`);
  }
  assert.ok(compared > 30_000, `compared ${compared}`);
  assert.deepEqual(differences.slice(0, 20), []);
});

test('the globs of a configuration, by example', () => {
  const cases: [string, string, boolean][] = [
    ['**/*.{yaml,yml,json}', 'a/b/x.yml', true],
    ['charts/**/templates/**', 'charts/x/templates/a.yaml', true],
    ['legacy/**', 'legacy', true],
    ['*/**', 'a', false],
    ['generated/', 'generated/', true],
    ['generated/', 'generated', false],
    ['!a.yaml', 'b.yaml', true],
    ['\\*.yaml', '*.yaml', true],
    ['{1..3}.yaml', '2.yaml', true],
    ['[!a].yaml', 'b.yaml', true],
    ['a/**b', 'a/x/b', false],
  ];
  for (const [glob, input, want] of cases) assert.equal(compileGlobs([glob])(input), want, `${glob} ${input}`);
});

// An exponential matcher would not finish: the timeout stops it (no test asserts a duration).
test('a glob with 30 wildcards against 250-character names: linear, not exponential', { timeout: 120_000 }, (t) => {
  const glob = `**/*${'a*'.repeat(30)}b`;
  const match = compileGlobs([glob]);
  const start = performance.now();
  for (let i = 0; i < 1000; i++) assert.equal(match(`x/${'a'.repeat(250)}`), false);
  const deep = compileGlobs(['**/*a*/**/*a*/**/*a*/**/b']);
  for (let i = 0; i < 100; i++) assert.equal(deep(Array.from({ length: 60 }, () => 'a'.repeat(30)).join('/')), false);
  // picomatch took 1.4 s for one 120-character name with 5 wildcards, 8.5 s for the deep one.
  t.diagnostic(`matched in ${Math.round(performance.now() - start)} ms`);
});

test('extglobs, POSIX classes and brace explosions are refused, not misread', () => {
  assert.throws(() => compileGlob('+(a|b).yaml'), GlobError);
  assert.throws(() => compileGlob('[[:alpha:]].yaml'), /POSIX character class/);
  assert.throws(() => compileGlob('{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}'), /more than 256 alternatives/);
  assert.doesNotThrow(() => compileGlob('a(1).yaml'));
});

const work = mkdtempSync(path.join(tmpdir(), 'edgenet-globs-'));
after(() => rmSync(work, { recursive: true, force: true }));

test('a glob the configuration cannot use is an error at its place (exit 2)', async () => {
  writeFileSync(path.join(work, '.edgenet.yaml'), 'exclude:\n  - ok/**\n  - "@(a|b)/**"\n');
  const result = await cli(['lint', '.'], { cwd: work });
  assert.equal(result.code, 2);
  assert.equal(
    result.stderr,
    'edgenet: .edgenet.yaml:3:5: exclude.1 "@(a|b)/**" uses an extglob ' +
      '(@(...): write alternatives as {a,b}, or \\( for a parenthesis\n',
  );
});
