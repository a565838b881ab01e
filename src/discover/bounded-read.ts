/**
 * Reading a file that someone else wrote: only a regular file is read (a FIFO would block, a
 * device never ends: `/dev/zero` behind a committed symlink), and never more than its limit.
 * The file is opened without blocking and its type and size are taken from the open descriptor,
 * so what is checked is what is read.
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';

export type BoundedRead =
  | { ok: true; buffer: Buffer }
  | { ok: false; reason: string; cause: 'not-regular' | 'too-large' | 'unreadable'; size?: number };

/** The limit for small files edgenet reads for itself: .gitignore files and the configuration. */
export const SMALL_FILE_LIMIT = 1024 * 1024;

export function readBounded(file: string | Buffer, maxBytes: number): BoundedRead {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return unreadable(error);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile())
      return { ok: false, cause: 'not-regular', reason: `not a regular file (${fileKind(stat)}): not read` };
    if (stat.size > maxBytes)
      return { ok: false, cause: 'too-large', size: stat.size, reason: overLimit(stat.size, maxBytes) };
    // One byte more than the limit tells a file that grew since fstat from one that fits.
    const buffer = Buffer.allocUnsafe(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > maxBytes)
          return { ok: false, cause: 'too-large', size: length, reason: overLimit(length, maxBytes, true) };
        break;
      }
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > maxBytes)
      return { ok: false, cause: 'too-large', size: length, reason: overLimit(length, maxBytes, true) };
    return { ok: true, buffer: buffer.subarray(0, length) };
  } catch (error) {
    return unreadable(error);
  } finally {
    closeSync(fd);
  }
}

function unreadable(error: unknown): BoundedRead {
  const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  return { ok: false, cause: 'unreadable', reason: `cannot be read (${code})` };
}

/** What a file that is not a regular file is, in words. */
export function fileKind(
  stat: Pick<Stats, 'isFIFO' | 'isCharacterDevice' | 'isBlockDevice' | 'isSocket' | 'isDirectory'>,
): string {
  if (stat.isFIFO()) return 'a FIFO';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  if (stat.isSocket()) return 'a socket';
  if (stat.isDirectory()) return 'a directory';
  return 'not a regular file';
}

function overLimit(size: number, maxBytes: number, atLeast = false): string {
  return atLeast
    ? `more than the size limit of ${formatBytes(maxBytes)}`
    : `${formatBytes(size)} is over the size limit of ${formatBytes(maxBytes)}`;
}

export function formatBytes(n: number): string {
  return n >= 1024 * 1024
    ? `${(n / 1024 / 1024).toFixed(1)} MiB`
    : n >= 1024
      ? `${(n / 1024).toFixed(1)} KiB`
      : `${n} bytes`;
}
