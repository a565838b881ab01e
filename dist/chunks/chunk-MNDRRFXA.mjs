import { createRequire as __edgenetCreateRequire } from 'node:module'; const require = __edgenetCreateRequire(import.meta.url);
import {
  src_default
} from "./chunk-VCZ76RSP.mjs";

// src/evaluate/wasm-memory.ts
var PAGE = 64 * 1024;
var { loadPolicySync } = src_default;
function pagesFor(inputBytes) {
  return Math.min(32768, Math.max(64, Math.ceil(inputBytes * 16 / PAGE)));
}
function instancePages(needed) {
  return Math.min(32768, Math.ceil(needed * 1.125));
}

export {
  loadPolicySync,
  pagesFor,
  instancePages
};
