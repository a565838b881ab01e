// esbuild options shared by the CLI bundle and the Action bundle: one ESM file for Node 20+.
// CommonJS dependencies (opa-wasm) call require(), so the bundle gets one.
export const bundleOptions = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  banner: { js: "import { createRequire as __edgenetCreateRequire } from 'node:module'; const require = __edgenetCreateRequire(import.meta.url);" },
};
