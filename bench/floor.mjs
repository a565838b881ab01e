// The floor every figure is compared with: read the same files and load them with js-yaml,
// nothing else (no positions, no model, no rules, no report).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadAll } from 'js-yaml';

let documents = 0;
function walk(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== '.git') walk(p);
    } else if (/\.(ya?ml|json)$/i.test(e.name)) {
      try {
        loadAll(readFileSync(p, 'utf8'), (d) => {
          if (d !== null && d !== undefined) documents++;
        });
      } catch {
        // A file js-yaml cannot load costs what it cost.
      }
    }
  }
}
for (const dir of process.argv.slice(2)) walk(dir);
process.stdout.write(`${documents}\n`);
