/**
 * Each rule's failing and passing example is its fixture repository, fixtures/rules/<id>/fail
 * and /pass: the same files the tests lint, so the examples `explain` shows cannot rot.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { packageFile } from '../core/package-files.js';

export interface ExampleFile {
  name: string;
  text: string;
}

export interface Example {
  /** The fixture directory, relative to the package root. */
  dir: string;
  files: ExampleFile[];
}

export function ruleExample(ruleId: string, kind: 'fail' | 'pass'): Example | undefined {
  const dir = packageFile('fixtures', 'rules', ...ruleId.split('/'), kind);
  if (!existsSync(dir)) return undefined;
  return { dir: ['fixtures', 'rules', ruleId, kind].join('/'), files: walk(dir, dir) };
}

function walk(dir: string, root: string): ExampleFile[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((e) => {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) return walk(p, root);
      return [{ name: path.relative(root, p).split(path.sep).join('/'), text: readFileSync(p, 'utf8') }];
    });
}
