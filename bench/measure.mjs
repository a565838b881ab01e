// Runs an ES module as if it were the main program and, at exit, writes what the process cost
// (CPU time and peak RSS, from process.resourceUsage()) to the JSON file named first:
//   node bench/measure.mjs OUT.json MODULE [ARGS...]
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [out, mod, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], path.resolve(mod), ...args];
process.on('exit', (code) => {
  const u = process.resourceUsage();
  writeFileSync(
    out,
    JSON.stringify({ code, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRssMb: u.maxRSS / 1024 }),
  );
});
await import(pathToFileURL(path.resolve(mod)).href);
