/** The process binding of the command line: the only module that reads process.* . */
import { bindSignals } from '../core/interrupt.js';
import { readStdin } from './read-stdin.js';
import { run } from './run.js';

/**
 * A report that cannot be written (the reader closed the pipe: EPIPE; the disk is full: ENOSPC)
 * ends the run with exit 2 and one line on stderr, not an unhandled 'error' event's stack trace.
 */
let stdoutFailed = false;
function stdoutFailure(error: NodeJS.ErrnoException): void {
  process.exitCode = 2;
  if (stdoutFailed) return;
  stdoutFailed = true;
  const why =
    error.code === 'EPIPE'
      ? 'the reader closed the pipe (EPIPE)'
      : error.code === 'ENOSPC'
        ? 'no space left on the device (ENOSPC)'
        : (error.code ?? error.message);
  try {
    process.stderr.write(`edgenet: cannot write the report to stdout: ${why}\n`);
  } catch {
    // stderr is gone too: the exit code says it.
  }
}
process.stdout.on('error', stdoutFailure);
process.stderr.on('error', () => {});

// Ctrl-C while kustomize or helm runs: their process groups and directories go too (src/core/interrupt.ts).
bindSignals(process);

const code = await run({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => {
    if (stdoutFailed) return;
    try {
      process.stdout.write(text);
    } catch (error) {
      stdoutFailure(error as NodeJS.ErrnoException);
    }
  },
  stderr: (text) => process.stderr.write(text),
  readStdin,
  stdoutIsTTY: Boolean(process.stdout.isTTY),
});
process.exitCode = stdoutFailed ? 2 : code;
