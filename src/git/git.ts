/**
 * The real git, bounded: every call has a time limit and a cap on its output, and takes no
 * option from the content it reads. A ref from the command line or the Action is checked here
 * (validateRef) and reaches git only after `--end-of-options`, so `--output=../x` is a ref that
 * does not exist rather than an option git obeys (git-rev-parse(1), gitcli(7) "--end-of-options").
 * Paths go in as `:(literal)` pathspecs, so that `*` in a file name is not a glob
 * (gitglossary(7) "pathspec").
 */
import { spawnSync } from 'node:child_process';
import { UsageError } from '../core/errors.js';

export const GIT_TIMEOUT_MS = 60_000;
export const GIT_MAX_OUTPUT = 256 * 1024 * 1024;

export class GitError extends Error {
  override name = 'GitError';
  constructor(
    message: string,
    /** Why: git is not installed, it failed (its first error line), it timed out, or it said too much. */
    override readonly cause: 'not-found' | 'failed' | 'timeout' | 'output-limit',
  ) {
    super(message);
  }
}

export interface GitOptions {
  cwd: string;
  /** Fed on stdin (a `cat-file --batch` request). */
  input?: string | Buffer;
  maxBytes?: number;
  timeoutMs?: number;
}

/**
 * Runs `git ARGS` in `cwd` and returns its stdout, or throws a GitError with git's first error
 * line. `--no-optional-locks` keeps read-only commands from writing the index (git(1)); paths
 * come out unquoted as UTF-8 (core.quotePath) and the file-system monitor hook never runs.
 */
export function git(args: readonly string[], options: GitOptions): Buffer {
  const argv = ['--no-optional-locks', '-c', 'core.quotePath=false', '-c', 'core.fsmonitor=false'];
  for (const a of args) argv.push(a);
  const result = spawnSync('git', argv, {
    cwd: options.cwd,
    input: options.input,
    maxBuffer: options.maxBytes ?? GIT_MAX_OUTPUT,
    timeout: options.timeoutMs ?? GIT_TIMEOUT_MS,
    killSignal: 'SIGKILL',
    stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    windowsHide: true,
  });
  const code = (result.error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') throw new GitError('git is not installed (not found on PATH)', 'not-found');
  if (code === 'ETIMEDOUT')
    throw new GitError(`git ${args[0]} did not finish within ${options.timeoutMs ?? GIT_TIMEOUT_MS} ms`, 'timeout');
  if (code === 'ENOBUFS')
    throw new GitError(`git ${args[0]} wrote more than ${options.maxBytes ?? GIT_MAX_OUTPUT} bytes`, 'output-limit');
  if (result.error) throw new GitError(`git ${args[0]}: ${result.error.message}`, 'failed');
  if (result.status !== 0) {
    const line =
      result.stderr
        ?.toString('utf8')
        .split('\n')
        .map((l) => l.trim())
        .find(Boolean) ?? `git ${args[0]} exited with ${result.status ?? result.signal}`;
    throw new GitError(line.replace(/^(fatal|error): /, ''), 'failed');
  }
  return result.stdout;
}

/** `git ...` as text, without the trailing newline. */
export function gitText(args: readonly string[], options: GitOptions): string {
  return git(args, options).toString('utf8').replace(/\n$/, '');
}

/** A path as a pathspec that matches only itself. */
export function literal(path: string): string {
  return `:(literal)${path}`;
}

/**
 * A ref as a user may write it (`origin/main`, `HEAD~1`, a commit id, `v1.2^{commit}`), refused
 * when it could be read as an option or holds what no ref holds: a leading `-`, whitespace or
 * control characters (git-check-ref-format(1)), or more than 256 characters.
 */
export function validateRef(ref: string, option: string): string {
  const problem =
    ref.length === 0
      ? 'is empty'
      : ref.startsWith('-')
        ? 'starts with "-" (a ref never does; it would be read as an option)'
        : ref.length > 256
          ? 'is longer than 256 characters'
          : /[\u0000-\u0020\u007f]/.test(ref)
            ? 'holds whitespace or a control character'
            : undefined;
  if (problem) throw new UsageError(`${option} ${JSON.stringify(ref)}: not a git ref: it ${problem}`);
  return ref;
}

/** The commit a validated ref names, as a full object id; a UsageError when it names none here. */
export function resolveCommit(cwd: string, ref: string, option: string): string {
  validateRef(ref, option);
  try {
    return gitText(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], { cwd });
  } catch (error) {
    if (error instanceof GitError && error.cause !== 'failed')
      throw new UsageError(`${option} ${ref}: ${error.message}`);
    throw new UsageError(`${option} ${ref}: no such commit in this repository${shallowHint(cwd)}`);
  }
}

/** Why a ref may be missing: a shallow clone (actions/checkout fetches one commit by default). */
export function shallowHint(cwd: string): string {
  try {
    return gitText(['rev-parse', '--is-shallow-repository'], { cwd }) === 'true'
      ? ' (the clone is shallow: fetch it, e.g. actions/checkout with fetch-depth: 0)'
      : '';
  } catch {
    return '';
  }
}

/**
 * The top of the git work tree `dir` is in, or undefined outside one (or without git). One git
 * process: outside a work tree (inside `.git`, a bare repository) `--show-toplevel` fails and git
 * exits non-zero; each process is a few milliseconds of every run.
 */
export function workTreeTop(dir: string): string | undefined {
  try {
    const out = gitText(['rev-parse', '--is-inside-work-tree', '--show-toplevel'], { cwd: dir });
    const lineEnd = out.indexOf('\n');
    if (lineEnd < 0 || out.slice(0, lineEnd) !== 'true') return undefined;
    return out.slice(lineEnd + 1);
  } catch {
    return undefined;
  }
}
