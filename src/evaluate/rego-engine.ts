/**
 * Runs the compiled Rego policy (policies/dist/policy.wasm) in-process with opa-wasm: the whole
 * model in one evaluation. Rego rules return {ruleId, ref, data, related}; wording happens in
 * TypeScript from the catalogue.
 */
import { readFileSync } from 'node:fs';
import { loadPolicy, type LoadedPolicy } from '@open-policy-agent/opa-wasm';
import type { RawFinding, RawRelated, ResourceId, SourceRef } from '../core/finding.js';
import type { NetworkModel } from '../model/types.js';
import { packageFile } from './package-files.js';

export const POLICY_ENTRYPOINT = 'edgenet/main';

/**
 * 64 KiB pages reserved up front: growing wasm memory page by page during the first large
 * evaluation costs seconds (measured, architecture.md).
 */
const INITIAL_PAGES = 256;

export interface RegoPolicy {
  /** Rule ids found in the policy's results are checked against the catalogue by the caller. */
  evaluate(model: NetworkModel): RawFinding[];
}

let builtIn: Promise<RegoPolicy> | undefined;

export function loadBuiltInPolicy(): Promise<RegoPolicy> {
  builtIn ??= loadWasmPolicy(readFileSync(packageFile('policies', 'dist', 'policy.wasm')), POLICY_ENTRYPOINT);
  return builtIn;
}

export async function loadWasmPolicy(wasm: Uint8Array, entrypoint: string): Promise<RegoPolicy> {
  const policy: LoadedPolicy = await loadPolicy(wasm, INITIAL_PAGES);
  policy.setData({});
  return {
    evaluate(model) {
      // opa-wasm drops a falsy input, so the model (always an object) goes in whole.
      let results: { result?: { findings?: unknown } }[];
      try {
        results = policy.evaluate(model, entrypoint);
      } catch (error) {
        // The wasm module aborts with a bare value (e.g. a conflict between rule outputs).
        throw new Error(`policy evaluation failed: ${error instanceof Error ? error.message : String(error)}`);
      }
      const findings = results[0]?.result?.findings;
      if (!Array.isArray(findings)) return [];
      return findings.map(toRawFinding);
    },
  };
}

function toRawFinding(value: unknown): RawFinding {
  const r = value as { ruleId: string; ref: SourceRef; data?: Record<string, unknown>; related?: RawRelated[]; resource?: ResourceId };
  return { ruleId: r.ruleId, ref: r.ref, data: r.data ?? {}, related: r.related ?? [], ...(r.resource ? { resource: r.resource } : {}) };
}
