#!/usr/bin/env node
// The external tools edgenet's build and tests run, each pinned: found on PATH or in Go's bin
// directory at the pinned version, else installed there with `go install` (once). OPA compiles
// the policies (scripts/policy.mjs); kustomize and helm render what src/compose/ judges.
//   node scripts/tools.mjs ensure [opa|kustomize|helm ...] [--json]
// With --json, prints {"tools": {name: path}, "missing": {name: reason}} and exits 0 even when a
// tool cannot be had (tests decide whether that skips or fails); without it, one line per tool
// and exit 1 when one is missing.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `module` is what `go install` builds, `root` the module whose version `go version -m` reports.
 * kustomize v5.8.3 needs Go 1.27; v5.8.1 is the newest that builds with Go 1.26.
 */
export const TOOLS = {
  opa: {
    module: 'github.com/open-policy-agent/opa',
    root: 'github.com/open-policy-agent/opa',
    version: '1.22.3',
    versionArgs: ['version'],
    parseVersion: (out) => /Version: v?(\S+)/.exec(out)?.[1],
  },
  kustomize: {
    module: 'sigs.k8s.io/kustomize/kustomize/v5',
    root: 'sigs.k8s.io/kustomize/kustomize/v5',
    version: '5.8.1',
    versionArgs: ['version'],
    parseVersion: (out) => /^v?(\d+\.\d+\.\d+)\s*$/.exec(out.trim())?.[1],
  },
  helm: {
    module: 'helm.sh/helm/v3/cmd/helm',
    root: 'helm.sh/helm/v3',
    version: '3.22.0',
    // A release build says v3.22.0; a `go install` build says only v3.22 (its version is set by
    // release ldflags): `go version -m` settles those.
    versionArgs: ['version', '--template', '{{.Version}}'],
    parseVersion: (out) => /^v?(\d+\.\d+\.\d+)\s*$/.exec(out.trim())?.[1],
  },
};

function quiet(cmd, args) {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 30_000 });
  } catch {
    return undefined;
  }
}

/** Go's install directory (GOBIN, else the first GOPATH entry's bin), or undefined without Go. */
export function goBinDir() {
  const out = quiet('go', ['env', 'GOBIN', 'GOPATH']);
  if (out === undefined) return undefined;
  const [gobin, gopath] = out.split('\n');
  if (gobin?.trim()) return gobin.trim();
  const first = gopath?.trim().split(path.delimiter)[0];
  return first ? path.join(first, 'bin') : undefined;
}

/** The version a binary reports, else the version of the module `go version -m` says it was built from. */
function versionOf(name, bin) {
  const tool = TOOLS[name];
  const own = quiet(bin, tool.versionArgs);
  const reported = own === undefined ? undefined : tool.parseVersion(own);
  if (reported === tool.version) return reported;
  const info = quiet('go', ['version', '-m', bin]);
  const mod = info && new RegExp(`^\\s*mod\\s+${tool.root.replace(/[.]/g, '\\.')}\\s+v(\\S+)`, 'm').exec(info);
  return mod?.[1] ?? reported;
}

function whichOnPath(name) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir && path.isAbsolute(dir) && existsSync(path.join(dir, name))) return path.join(dir, name);
  }
  return undefined;
}

/** The pinned tool's absolute path when it is already installed (on PATH or in Go's bin), without installing. */
export function findPinnedTool(name) {
  const gobin = goBinDir();
  const candidates = [whichOnPath(name), gobin && path.join(gobin, name)].filter(Boolean);
  return candidates.find((candidate) => versionOf(name, candidate) === TOOLS[name].version);
}

/**
 * The pinned tool's path, installing it with `go install` when it is missing. Throws with one
 * line that says what to install when neither the tool nor Go is there.
 */
export function ensureTool(name) {
  const tool = TOOLS[name];
  if (!tool) throw new Error(`unknown tool ${name}: one of ${Object.keys(TOOLS).join(', ')}`);
  const found = findPinnedTool(name);
  if (found) return found;
  const gobin = goBinDir();
  if (!gobin)
    throw new Error(
      `${name} ${tool.version} is not installed and Go is missing: install Go, or put ${name} ${tool.version} on PATH`,
    );
  console.error(`installing ${name} ${tool.version} with go install (once; takes a few minutes)...`);
  execFileSync('go', ['install', `${tool.module}@v${tool.version}`], { stdio: ['ignore', 'ignore', 'inherit'] });
  const installed = path.join(gobin, name);
  if (versionOf(name, installed) !== tool.version)
    throw new Error(`go install did not produce ${name} ${tool.version} at ${installed}`);
  return installed;
}

function main(argv) {
  const [command, ...rest] = argv;
  const json = rest.includes('--json');
  const names = rest.filter((a) => a !== '--json');
  if (command !== 'ensure') {
    console.error('usage: node scripts/tools.mjs ensure [opa|kustomize|helm ...] [--json]');
    return 2;
  }
  const tools = {};
  const missing = {};
  for (const name of names.length > 0 ? names : Object.keys(TOOLS)) {
    try {
      tools[name] = ensureTool(name);
    } catch (error) {
      missing[name] = error.message.split('\n')[0];
    }
  }
  if (json) {
    console.log(JSON.stringify({ tools, missing }));
    return 0;
  }
  for (const [name, bin] of Object.entries(tools)) console.log(`${name} ${TOOLS[name].version}: ${bin}`);
  for (const [name, reason] of Object.entries(missing)) console.error(`${name}: ${reason}`);
  return Object.keys(missing).length > 0 ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  process.exitCode = main(process.argv.slice(2));
