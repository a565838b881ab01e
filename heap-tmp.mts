import { writeHeapSnapshot } from 'node:v8';
import { lint } from './src/lint.js';
import { loadConfig } from './src/config/load-config.js';
const dir = '/tmp/gen-50000-zero-padded';
const result = await lint({ paths: [dir], cwd: '/tmp', config: loadConfig(undefined, dir), threads: 1 });
globalThis.gc?.();
console.log(process.memoryUsage());
const file = writeHeapSnapshot('/tmp/h.heapsnapshot');
console.log(file, result.findings.length);
