/**
 * Which files are read: inside a git work tree, git's list (tracked, and untracked but not
 * ignored); with a trusted ref, an untracked file is hidden only when the ref's .gitignore hides
 * it too.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { discoverFiles } from '../../src/discover/discover-files.js';
import { workTreeTop } from '../../src/git/git.js';
import { Trust } from '../../src/git/trust.js';

const work = mkdtempSync(path.join(tmpdir(), 'edgenet-git-files-'));
after(() => rmSync(work, { recursive: true, force: true }));

function files(root: string, entries: Record<string, string>): void {
  for (const [name, text] of Object.entries(entries)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
}

function repo(name: string, committed: Record<string, string>): { root: string; git: (...a: string[]) => void } {
  const root = path.join(work, name);
  mkdirSync(root, { recursive: true });
  files(root, committed);
  const git = (...args: string[]) => {
    execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd: root, stdio: 'pipe' });
  };
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-qm', 'base', '--no-verify');
  return { root, git };
}

const names = (root: string, options: { trust?: Trust } = {}) =>
  discoverFiles(['.'], { cwd: root, ...options })
    .files.map((f) => f.display)
    .sort();

test('the top of a work tree, from anywhere in it; none inside .git, a bare repository or no repository', () => {
  const { root } = repo('top', { 'apps/deep/a.yaml': 'a: 1\n' });
  const real = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: root, encoding: 'utf8' }).trim();
  assert.equal(workTreeTop(root), real);
  assert.equal(workTreeTop(path.join(root, 'apps', 'deep')), real);
  assert.equal(workTreeTop(path.join(root, '.git')), undefined);
  const bare = path.join(work, 'bare.git');
  execFileSync('git', ['init', '-q', '--bare', bare]);
  assert.equal(workTreeTop(bare), undefined);
  // Outside the repository: what git itself says there (no work tree, unless one holds the OS's
  // temporary directory).
  const outside = path.join(work, 'no-repository');
  mkdirSync(outside);
  let expected: string | undefined;
  try {
    expected = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: outside, stdio: 'pipe' }).toString().trim();
  } catch {
    expected = undefined;
  }
  assert.equal(workTreeTop(outside), expected);
});

test('in a git work tree a .gitignore hides untracked files only: a committed manifest is always read', () => {
  const { root, git } = repo('tracked', { 'apps/a.yaml': 'a: 1\n', 'b.yaml': 'b: 1\n' });
  files(root, { '.gitignore': '*.yaml\n!keep.yaml\n', 'new.yaml': 'n: 1\n', 'keep.yaml': 'k: 1\n' });
  git('add', '.gitignore', 'keep.yaml');
  git('commit', '-qm', 'ignore everything', '--no-verify');
  assert.deepEqual(names(root), ['apps/a.yaml', 'b.yaml', 'keep.yaml']);
});

test('with a trusted ref, what the change newly ignores is read; what the ref ignores stays out', () => {
  const { root, git } = repo('trusted', { '.gitignore': 'build/\n', 'a.yaml': 'a: 1\n' });
  git('checkout', '-q', '-b', 'change');
  files(root, {
    '.gitignore': 'build/\nrendered/\n*.gen.yaml\n',
    'rendered/all.yaml': 'r: 1\n',
    'x.gen.yaml': 'g: 1\n',
    'build/out.yaml': 'o: 1\n',
  });
  git('add', '.gitignore');
  git('commit', '-qm', 'hide the rendered files', '--no-verify');
  assert.deepEqual(names(root), ['a.yaml']);
  const trust = Trust.open({ cwd: root, start: root, ref: 'main', option: '--trust-from' });
  assert.deepEqual(names(root, { trust }), ['a.yaml', 'rendered/all.yaml', 'x.gen.yaml']);
});
