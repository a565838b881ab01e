/** What a command runs against (arguments, directory, environment, streams) and what it ends with. */

export interface Io {
  argv: readonly string[];
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Stdin, at most `limit + 1` bytes of it (a larger input is over the limit and need not be read). */
  readStdin: (limit: number) => Buffer;
  stdoutIsTTY: boolean;
}

export const EXIT = { ok: 0, findings: 1, failure: 2 } as const;
