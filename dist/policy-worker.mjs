import { createRequire as __edgenetCreateRequire } from 'node:module'; const require = __edgenetCreateRequire(import.meta.url);
import {
  loadPolicy
} from "./chunks/chunk-VCZ76RSP.mjs";
import "./chunks/chunk-UMQXRH7G.mjs";

// src/evaluate/policy-worker.ts
import { parentPort, workerData } from "node:worker_threads";
for (const method of ["log", "info", "debug", "warn", "error", "trace"]) console[method] = () => {
};
var { wasm, data, maxResults } = workerData;
var port = parentPort;
var module;
port.on("message", async (request) => {
  let phase = "compile";
  try {
    module ??= await WebAssembly.compile(wasm);
    phase = "start";
    const pages = request.kind === "probe" ? 64 : request.pages;
    const memory = { initial: pages, maximum: pages };
    const policy = await loadPolicy(module, memory);
    phase = "evaluation";
    port.postMessage({ kind: "started" });
    const entrypoints = Object.keys(policy.entrypoints ?? {});
    if (request.kind === "probe") {
      port.postMessage({ kind: "probed", entrypoints });
      return;
    }
    policy.setData(data);
    const results = [];
    let room = maxResults;
    for (const entrypoint of entrypoints) {
      const value = policy.evaluate(request.input, entrypoint)[0]?.result;
      const deny = Array.isArray(value) ? value : value?.deny;
      if (!Array.isArray(deny)) continue;
      results.push({ entrypoint, deny: deny.slice(0, Math.max(0, room)), total: deny.length });
      room -= deny.length;
    }
    port.postMessage({ kind: "results", results });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    port.postMessage({ kind: "failed", phase, message });
  }
});
port.postMessage({ kind: "ready" });
