/**
 * Reads many files into facts on the machine's cores: the name-ordered list is cut into
 * contiguous slices of about equal bytes, one per worker thread, and the answers are put back
 * together in name order (the result is byte-for-byte what one thread reads). Small runs stay on
 * the main thread: starting a worker costs more than it saves below a few megabytes besides the
 * largest file (npm run bench).
 *
 * One core is left to V8: a run on the main thread already keeps a second core busy compiling
 * and collecting garbage in the background. On two cores two workers were slower than the main
 * thread alone (50,000 resources: 1.45 s against 1.25 s to read, and 110 MB more at the peak,
 * the facts being copied back), so a two-core machine reads on the main thread.
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { type WorkerScript, workerScript } from '../core/worker-script.js';
import type { DiscoveredFile } from '../discover/discover-files.js';
import { type FileRead, type ReadOptions, readOne } from './read-file.js';
import type { ReadJob } from './read-worker.js';

/** Below this many bytes, one thread reads faster than a pool (measured by npm run bench). */
export const PARALLEL_THRESHOLD_BYTES = 4 * 1024 * 1024;
/** A worker's young generation: parsing allocates much and briefly; a larger nursery collects less often. */
const YOUNG_GENERATION_MB = 48;

export interface PoolOptions {
  maxBytes: number;
  helmChartTemplate: (absolute: string) => boolean;
  /** Threads to use; default one fewer than the machine's cores (one: the main thread). */
  threads?: number;
  /** Bytes besides the largest file below which one thread reads (tests lower it). */
  parallelBytes?: number;
}

/** Reads every file (none of them stdin) into facts, in the order given. */
export async function readAll(files: readonly DiscoveredFile[], options: PoolOptions): Promise<FileRead[]> {
  const threads = Math.min(options.threads ?? availableParallelism() - 1, files.length);
  const script = threads < 2 ? undefined : workerScript('read-worker', import.meta.url);
  const oneThread = () => files.map((f) => readOne(f, readOptions(f, options)).read);
  // Sizes only where a pool may read: a stat of every file costs a third of reading them (15,000: 35 ms).
  if (!script) return oneThread();
  const sizes = files.map(sizeOf);
  const total = sizes.reduce((a, b) => a + b, 0);
  // One file is one thread's: when the others are too few bytes to share out, a pool only adds
  // the copy of that file's facts back to this thread (a 13 MB template: 2.0 s alone, 3.0 s in a pool).
  const rest = total - sizes.reduce((a, b) => Math.max(a, b), 0);
  if (rest < (options.parallelBytes ?? PARALLEL_THRESHOLD_BYTES)) return oneThread();
  const slices = slicesOf(files, sizes, total, threads);
  const answers = await Promise.all(slices.map((slice) => readInWorker(script, slice, options)));
  const out: FileRead[] = [];
  for (const answer of answers) for (const read of answer) out.push(read);
  return out;
}

function readOptions(f: DiscoveredFile, options: PoolOptions): ReadOptions {
  return { maxBytes: options.maxBytes, helmChartTemplate: options.helmChartTemplate(f.absolute) };
}

function sizeOf(f: DiscoveredFile): number {
  try {
    return statSync(f.bytes ?? f.absolute).size;
  } catch {
    return 0;
  }
}

/** Contiguous slices of about `total / threads` bytes each. */
function slicesOf(
  files: readonly DiscoveredFile[],
  sizes: number[],
  total: number,
  threads: number,
): DiscoveredFile[][] {
  const slices: DiscoveredFile[][] = [[]];
  let bytes = 0;
  const share = total / threads;
  files.forEach((f, i) => {
    if (bytes >= share * slices.length && slices.length < threads) slices.push([]);
    slices[slices.length - 1]!.push(f);
    bytes += sizes[i]!;
  });
  return slices.filter((s) => s.length > 0);
}

function readInWorker(script: WorkerScript, files: DiscoveredFile[], options: PoolOptions): Promise<FileRead[]> {
  const job: ReadJob = {
    files: files.map((f) => ({ ...f, helmChartTemplate: options.helmChartTemplate(f.absolute) })),
    maxBytes: options.maxBytes,
  };
  return new Promise((resolve, reject) => {
    const worker = new Worker(script.script, {
      eval: script.eval,
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    worker.once('message', (reads: FileRead[]) => {
      resolve(reads);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`a reading worker stopped with exit code ${code}`));
    });
    worker.postMessage(job);
  });
}
