/** Reading stdin for `edgenet lint -`, bounded. */
import { readSync } from 'node:fs';

/**
 * Stdin, read up to `limit + 1` bytes and no further (readSource calls more than `limit` over
 * the size limit): an endless pipe costs the limit, not the memory it would fill.
 */
export function readStdin(limit: number): Buffer {
  const chunks: Buffer[] = [];
  const chunk = Buffer.allocUnsafe(64 * 1024);
  let total = 0;
  while (total <= limit) {
    let n: number;
    try {
      n = readSync(0, chunk, 0, Math.min(chunk.length, limit + 1 - total), null);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // A non-blocking stdin (a parent's pipe may be one) has nothing yet: wait a little, as a blocking read would.
      if (code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        continue;
      }
      if (code === 'EOF') break;
      throw error;
    }
    if (n === 0) break;
    chunks.push(Buffer.from(chunk.subarray(0, n)));
    total += n;
  }
  return Buffer.concat(chunks, total);
}
