/**
 * Runs the compiled Rego policy (policies/dist/policy.wasm) in-process with opa-wasm, on one
 * cluster's model at a time: its per-element lists in slices, the rest whole (wasmPolicy). Rego
 * rules return {ruleId, ref, data, related}; wording happens in TypeScript from the catalogue.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { LoadedPolicy } from '@open-policy-agent/opa-wasm';
import type { RawFinding, RawRelated, ResourceId, SourceRef } from '../core/finding.js';
import type { NetworkModel } from '../model/types.js';
import { packageFile } from '../core/package-files.js';
import { REGO_INPUT_KEYS, REGO_RULE_INPUT_KEYS } from '../rules/rego-rules.generated.js';
import { RegoThread } from './rego-thread.js';
import { instancePages, loadPolicySync, pagesFor } from './wasm-memory.js';

export const POLICY_ENTRYPOINT = 'edgenet/main';

export interface RegoPolicy {
  evaluate(model: NetworkModel): Promise<RawFinding[]>;
  /** The rule ids its findings carry (a user policy's package paths), which --rule, `rules:` and waivers may name. */
  ruleIds?: readonly string[];
}

/** What of the model a policy reads, and how its input is cut. */
export interface InputShape {
  /** The model's keys it reads; the rest is left out. */
  keys: readonly string[];
  /** Per key, the fields of its elements it never reads. */
  unread: Readonly<Record<string, readonly string[]>>;
  /** Lists it reads one element at a time (`some x in input.key`), evaluated in slices. */
  partition: readonly string[];
  /** Per rule id, the keys it reads: a slice carries only what the rules reading its list read. */
  readers: Readonly<Record<string, readonly string[]>>;
  /** JSON bytes of partitioned elements per evaluation. */
  chunkBytes: number;
}

/** JSON bytes of partitioned elements per evaluation: OPA's value tree takes many times its input. */
const CHUNK_BYTES = 2 * 1024 * 1024;

/**
 * A compiled policy, instantiated per evaluation with the memory its input needs. opa-wasm takes
 * an ArrayBuffer as the JSON text as is, so the model is serialised once, by us.
 *
 * `shape.partition` names input lists the policy reads one element at a time (`some x in input.key`,
 * nothing counted or compared across elements): they are evaluated in slices of about 2 MB on one
 * instance, so wasm memory follows the slice, not the repository (276 MB for 50,000 resources
 * in one evaluation). The rules that read none of them are judged once, on the rest of the input
 * with those lists empty (slices, below).
 */
