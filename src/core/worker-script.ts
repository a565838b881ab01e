/**
 * What a worker thread runs: the bundle's own entry (dist/<name>.mjs) when running from the
 * bundle; under tsx (the tests, development) the TypeScript module beside the caller, through
 * tsx, which the worker registers itself (`--import tsx` in execArgv does not reach a worker's
 * loader).
 */
import { pathToFileURL } from 'node:url';
import { packageFile } from './package-files.js';

export interface WorkerScript {
  /** The module's URL, or (with eval) code that loads it. */
  script: string | URL;
  eval: boolean;
}

/** `name`'s script for a caller at `callerUrl` (its import.meta.url). */
export function workerScript(name: string, callerUrl: string): WorkerScript {
  if (!callerUrl.endsWith('.ts')) return { script: pathToFileURL(packageFile('dist', `${name}.mjs`)), eval: false };
  const source = new URL(`./${name}.ts`, callerUrl).href;
  const api = import.meta.resolve('tsx/esm/api');
  const register = `(tsx) => { tsx.register(); return import(${JSON.stringify(source)}); }`;
  return { script: `import(${JSON.stringify(api)}).then(${register});`, eval: true };
}
