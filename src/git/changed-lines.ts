/**
 * Lines changed since a base ref, from the real git: `git diff --unified=0 BASE`, hunk headers
 * read as `+start,count`. Paths come back relative to the working directory, as findings are.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { UsageError } from '../core/errors.js';

export function changedLines(cwd: string, baseRef: string): Map<string, Set<number>> {
  let top: string;
  let diff: string;
  try {
    top = execFileSync('git', ['rev-parse', '--show-toplevel'], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }).trim();
    diff = execFileSync('git', ['diff', '--unified=0', '--no-color', '--no-ext-diff', baseRef, '--'], {
      cwd: top,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? (error as Error).message)
      .trim()
      .split('\n')[0];
    throw new UsageError(`--base-ref ${baseRef}: git could not diff against it (${stderr})`);
  }
  const out = new Map<string, Set<number>>();
  let current: Set<number> | undefined;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      const name = line.slice(4);
      current = undefined;
      if (name === '/dev/null') continue;
      const file = path
        .relative(cwd, path.join(top, name.replace(/^b\//, '')))
        .split(path.sep)
        .join('/');
      current = new Set();
      out.set(file, current);
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