export function wasmPolicy(
  wasm: Uint8Array | Promise<Uint8Array>,
  data: object,
  evaluate: (policy: LoadedPolicy, input: ArrayBuffer, refs: RefTable) => RawFinding[],
  shape?: InputShape,
  /** Large models evaluated on a worker thread: the entrypoint, and the elements from which to. */
  threaded?: { entrypoint: string; minElements: number },
): RegoPolicy {
  let module: Promise<WebAssembly.Module> | undefined;
  // One instance serves every evaluation its memory fits (opa-wasm resets the heap to the data at
  // each one): a fleet of 4,000 clusters instantiated 4,000 memories, and collecting them took
  // most of the run.
  let loaded: { policy: Promise<LoadedPolicy>; pages: number } | undefined;
  return {
    async evaluate(model) {
      // Synchronously up to the first reply: every slice is made and sent before evaluate returns.
      if (threaded && shape && !(wasm instanceof Promise) && wantsThread(model, shape, threaded.minElements))
        return evaluateThreaded(model, shape, wasm, data, threaded.entrypoint);
      module ??= Promise.resolve(wasm).then((bytes) => WebAssembly.compile(bytes as Uint8Array<ArrayBuffer>));
      const refs = new RefTable();
      // The built-in policy only passes refs through: they go in as numbers (most of the JSON
      // otherwise) and come back as themselves. User policies see the model as it is.
      const inputs = shape ? slices(model, shape, refs) : [{ json: JSON.stringify(model), keep: () => true }];
      const seen = new Set<string>();
      const out: RawFinding[] = [];
      let bytes = 0;
      // One slice at a time, made, encoded and let go: holding every slice's text and bytes at
      // once was most of the peak memory on large repositories.
      for (const { json, keep } of inputs) {
        // An ArrayBuffer (not a Buffer, which opa-wasm would stringify as an object) of the JSON text.
        const input = new TextEncoder().encode(json).buffer as ArrayBuffer;
        bytes += input.byteLength;
        const needed = pagesFor(input.byteLength);
        if (!loaded || loaded.pages < needed) {
          const compiled = await module;
          const pages = instancePages(needed);
          loaded = {
            pages,
            // Synchronously, from the compiled module: loadPolicy asks whether its argument is a
            // fetch Response, and touching that global loads Node's HTTP client (about 10 ms a run).
            policy: Promise.resolve().then(() => {
              const policy = loadPolicySync(compiled, pages);
              policy.setData(data);
              return policy;
            }),
          };
        }
        const attempt = loaded;
        // A failed instantiation (out of memory) is not kept for the next evaluation to meet.
        const policy = await attempt.policy.catch((error: unknown) => {
          if (loaded === attempt) loaded = undefined;
          throw error;
        });
        keepOnce(evaluate(policy, input, refs), keep, seen, out);
      }
      // A large model's instance holds tens of megabytes (72 MB for 50,000 resources): let it go
      // rather than hold it through the rest of the run; small clusters share one.
      if (bytes > (shape?.chunkBytes ?? CHUNK_BYTES)) loaded = undefined;
      return out;
    },
  };
}

/**
 * Elements of the partitioned lists from which a model's slices are evaluated on a second core
 * (npm run bench, two cores): 9,000 gained nothing (the thread's start costs what it saves),
 * 22,000 saved 70 ms and 45,000 (50,000 resources) 115 ms of 350.
 */
const THREAD_ELEMENTS = 16_000;

function wantsThread(model: NetworkModel, shape: InputShape, minElements: number): boolean {
  if (availableParallelism() < 2) return false;
  const input = model as unknown as Record<string, unknown>;
  let elements = 0;
  for (const key of shape.partition) elements += Array.isArray(input[key]) ? (input[key] as unknown[]).length : 0;
  return elements >= minElements;
}

/**
 * The slices evaluated on a worker thread: each is made here and handed over at once, so the
 * thread evaluates one while the next is made, and the TypeScript rules run here while it ends
 * (evaluateRules starts the policy first). The findings are taken in slice order, as on one thread.
 */
async function evaluateThreaded(
  model: NetworkModel,
  shape: InputShape,
  wasm: Uint8Array,
  data: object,
  entrypoint: string,
): Promise<RawFinding[]> {
  const thread = new RegoThread(wasm, data, entrypoint);
  try {
    const refs = new RefTable();
    const sent: { findings: Promise<unknown[]>; keep: (ruleId: string) => boolean }[] = [];
    for (const { json, keep } of slices(model, shape, refs)) {
      const input = new TextEncoder().encode(json).buffer as ArrayBuffer;
      sent.push({ findings: thread.evaluate(input, pagesFor(input.byteLength)), keep });
    }
    const seen = new Set<string>();
    const out: RawFinding[] = [];
    for (const { findings, keep } of sent) {
      keepOnce(
        (await findings).map((value) => toRawFinding(value, refs)),
        keep,
        seen,
        out,
      );
    }
    return out;
  } finally {
    thread.close();
  }
}

/** A slice's findings into `out`: those of the rules it speaks for, each once. */
function keepOnce(
  findings: readonly RawFinding[],
  keep: (ruleId: string) => boolean,
  seen: Set<string>,
  out: RawFinding[],
): void {
  for (const finding of findings) {
    if (!keep(finding.ruleId)) continue;
    // A rule that reads a partitioned list and the rest alike may find its finding twice.
    const key = JSON.stringify(finding);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(finding);
  }
}

