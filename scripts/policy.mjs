#!/usr/bin/env node
// Compiles policies/**/*.rego to policies/dist/policy.wasm with the pinned OPA (scripts/tools.mjs
// installs it with `go install` when it is missing), and checks that the committed wasm is what the sources
// compile to (so users need no Go, and CI proves the wasm is not stale).
//   node scripts/policy.mjs build   compile and write policies/dist
//   node scripts/policy.mjs check   opa test, opa fmt check, then compare a fresh build with the committed one
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureTool, TOOLS } from './tools.mjs';

export const OPA_VERSION = TOOLS.opa.version;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const policies = path.join(root, 'policies');
const dist = path.join(policies, 'dist');
const ENTRYPOINT = 'edgenet/main';

function run(cmd, args, opts = {}) {
  return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], ...opts });
}

function regoSources(dir = policies) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'dist') out.push(...regoSources(p));
    else if (entry.isFile() && entry.name.endsWith('.rego') && !entry.name.endsWith('_test.rego')) out.push(p);
  }
  return out;
}

function sourcesHash() {
  const hash = createHash('sha256');
  for (const file of regoSources())
    hash.update(path.relative(policies, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

function compile(opa, outDir) {
  const work = mkdtempSync(path.join(tmpdir(), 'edgenet-opa-'));
  try {
    const bundle = path.join(work, 'bundle.tar.gz');
    // Relative paths from inside policies/ keep the build independent of where the clone lives.
    run(
      opa,
      ['build', '-t', 'wasm', '-e', ENTRYPOINT, '--ignore', '*_test.rego', '--ignore', 'dist', '-o', bundle, '.'],
      { cwd: policies },
    );
    // opa-wasm cannot read a bundle: take policy.wasm out of it.
    run('tar', ['-xzf', bundle, '-C', work, '/policy.wasm'], { stdio: ['ignore', 'pipe', 'ignore'] });
    mkdirSync(outDir, { recursive: true });
    const wasm = readFileSync(path.join(work, 'policy.wasm'));
    writeFileSync(path.join(outDir, 'policy.wasm'), wasm);
    const manifest = {
      opa: OPA_VERSION,
      entrypoint: ENTRYPOINT,
      sources: sourcesHash(),
      wasm: createHash('sha256').update(wasm).digest('hex'),
    };
    writeFileSync(path.join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    return manifest;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function build() {
  const manifest = compile(ensureTool('opa'), dist);
  console.log(
    `policies/dist/policy.wasm built (sha256 ${manifest.wasm.slice(0, 12)}) from ${regoSources().length} Rego files`,
  );
}

/**
 * Without Go and without opa, a contributor's `npm test` skips the policy checks with a visible
 * message; CI (where `CI` is set) must have them and fails instead.
 */
function opaOrSkip() {
  try {
    return ensureTool('opa');
  } catch (error) {
    if (process.env.CI) throw error;
    console.error(`SKIPPED policy checks (opa test, opa check, wasm freshness): ${error.message}. CI runs them.`);
    return undefined;
  }
}

function check() {
  const opa = opaOrSkip();
  if (!opa) return;
  run(opa, ['fmt', '--fail', '--list', '.'], { cwd: policies, stdio: 'inherit' });
  // Every policy type-checked against the model's schema: reading a key the model lacks is an error.
  const schema = path.join(root, 'schema', 'model.schema.json');
  run(opa, ['check', '--strict', '-s', schema, '--ignore', 'dist', '--ignore', '*_test.rego', '.'], {
    cwd: policies,
    stdio: 'inherit',
  });
  execFileSync(opa, ['test', '--ignore', 'dist', '.'], { cwd: policies, stdio: 'inherit' });
  const fresh = mkdtempSync(path.join(tmpdir(), 'edgenet-wasm-'));
  try {
    const manifest = compile(opa, fresh);
    const committed = path.join(dist, 'policy.wasm');
    if (!existsSync(committed) || !readFileSync(committed).equals(readFileSync(path.join(fresh, 'policy.wasm')))) {
      console.error(
        'policies/dist/policy.wasm does not match the Rego sources: ' +
          'run `npm run build:policy` and commit policies/dist.',
      );
      process.exit(1);
    }
    const committedManifest = JSON.parse(readFileSync(path.join(dist, 'manifest.json'), 'utf8'));
    if (committedManifest.sources !== manifest.sources) {
      console.error('policies/dist/manifest.json is stale: run `npm run build:policy` and commit policies/dist.');
      process.exit(1);
    }
    console.log('policies/dist/policy.wasm matches the Rego sources');
  } finally {
    rmSync(fresh, { recursive: true, force: true });
  }
}

const command = process.argv[2];
try {
  if (command === 'build') build();
  else if (command === 'check') check();
  else {
    console.error('usage: node scripts/policy.mjs build|check');
    process.exit(2);
  }
} catch (error) {
  // The failing tool has already printed its own output; one line says which step failed.
  console.error(`policy ${command} failed: ${error.message.split('\n')[0]}`);
  process.exit(1);
}
