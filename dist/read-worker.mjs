import { createRequire as __edgenetCreateRequire } from 'node:module'; const require = __edgenetCreateRequire(import.meta.url);
import {
  readOne
} from "./chunks/chunk-FZA5GQAU.mjs";
import "./chunks/chunk-UMQXRH7G.mjs";

// src/read/read-worker.ts
import { parentPort } from "node:worker_threads";
parentPort?.on("message", (job) => {
  const reads = [];
  for (const f of job.files) {
    const file = f.bytes ? { ...f, bytes: Buffer.from(f.bytes) } : f;
    reads.push(readOne(file, { maxBytes: job.maxBytes, helmChartTemplate: f.helmChartTemplate }).read);
  }
  parentPort.postMessage(reads);
});
