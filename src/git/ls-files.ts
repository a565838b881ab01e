/**
 * The files of a git work tree, as git lists them (contract section 8): every tracked file, and
 * the untracked files no ignore rule hides (`git ls-files -co --exclude-standard`). A .gitignore
 * only ever hides untracked files (gitignore(5): "Files already tracked by Git are not affected"),
 * so a pull request that adds `*.yaml` to a .gitignore hides none of its committed manifests.
 * With a trusted REF, an untracked file is hidden only when REF's .gitignore files hide it too.
 */
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { git, literal, workTreeTop } from './git.js';
import { splitNulBytes, type Trust } from './trust.js';

export interface WorkTreeFiles {
  /** The top of the work tree. */
  top: string;
  /** Paths under the listed directory, relative to it, as bytes (a name need not be UTF-8). */
  paths: Buffer[];
}

/**
 * The files under `dir` that git lists, or undefined when `dir` is not in a git work tree (or git
 * is missing, or cannot read the repository): the caller then walks the directory itself.
 */
export function listWorkTree(dir: string, trust?: Trust): WorkTreeFiles | undefined {
  const top = workTreeTop(dir);
  if (!top) return undefined;
  let listed: Buffer;
  try {
    listed = git(['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: dir });
  } catch {
    return undefined;
  }
  const paths = splitNulBytes(listed);
  if (trust) {
    for (const p of hiddenNowButNotAtRef(dir, trust)) paths.push(p);
  }
  return { top, paths };
}

/**
 * Untracked files that the work tree's ignore rules hide but REF's .gitignore files do not: a
 * .gitignore line the change itself adds hides nothing. Ignored directories come as one entry
 * (`--directory`) and are listed file by file only when REF does not ignore them.
 */
function hiddenNowButNotAtRef(dir: string, trust: Trust): Buffer[] {
  const base = path.relative(trust.top, safeRealpath(dir)).split(path.sep).join('/');
  const fromTop = (rel: string) => (base ? `${base}/${rel}` : rel);
  const ignored = (args: string[]) =>
    splitNulBytes(git(['ls-files', '-z', '--others', '--ignored', '--exclude-standard', ...args], { cwd: dir }));
  const out: Buffer[] = [];
  for (const entry of ignored(['--directory'])) {
    const rel = entry.toString('utf8');
    if (!rel.endsWith('/')) {
      if (!trust.ignoredAtRef(fromTop(rel), false)) out.push(entry);
      continue;
    }
    if (trust.ignoredAtRef(fromTop(rel.slice(0, -1)), true)) continue;
    for (const file of ignored(['--', literal(rel)])) {
      const name = file.toString('utf8');
      // A nested repository is listed as a directory: its files are its own.
      if (!name.endsWith('/') && !trust.ignoredAtRef(fromTop(name), false)) out.push(file);
    }
  }
  return out;
}

function safeRealpath(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}
