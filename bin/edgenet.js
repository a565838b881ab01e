#!/usr/bin/env node
// The installed command. The code is the esbuild bundle that `npm install` (prepare) builds.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/edgenet.mjs', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write('edgenet: dist/edgenet.mjs is missing: run `npm install` (or `npm run build`) in the edgenet checkout\n');
  process.exit(2);
}
await import(bundle.href);
