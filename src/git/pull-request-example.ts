/**
 * An example of a pull request, for `explain` and docs/rules.md: a fixture directory whose
 * `trust-from/` holds the files as the base branch has them, and whose other files are the
 * pull request's. It becomes a real git repository in a temporary directory (the base committed
 * on `main`, the pull request's files in the work tree) to be linted with `--trust-from main`.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { git } from './git.js';
import { Trust } from './trust.js';

export const BASE_DIR = 'trust-from';
export const EXAMPLE_BASE_BRANCH = 'main';

export interface PullRequestRepo {
  cwd: string;
  trust: Trust;
  dispose(): void;
}

export function pullRequestRepo(fixture: string): PullRequestRepo {
  const cwd = mkdtempSync(path.join(tmpdir(), 'edgenet-example-'));
  try {
    cpSync(path.join(fixture, BASE_DIR), cwd, { recursive: true });
    // Neither the user's hooks nor their signing keys take part: the example is the same everywhere.
    const quiet = ['-c', 'core.hooksPath=/dev/null', '-c', 'commit.gpgsign=false'];
    const who = ['-c', 'user.name=edgenet', '-c', 'user.email=edgenet@example.invalid'];
    git(['init', '-q', '-b', EXAMPLE_BASE_BRANCH], { cwd });
    git(['add', '-A'], { cwd });
    git([...quiet, ...who, 'commit', '-q', '--no-verify', '-m', 'base'], { cwd });
    for (const name of readdirSync(cwd)) if (name !== '.git') rmSync(path.join(cwd, name), { recursive: true });
    cpSync(fixture, cwd, { recursive: true, filter: (src) => path.relative(fixture, src) !== BASE_DIR });
    const trust = Trust.open({ cwd, start: cwd, ref: EXAMPLE_BASE_BRANCH, option: '--trust-from' });
    return { cwd, trust, dispose: () => rmSync(cwd, { recursive: true, force: true }) };
  } catch (error) {
    rmSync(cwd, { recursive: true, force: true });
    throw error;
  }
}
