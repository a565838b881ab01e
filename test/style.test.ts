/**
 * One rule, one place (issue 19): no line of the code we write is over 120 characters. That code
 * is src/, test/, scripts/, bench/, tools/ and policies/ (.ts .mjs .js .rego .go files), except
 * generated files (a name with "generated", policies/dist/). Biome wraps code at 120 columns but
 * cannot break a string, a comment or a regular expression, and opa fmt and gofmt wrap nothing:
 * this test holds what they leave. A long message is written as a concatenation ('...' +
 * '...'), a long regular expression with joined() (test/helpers.ts), a long Rego literal over
 * several lines.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { ROOT } from './helpers.js';

const MAX_LINE = 120;
const DIRS = ['src', 'test', 'scripts', 'bench', 'tools', 'policies'];
const CODE = /\.(?:ts|mjs|js|rego|go)$/;

/** Lines of `text` over MAX_LINE characters (code points: a tab, an é or a ⚠ is one), 1-based. */
export function longLines(text: string): { line: number; length: number }[] {
  const out: { line: number; length: number }[] = [];
  text.split('\n').forEach((line, i) => {
    const length = [...line.replace(/\r$/, '')].length;
    if (length > MAX_LINE) out.push({ line: i + 1, length });
  });
  return out;
}

/** The files the rule covers, committed or not (git's ignores apply), relative to the repository. */
function codeFiles(): string[] {
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', ...DIRS], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return [...new Set(listed.split('\0'))]
    .filter((file) => CODE.test(file) && !file.includes('generated') && !file.startsWith('policies/dist/'))
    .filter((file) => existsSync(path.join(ROOT, file)))
    .sort();
}

test('longLines counts characters, not bytes, on every line', () => {
  const limit = 'x'.repeat(MAX_LINE);
  assert.deepEqual(longLines(`${limit}\n${'é'.repeat(MAX_LINE)}\r\n\t${limit}\n${limit}x`), [
    { line: 3, length: MAX_LINE + 1 },
    { line: 4, length: MAX_LINE + 1 },
  ]);
});

test(`no line of src/, test/, scripts/, bench/, tools/ or policies/ is over ${MAX_LINE} characters`, () => {
  const files = codeFiles();
  assert.ok(files.includes('test/style.test.ts'), 'git lists the files');
  const found = files.flatMap((file) =>
    longLines(readFileSync(path.join(ROOT, file), 'utf8')).map((l) => `${file}:${l.line}: ${l.length} characters`),
  );
  assert.deepEqual(found, [], `wrap these lines at ${MAX_LINE} characters:\n${found.join('\n')}`);
});
