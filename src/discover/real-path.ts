/** Where a path really is, symbolic links resolved: what "inside the repository" is judged on. */
import { realpathSync } from 'node:fs';
import path from 'node:path';

/** The real path, or the path itself when it does not exist (nothing to follow). */
export function realOrSelf(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

/** Whether a path, really, lies outside a top directory given as a real path (no top: nothing is). */
export function isOutside(realTop: string | undefined, p: string): boolean {
  if (realTop === undefined) return false;
  const rel = path.relative(realTop, realOrSelf(p));
  return rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel);
}
