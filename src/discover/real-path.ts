/** Where a path really is, symbolic links resolved: what "inside the repository" is judged on. */
import { realpathSync } from 'node:fs';

/** The real path, or the path itself when it does not exist (nothing to follow). */
export function realOrSelf(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}
