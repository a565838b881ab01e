/**
 * User policies (--policy): a compiled OPA bundle (bundle.tar.gz from `opa build -t wasm`) or a
 * bare policy.wasm. Every entrypoint is evaluated once on each cluster's model; an entrypoint named
 * `<package path>/deny` (or a package whose value has `deny`) yields findings whose rule id is the
 * package path. A result is a message string, or an object with `msg`, and optionally `ref` (a
 * model fact's ref, to place the finding) and `level`.
 *
 * A policy is code from outside the repository's review, so it runs sandboxed and bounded
 * (POLICY_LIMITS): in a worker thread (src/evaluate/policy-worker.ts) with a capped heap and a
 * capped wasm memory, a clock on its start function and on each evaluation (the worker is
 * terminated when one runs out), the bundle read and decompressed only up to a size, and at most
 * `maxResults` results kept. What it returns is checked before it becomes a finding: a message
 * that is not a string, a level that is not one, or a ref to a file the run did not read is a
 * clear error (exit 2), never a crash or a finding outside the repository.
 */
import { gunzipSync } from 'node:zlib';
import { Worker } from 'node:worker_threads';
import { UsageError } from '../core/errors.js';
import { workerScript } from '../core/worker-script.js';
import type { Level, RawFinding, SourceRef } from '../core/finding.js';
import { formatBytes, readBounded } from '../discover/bounded-read.js';
import type { NetworkModel } from '../model/types.js';
import type { PolicyReply, PolicyRequest, PolicyWorkerData } from './policy-worker.js';
import type { RegoPolicy } from './rego-engine.js';
import { pagesFor } from './wasm-memory.js';

export interface PolicyLimits {
  /** Bytes of the policy file, and of a bundle once decompressed. */
  maxBytes: number;
  /** The start function (run when the module is instantiated). */
  startMs: number;
  /** One evaluation of every entrypoint on one cluster's model. */
  evaluateMs: number;
  /** The worker's own start (loading the OPA SDK), which is not the policy's doing. */
  bootMs: number;
  /** The worker's JavaScript heap (V8 resourceLimits.maxOldGenerationSizeMb). */
  heapMb: number;
  /** Wasm pages (64 KiB) a policy's memory holds past what its input needs (pagesFor), or twice that. */
  growthPages: number;
  /** Results kept per evaluation; the rest are counted in one finding. */
  maxResults: number;
}

export const POLICY_LIMITS: PolicyLimits = {
  maxBytes: 64 * 1024 * 1024,
  startMs: 1000,
  evaluateMs: 60_000,
  bootMs: 30_000,
  heapMb: 192,
  growthPages: 2048,
  maxResults: 10_000,
};

const LEVELS = new Set(['error', 'warning', 'info']);
const RULE_ID = /^[A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.-]+)*$/;
const MAX_MESSAGE = 2000;
/** How long an idle worker waits for the next cluster's evaluation before it is ended. */
const IDLE_MS = 1000;

export async function loadUserPolicy(
  file: string,
  display: string,
  /** Where a result without a ref is placed (the configuration file); a function when known only later. */
  fallback: string | (() => string),
  limits: PolicyLimits = POLICY_LIMITS,
): Promise<RegoPolicy> {
  const refuse = (why: string) => new UsageError(`--policy ${display}: ${why}`);
  const read = readBounded(file, limits.maxBytes);
  if (!read.ok) throw refuse(read.cause === 'too-large' ? `${read.reason} for a policy` : read.reason);
  return policyFromBytes(read.buffer, display, fallback, limits);
}

