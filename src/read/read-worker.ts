/**
 * A worker thread that reads files into facts (src/read/read-file.ts) for the main thread: the
 * main thread sends a contiguous, name-ordered slice of the files, the worker answers with their
 * reads in the same order, so the merged facts are the ones one thread would have read.
 */
import { parentPort } from 'node:worker_threads';
import type { DiscoveredFile } from '../discover/discover-files.js';
import { type FileRead, readOne } from './read-file.js';

export interface ReadJob {
  files: (DiscoveredFile & { helmChartTemplate: boolean })[];
  maxBytes: number;
}

parentPort?.on('message', (job: ReadJob) => {
  const reads: FileRead[] = [];
  for (const f of job.files) {
    // A name's bytes arrive as a Uint8Array: fs wants a Buffer to read a path that is not UTF-8.
    const file = f.bytes ? { ...f, bytes: Buffer.from(f.bytes) } : f;
    reads.push(readOne(file, { maxBytes: job.maxBytes, helmChartTemplate: f.helmChartTemplate }).read);
  }
  parentPort!.postMessage(reads);
});
