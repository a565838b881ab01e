/**
 * The real tools the compose tests run: the pinned kustomize and helm, installed by
 * scripts/tools.mjs when missing (as for OPA), and the kubectl already on the machine. Without Go
 * (or kubectl) a test is skipped with a visible message, unless CI is set: there it fails.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { findTool, type Tool } from '../../src/compose/run-tool.js';
import { ROOT } from '../helpers.js';

export interface Tools {
  /** A PATH with only the pinned tools' directory and the system's. */
  env: Record<string, string>;
  kustomize?: Tool;
  kubectl?: Tool;
  helm?: Tool;
  /** Why a tool is missing, by tool; a test that needs it skips with this message. */
  missing: Record<string, string>;
}

let cached: Tools | undefined;

export function tools(): Tools {
  if (cached) return cached;
  const out = execFileSync(
    process.execPath,
    [path.join(ROOT, 'scripts', 'tools.mjs'), 'ensure', 'kustomize', 'helm', '--json'],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      timeout: 30 * 60_000,
    },
  );
  const ensured = JSON.parse(out) as { tools: Record<string, string>; missing: Record<string, string> };
  const dirs = [...new Set(Object.values(ensured.tools).map((bin) => path.dirname(bin)))];
  const env = { PATH: [...dirs, '/usr/local/bin', '/usr/bin', '/bin'].join(path.delimiter) };
  const missing = { ...ensured.missing };
  const kubectl = findTool('kubectl kustomize', env);
  if (!kubectl) missing.kubectl = 'kubectl is not on PATH (/usr/local/bin, /usr/bin, /bin)';
  const kustomize = findTool('kustomize', env);
  cached = {
    env,
    kustomize: kustomize?.name === 'kustomize' ? kustomize : undefined,
    kubectl,
    helm: findTool('helm', env),
    missing,
  };
  return cached;
}

/** `skip` for node:test: false when every tool named is there; a message (or a throw, under CI) when not. */
export function unless(...names: ('kustomize' | 'kubectl' | 'helm')[]): false | string {
  const { missing } = tools();
  const reasons = names.filter((n) => missing[n]).map((n) => `${n}: ${missing[n]}`);
  if (reasons.length === 0) return false;
  if (process.env.CI) throw new Error(`CI needs ${reasons.join('; ')}`);
  return `needs ${reasons.join('; ')}`;
}
