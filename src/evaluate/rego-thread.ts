/**
 * A worker thread that evaluates the built-in policy (src/evaluate/rego-worker.ts), for large
 * models on a machine with a second core: the main thread keeps making input slices and runs
 * the TypeScript rules while the slices already made are evaluated.
 */
import { Worker } from 'node:worker_threads';
import { workerScript } from '../core/worker-script.js';
import type { RegoThreadReply, RegoThreadRequest } from './rego-worker.js';

export class RegoThread {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve: (f: unknown[]) => void; reject: (e: Error) => void }>();
  private next = 0;
  private failure: Error | undefined;

  constructor(wasm: Uint8Array, data: object, entrypoint: string) {
    const { script, eval: code } = workerScript('rego-worker', import.meta.url);
    this.worker = new Worker(script, { eval: code });
    this.worker.on('message', (reply: RegoThreadReply) => {
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if (reply.kind === 'findings') waiting.resolve(reply.findings);
      // As on this thread (evaluateLoaded): the wasm module aborts with a bare value.
      else waiting.reject(new Error(`policy evaluation failed: ${reply.message}`));
    });
    const fail = (error: Error) => {
      this.failure ??= error;
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => fail(new Error(`the policy thread stopped (exit code ${code})`)));
    this.post({ kind: 'load', wasm, data, entrypoint });
  }

  /** The policy's findings on one input (JSON bytes, handed over: the buffer is detached). */
  evaluate(input: ArrayBuffer, pages: number): Promise<unknown[]> {
    const id = this.next++;
    const findings = new Promise<unknown[]>((resolve, reject) => {
      if (this.failure) return reject(this.failure);
      this.pending.set(id, { resolve, reject });
      this.post({ kind: 'evaluate', id, input, pages }, [input]);
    });
    // The caller awaits replies in order and stops at the first failure: the later ones fail too.
    findings.catch(() => {});
    return findings;
  }

  close(): void {
    this.worker.removeAllListeners('exit');
    void this.worker.terminate();
  }

  private post(request: RegoThreadRequest, transfer: ArrayBuffer[] = []): void {
    this.worker.postMessage(request, transfer);
  }
}
