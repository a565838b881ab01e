/**
 * Trust (contract section 8): in a pull request the content judged is written by the author being
 * judged, so what could silence a finding (the configuration, `.gitignore` files, waivers) is
 * taken as it is at a trusted commit, REF (`--trust-from`, the Action's `trust-from`). This module
 * answers what REF holds, with the real git: `git ls-tree` for what a path is there,
 * `git cat-file` for its bytes (bounded), `git diff REF` for which lines of the work tree REF
 * already had.
 */
import { realpathSync } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { UsageError } from '../core/errors.js';
import type { RawFinding } from '../core/finding.js';
import { diffLines } from './changed-lines.js';
import { git, literal, resolveCommit, workTreeTop } from './git.js';

/** A blob or tree of REF's tree, as `git ls-tree -l` lists it. */
export interface TreeEntry {
  /** `100644`, `100755` (files), `120000` (a symlink), `040000` (a tree), `160000` (a submodule). */
  mode: string;
  type: 'blob' | 'tree' | 'commit';
  oid: string;
  /** Bytes, for a blob. */
  size: number;
  /** From the top of the work tree, `/` separators. */
  path: string;
}

/** Whether a file's lines are as at REF: 'new' (REF does not have the file), else the lines changed since. */
export type LineStatus = 'new' | ReadonlySet<number>;

/** Per .gitignore at REF and in total: past these, REF's patterns are not applied (fewer files hidden, never more). */
export const GITIGNORE_LIMIT = 1024 * 1024;
export const GITIGNORE_TOTAL_LIMIT = 16 * 1024 * 1024;
/** Paths per git command line (ARG_MAX is far above 500 paths). */
const CHUNK = 500;

export interface TrustOptions {
  /** The working directory: reported names are relative to it. */
  cwd: string;
  /** A directory inside the work tree (the first path linted). */
  start: string;
  ref: string;
  /** How the user named the option, for messages: `--trust-from` or `trust-from`. */
  option: string;
}

export class Trust {
  /** Findings the trusted reading raised before the run (configuration changed since REF). */
  readonly findings: RawFinding[] = [];
  private entries?: Map<string, TreeEntry>;
  private refIgnores?: Map<string, Ignore>;

  private constructor(
    /** The ref as the user wrote it: messages name it. */
    readonly ref: string,
    /** The commit it names, a full object id. */
    readonly commit: string,
    /** The top of the work tree, its real path. */
    readonly top: string,
    readonly cwd: string,
  ) {}

  static open(options: TrustOptions): Trust {
    const top = workTreeTop(options.start);
    if (!top)
      throw new UsageError(
        `${options.option} ${options.ref}: ${options.start} is not in a git work tree (or git is not installed)`,
      );
    const commit = resolveCommit(top, options.ref, options.option);
    return new Trust(options.ref, commit, realpathSync(top), options.cwd);
  }

