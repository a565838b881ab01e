#!/usr/bin/env node
// Builds action/index.mjs, the GitHub Action's committed bundle (a runner downloads nothing at
// run time). `node scripts/build-action.mjs --out FILE` builds elsewhere, for the freshness test.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleOptions } from './bundle-options.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outIndex = process.argv.indexOf('--out');
const outfile = outIndex > 0 ? path.resolve(process.argv[outIndex + 1]) : path.join(root, 'action/index.mjs');

await build({ ...bundleOptions, entryPoints: [path.join(root, 'src/action/main.ts')], outfile, legalComments: 'inline' });
