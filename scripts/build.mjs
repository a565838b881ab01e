#!/usr/bin/env node
// Builds what the package runs, into dist/ (committed, so that a git install, a pre-commit hook
// and the GitHub Action run without a build step or any dependency): one ESM bundle per entry
// point, the CLI and the Action, sharing their code through chunks. Also writes
// schema/edgenet.schema.json for editors. `--out DIR` builds elsewhere (the freshness test).
import { build } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outIndex = process.argv.indexOf('--out');
const outdir = outIndex > 0 ? path.resolve(process.argv[outIndex + 1]) : path.join(root, 'dist');

rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: {
    cli: path.join(root, 'src/cli/bin.ts'),
    action: path.join(root, 'src/action/main.ts'),
    // The reading worker is a script of its own: worker threads start from a file.
    'read-worker': path.join(root, 'src/read/read-worker.ts'),
    // User policies run in a worker thread (src/evaluate/user-policy.ts): its module is an entry of its own.
    'policy-worker': path.join(root, 'src/evaluate/policy-worker.ts'),
    'rego-worker': path.join(root, 'src/evaluate/rego-worker.ts'),
  },
  outdir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  // Module paths as the project sees them (a worktree may link node_modules from elsewhere): the same bytes.
  preserveSymlinks: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'inline',
  logLevel: 'warning',
  // CommonJS dependencies (opa-wasm) call require(): give every ESM file one.
  banner: {
    js:
      "import { createRequire as __edgenetCreateRequire } from 'node:module'; " +
      'const require = __edgenetCreateRequire(import.meta.url);',
  },
});

if (outIndex < 0) {
  const { configSchema } = await import('./schema-source.mjs');
  mkdirSync(path.join(root, 'schema'), { recursive: true });
  writeFileSync(path.join(root, 'schema/edgenet.schema.json'), `${JSON.stringify(configSchema, null, 2)}\n`);
}
