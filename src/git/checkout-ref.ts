/**
 * A commit's tree checked out beside the work tree, for --new-only: what REF holds, as files a
 * run can lint. It is a git work tree of its own (so a run there lists its files with git, as in
 * the real one) in a temporary directory, whose objects are the repository's own through
 * `objects/info/alternates` (gitrepository-layout(5)): nothing is copied or fetched, and the
 * repository itself (its index, its worktree list, its refs) is not touched. The checkout sits at
 * the same absolute path under the temporary directory as the work tree, so names relative to a
 * working directory come out the same in both.
 */
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { onInterrupt } from '../core/interrupt.js';
import { UsageError } from '../core/errors.js';
import { git, gitText, resolveCommit, workTreeTop } from './git.js';

export interface RefCheckout {
  ref: string;
  /** The commit REF names, a full object id. */
  commit: string;
  /** The work tree's top (its real path). */
  top: string;
  /** A path of the real file system as it lies in the checkout (the work tree's files are REF's there). */
  map(abs: string): string;
  /** Whether a path is inside the work tree (and so has REF's version in the checkout). */
  inside(abs: string): boolean;
  dispose(): void;
}

export function checkoutRef(cwd: string, ref: string, option: string): RefCheckout {
  const top = workTreeTop(cwd);
  if (!top) throw new UsageError(`${option} ${ref}: ${cwd} is not in a git work tree (or git is not installed)`);
  const realTop = realpathSync(top);
  const commit = resolveCommit(realTop, ref, option);
  const objects = path.resolve(realTop, gitText(['rev-parse', '--git-common-dir'], { cwd: realTop }), 'objects');
  const root = mkdtempSync(path.join(tmpdir(), 'edgenet-ref-'));
  const remove = () => rmSync(root, { recursive: true, force: true });
  // Interrupted while REF is linted (its renders listen for Ctrl-C), its checkout goes too.
  const release = onInterrupt(remove);
  const real = (abs: string): string => {
    try {
      return realpathSync(abs);
    } catch {
      // Not on disk (a file REF has and the work tree does not): its directory's real path.
      return path.join(real(path.dirname(abs)), path.basename(abs));
    }
  };
  try {
    const dest = path.join(root, realTop);
    mkdirSync(dest, { recursive: true });
    git(['init', '-q', dest], { cwd: root });
    writeFileSync(path.join(dest, '.git', 'objects', 'info', 'alternates'), `${objects}\n`);
    // No filters (git-lfs, a smudge that needs a secret or the network), no line-end or ident
    // conversion: info/attributes overrides every .gitattributes of the tree.
    mkdirSync(path.join(dest, '.git', 'info'), { recursive: true });
    writeFileSync(
      path.join(dest, '.git', 'info', 'attributes'),
      '* -filter -text -eol -ident -working-tree-encoding\n',
    );
    // No hooks, no detached-HEAD advice: the files exactly as REF's tree holds them.
    git(['-c', 'core.hooksPath=/dev/null', '-c', 'advice.detachedHead=false', 'checkout', '-q', '--detach', commit], {
      cwd: dest,
    });
  } catch (error) {
    release();
    remove();
    throw error;
  }
  return {
    ref,
    commit,
    top: realTop,
    map: (abs) => path.join(root, real(abs)),
    inside: (abs) => {
      const rel = path.relative(realTop, real(abs));
      return !rel.startsWith('..') && !path.isAbsolute(rel);
    },
    dispose: () => {
      release();
      remove();
    },
  };
}
