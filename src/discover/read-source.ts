/**
 * Reads one discovered file as text, or says why it cannot be analysed: over the size limit,
 * binary, not UTF-8, or not a regular file. A byte-order mark is dropped (TextDecoder does it).
 */
import { formatBytes, readBounded } from './bounded-read.js';
import type { DiscoveredFile } from './discover-files.js';

export const DEFAULT_MAX_FILE_SIZE = 16 * 1024 * 1024;
const SETTING = 'maxFileSize in .edgenet.yaml';

export type SourceText =
  | { ok: true; text: string; bytes: number }
  | { ok: false; reason: string; line?: number; column?: number };

/**
 * `readStdin(limit)` returns at most `limit + 1` bytes: a pipe is read only up to the limit, so
 * 100 GB on stdin costs no more than a file over the limit.
 */
export function readSource(file: DiscoveredFile, maxBytes: number, readStdin: (limit: number) => Buffer): SourceText {
  let buffer: Buffer;
  if (file.absolute === '-') {
    try {
      buffer = readStdin(maxBytes);
    } catch (error) {
      return {
        ok: false,
        reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      };
    }
    if (buffer.length > maxBytes)
      return { ok: false, reason: `more than the size limit of ${formatBytes(maxBytes)} (${SETTING})` };
  } else {
    const read = readBounded(file.bytes ?? file.absolute, maxBytes);
    if (!read.ok)
      return { ok: false, reason: read.cause === 'too-large' ? `${read.reason} (${SETTING})` : read.reason };
    buffer = read.buffer;
  }
  const nul = buffer.subarray(0, 8192).indexOf(0);
  if (nul >= 0) return { ok: false, reason: 'binary content (a NUL byte)', ...positionOf(buffer, nul) };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(buffer), bytes: buffer.length };
  } catch {
    return { ok: false, reason: 'not valid UTF-8 text', ...positionOf(buffer, firstInvalidUtf8(buffer)) };
  }
}

function positionOf(buffer: Buffer, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (buffer[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function firstInvalidUtf8(buffer: Buffer): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = buffer.length;
  // The longest valid prefix, by bisection: decoding is linear, so this stays cheap.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    try {
      decoder.decode(buffer.subarray(0, mid), { stream: true });
      decoder.decode();
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  return lo;
}
