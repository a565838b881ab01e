/**
 * A user policy (--policy) runs here, in a worker thread the main thread can terminate: a start
 * function that never returns, an evaluation that never ends or a heap that never stops growing
 * ends the worker, not the run (src/evaluate/user-policy.ts sets the limits and the clock). The
 * policy's wasm memory has a maximum, so `numbers.range` cannot take the machine's memory: past
 * it OPA's allocator aborts and the evaluation fails. Its output never reaches the process's
 * streams (Rego's print() would otherwise write into the report).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadPolicy } from '@open-policy-agent/opa-wasm';

for (const method of ['log', 'info', 'debug', 'warn', 'error', 'trace'] as const) console[method] = () => {};

export interface PolicyWorkerData {
  wasm: Uint8Array;
  data: unknown;
  /** Results kept per evaluation; the count of the rest is reported. */
  maxResults: number;
}

export type PolicyRequest = { kind: 'probe' } | { kind: 'evaluate'; input: ArrayBuffer; pages: number };

export type PolicyReply =
  | { kind: 'ready' }
  | { kind: 'started' }
  | { kind: 'probed'; entrypoints: string[] }
  | { kind: 'results'; results: { entrypoint: string; deny: unknown[]; total: number }[] }
  | { kind: 'failed'; phase: 'compile' | 'start' | 'evaluation'; message: string };

const { wasm, data, maxResults } = workerData as PolicyWorkerData;
const port = parentPort!;
let module: WebAssembly.Module | undefined;

port.on('message', async (request: PolicyRequest) => {
  let phase: 'compile' | 'start' | 'evaluation' = 'compile';
  try {
    module ??= await WebAssembly.compile(wasm as Uint8Array<ArrayBuffer>);
    phase = 'start';
    // The whole allowance at once: pages are committed only when touched, while growing page by
    // page made V8 collect garbage at every step (5.9 s instead of 0.6 s to reach 132 MiB).
    const pages = request.kind === 'probe' ? 64 : request.pages;
    const memory = { initial: pages, maximum: pages };
    // Instantiation runs the module's start function: the main thread's clock is on it.
    const policy = await loadPolicy(module, memory);
    phase = 'evaluation';
    port.postMessage({ kind: 'started' } satisfies PolicyReply);
    const entrypoints = Object.keys(policy.entrypoints ?? {});
    if (request.kind === 'probe') {
      port.postMessage({ kind: 'probed', entrypoints } satisfies PolicyReply);
      return;
    }
    policy.setData(data as object);
    const results: { entrypoint: string; deny: unknown[]; total: number }[] = [];
    let room = maxResults;
    for (const entrypoint of entrypoints) {
      const value = (policy.evaluate(request.input, entrypoint) as { result?: unknown }[])[0]?.result;
      const deny = Array.isArray(value) ? value : (value as { deny?: unknown } | undefined)?.deny;
      if (!Array.isArray(deny)) continue;
      results.push({ entrypoint, deny: deny.slice(0, Math.max(0, room)), total: deny.length });
      room -= deny.length;
    }
    port.postMessage({ kind: 'results', results } satisfies PolicyReply);
  } catch (error) {
    // opa-wasm throws the abort message as a bare string (opa_abort in opa.js).
    const message = error instanceof Error ? error.message : String(error);
    port.postMessage({ kind: 'failed', phase, message } satisfies PolicyReply);
  }
});

port.postMessage({ kind: 'ready' } satisfies PolicyReply);
