/**
 * Which files a run reads. Directories are walked in sorted order, honouring .gitignore files
 * and the configuration's include/exclude globs; explicit files are taken as given (a pre-commit
 * hook names them). Symlinks are never followed out of the root, and never into a directory: a
 * link that is not read is reported, not dropped.
 */
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import { UsageError } from '../core/errors.js';
import { compareStrings } from '../core/finding.js';

export interface DiscoveredFile {
  /** Absolute path on disk, or '-' for stdin. */
  absolute: string;
  /** The name findings are reported under: relative to the working directory, `/` separators. */
  display: string;
}

export interface SkippedPath {
  display: string;
  reason: string;
}

export interface DiscoveryOptions {
  cwd: string;
  /** Globs relative to `base`; a walked file must match one (default: any .yaml, .yml, .json). */
  include?: string[];
  exclude?: string[];
  /** Directory the globs are relative to: the configuration file's directory, else the cwd. */
  base?: string;
  stdinFilename?: string;
}

export interface Discovery {
  files: DiscoveredFile[];
  skipped: SkippedPath[];
}

const DATA_FILE = /\.(ya?ml|json)$/i;

export function discoverFiles(args: readonly string[], options: DiscoveryOptions): Discovery {
  const cwd = options.cwd;
  const base = options.base ?? cwd;
  const isIncluded = options.include?.length
    ? picomatch(options.include, { dot: true })
    : (p: string) => DATA_FILE.test(p);
  const isExcluded = options.exclude?.length ? picomatch(options.exclude, { dot: true }) : () => false;
  const files: DiscoveredFile[] = [];
  const skipped: SkippedPath[] = [];
  const seen = new Set<string>();
  const display = (abs: string) => toDisplay(cwd, abs);

  const add = (abs: string, shown = display(abs)) => {
    if (seen.has(abs)) return;
    seen.add(abs);
    files.push({ absolute: abs, display: shown });
  };

  for (const arg of args.length ? args : ['.']) {
    if (arg === '-') {
      files.push({ absolute: '-', display: options.stdinFilename ?? '<stdin>' });
      continue;
    }
    const abs = path.resolve(cwd, arg);
    let stat: ReturnType<typeof lstatSync>;
    try {
      stat = lstatSync(abs);
    } catch {
      throw new UsageError(`no such file or directory: ${arg}`);
    }
    if (stat.isSymbolicLink()) {
      const target = resolveLink(abs, cwd);
      if ('reason' in target) skipped.push({ display: display(abs), reason: target.reason });
      else if (target.isDirectory) walk(target.real, target.real);
      else add(abs);
    } else if (stat.isDirectory()) {
      walk(abs, abs);
    } else {
      if (!isExcluded(relativeGlobPath(base, abs, abs))) add(abs);
    }
  }
  return { files, skipped };

  function walk(root: string, dir: string): void {
    const ignores = gitignoresAbove(root);
    visit(dir, ignores);

    function visit(current: string, rules: IgnoreLayer[]): void {
      let entries: import('node:fs').Dirent[];
      try {
        entries = readdirSync(current, { withFileTypes: true });
      } catch (error) {
        skipped.push({
          display: `${display(current)}/`,
          reason: `directory not readable (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
        });
        return;
      }
      const layers = existsSync(path.join(current, '.gitignore')) ? [...rules, loadIgnore(current)] : rules;
      entries.sort((a, b) => compareStrings(a.name, b.name));
      for (const entry of entries) {
        if (entry.name === '.git') continue;
        const abs = path.join(current, entry.name);
        const isDir = entry.isDirectory();
        if (isIgnored(layers, abs, isDir)) continue;
        const globPath = relativeGlobPath(base, root, abs);
        if (isDir) {
          if (!isExcluded(globPath) && !isExcluded(`${globPath}/`)) visit(abs, layers);
          continue;
        }
        if (!isIncluded(globPath) || isExcluded(globPath)) continue;
        if (entry.isSymbolicLink()) {
          const target = resolveLink(abs, root);
          if ('reason' in target) skipped.push({ display: display(abs), reason: target.reason });
          else if (target.isDirectory)
            skipped.push({ display: display(abs), reason: 'symlink to a directory: not followed' });
          else add(abs);
          continue;
        }
        if (entry.isFile()) add(abs);
      }
    }
  }
}

/** Where a symlink leads, if it may be read: inside the root and not a loop. */
function resolveLink(abs: string, root: string): { real: string; isDirectory: boolean } | { reason: string } {
  let real: string;
  try {
    real = realpathSync(abs);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { reason: code === 'ELOOP' ? 'symlink loop: not followed' : 'broken symlink: target does not exist' };
  }
  const realRoot = safeRealpath(root);
  if (real !== realRoot && !real.startsWith(realRoot + path.sep)) {
    return { reason: 'symlink points outside the repository: not read' };
  }
  return { real, isDirectory: statSync(real).isDirectory() };
}

function safeRealpath(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

interface IgnoreLayer {
  dir: string;
  rules: Ignore;
}

function loadIgnore(dir: string): IgnoreLayer {
  let text = '';
  try {
    text = readFileSync(path.join(dir, '.gitignore'), 'utf8');
  } catch {
    // An unreadable .gitignore ignores nothing; the walk reports unreadable directories itself.
  }
  return { dir, rules: ignore().add(text) };
}

function isIgnored(layers: IgnoreLayer[], abs: string, isDir: boolean): boolean {
  for (const layer of layers) {
    const rel = path.relative(layer.dir, abs).split(path.sep).join('/');
    if (!rel || rel.startsWith('..')) continue;
    if (layer.rules.ignores(isDir ? `${rel}/` : rel)) return true;
  }
  return false;
}

/** The .gitignore files from the repository's top down to (not including) `root`. */
function gitignoresAbove(root: string): IgnoreLayer[] {
  const chain: string[] = [];
  let dir = path.dirname(root);
  let top: string | undefined;
  for (let d = root; ; d = path.dirname(d)) {
    if (existsSync(path.join(d, '.git'))) {
      top = d;
      break;
    }
    if (path.dirname(d) === d) break;
  }
  if (!top || top === root) return [];
  for (; ; dir = path.dirname(dir)) {
    chain.unshift(dir);
    if (dir === top || path.dirname(dir) === dir) break;
  }
  return chain.filter((d) => existsSync(path.join(d, '.gitignore'))).map(loadIgnore);
}

/** The path globs see: relative to the config's directory when inside it, else to the walked root. */
function relativeGlobPath(base: string, root: string, abs: string): string {
  const fromBase = path.relative(base, abs);
  const rel =
    fromBase.startsWith('..') || path.isAbsolute(fromBase) ? path.relative(root, abs) || path.basename(abs) : fromBase;
  return rel.split(path.sep).join('/');
}

export function toDisplay(cwd: string, abs: string): string {
  const rel = path.relative(cwd, abs) || '.';
  return rel.split(path.sep).join('/');
}
