/**
 * Which files of a path an installer really applies: a file Flux or Argo CD leaves out of what
 * it syncs is not a cluster's, however it reads.
 * - Flux's source-controller leaves out of a GitRepository's artifact what `.sourceignore` files
 *   (at the top and in any directory, .gitignore syntax) and `spec.ignore` say, and, when
 *   `spec.ignore` is not set, its default exclusions (VCS files, CI configuration, images...).
 * - Argo CD's directory source reads a file only if `directory.include` matches its path below
 *   the source's path and `directory.exclude` does not (util/glob: `*` crosses `/`, `{a,b}`).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { compileGlobs, GlobError } from '../discover/globs.js';

/** source-controller's exclusions when `spec.ignore` is not set (pkg/sourceignore). */
const FLUX_DEFAULT_IGNORE = [
  '.git/',
  '.gitignore',
  '.gitmodules',
  '.gitattributes',
  '*.jpg',
  '*.jpeg',
  '*.gif',
  '*.png',
  '*.wmv',
  '*.flv',
  '*.tar.gz',
  '*.zip',
  '.github/',
  '.circleci/',
  '.travis.yml',
  '.gitlab-ci.yml',
  'appveyor.yml',
  '.drone.yml',
  'cloudbuild.yaml',
  'codeship-services.yml',
  'codeship-steps.yml',
  '**/.goreleaser.yml',
  '**/.sops.yaml',
  '**/.flux.yaml',
];

/**
 * Whether Flux leaves an absolute file out of the artifact of the repository at `root`, with the
 * GitRepository's `spec.ignore` (null: the defaults).
 */
export function fluxIgnores(root: string, specIgnore: string | null): (file: string) => boolean {
  const top = ignore().add(specIgnore ?? FLUX_DEFAULT_IGNORE.join('\n'));
  const nested = new Map<string, Ignore | null>();
  const sourceIgnore = (dir: string): Ignore | null => {
    if (nested.has(dir)) return nested.get(dir)!;
    const file = path.join(dir, '.sourceignore');
    const rules = existsSync(file) ? ignore().add(readFileSync(file, 'utf8')) : null;
    nested.set(dir, rules);
    return rules;
  };
  return (file) => {
    const rel = path.relative(root, file);
    if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return false;
    const posix = rel.split(path.sep).join('/');
    if (top.ignores(posix)) return true;
    // Each .sourceignore speaks of the paths below its own directory, as a .gitignore does.
    for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
      const rules = sourceIgnore(dir);
      const below = path.relative(dir, file).split(path.sep).join('/');
      if (rules?.ignores(below)) return true;
      if (dir === root || path.dirname(dir) === dir) return false;
    }
  };
}

/** Whether Argo CD's directory source reads a file at `rel` (below the source's path). */
export function argoDirectoryKeeps(include: string | null, exclude: string | null): (rel: string) => boolean {
  const included = include ? argoGlob(include) : null;
  const excluded = exclude ? argoGlob(exclude) : null;
  return (rel) => !excluded?.test(rel) && (included === null || included.test(rel));
}

/** Argo CD's util/glob (gobwas/glob without separators): `*` and `?` cross `/`, `{a,b}` alternates. */
export function argoGlob(pattern: string): RegExp {
  let out = '';
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*') out += '.*';
    else if (c === '?') out += '.';
    else if (c === '{') {
      out += '(?:';
      depth++;
    } else if (c === '}' && depth > 0) {
      out += ')';
      depth--;
    } else if (c === ',' && depth > 0) out += '|';
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end < 0) out += '\\[';
      else {
        const body = pattern
          .slice(i + 1, end)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\');
        out += `[${body}]`;
        i = end;
      }
    } else if (c === '\\' && i + 1 < pattern.length) out += `\\${pattern[++i]}`;
    else out += c.replace(/[.+^$()|\]\\/]/g, '\\$&');
  }
  return new RegExp(`^${out}${')'.repeat(depth)}$`);
}

/**
 * Argo CD's git directory generator: a directory of the repository (relative to its top) is a
 * candidate when Go's path.Match(pattern, dir) is true (applicationset/generators/git.go
 * filterApps): `*` any characters but `/`, `?` one, `[...]` a class (`^` negates), `\` escapes;
 * braces, `!` and `**` are not special (`**` is two stars of one segment). Matched by
 * src/discover/globs.ts, in linear time, with what it reads differently escaped; a pattern
 * path.Match refuses, or globs.ts does, matches nothing (Argo CD logs the error and goes on).
 */
export function argoDirectoryGlob(pattern: string): (dir: string) => boolean {
  let glob = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\' && i + 1 < pattern.length) glob += `\\${pattern[++i]}`;
    else if (c === '*') {
      glob += '*';
      while (pattern[i + 1] === '*') i++;
    } else if (c === '[' && pattern[i + 1] === '!') {
      // path.Match negates with ^ only: a ! is a character of the class.
      glob += '[\\!';
      i++;
    } else if ('{}(),!'.includes(c)) glob += `\\${c}`;
    else glob += c;
  }
  try {
    const match = compileGlobs([glob]);
    // "./apps" or "apps/" never equals a directory's path for path.Match; globs.ts would trim them.
    return /^\.\/|\/$/.test(pattern) ? () => false : match;
  } catch (error) {
    if (error instanceof GlobError) return () => false;
    throw error;
  }
}
