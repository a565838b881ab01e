/**
 * Runs an external tool (kustomize, kubectl, helm) bounded in time and output, in a minimal
 * offline environment, and never throws: every failure is a value with a one-line reason.
 */
import { spawn } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { totalmem } from 'node:os';
import path from 'node:path';
import { onInterrupt } from '../core/interrupt.js';
import { defaultConcurrency } from './pool.js';

/** An executable found on a PATH, with the arguments that select what edgenet runs of it. */
export interface Tool {
  /** How reasons and results name it: `kustomize`, `kubectl kustomize`, `helm`. */
  name: string;
  /** Absolute path of the executable. */
  command: string;
  /** Arguments before the caller's: `['kustomize']` for kubectl. */
  prefix: string[];
}

export interface RunOptions {
  cwd?: string;
  /** The child's whole environment (see toolEnv); nothing of this process's is inherited. */
  env?: Record<string, string>;
  timeoutMs?: number;
  /** Cap on stdout and on stderr, each, in bytes: past it the process group is killed. */
  maxOutputBytes?: number;
}

export interface RunResult {
  ok: boolean;
  /** Exit code; null when the process was killed or never started. */
  code: number | null;
  stdout: string;
  stderr: string;
  /** One line, when not ok: a timeout, output too large, not found, or the tool's first error line. */
  reason?: string;
  /** What went wrong, when not ok. */
  failure?: RunFailure;
}

export type RunFailure = 'timeout' | 'output-limit' | 'not-found' | 'cannot-run' | 'exit';

export type Env = Record<string, string | undefined>;

export const DEFAULT_TIMEOUT_MS = 60_000;
export const DEFAULT_MAX_OUTPUT_BYTES = 64 * 1024 * 1024;
const MAX_REASON_CHARS = 500;

/**
 * Finds `name` on the PATH of `env` (absolute entries only: a relative entry would run a file of
 * the repository being linted). `kustomize` falls back to `kubectl kustomize`, which embeds it;
 * `kubectl kustomize` asks for that form only.
 */
export function findTool(name: string, env: Env): Tool | undefined {
  if (name === 'kubectl kustomize') {
    const kubectl = which('kubectl', env);
    return kubectl === undefined ? undefined : { name, command: kubectl, prefix: ['kustomize'] };
  }
  const command = which(name, env);
  if (command) return { name, command, prefix: [] };
  if (name === 'kustomize') return findTool('kubectl kustomize', env);
  return undefined;
}

function which(name: string, env: Env): string | undefined {
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (!dir || !path.isAbsolute(dir)) continue;
    const candidate = path.join(dir, name);
    try {
      if (!statSync(candidate).isFile()) continue;
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {}
  }
  return undefined;
}

/** An address nothing listens on (the discard port of the loopback): any proxied request fails at once. */
const NO_NETWORK_PROXY = 'http://127.0.0.1:9';

/**
 * The environment a tool runs in: the PATH, and a private HOME under `home` so that no user
 * configuration is read (helm's repositories and registries, kubeconfig, git config, kustomize
 * plugins). Network access is made to fail: Go's HTTP client honours the proxy variables (upper
 * and lower case, net/http ProxyFromEnvironment), git is limited to the file protocol
 * (GIT_ALLOW_PROTOCOL) and never prompts. This is a second fence: the pre-scan that refuses
 * remote inputs before anything runs is the first.
 */
export function toolEnv(env: Env, home: string): Record<string, string> {
  const proxy = {
    HTTP_PROXY: NO_NETWORK_PROXY,
    HTTPS_PROXY: NO_NETWORK_PROXY,
    ALL_PROXY: NO_NETWORK_PROXY,
    http_proxy: NO_NETWORK_PROXY,
    https_proxy: NO_NETWORK_PROXY,
    all_proxy: NO_NETWORK_PROXY,
    NO_PROXY: '',
    no_proxy: '',
  };
  return {
    PATH: env.PATH ?? '',
    HOME: home,
    TMPDIR: home,
    ...proxy,
    GIT_TERMINAL_PROMPT: '0',
    GIT_ALLOW_PROTOCOL: 'file',
    GIT_SSH_COMMAND: 'false',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: path.join(home, 'gitconfig'),
    HELM_CACHE_HOME: path.join(home, 'helm', 'cache'),
    HELM_CONFIG_HOME: path.join(home, 'helm', 'config'),
    HELM_DATA_HOME: path.join(home, 'helm', 'data'),
    XDG_CACHE_HOME: path.join(home, 'cache'),
    XDG_CONFIG_HOME: path.join(home, 'config'),
    XDG_DATA_HOME: path.join(home, 'data'),
    KUBECONFIG: path.join(home, 'kubeconfig'),
    KUSTOMIZE_PLUGIN_HOME: path.join(home, 'kustomize-plugins'),
    ...goMemory(env),
  };
}

/**
 * The Go runtime's collector for a tool (kustomize and helm are Go programs that live a fraction
 * of a second): collecting a heap the process is about to drop was over a quarter of their CPU.
 * GOGC=400 lets the heap grow to five times what is live before a collection, and GOMEMLIMIT
 * (Go 1.19 and later) brings the collector back before the heap outgrows the machine's share of
 * each render (a quarter of the memory over the renders run side by side, 256 MiB to 2 GiB). The
 * real corpus's 29 kustomize and helm runs: 1.04-1.1 s of CPU before, 0.84-0.92 s now (0.78-0.8
 * with the collector off, which a Go older than 1.19, without the limit, would run unbounded);
 * its whole lint 1.40-1.49 s before, 1.29-1.35 s now. A GOGC or GOMEMLIMIT the user sets is kept.
 */
