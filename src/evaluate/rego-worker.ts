/**
 * The built-in policy on a second core (src/evaluate/rego-thread.ts): the main thread sends the
 * policy's input slices as JSON bytes, as it makes them, and this thread evaluates each on one
 * instance while the main thread makes the next and runs the TypeScript rules.
 */
import { parentPort } from 'node:worker_threads';
import type { LoadedPolicy } from '@open-policy-agent/opa-wasm';
import { instancePages, loadPolicySync } from './wasm-memory.js';

export type RegoThreadRequest =
  | { kind: 'load'; wasm: Uint8Array; data: object; entrypoint: string }
  | { kind: 'evaluate'; id: number; input: ArrayBuffer; pages: number };

export type RegoThreadReply =
  | { kind: 'findings'; id: number; findings: unknown[] }
  | { kind: 'failed'; id: number; message: string };

const port = parentPort!;
let module: WebAssembly.Module | undefined;
let data: object = {};
let entrypoint = '';
let loaded: { policy: LoadedPolicy; pages: number } | undefined;

port.on('message', (request: RegoThreadRequest) => {
  if (request.kind === 'load') {
    module = new WebAssembly.Module(request.wasm as Uint8Array<ArrayBuffer>);
    data = request.data;
    entrypoint = request.entrypoint;
    return;
  }
  try {
    if (!loaded || loaded.pages < request.pages) {
      const pages = instancePages(request.pages);
      const policy = loadPolicySync(module!, pages);
      policy.setData(data);
      loaded = { policy, pages };
    }
    const results = loaded.policy.evaluate(request.input, entrypoint) as { result?: { findings?: unknown } }[];
    const findings = results[0]?.result?.findings;
    port.postMessage({ kind: 'findings', id: request.id, findings: Array.isArray(findings) ? findings : [] });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    port.postMessage({ kind: 'failed', id: request.id, message });
  }
});