/** A policy from its bytes (a bundle or a bare policy.wasm): the file's, or a trusted ref's. */
export async function policyFromBytes(
  bytes: Buffer,
  display: string,
  fallback: string | (() => string),
  limits: PolicyLimits = POLICY_LIMITS,
): Promise<RegoPolicy> {
  const refuse = (why: string) => new UsageError(`--policy ${display}: ${why}`);
  let wasm = bytes;
  let data: unknown = {};
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    let tar: Buffer;
    try {
      // Stops at the limit: a 3 MB gzip bomb is refused after maxBytes, not after 5 GB.
      tar = gunzipSync(bytes, { maxOutputLength: limits.maxBytes });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ERR_BUFFER_TOO_LARGE')
        throw refuse(`the bundle decompresses to more than ${formatBytes(limits.maxBytes)}, the limit for a policy`);
      throw refuse(`not a valid .tar.gz bundle (${(error as Error).message})`);
    }
    const files = untar(tar);
    const policy = files.get('policy.wasm');
    if (!policy) throw refuse('the bundle has no policy.wasm (build it with opa build -t wasm)');
    wasm = policy;
    const json = files.get('data.json');
    if (json) {
      try {
        data = JSON.parse(json.toString('utf8'));
      } catch (error) {
        throw refuse(`the bundle's data.json is not JSON (${(error as Error).message})`);
      }
    }
  }
  if (wasm.subarray(0, 4).toString('binary') !== '\0asm') throw refuse('neither a wasm module nor a .tar.gz bundle');
  const sandbox = new PolicySandbox(new Uint8Array(wasm), data, display, limits);
  const probe = await sandbox.request({ kind: 'probe' });
  const ruleIds: string[] = [];
  for (const entrypoint of probe.kind === 'probed' ? probe.entrypoints : []) {
    const ruleId = entrypoint.replace(/\/deny$/, '');
    if (!RULE_ID.test(ruleId) || ruleId.length > 200)
      throw refuse(`entrypoint ${JSON.stringify(entrypoint.slice(0, 200))} is not a package path (a/b/deny)`);
    ruleIds.push(ruleId);
  }
  return {
    ruleIds,
    async evaluate(model: NetworkModel) {
      // The files the model's refs name: a result may place a finding in one of them, nowhere else.
      const files = new Set<string>();
      const json = JSON.stringify(model, (_key, value: unknown) => {
        const ref = value as Partial<SourceRef> | null;
        if (ref && typeof ref === 'object' && typeof ref.file === 'string' && typeof ref.doc === 'number')
          files.add(ref.file);
        return value;
      });
      const input = new TextEncoder().encode(json).buffer as ArrayBuffer;
      // What its input needs (pagesFor), and room to work: twice that, or growthPages more.
      const needed = pagesFor(input.byteLength);
      const pages = Math.min(65_536, Math.max(needed * 2, needed + limits.growthPages));
      const reply = await sandbox.request({ kind: 'evaluate', input, pages }, [input]);
      if (reply.kind !== 'results') return [];
      const out: RawFinding[] = [];
      const at = typeof fallback === 'function' ? fallback() : fallback;
      for (const { entrypoint, deny, total } of reply.results) {
        const ruleId = entrypoint.replace(/\/deny$/, '');
        deny.forEach((r, i) => {
          out.push(toFinding(ruleId, r, at, files, (why) => refuse(`result ${i + 1} of ${entrypoint} ${why}`)));
        });
        if (total > deny.length) {
          const message =
            `${total - deny.length} more results of ${ruleId} are not ` +
            `reported: a policy reports at most ${limits.maxResults} per run.`;
          out.push({ ruleId, ref: { file: at, line: 1, column: 1 }, data: { message } });
        }
      }
      return out;
    },
  };
}

/** A result as a finding, or an error saying what is wrong with it. */
function toFinding(
  ruleId: string,
  result: unknown,
  fallback: string,
  files: ReadonlySet<string>,
  refuse: (why: string) => Error,
): RawFinding {
  const r = (typeof result === 'string' ? { msg: result } : result) as {
    msg?: unknown;
    message?: unknown;
    ref?: unknown;
    level?: unknown;
  } | null;
  if (r === null || typeof r !== 'object' || Array.isArray(r))
    throw refuse('is neither a message string nor an object with msg');
  const text = r.msg ?? r.message;
  if (typeof text !== 'string') throw refuse(`has a msg that is not a string (${describe(text)})`);
  const message = text.length > MAX_MESSAGE ? `${text.slice(0, MAX_MESSAGE - 1)}…` : text;
  if (r.level !== undefined && (typeof r.level !== 'string' || !LEVELS.has(r.level)))
    throw refuse(`has level ${describe(r.level)}: it must be error, warning or info`);
  let ref: RawFinding['ref'] = { file: fallback, line: 1, column: 1 };
  if (r.ref !== undefined) {
    const problem = refProblem(r.ref, files);
    if (problem) throw refuse(`has a ref that ${problem}`);
    const s = r.ref as SourceRef;
    ref = { file: s.file, doc: s.doc, path: s.path, ...(s.key === true ? { key: true } : {}) };
  }
  return { ruleId, ref, data: { message }, ...(r.level ? { level: r.level as Level } : {}) };
}

/** What is wrong with a result's ref, if anything: it must be a ref of the model, to a file the run read. */
function refProblem(value: unknown, files: ReadonlySet<string>): string | undefined {
  const ref = value as Partial<SourceRef> | null;
  if (ref === null || typeof ref !== 'object') return 'is not an object {file, doc, path}';
  if (typeof ref.file !== 'string') return 'has no file string';
  if (!files.has(ref.file))
    return (
      `names the file ${JSON.stringify(ref.file.slice(0, 200))}, which ` +
      'is not a file of this run (outside the repository, or not read)'
    );
  if (!Number.isInteger(ref.doc) || (ref.doc as number) < 0) return 'has no document index (doc)';
  if (
    !Array.isArray(ref.path) ||
    ref.path.length > 256 ||
    !ref.path.every((p) => typeof p === 'string' || (Number.isInteger(p) && p >= 0))
  )
    return 'has no path (a list of keys and indexes)';
  return undefined;
}

function describe(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 60 ? `${json.slice(0, 59)}…` : json;
}

/**
 * The worker a policy runs in: started on first use, ended when a limit is crossed or when it
 * has been idle for IDLE_MS (so it never keeps the process alive).
 */
class PolicySandbox {
  private worker?: Worker;
  private ready?: Promise<void>;
  private idle?: NodeJS.Timeout;

