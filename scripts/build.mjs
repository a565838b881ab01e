#!/usr/bin/env node
// Builds what the package runs and ships: dist/edgenet.mjs (one ESM bundle: fast start-up, no
// module resolution at run time) and schema/edgenet.schema.json (for editors), both from src/.
// The Action's bundle (action/index.mjs) is committed instead, so it is built by build-action.mjs.
import { build } from 'esbuild';
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleOptions } from './bundle-options.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

await build({ ...bundleOptions, entryPoints: [path.join(root, 'src/cli/bin.ts')], outfile: path.join(root, 'dist/edgenet.mjs'), sourcemap: 'linked', legalComments: 'linked' });

const { configSchema } = await import('./schema-source.mjs');
mkdirSync(path.join(root, 'schema'), { recursive: true });
writeFileSync(path.join(root, 'schema/edgenet.schema.json'), JSON.stringify(configSchema, null, 2) + '\n');
