/**
 * Which files a run reads. Inside a git work tree a directory's files are those git lists
 * (tracked, and untracked but not ignored: src/git/ls-files.ts), so a .gitignore never hides a
 * committed manifest; elsewhere directories are walked in sorted order, honouring .gitignore
 * files. Either way the configuration's include/exclude globs apply, and explicit files are taken
 * as given (a pre-commit hook names them). Only regular files are read: a FIFO, a device or a
 * socket is reported. Symlinks are never followed out of the root, and never into a directory: a
 * link that is not read is reported, not dropped. Names are read as bytes: a name that is not
 * UTF-8 is still read, and reported in an escaped form (see escapeName).
 */
import { existsSync, lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { UsageError } from '../core/errors.js';
import { compareStrings } from '../core/finding.js';
import { listWorkTree, type WorkTreeFiles } from '../git/ls-files.js';
import type { Trust } from '../git/trust.js';
import { fileKind, readBounded, SMALL_FILE_LIMIT } from './bounded-read.js';
import { compileGlobs } from './globs.js';

/**
 * Never walked, like `.git`: packages (ESLint skips them too) and edgenet's own cache
 * (node_modules/.cache/edgenet), which a repository without a .gitignore for it would otherwise
 * lint on the next run.
 */
const NODE_MODULES = 'node_modules';
const inNodeModules = (rel: string) =>
  rel === NODE_MODULES || rel.startsWith(`${NODE_MODULES}/`) || rel.includes(`/${NODE_MODULES}/`);

/**
 * The name stdin is reported under: `--stdin-filename` as a path like any other (`./a.yaml` is
 * `a.yaml`), so that it replaces the file of that name; `<stdin>` without one.
 */
export function stdinDisplay(cwd: string, name: string | undefined): string {
  return name === undefined ? '<stdin>' : toDisplay(cwd, path.resolve(cwd, name));
}

export interface DiscoveredFile {
  /** Absolute path on disk, or '-' for stdin; in escaped form when `bytes` is set. */
  absolute: string;
  /** The name findings are reported under: relative to the working directory, `/` separators. */
  display: string;
  /** The path on disk as bytes, when a name in it is not UTF-8 (Node would read it as U+FFFD). */
  bytes?: Buffer;
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
  /** --trust-from: an untracked file is hidden only when REF's .gitignore files hide it too. */
  trust?: Trust;
}

export interface Discovery {
  files: DiscoveredFile[];
  skipped: SkippedPath[];
}

const DATA_FILE = /\.(ya?ml|json)$/i;

export function discoverFiles(args: readonly string[], options: DiscoveryOptions): Discovery {
  const cwd = options.cwd;
  const base = options.base ?? cwd;
  const isIncluded = options.include?.length ? compileGlobs(options.include) : (p: string) => DATA_FILE.test(p);
  const isExcluded = options.exclude?.length ? compileGlobs(options.exclude) : () => false;
  const files: DiscoveredFile[] = [];
  const skipped: SkippedPath[] = [];
  const seen = new Set<string>();
  const walked = new Set<string>();
  const display = (abs: string) => toDisplay(cwd, abs);
  const skip = (abs: string, reason: string) => skipped.push({ display: display(abs), reason });

  const add = (abs: string, shown = display(abs), bytes?: Buffer) => {
    if (seen.has(abs)) return;
    seen.add(abs);
    files.push(bytes ? { absolute: abs, display: shown, bytes } : { absolute: abs, display: shown });
  };

  for (const arg of args.length ? args : ['.']) {
    if (arg === '-') {
      // Stdin is read once: a second `-` would read nothing and stand for the same file.
      if (files.some((f) => f.absolute === '-')) throw new UsageError('- (stdin) is named twice');
      files.push({ absolute: '-', display: stdinDisplay(cwd, options.stdinFilename) });
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
    } else if (stat.isFile()) {
      if (!isExcluded(relativeGlobPath(base, abs, abs))) add(abs);
    } else {
      // Opening a FIFO blocks until someone writes; a device never ends: neither is read.
      skipped.push({ display: display(abs), reason: `not a regular file (${fileKind(stat)}): not read` });
    }
  }
  return { files, skipped };

  function walk(root: string, dir: string): void {
    const real = safeRealpath(dir);
    if (walked.has(real)) return;
    walked.add(real);
    const listing = listWorkTree(dir, options.trust);
    if (listing) {
      walkListed(root, dir, listing);
      return;
    }
    const ignores = gitignoresAbove(root, (d) => loadIgnore(d, path.join(d, '.gitignore'), skip));
    visit(dir, undefined, ignores);

    /** `current` is the directory's path, escaped if `bytes` (its real path) is set. */
    function visit(current: string, bytes: Buffer | undefined, rules: IgnoreLayer[]): void {
      let entries: { name: string; raw?: Buffer; dirent: import('node:fs').Dirent<Buffer | string> }[];
      try {
        entries = listDirectory(current, bytes);
      } catch (error) {
        skipped.push({
          display: `${display(current)}/`,
          reason: `directory not readable (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
        });
        return;
      }
      const gitignore = join(bytes, current, '.gitignore');
      const own = entries.some((e) => e.name === '.gitignore') ? loadIgnore(current, gitignore, skip) : undefined;
      const layers = own ? [...rules, own] : rules;
      entries.sort((a, b) => compareStrings(a.name, b.name));
      for (const { name, raw, dirent: entry } of entries) {
        if (name === '.git' || name === NODE_MODULES) continue;
        const abs = path.join(current, name);
        // The real path as bytes once a name on the way is not its own escaped form.
        const absBytes = raw && (bytes || name !== raw.toString('utf8')) ? join(bytes, current, raw) : undefined;
        const isDir = entry.isDirectory();
        if (isIgnored(layers, abs, isDir)) continue;
        const globPath = relativeGlobPath(base, root, abs);
        if (isDir) {
          if (!isExcluded(globPath) && !isExcluded(`${globPath}/`)) visit(abs, absBytes as Buffer | undefined, layers);
          continue;
        }
        if (!isIncluded(globPath) || isExcluded(globPath)) continue;
        if (entry.isSymbolicLink()) {
          const target = resolveLink(absBytes ?? abs, root);
          if ('reason' in target) skipped.push({ display: display(abs), reason: target.reason });
          else if (target.isDirectory)
            skipped.push({ display: display(abs), reason: 'symlink to a directory: not followed' });
          else add(abs, display(abs), absBytes as Buffer | undefined);
          continue;
        }
        if (entry.isFile()) add(abs, display(abs), absBytes as Buffer | undefined);
        else skip(abs, `not a regular file (${fileKind(entry)}): not read`);
      }
    }
  }

  /**
   * The files git lists under `dir` (`root` is the directory the globs fall back to), with the
   * globs and the symlink rules of the walk. An excluded directory excludes what is under it.
   */
  function walkListed(root: string, dir: string, listing: WorkTreeFiles): void {
    const excludedDir = new Map<string, boolean>();
    const dirIsExcluded = (rel: string): boolean => {
      let known = excludedDir.get(rel);
      if (known === undefined) {
        const slash = rel.lastIndexOf('/');
        const globPath = relativeGlobPath(base, root, path.join(dir, rel));
        known = (slash > 0 && dirIsExcluded(rel.slice(0, slash))) || isExcluded(globPath) || isExcluded(`${globPath}/`);
        excludedDir.set(rel, known);
      }
      return known;
    };
    const sep = Buffer.from(path.sep);
    for (const raw of listing.paths) {
      const rel = escapeName(raw).replace(/\/$/, '');
      if (inNodeModules(rel)) continue;
      const slash = rel.lastIndexOf('/');
      if (slash > 0 && dirIsExcluded(rel.slice(0, slash))) continue;
      const abs = path.join(dir, rel);
      const absBytes =
        rel !== raw.toString('utf8').replace(/\/$/, '') ? Buffer.concat([Buffer.from(dir), sep, raw]) : undefined;
      let stat: ReturnType<typeof lstatSync>;
      try {
        stat = lstatSync(absBytes ?? abs);
      } catch {
        continue; // A tracked file deleted from the work tree: there is nothing to read.
      }
      const globPath = relativeGlobPath(base, root, abs);
      if (stat.isDirectory()) {
        // A submodule, or a repository inside this one: its files are its own git's to list.
        if (!dirIsExcluded(rel)) walk(abs, abs);
        continue;
      }
      if (!isIncluded(globPath) || isExcluded(globPath)) continue;
      if (stat.isSymbolicLink()) {
        const target = resolveLink(absBytes ?? abs, root);
        if ('reason' in target) skip(abs, target.reason);
        else if (target.isDirectory) skip(abs, 'symlink to a directory: not followed');
        else add(abs, display(abs), absBytes);
      } else if (stat.isFile()) add(abs, display(abs), absBytes);
      else skip(abs, `not a regular file (${fileKind(stat)}): not read`);
    }
  }
}

/** Where a symlink leads, if it may be read: inside the root and not a loop. */
function resolveLink(abs: string | Buffer, root: string): { real: string; isDirectory: boolean } | { reason: string } {
  let real: string;
  try {
    real = typeof abs === 'string' ? realpathSync(abs) : escapeName(realpathSync(abs, { encoding: 'buffer' }));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { reason: code === 'ELOOP' ? 'symlink loop: not followed' : 'broken symlink: target does not exist' };
  }
  const realRoot = safeRealpath(root);
  if (real !== realRoot && !real.startsWith(realRoot + path.sep)) {
    return { reason: 'symlink points outside the repository: not read' };
  }
  return { real, isDirectory: statSync(typeof abs === 'string' ? real : abs).isDirectory() };
}

/** A path under a directory: a string, or bytes when the directory's real path is bytes or the name is. */
function join(bytes: Buffer | undefined, dir: string, name: string | Buffer): string | Buffer {
  if (!bytes && typeof name === 'string') return path.join(dir, name);
  const sep = Buffer.from(path.sep);
  return Buffer.concat([bytes ?? Buffer.from(dir), sep, typeof name === 'string' ? Buffer.from(name) : name]);
}

/**
 * A directory's entries with their names for reports. Read as text first: a name that is not
 * UTF-8 reads as U+FFFD, and one with a backslash is escaped, and only then (or below such a
 * name, `bytes`) is the directory read again as bytes. A Buffer per name and two decodings of it
 * were a third of discovering 15,000 files.
 */
function listDirectory(
  current: string,
  bytes: Buffer | undefined,
): { name: string; raw?: Buffer; dirent: import('node:fs').Dirent<Buffer | string> }[] {
  if (!bytes) {
    const named = readdirSync(current, { withFileTypes: true });
    if (named.every((d) => isOwnEscape(d.name))) return named.map((dirent) => ({ name: dirent.name, dirent }));
  }
  return readdirSync(bytes ?? current, { withFileTypes: true, encoding: 'buffer' }).map((dirent) => ({
    name: escapeName(dirent.name),
    raw: dirent.name,
    dirent,
  }));
}

/** A decoded name that escapeName leaves as it is: no U+FFFD (a byte that was not UTF-8), no backslash. */
function isOwnEscape(text: string): boolean {
  return !text.includes('\ufffd') && !text.includes('\\');
}

/**
 * A file name for reports: as it is when it is UTF-8 without a backslash; else with each
 * backslash doubled and each byte that is not UTF-8 written `\xHH`, so that no two names look
 * alike (`\xff` is the byte 0xFF, `\\xff` the four characters).
 */
export function escapeName(raw: Buffer): string {
  const text = raw.toString('utf8');
  if (isOwnEscape(text)) return text;
  let out = '';
  let i = 0;
  while (i < raw.length) {
    const size = utf8Sequence(raw, i);
    if (size === 0) out += `\\x${raw[i]!.toString(16).padStart(2, '0')}`;
    else {
      const char = raw.subarray(i, i + size).toString('utf8');
      out += char === '\\' ? '\\\\' : char;
    }
    i += size || 1;
  }
  return out;
}

/** The length of the valid UTF-8 sequence at i, or 0 (overlong forms and surrogates are not valid). */
function utf8Sequence(b: Buffer, i: number): number {
  const c = b[i]!;
  if (c < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => i + k < b.length && b[i + k]! >= lo && b[i + k]! <= hi;
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
  if (c === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if (c === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (c >= 0xe1 && c <= 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (c === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (c === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  if (c >= 0xf1 && c <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  return 0;
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

/**
 * A directory's .gitignore, read as git reads it: never through a symlink (git 2.32 stopped
 * following in-tree .gitignore symlinks; one to /dev/zero would never end) and only when it is a
 * regular file within SMALL_FILE_LIMIT. One that is not read ignores nothing and is reported.
 */
function loadIgnore(
  dir: string,
  file: string | Buffer,
  skip: (abs: string, reason: string) => void,
): IgnoreLayer | undefined {
  const shown = typeof file === 'string' ? file : escapeName(file);
  let stat: ReturnType<typeof lstatSync>;
  try {
    stat = lstatSync(file);
  } catch {
    return undefined;
  }
  if (stat.isSymbolicLink()) {
    skip(
      shown,
      'a .gitignore that is a symlink is not read (git does not follow it either): its patterns are not applied',
    );
    return undefined;
  }
  const read = readBounded(file, SMALL_FILE_LIMIT);
  if (!read.ok) {
    // An unreadable .gitignore ignores nothing; the walk reports unreadable directories itself.
    if (read.cause !== 'unreadable') skip(shown, `${read.reason}: its patterns are not applied`);
    return undefined;
  }
  return { dir, rules: ignore().add(read.buffer.toString('utf8')) };
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
function gitignoresAbove(root: string, load: (dir: string) => IgnoreLayer | undefined): IgnoreLayer[] {
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
  const layers: IgnoreLayer[] = [];
  for (const d of chain) {
    const layer = load(d);
    if (layer) layers.push(layer);
  }
  return layers;
}

/** The path globs see: relative to the config's directory when inside it, else to the walked root. */
function relativeGlobPath(base: string, root: string, abs: string): string {
  const fromBase = relative(base, abs);
  const rel =
    fromBase.startsWith('..') || path.isAbsolute(fromBase) ? relative(root, abs) || path.basename(abs) : fromBase;
  return path.sep === '/' ? rel : rel.split(path.sep).join('/');
}

export function toDisplay(cwd: string, abs: string): string {
  const rel = relative(cwd, abs) || '.';
  return path.sep === '/' ? rel : rel.split(path.sep).join('/');
}

/**
 * path.relative, without resolving both paths again when `to` is below `from` as written (the
 * walk's paths are normalised already): two calls per file were a fifth of discovering 15,000.
 */
function relative(from: string, to: string): string {
  const end = from.endsWith(path.sep) ? from.length : from.length + 1;
  if (to.length > end && to.startsWith(from) && to[end - 1] === path.sep && path.isAbsolute(from)) {
    const rest = to.slice(end);
    if (!/^[\\/]|(^|[\\/])\.\.?([\\/]|$)|[\\/]{2}|[\\/]$/.test(rest)) return rest;
  }
  return path.relative(from, to);
}