function goMemory(env: Env): Record<string, string> {
  if (env.GOGC !== undefined || env.GOMEMLIMIT !== undefined)
    return {
      ...(env.GOGC === undefined ? {} : { GOGC: env.GOGC }),
      ...(env.GOMEMLIMIT === undefined ? {} : { GOMEMLIMIT: env.GOMEMLIMIT }),
    };
  const share = totalmem() / (4 * defaultConcurrency());
  const mib = Math.floor(Math.min(2048, Math.max(256, share / 2 ** 20)));
  return { GOGC: '400', GOMEMLIMIT: `${mib}MiB` };
}

/**
 * Runs `tool` (a Tool, or a command looked up by the OS) with `args`. The child leads its own
 * process group, so a timeout or an overflow kills whatever it started too; stragglers are
 * killed when the child exits, so that a grandchild holding the pipes open cannot stall us.
 */
export function runTool(tool: Tool | string, args: string[], options: RunOptions = {}): Promise<RunResult> {
  const command = typeof tool === 'string' ? tool : tool.command;
  const argv = typeof tool === 'string' ? args : [...tool.prefix, ...args];
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES;
  return new Promise((resolve) => {
    let child: ReturnType<typeof spawn>;
    try {
      child = spawn(command, argv, {
        cwd: options.cwd,
        env: options.env ?? {},
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      });
    } catch (error) {
      resolve({ ok: false, code: null, stdout: '', stderr: '', ...spawnFailure(command, error) });
      return;
    }
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const size = { out: 0, err: 0 };
    let killedFor: { reason: string; failure: RunFailure } | undefined;
    let spawnError: unknown;
    let settled = false;

    const killGroup = () => {
      if (child.pid === undefined) return;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // ESRCH: the group is gone already.
      }
    };
    const stop = (reason: string, failure: RunFailure) => {
      killedFor ??= { reason, failure };
      killGroup();
    };
    const timer = setTimeout(() => stop(`timed out after ${timeoutMs} ms`, 'timeout'), timeoutMs);
    // Interrupted (Ctrl-C), the group is killed: it does not get the terminal's signal.
    const release = onInterrupt(killGroup);

    const collect = (chunks: Buffer[], which: 'out' | 'err') => (chunk: Buffer) => {
      if (killedFor) return;
      size[which] += chunk.length;
      if (size[which] > maxBytes) {
        stop(
          `output too large: more than ${maxBytes} bytes on ${which === 'out' ? 'stdout' : 'stderr'}`,
          'output-limit',
        );
        return;
      }
      chunks.push(chunk);
    };
    child.stdout?.on('data', collect(out, 'out'));
    child.stderr?.on('data', collect(err, 'err'));
    child.on('error', (error) => {
      spawnError = error;
      // A process that never started emits no 'close' of its own.
      if (child.pid === undefined) finish(null, null);
    });
    child.on('exit', () => killGroup());
    child.on('close', (code, signal) => finish(code, signal));
    function finish(code: number | null, signal: NodeJS.Signals | null) {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      release();
      const stdout = Buffer.concat(out).toString('utf8');
      const stderr = Buffer.concat(err).toString('utf8');
      if (spawnError !== undefined)
        return resolve({ ok: false, code: null, stdout, stderr, ...spawnFailure(command, spawnError) });
      if (killedFor) return resolve({ ok: false, code: null, stdout, stderr, ...killedFor });
      if (code === 0) return resolve({ ok: true, code, stdout, stderr });
      const reason =
        firstErrorLine(stderr) ??
        (code === null ? `killed by ${signal}` : `${path.basename(command)} exited with ${code}`);
      resolve({ ok: false, code, stdout, stderr, reason, failure: 'exit' });
    }
  });
}

function spawnFailure(command: string, error: unknown): { reason: string; failure: RunFailure } {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return { reason: `not found: ${command}`, failure: 'not-found' };
  return {
    reason: `cannot run ${command}: ${code ?? oneLine((error as Error).message ?? String(error))}`,
    failure: 'cannot-run',
  };
}

/**
 * The line of stderr that says what failed: the first `Error: ...` line (kustomize, helm and
 * kubectl print their failure so, after any warnings), else a klog error line (`E1130 ... err="..."`,
 * kubectl's form), else the first non-empty line. `Error: ` is dropped and the result clipped.
 */
export function firstErrorLine(stderr: string): string | undefined {
  const lines = stderr
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  const error = lines.find((line) => line.startsWith('Error: '));
  if (error) return clip(error.slice('Error: '.length));
  const klog = lines.findIndex((line) => /^[EF]\d{4} /.test(line));
  // A multi-line value is written `err=<`, its lines indented, then ` >` (klog's text format).
  if (klog >= 0 && /\berr=<$/.test(lines[klog]!) && lines[klog + 1] !== undefined) return clip(lines[klog + 1]!);
  if (klog >= 0) return clip(klogMessage(lines[klog]!));
  return lines[0] === undefined ? undefined : clip(lines[0]);
}

/** The `err="..."` of a klog structured line (Go-quoted), else the message after `] `. */
function klogMessage(line: string): string {
  const quoted = /\berr="((?:[^"\\]|\\.)*)"/.exec(line)?.[1];
  if (quoted !== undefined) {
    try {
      return JSON.parse(`"${quoted}"`) as string;
    } catch {
      return quoted;
    }
  }
  return line.replace(/^[EF]\d{4} [^\]]*\] /, '');
}

function oneLine(text: string): string {
  return (
    text
      .split(/\r?\n/)
      .find((l) => l.trim())
      ?.trim() ?? ''
  );
}

export function clip(text: string): string {
  const line = oneLine(text);
  return line.length > MAX_REASON_CHARS ? `${line.slice(0, MAX_REASON_CHARS - 1)}…` : line;
}
