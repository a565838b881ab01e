/**
 * User policies (--policy): a compiled OPA bundle (bundle.tar.gz from `opa build -t wasm`) or a
 * bare policy.wasm. Every entrypoint is evaluated on the network model once; an entrypoint named
 * `<package path>/deny` (or a package whose value has `deny`) yields findings whose rule id is the
 * package path. A result is a message string, or an object with `msg`, and optionally `ref` (a
 * model fact's ref, to place the finding) and `level`.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { UsageError } from '../core/errors.js';
import type { Level, RawFinding, SourceRef } from '../core/finding.js';
import { wasmPolicy, type RegoPolicy } from './rego-engine.js';

const LEVELS = new Set(['error', 'warning', 'info']);

export async function loadUserPolicy(file: string, display: string, fallback: string): Promise<RegoPolicy> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new UsageError(`--policy ${display}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let wasm = bytes;
  let data: unknown = {};
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    const files = untar(gunzipSync(bytes));
    const policy = files.get('policy.wasm');
    if (!policy)
      throw new UsageError(`--policy ${display}: the bundle has no policy.wasm (build it with opa build -t wasm)`);
    wasm = policy;
    const json = files.get('data.json');
    if (json) data = JSON.parse(json.toString('utf8'));
  }
  if (wasm.subarray(0, 4).toString('binary') !== '\0asm')
    throw new UsageError(`--policy ${display}: neither a wasm module nor a .tar.gz bundle`);
  try {
    await WebAssembly.compile(wasm as Uint8Array<ArrayBuffer>);
  } catch (error) {
    throw new UsageError(`--policy ${display}: not a valid wasm module (${(error as Error).message})`);
  }
  return wasmPolicy(wasm, data as object, (policy, input) => {
    const out: RawFinding[] = [];
    for (const entrypoint of Object.keys(policy.entrypoints ?? {})) {
      const value = (policy.evaluate(input, entrypoint) as { result?: unknown }[])[0]?.result;
      const deny = Array.isArray(value) ? value : (value as { deny?: unknown } | undefined)?.deny;
      if (!Array.isArray(deny)) continue;
      const ruleId = entrypoint.replace(/\/deny$/, '');
      for (const r of deny) out.push(toFinding(ruleId, r, fallback));
    }
    return out;
  });
}

function toFinding(ruleId: string, result: unknown, fallback: string): RawFinding {
  const r = (typeof result === 'string' ? { msg: result } : (result ?? {})) as {
    msg?: unknown;
    message?: unknown;
    ref?: unknown;
    level?: unknown;
  };
  const message = String(r.msg ?? r.message ?? JSON.stringify(result));
  const ref = isSourceRef(r.ref) ? r.ref : { file: fallback, line: 1, column: 1 };
  const level = typeof r.level === 'string' && LEVELS.has(r.level) ? (r.level as Level) : undefined;
  return { ruleId, ref, data: { message }, ...(level ? { level } : {}) };
}

function isSourceRef(v: unknown): v is SourceRef {
  const r = v as SourceRef | undefined;
  return typeof r?.file === 'string' && typeof r.doc === 'number' && Array.isArray(r.path);
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
    const size = parseInt(field(124, 12).trim() || '0', 8);
    const type = field(156, 1);
    if (type === '0' || type === '')
      files.set(name.replace(/^\/+/, ''), tar.subarray(offset + 512, offset + 512 + size));
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}