/** One evaluation's input, and which rules' findings it gives. */
interface Slice {
  json: string;
  keep: (ruleId: string) => boolean;
}

/**
 * The input as JSON texts, made one at a time: whole, or one per slice of the partitioned lists
 * and then the rest whole with those lists empty. A slice carries only the keys the rules reading
 * its list read (REGO_RULE_INPUT_KEYS: the Raven settings beside Service calls, not the nodes
 * that every slice used to repeat), and only those rules' findings are kept from it: any other
 * rule sees there less than the model holds. The last evaluation gives every other rule's
 * findings. Each element is copied with its refs as numbers and its unread fields left out,
 * then serialised without a replacer: V8's JSON.stringify is several times faster on plain data
 * than calling a replacer for every value.
 */
function* slices(model: NetworkModel, shape: InputShape, refs: RefTable): Generator<Slice> {
  const input = model as unknown as Record<string, unknown>;
  const { unread, chunkBytes } = shape;
  const parts = shape.partition.filter((k) => Array.isArray(input[k]) && (input[k] as unknown[]).length > 0);
  const copy = (keys: readonly string[]) => {
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      if (!parts.includes(key) && input[key] !== undefined) out[key] = refs.copy(input[key], unread[key]);
    }
    return JSON.stringify(out).slice(0, -1);
  };
  const text = (head: string, key: string | undefined, elements: readonly string[]) => {
    const lists = parts.map((k) => `${JSON.stringify(k)}:[${k === key ? elements.join(',') : ''}]`);
    return `${head}${head === '{' || lists.length === 0 ? '' : ','}${lists.join(',')}}`;
  };
  // The rest is copied first: refs are numbered in the model's order, and the order of the
  // policy's findings (a set, sorted by value) with them.
  const whole = text(copy(shape.keys), undefined, []);
  const sliced = new Set(
    Object.entries(shape.readers)
      .filter(([, keys]) => keys.some((k) => parts.includes(k)))
      .map(([id]) => id),
  );
  if (sliced.size > 0) {
    const head = copy([...new Set([...sliced].flatMap((id) => shape.readers[id]!))]);
    const keep = (ruleId: string) => sliced.has(ruleId);
    for (const key of parts) {
      let chunk: string[] = [];
      let bytes = 0;
      for (const element of input[key] as unknown[]) {
        const json = JSON.stringify(refs.copy(element, unread[key], true));
        if (bytes + json.length > chunkBytes && chunk.length > 0) {
          yield { json: text(head, key, chunk), keep };
          chunk = [];
          bytes = 0;
        }
        chunk.push(json);
        bytes += json.length;
      }
      yield { json: text(head, key, chunk), keep };
    }
  }
  yield { json: whole, keep: () => true };
}

/**
 * SourceRefs as small numbers for the policy's input, and back. A ref object gets one number
 * however often the model holds it (by identity: keying by its JSON cost a third of the
 * serialisation on large repositories).
 */
export class RefTable {
  private readonly refs: SourceRef[] = [];
  private readonly ids = new WeakMap<object, number>();

  /** A ref's number (given on first sight), or undefined for any other value. */
  idOf(value: object): number | undefined {
    const known = this.ids.get(value);
    if (known !== undefined) return known;
    const ref = value as SourceRef;
    if (typeof ref.file !== 'string' || typeof ref.doc !== 'number' || !Array.isArray(ref.path)) return undefined;
    const id = this.refs.length;
    this.refs.push(ref);
    this.ids.set(value, id);
    return id;
  }

