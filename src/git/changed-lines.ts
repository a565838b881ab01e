/**
 * Lines changed since a base ref, from the real git: `git diff --unified=0 BASE`, hunk headers
 * read as `+start,count`. Paths come back relative to the working directory, as findings are.
 */
import path from 'node:path';
import { UsageError } from '../core/errors.js';
import { GitError, git, gitText, validateRef } from './git.js';

export function changedLines(cwd: string, baseRef: string): Map<string, Set<number>> {
  validateRef(baseRef, '--base-ref');
  let top: string;
  let byTop: Map<string, Set<number>>;
  try {
    top = gitText(['rev-parse', '--show-toplevel'], { cwd });
    byTop = diffLines(top, baseRef);
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    throw new UsageError(`--base-ref ${baseRef}: git could not diff against it (${error.message})`);
  }
  const out = new Map<string, Set<number>>();
  for (const [name, lines] of byTop) out.set(path.relative(cwd, path.join(top, name)).split(path.sep).join('/'), lines);
  return out;
}

/**
 * The lines of the work tree that differ from `base` (added or changed), by path from the top of
 * the work tree; a file absent at `base` has every line. Only files the index knows are compared
 * (git diff's rule). `pathspecs` narrows the diff. Renames are not followed: a moved file is new.
 */
export function diffLines(top: string, base: string, pathspecs?: readonly string[]): Map<string, Set<number>> {
  const args = [
    'diff',
    '--unified=0',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '--no-renames',
    '--src-prefix=a/',
    '--dst-prefix=b/',
    '--end-of-options',
    base,
    '--',
  ];
  for (const p of pathspecs ?? []) args.push(p);
  return parseDiff(git(args, { cwd: top }).toString('utf8'));
}

/** `+++ b/name` starts a file; `@@ -a,b +start,count @@` adds `count` lines from `start`. */
export function parseDiff(diff: string): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  let current: Set<number> | undefined;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      const name = unquoted(line.slice(4));
      current = undefined;
      if (name === '/dev/null') continue;
      current = new Set();
      out.set(name.replace(/^b\//, ''), current);
    } else if (line.startsWith('@@') && current) {
      const m = /\+(\d+)(?:,(\d+))?/.exec(line);
      if (!m) continue;
      const start = Number(m[1]);
      const count = m[2] === undefined ? 1 : Number(m[2]);
      for (let n = start; n < start + count; n++) current.add(n);
    }
  }
  return out;
}

function unquoted(name: string): string {
  // A tab ends the name when git appends nothing else; a quoted name is C-quoted (core.quotePath).
  return name.startsWith('"') ? cUnquote(name) : name.replace(/\t$/, '');
}

function cUnquote(text: string): string {
  const end = text.lastIndexOf('"');
  const body = text.slice(1, end > 0 ? end : undefined);
  const bytes: number[] = [];
  const simple: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\') {
      for (const b of Buffer.from(c, 'utf8')) bytes.push(b);
      continue;
    }
    const next = body[i + 1] ?? '';
    if (/[0-7]/.test(next)) {
      bytes.push(Number.parseInt(body.slice(i + 1, i + 4), 8));
      i += 3;
    } else {
      bytes.push(simple[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}
