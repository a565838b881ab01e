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
