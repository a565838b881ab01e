import { createRequire as __edgenetCreateRequire } from 'node:module'; const require = __edgenetCreateRequire(import.meta.url);
import {
  instancePages,
  loadPolicySync
} from "./chunks/chunk-MNDRRFXA.mjs";
import "./chunks/chunk-VCZ76RSP.mjs";
import "./chunks/chunk-UMQXRH7G.mjs";

// src/evaluate/rego-worker.ts
import { parentPort } from "node:worker_threads";
var port = parentPort;
var module;
var data = {};
var entrypoint = "";
var loaded;
port.on("message", (request) => {
  if (request.kind === "load") {
    module = new WebAssembly.Module(request.wasm);
    data = request.data;
    entrypoint = request.entrypoint;
    return;
  }
  try {
    if (!loaded || loaded.pages < request.pages) {
      const pages = instancePages(request.pages);
      const policy = loadPolicySync(module, pages);
      policy.setData(data);
      loaded = { policy, pages };
    }
    const results = loaded.policy.evaluate(request.input, entrypoint);
    const findings = results[0]?.result?.findings;
    port.postMessage({ kind: "findings", id: request.id, findings: Array.isArray(findings) ? findings : [] });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    port.postMessage({ kind: "failed", id: request.id, message });
  }
});
