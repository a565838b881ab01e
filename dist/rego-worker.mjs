import { createRequire as __edgenetCreateRequire } from 'node:module'; const require = __edgenetCreateRequire(import.meta.url);
import {
  src_default
} from "./chunks/chunk-VCZ76RSP.mjs";
import "./chunks/chunk-UMQXRH7G.mjs";

// src/evaluate/rego-worker.ts
import { parentPort } from "node:worker_threads";
var { loadPolicySync } = src_default;
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
      const pages = Math.min(32768, Math.ceil(request.pages * 1.125));
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
