/**
 * Errors that end a run with exit code 2 and a one-line reason. Anything else that escapes is a
 * bug and is reported as an internal error.
 */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A configuration problem, with the place in the configuration file when there is one. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(file ? `${file}${line ? `:${line}:${column ?? 1}` : ''}: ${message}` : message);
  }
}
