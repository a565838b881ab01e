/** A private temporary directory for one render: the tool's HOME, generated files, removed afterwards. */
import { mkdirSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { onInterrupt } from '../core/interrupt.js';

export interface Workspace {
  /** Real path (no symbolic link in it), so that relative paths from here resolve as written. */
  dir: string;
  /** The tool's HOME and TMPDIR. */
  home: string;
  dispose(): void;
}

export function makeWorkspace(prefix: string, parent: string = tmpdir()): Workspace {
  const dir = realpathSync(mkdtempSync(path.join(parent, `edgenet-${prefix}-`)));
  const home = path.join(dir, 'home');
  mkdirSync(home);
  const remove = () => {
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // A leftover temporary directory is not worth failing a lint for.
    }
  };
  const release = onInterrupt(remove);
  return {
    dir,
    home,
    dispose: () => {
      release();
      remove();
    },
  };
}
