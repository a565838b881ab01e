import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { after, test } from 'node:test';
import { discoverFiles } from '../src/discover/discover-files.js';
import { UsageError } from '../src/core/errors.js';

const dirs: string[] = [];
after(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'edgenet-discover-'));
  dirs.push(root);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

test('walks in sorted order, data files only, relative names with /', () => {
  const root = tree({ 'b.yaml': '', 'a/z.yml': '', 'a/y.json': '', 'README.md': '', 'C.YAML': '', 'a/x.txt': '' });
  const { files, skipped } = discoverFiles(['.'], { cwd: root });
  assert.deepEqual(
    files.map((f) => f.display),
    ['C.YAML', 'a/y.json', 'a/z.yml', 'b.yaml'],
  );
  assert.deepEqual(skipped, []);
});

test('honours .gitignore files at every level, and the repository top above the walked directory', () => {
  const root = tree({
    '.git/HEAD': '',
    '.gitignore': 'generated/\n*.secret.yaml\n',
    'repo/generated/x.yaml': '',
    'repo/keep.yaml': '',
    'repo/a.secret.yaml': '',
    'repo/sub/.gitignore': 'local.yaml\n!keep-me.secret.yaml\n',
    'repo/sub/local.yaml': '',
    'repo/sub/ok.yaml': '',
  });
  const { files } = discoverFiles(['repo'], { cwd: root });
  assert.deepEqual(
    files.map((f) => f.display),
    ['repo/keep.yaml', 'repo/sub/ok.yaml'],
  );
});

test('include and exclude globs from the configuration', () => {
  const root = tree({
    'charts/x/templates/a.yaml': '',
    'charts/x/values.yaml': '',
    'infra/a.yaml': '',
    'infra/b.json': '',
  });
  const { files } = discoverFiles(['.'], {
    cwd: root,
    base: root,
    include: ['**/*.yaml'],
    exclude: ['charts/**/templates/**'],
  });
  assert.deepEqual(
    files.map((f) => f.display),
    ['charts/x/values.yaml', 'infra/a.yaml'],
  );
});

test('explicit files are read whatever their extension; stdin is named by --stdin-filename', () => {
  const root = tree({ 'kustomization.txt': '' });
  const { files } = discoverFiles(['kustomization.txt', '-'], { cwd: root, stdinFilename: 'from-stdin.yaml' });
  assert.deepEqual(
    files.map((f) => [f.display, f.absolute === '-']),
    [
      ['kustomization.txt', false],
      ['from-stdin.yaml', true],
    ],
  );
});

test('symlinks: out of the root, loops and directories are reported, never followed; inside links are read', () => {
  const outside = tree({ 'secret.yaml': 'password: x\n' });
  const root = tree({ 'real.yaml': '', 'dir/x.yaml': '' });
  symlinkSync(path.join(outside, 'secret.yaml'), path.join(root, 'leak.yaml'));
  symlinkSync(path.join(root, 'loop-b.yaml'), path.join(root, 'loop-a.yaml'));
  symlinkSync(path.join(root, 'loop-a.yaml'), path.join(root, 'loop-b.yaml'));
  symlinkSync(path.join(root, 'real.yaml'), path.join(root, 'alias.yaml'));
  symlinkSync(path.join(root, 'dir'), path.join(root, 'linked.yaml'));
  const { files, skipped } = discoverFiles(['.'], { cwd: root });
  assert.deepEqual(
    files.map((f) => f.display),
    ['alias.yaml', 'dir/x.yaml', 'real.yaml'],
  );
  assert.deepEqual(skipped, [
    { display: 'leak.yaml', reason: 'symlink points outside the repository: not read' },
    { display: 'linked.yaml', reason: 'symlink to a directory: not followed' },
    { display: 'loop-a.yaml', reason: 'symlink loop: not followed' },
    { display: 'loop-b.yaml', reason: 'symlink loop: not followed' },
  ]);
});

test('a path that does not exist is a usage error', () => {
  const root = tree({});
  assert.throws(() => discoverFiles(['nope'], { cwd: root }), UsageError);
});

test('node_modules is never walked: packages, and the facts cache edgenet writes there', () => {
  const files = {
    'a.yaml': '',
    'node_modules/.cache/edgenet/facts.json': '{}',
    'node_modules/pkg/chart.yaml': '',
    'apps/node_modules/x.yaml': '',
  };
  const plain = tree(files);
  assert.deepEqual(
    discoverFiles(['.'], { cwd: plain }).files.map((f) => f.display),
    ['a.yaml'],
  );
  // In a git work tree the list comes from git ls-files (untracked files included).
  const repo = tree(files);
  execFileSync('git', ['init', '-q'], { cwd: repo });
  assert.deepEqual(
    discoverFiles(['.'], { cwd: repo }).files.map((f) => f.display),
    ['a.yaml'],
  );
});
