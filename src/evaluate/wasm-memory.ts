/**
 * How OPA's wasm instances are made and sized, on the main thread and on the policy thread alike.
 */
import * as opaWasm from '@open-policy-agent/opa-wasm';

const PAGE = 64 * 1024;

// The package's ES module exports loadPolicy, and the whole API (loadPolicySync with it) as its
// default; its types declare named exports only.
export const { loadPolicySync } = (opaWasm as unknown as { default: typeof opaWasm }).default;

/**
 * Wasm memory sized from the input: growing it page by page during a large evaluation costs
 * seconds (7.7 s instead of 0.3 s for a 4 MB model; 16 bytes a byte of JSON measured fastest),
 * while reserving 128 MB for a small file costs start-up time. OPA's value tree takes several
 * times the JSON it is parsed from.
 */
export function pagesFor(inputBytes: number): number {
  return Math.min(32_768, Math.max(64, Math.ceil((inputBytes * 16) / PAGE)));
}

/**
 * The pages of an instance that serves slices needing `needed`: an eighth more, since the next
 * slices are about as large, and a replaced instance's memory stays until V8 collects it (twice
 * 72 MB at 50,000 resources).
 */
export function instancePages(needed: number): number {
  return Math.min(32_768, Math.ceil(needed * 1.125));
}
