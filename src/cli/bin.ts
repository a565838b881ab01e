/** The process binding of the command line: the only module that reads process.* . */
import { readFileSync } from 'node:fs';
import { run } from './run.js';

const code = await run({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin: () => readFileSync(0),
  stdoutIsTTY: Boolean(process.stdout.isTTY),
});
process.exitCode = code;