  constructor(
    private readonly wasm: Uint8Array,
    private readonly data: unknown,
    private readonly display: string,
    private readonly limits: PolicyLimits,
  ) {}

  private error(why: string): UsageError {
    return new UsageError(`--policy ${this.display}: ${why}`);
  }

  private start(): { worker: Worker; ready: Promise<void> } {
    if (this.worker && this.ready) return { worker: this.worker, ready: this.ready };
    const workerData: PolicyWorkerData = { wasm: this.wasm, data: this.data, maxResults: this.limits.maxResults };
    const { script, eval: code } = workerScript('policy-worker', import.meta.url);
    const worker = new Worker(script, {
      eval: code,
      workerData,
      resourceLimits: { maxOldGenerationSizeMb: this.limits.heapMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
      // What the policy writes goes nowhere: never into the report on stdout.
      stdout: true,
      stderr: true,
    });
    worker.stdout.resume();
    worker.stderr.resume();
    const ready = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        void worker.terminate();
        reject(this.error(`the policy sandbox did not start within ${this.limits.bootMs} ms`));
      }, this.limits.bootMs);
      const settle = (error?: unknown) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', settle);
        if (error) reject(this.error(`the policy sandbox did not start (${(error as Error).message})`));
        else resolve();
      };
      const onMessage = (reply: PolicyReply) => {
        if (reply.kind === 'ready') settle();
      };
      worker.on('message', onMessage);
      worker.once('error', settle);
    });
    worker.once('exit', () => {
      if (this.worker === worker) {
        this.worker = undefined;
        this.ready = undefined;
      }
    });
    this.worker = worker;
    this.ready = ready;
    return { worker, ready };
  }

  private kill(): void {
    const worker = this.worker;
    this.worker = undefined;
    this.ready = undefined;
    clearTimeout(this.idle);
    if (worker) void worker.terminate();
  }

  async request(request: PolicyRequest, transfer: ArrayBuffer[] = []): Promise<PolicyReply> {
    clearTimeout(this.idle);
    const { worker, ready } = this.start();
    worker.ref();
    await ready;
    const { startMs, evaluateMs, heapMb } = this.limits;
    try {
      return await new Promise<PolicyReply>((resolve, reject) => {
        const fail = (error: Error) => {
          cleanup();
          this.kill();
          reject(error);
        };
        let timer = setTimeout(
          () => fail(this.error(`its start function did not return within ${startMs} ms`)),
          startMs,
        );
        const onMessage = (reply: PolicyReply) => {
          if (reply.kind === 'started') {
            clearTimeout(timer);
            timer = setTimeout(
              () => fail(this.error(`its evaluation did not finish within ${evaluateMs} ms`)),
              evaluateMs,
            );
            return;
          }
          if (reply.kind === 'ready') return;
          cleanup();
          if (reply.kind === 'failed') reject(this.error(failureWords(reply, this.limits)));
          else resolve(reply);
        };
        const onError = (error: Error & { code?: string }) =>
          fail(
            this.error(
              error.code === 'ERR_WORKER_OUT_OF_MEMORY'
                ? `it ran out of memory (a policy's heap is limited to ${heapMb} MiB)`
                : `the policy sandbox failed (${error.message})`,
            ),
          );
        const onExit = (code: number) => fail(this.error(`the policy sandbox stopped (exit code ${code})`));
        const cleanup = () => {
          clearTimeout(timer);
          worker.off('message', onMessage);
          worker.off('error', onError);
          worker.off('exit', onExit);
        };
        worker.on('message', onMessage);
        worker.on('error', onError);
        worker.on('exit', onExit);
        worker.postMessage(request, transfer);
      });
    } finally {
      if (this.worker === worker) {
        worker.unref();
        this.idle = setTimeout(() => this.kill(), IDLE_MS);
        this.idle.unref();
      }
    }
  }
}

function failureWords(reply: Extract<PolicyReply, { kind: 'failed' }>, limits: PolicyLimits): string {
  const message = reply.message.split('\n')[0]!.slice(0, 300);
  if (reply.phase === 'compile') return `not a valid wasm module (${message})`;
  if (reply.phase === 'start') return `its start failed (${message})`;
  const memory = /malloc|memory|grow/i.test(message)
    ? ` (a policy's wasm memory holds at most ${formatBytes(limits.growthPages * 64 * 1024)} past what its input needs)`
    : '';
  return `its evaluation failed: ${message}${memory}`;
}

/** The regular files of a tar archive, by name without a leading "/" (OPA writes "/policy.wasm"). */
function untar(tar: Buffer): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (let offset = 0; offset + 512 <= tar.length; ) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) break;
    const field = (start: number, length: number) =>
      header
        .subarray(start, start + length)
        .toString('utf8')
        .replace(/\0.*$/s, '');
    const name = (field(345, 155) ? `${field(345, 155)}/` : '') + field(0, 100);
    const size = Number.parseInt(field(124, 12).trim() || '0', 8);
    if (!Number.isFinite(size) || size < 0) break;
    const type = field(156, 1);
    if (type === '0' || type === '')
      files.set(name.replace(/^\/+/, ''), tar.subarray(offset + 512, offset + 512 + size));
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}
