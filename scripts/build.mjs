#!/usr/bin/env node
// Builds what the package runs and ships: dist/edgenet.mjs (one ESM bundle: fast start-up, no
// module resolution at run time) and schema/edgenet.schema.json (for editors), both from src/.
import { build } from 'esbuild';
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

await build({
  entryPoints: [path.join(root, 'src/cli/bin.ts')],
  outfile: path.join(root, 'dist/edgenet.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'linked',
  legalComments: 'linked',
  logLevel: 'warning',
  // CommonJS dependencies (opa-wasm) call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __edgenetCreateRequire } from 'node:module'; const require = __edgenetCreateRequire(import.meta.url);" },
});

const { configSchema } = await import('./schema-source.mjs');
mkdirSync(path.join(root, 'schema'), { recursive: true });
writeFileSync(path.join(root, 'schema/edgenet.schema.json'), JSON.stringify(configSchema, null, 2) + '\n');
