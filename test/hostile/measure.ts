/**
 * Runs the command line in this process, as bin.ts does, and prints what it did as one JSON line:
 * exit code, stdout, stderr, the run's wall time (without the start of node and tsx) and the
 * process's peak resident memory (workers included). The hostile tests spawn it to measure a run.
 */
import { readStdin } from '../../src/cli/read-stdin.js';
import { run } from '../../src/cli/run.js';

let stdout = '';
let stderr = '';
const start = performance.now();
const code = await run({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  env: { ...process.env },
  stdout: (text) => {
    stdout += text;
  },
  stderr: (text) => {
    stderr += text;
  },
  readStdin,
  stdoutIsTTY: false,
});
const ms = Math.round(performance.now() - start);
const maxRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
process.stdout.write(`${JSON.stringify({ code, stdout, stderr, ms, maxRssMb })}\n`);
process.exit(0);