  /**
   * `value` as plain JSON data with its refs as numbers; an element of a list (an object) leaves
   * out the fields `omit` names. What JSON.stringify would drop (undefined, functions) is dropped.
   */
  copy(value: unknown, omit?: readonly string[], element = false): unknown {
    if (value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) {
      const out: unknown[] = new Array(value.length);
      for (let i = 0; i < value.length; i++) {
        const v = value[i];
        out[i] = v === undefined || typeof v === 'function' ? null : this.copy(v, omit, true);
      }
      return out;
    }
    const id = this.idOf(value);
    if (id !== undefined) return id;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      if (element && omit?.includes(key)) continue;
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined && typeof v !== 'function') out[key] = this.copy(v);
    }
    return out;
  }

  expand(value: unknown): SourceRef {
    return typeof value === 'number' ? this.refs[value]! : (value as SourceRef);
  }
}

let builtIn: RegoPolicy | undefined;

/**
 * Input lists edgenet's policies read one element at a time, so they may be evaluated in slices
 * (test/policy-input.test.ts holds the policies to it).
 */
export const PER_ELEMENT_KEYS = ['serviceCalls', 'services'] as const;

/**
 * Fields of model elements that edgenet's own policies never read (test/policy-input.test.ts
 * finds none of these names in their sources): a node's pod CIDRs (a quarter of each node), a
 * Service's selector and backing workloads, how a call was found. Every slice repeats the
 * nodes, so what they carry is paid once per slice.
 */
export const UNREAD_FIELDS: Readonly<Record<string, readonly string[]>> = {
  nodes: ['podCidrs'],
  services: ['selector', 'workloads'],
  serviceCalls: ['via'],
};

export function builtInPolicy(): RegoPolicy {
  builtIn ??= builtInPolicyWith(PER_ELEMENT_KEYS);
  return builtIn;
}

/**
 * The built-in policy with lists sliced as given (tests compare slices with one evaluation). Its
 * input is the parts of the model its rules read (found in their sources at build time by
 * scripts/rego-metadata.mjs): serialising and copying the rest (workload containers, address
 * lists, security groups) into wasm memory cost a third of the evaluation on large repositories;
 * user policies still get the whole model.
 */
export function builtInPolicyWith(
  partition: readonly string[],
  chunkBytes = CHUNK_BYTES,
  threadElements = THREAD_ELEMENTS,
): RegoPolicy {
  return wasmPolicy(
    readFileSync(packageFile('policies', 'dist', 'policy.wasm')),
    {},
    (policy, input, refs) => evaluateLoaded(policy, input, POLICY_ENTRYPOINT, refs),
    { keys: REGO_INPUT_KEYS, unread: UNREAD_FIELDS, partition, readers: REGO_RULE_INPUT_KEYS, chunkBytes },
    { entrypoint: POLICY_ENTRYPOINT, minElements: threadElements },
  );
}

export function evaluateLoaded(
  policy: { evaluate(input: unknown, entrypoint?: string | number): unknown },
  input: unknown,
  entrypoint: string,
  refs: RefTable,
): RawFinding[] {
  let results: { result?: { findings?: unknown } }[];
  try {
    results = policy.evaluate(input, entrypoint) as typeof results;
  } catch (error) {
    // The wasm module aborts with a bare value (e.g. a conflict between rule outputs).
    throw new Error(`policy evaluation failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  const findings = results[0]?.result?.findings;
  return Array.isArray(findings) ? findings.map((f) => toRawFinding(f, refs)) : [];
}

function toRawFinding(value: unknown, refs: RefTable): RawFinding {
  const r = value as {
    ruleId: string;
    messageId?: string;
    ref: unknown;
    data?: Record<string, unknown>;
    related?: { ref: unknown; message: string }[];
    resource?: ResourceId;
  };
  const related: RawRelated[] = (r.related ?? []).map((rel) => ({ ref: refs.expand(rel.ref), message: rel.message }));
  return {
    ruleId: r.ruleId,
    ...(r.messageId ? { messageId: r.messageId } : {}),
    ref: refs.expand(r.ref),
    data: r.data ?? {},
    related,
    ...(r.resource ? { resource: r.resource } : {}),
  };
}
