/**
 * The facts cache (`--cache`, on by default for `--context`, i.e. the pre-commit hook): each
 * file's read (problems, facts, waivers) by the SHA-256 of its content, valid for one edgenet
 * version and one configuration. A warm run reads and hashes every file but parses only the
 * changed ones. A broken, foreign or unwritable cache is never an error: it is rebuilt.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { FileRead } from './read-file.js';

const FORMAT = 1;

interface CacheFile {
  format: number;
  /** edgenet's version and the configuration's hash: a different one invalidates every entry. */
  key: string;
  entries: Record<string, { hash: string; read: FileRead }>;
}

export class FactsCache {
  private entries: CacheFile['entries'] = {};
  private readonly fresh: CacheFile['entries'] = {};
  hits = 0;

  constructor(
    private readonly file: string,
    private readonly key: string,
  ) {
    try {
      const stored = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
      if (stored.format === FORMAT && stored.key === key && stored.entries) this.entries = stored.entries;
    } catch {
      // No cache yet, or one we cannot read: start empty.
    }
  }

  /** The read stored for this content, if any. */
  get(display: string, hash: string): FileRead | undefined {
    const entry = this.entries[display];
    if (!entry || entry.hash !== hash) return undefined;
    this.fresh[display] = entry;
    this.hits++;
    return entry.read;
  }

  set(display: string, hash: string, read: FileRead): void {
    this.fresh[display] = { hash, read };
  }

  /** Writes the entries of this run (files gone since are dropped), atomically. */
  save(): void {
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      const temporary = `${this.file}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify({ format: FORMAT, key: this.key, entries: this.fresh }));
      renameSync(temporary, this.file);
    } catch {
      // A read-only checkout still lints; it only stays cold.
    }
  }
}

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The cache's validity: edgenet's version and the configuration's text. */
export function cacheKey(version: string, configText: string): string {
  return createHash('sha256').update(version).update('\0').update(configText).digest('hex');
}

/** Where the cache lives by default: node_modules/.cache/edgenet in the directory linted (as ESLint's). */
export function defaultCacheFile(cwd: string): string {
  return path.join(cwd, 'node_modules', '.cache', 'edgenet', 'facts.json');
}
