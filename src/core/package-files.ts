/**
 * Files shipped in the package (the compiled policy), found from wherever this code runs: src/
 * under tsx or the dist/ bundle.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

export function packageRoot(): string {
  if (root) return root;
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'edgenet') {
      root = dir;
      return dir;
    }
    if (path.dirname(dir) === dir) throw new Error('cannot find the edgenet package root');
  }
}

export function packageFile(...parts: string[]): string {
  return path.join(packageRoot(), ...parts);
}

export function packageVersion(): string {
  return JSON.parse(readFileSync(packageFile('package.json'), 'utf8')).version as string;
}
