import { createRequire as __edgenetCreateRequire } from 'node:module'; const require = __edgenetCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-M6E7B4ZR.mjs";

// src/cli/bin.ts
import { readFileSync } from "node:fs";
var code = await run({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin: () => readFileSync(0),
  stdoutIsTTY: Boolean(process.stdout.isTTY)
});
process.exitCode = code;