  /** A path of the work tree as REF's tree names it (from the top), or undefined outside the work tree. */
  topRelative(abs: string): string | undefined {
    let real: string;
    try {
      real = realpathSync(abs);
    } catch {
      real = path.resolve(abs);
    }
    const rel = path.relative(this.top, real);
    if (rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
    return rel.split(path.sep).join('/');
  }

  /** What REF's tree holds at `rel` (from the top), without reading the whole tree. */
  entry(rel: string): TreeEntry | undefined {
    if (this.entries) return this.entries.get(rel);
    const out = git(['ls-tree', '-z', '-l', '--full-tree', '--end-of-options', this.commit, '--', rel], {
      cwd: this.top,
    });
    return parseTree(out).find((e) => e.path === rel);
  }

  /** A blob of REF, read only when it is at most `limit` bytes (else undefined). */
  blob(entry: TreeEntry, limit: number): Buffer | undefined {
    if (entry.type !== 'blob' || entry.size > limit) return undefined;
    return git(['cat-file', 'blob', entry.oid], { cwd: this.top, maxBytes: limit + 1 });
  }

  /**
   * Whether REF's .gitignore files ignore `rel` (from the top): a path is ignored when it or a
   * directory above it matches a .gitignore of a directory above it, as git applies them (a file
   * under an ignored directory cannot be re-included). A .gitignore that is a symlink, or over
   * GITIGNORE_LIMIT, is not applied, as git does not follow in-tree .gitignore symlinks (git 2.32).
   */
  ignoredAtRef(rel: string, isDir: boolean): boolean {
    const layers = this.gitignores();
    if (layers.size === 0) return false;
    const parts = rel.split('/');
    for (let i = 1; i <= parts.length; i++) {
      const dir = i < parts.length || isDir;
      for (let d = 0; d < i; d++) {
        const layer = layers.get(parts.slice(0, d).join('/'));
        if (!layer) continue;
        const relToLayer = parts.slice(d, i).join('/');
        if (layer.ignores(dir ? `${relToLayer}/` : relToLayer)) return true;
      }
    }
    return false;
  }

  private gitignores(): Map<string, Ignore> {
    if (this.refIgnores) return this.refIgnores;
    const layers = new Map<string, Ignore>();
    const wanted: TreeEntry[] = [];
    let total = 0;
    for (const e of this.tree().values()) {
      if (e.path !== '.gitignore' && !e.path.endsWith('/.gitignore')) continue;
      if (e.type !== 'blob' || e.mode === '120000' || e.size > GITIGNORE_LIMIT) continue;
      if (total + e.size > GITIGNORE_TOTAL_LIMIT) continue;
      total += e.size;
      wanted.push(e);
    }
    const texts = catBlobs(this.top, wanted, total);
    wanted.forEach((e, i) => {
      const dir = e.path === '.gitignore' ? '' : e.path.slice(0, -'/.gitignore'.length);
      layers.set(dir, ignore().add(texts[i] ?? ''));
    });
    this.refIgnores = layers;
    return layers;
  }

  /** REF's whole tree (blobs and submodules), read once. */
  private tree(): Map<string, TreeEntry> {
    if (!this.entries) {
      const out = git(['ls-tree', '-r', '-z', '-l', '--full-tree', '--end-of-options', this.commit], { cwd: this.top });
      this.entries = new Map(parseTree(out).map((e) => [e.path, e]));
    }
    return this.entries;
  }

  /**
   * For each file (a reported name, relative to the working directory), which of its lines REF
   * already had. A file the index does not track, or outside the work tree, is new; a tracked
   * file has the lines `git diff REF` adds or changes. One git call per 500 files.
   */
  lineStatus(files: readonly string[]): Map<string, LineStatus> {
    const out = new Map<string, LineStatus>();
    const byRel = new Map<string, string[]>();
    for (const file of files) {
      // A name shown with \xHH escapes is not its bytes on disk: taken as new.
      const rel = file.includes('\\') ? undefined : this.topRelative(path.resolve(this.cwd, file));
      if (rel === undefined) {
        out.set(file, 'new');
        continue;
      }
      byRel.set(rel, [...(byRel.get(rel) ?? []), file]);
    }
    const rels = [...byRel.keys()];
    for (let i = 0; i < rels.length; i += CHUNK) {
      const chunk = rels.slice(i, i + CHUNK);
      const specs = chunk.map(literal);
      const tracked = new Set(
        splitNul(git(['ls-files', '-z', '-c', '--full-name', '--', ...specs], { cwd: this.top })),
      );
      const changed = diffLines(this.top, this.commit, specs);
      for (const rel of chunk) {
        const status: LineStatus = tracked.has(rel) ? (changed.get(rel) ?? new Set()) : 'new';
        for (const file of byRel.get(rel)!) out.set(file, status);
      }
    }
    return out;
  }

  /** A short description of REF for messages: the ref as written, with the commit it names. */
  describe(): string {
    return `${this.ref} (${this.commit.slice(0, 12)})`;
  }
}

/** `git ls-tree -z -l` output: `<mode> SP <type> SP <oid> SP* <size> TAB <path> NUL`. */
export function parseTree(out: Buffer): TreeEntry[] {
  const entries: TreeEntry[] = [];
  for (const record of splitNul(out)) {
    const tab = record.indexOf('\t');
    const [mode, type, oid, size] = record.slice(0, tab).split(/ +/);
    entries.push({
      mode: mode!,
      type: type as TreeEntry['type'],
      oid: oid!,
      size: size === '-' ? 0 : Number(size),
      path: record.slice(tab + 1),
    });
  }
  return entries;
}

export function splitNul(out: Buffer): string[] {
  return splitNulBytes(out).map((b) => b.toString('utf8'));
}

export function splitNulBytes(out: Buffer): Buffer[] {
  const parts: Buffer[] = [];
  let start = 0;
  for (let end = out.indexOf(0, start); end >= 0; end = out.indexOf(0, start)) {
    if (end > start) parts.push(out.subarray(start, end));
    start = end + 1;
  }
  if (start < out.length) parts.push(out.subarray(start));
  return parts;
}

/** The texts of several blobs in one `git cat-file --batch`. */
function catBlobs(top: string, entries: readonly TreeEntry[], total: number): string[] {
  if (entries.length === 0) return [];
  const out = git(['cat-file', '--batch'], {
    cwd: top,
    input: `${entries.map((e) => e.oid).join('\n')}\n`,
    maxBytes: total + entries.length * 128 + 1024,
  });
  const texts: string[] = [];
  let at = 0;
  for (const _ of entries) {
    const eol = out.indexOf(0x0a, at);
    const header = gitHeader(out.subarray(at, eol).toString('utf8'));
    at = eol + 1;
    texts.push(out.subarray(at, at + header).toString('utf8'));
    at += header + 1;
  }
  return texts;
}

function gitHeader(line: string): number {
  const size = Number(line.split(' ')[2]);
  return Number.isFinite(size) ? size : 0;
}
