/**
 * Globs of the configuration (include, exclude, ignore[].paths, clusters[].paths), matched in
 * time linear in the pattern times the path. picomatch compiles a glob to a backtracking regular
 * expression: `**\/*a*a*a*a*a*b` took 1.4 s against one 120-character name and
 * `**\/*a*\/**\/*a*\/**\/*a*\/**\/b` 8.5 s against a path 20 directories deep (measured with
 * picomatch 4.0.7), and a pull request chooses its file names. Here a `*` is matched the way
 * wildcard matchers match it, resuming only from the last star (so no choice is tried twice),
 * and `**` the same way over whole path segments.
 *
 * The syntax: `*` (any characters but `/`, at least one when it is the whole segment), `?` (one
 * character), `[abc]` `[a-z]` `[!a]` `[^a]` (one character of a class), `**` as a whole segment
 * (any number of segments), `{a,b}` and `{1..3}` (alternatives, nested), `\` (the next character
 * as it is), a leading `!` (not), a trailing `/` (a directory). Every character matches dotfiles.
 * Extglobs (`@(a|b)`, `+(a)` ...) and POSIX classes (`[[:alpha:]]`) are refused with a GlobError,
 * not misread.
 */

export class GlobError extends Error {
  override name = 'GlobError';
}

type Atom =
  | { kind: 'char'; c: string }
  | { kind: 'any' }
  | { kind: 'class'; negated: boolean; chars: string[]; ranges: [string, string][] }
  | { kind: 'star' };

/** A path segment of a pattern: `**`, any one segment, or atoms matched against one segment of the path. */
type Segment = { kind: 'globstar' } | { kind: 'one' } | { kind: 'atoms'; atoms: Atom[] };

export interface Glob {
  negated: boolean;
  alternatives: Segment[][];
}

/** Brace alternatives one pattern may expand to. */
export const MAX_ALTERNATIVES = 256;
export const MAX_GLOB_LENGTH = 1024;

/** A predicate true when any of `patterns` matches (as picomatch's list form). */
export function compileGlobs(patterns: readonly string[]): (path: string) => boolean {
  const globs = patterns.map(compileGlob);
  return (input) => globs.some((g) => matchGlob(g, input));
}

export function compileGlob(pattern: string): Glob {
  if (pattern.length > MAX_GLOB_LENGTH) throw new GlobError(`is longer than ${MAX_GLOB_LENGTH} characters`);
  let negated = false;
  let body = pattern;
  while (body.startsWith('!') && !body.startsWith('!(')) {
    negated = !negated;
    body = body.slice(1);
  }
  checkExtglob(body);
  body = body.replace(/^(\.\/)+/, '');
  const alternatives = expandBraces(body).map(parseSegments);
  return { negated, alternatives };
}

export function matchGlob(glob: Glob, input: string): boolean {
  if (input === '') return glob.negated;
  const path = input.replace(/^(\.\/)+/, '');
  const segments = path.split('/');
  // "dir/" is the directory dir: its last segment is empty, which only `**` or a trailing `/`
  // match; or, as picomatch has it, a pattern that ends in `*` (`*` matches "x/").
  const dir = segments.length > 1 && segments[segments.length - 1] === '' ? segments.slice(0, -1) : undefined;
  const hit = glob.alternatives.some(
    (alt) => matchSegments(alt, segments) || (dir !== undefined && endsWithStar(alt) && matchSegments(alt, dir)),
  );
  return glob.negated ? !hit : hit;
}

function checkExtglob(body: string): void {
  let inClass = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === '[' && body[i + 1] === ':')
        throw new GlobError('uses a POSIX character class ([[:alpha:]]): write the characters ([a-zA-Z])');
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = body.indexOf(']', i + 2) > 0;
    else if (c === '(' && i > 0 && '@!+*?'.includes(body[i - 1]!))
      throw new GlobError(
        `uses an extglob (${body.slice(i - 1, i + 1)}...): write alternatives as {a,b}, or \\( for a parenthesis`,
      );
  }
}

/** `a{b,c{d,e}}f` as [abf, acdf, acef]; `{1..3}` as 1, 2, 3; a brace without a comma or range is text. */
function expandBraces(pattern: string): string[] {
  const open = findBrace(pattern);
  if (!open) return [pattern];
  const { start, end, options } = open;
  const out: string[] = [];
  const tails = expandBraces(pattern.slice(end + 1));
  for (const option of options) {
    for (const head of expandBraces(option)) {
      for (const tail of tails) {
        out.push(pattern.slice(0, start) + head + tail);
        if (out.length > MAX_ALTERNATIVES) throw new GlobError(`expands to more than ${MAX_ALTERNATIVES} alternatives`);
      }
    }
  }
  return out;
}

/** The first `{...}` with a comma or a range at its top level, with its options; escapes and classes skipped. */
function findBrace(p: string): { start: number; end: number; options: string[] } | undefined {
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[') {
      const close = classEnd(p, i);
      if (close > 0) i = close;
      continue;
    }
    if (c !== '{') continue;
    let depth = 0;
    const commas: number[] = [];
    for (let j = i; j < p.length; j++) {
      const d = p[j]!;
      if (d === '\\') {
        j++;
        continue;
      }
      if (d === '{') depth++;
      else if (d === '}') {
        depth--;
        if (depth === 0) {
          const inner = p.slice(i + 1, j);
          if (commas.length > 0) {
            const options: string[] = [];
            let from = i + 1;
            for (const k of commas) {
              options.push(p.slice(from, k));
              from = k + 1;
            }
            options.push(p.slice(from, j));
            return { start: i, end: j, options };
          }
          const range = /^(-?\d+)\.\.(-?\d+)$|^([a-zA-Z])\.\.([a-zA-Z])$/.exec(inner);
          if (range) return { start: i, end: j, options: rangeOptions(range) };
          break;
        }
      } else if (d === ',' && depth === 1) commas.push(j);
    }
  }
  return undefined;
}

function rangeOptions(m: RegExpExecArray): string[] {
  const numeric = m[1] !== undefined;
  const from = numeric ? Number(m[1]) : m[3]!.charCodeAt(0);
  const to = numeric ? Number(m[2]) : m[4]!.charCodeAt(0);
  if (Math.abs(to - from) >= MAX_ALTERNATIVES)
    throw new GlobError(`expands to more than ${MAX_ALTERNATIVES} alternatives`);
  const out: string[] = [];
  const step = from <= to ? 1 : -1;
  for (let v = from; v !== to + step; v += step) out.push(numeric ? String(v) : String.fromCharCode(v));
  return out;
}

/** The index of the `]` that closes the class opened at `open`, or -1 (then `[` is a character). */
function classEnd(p: string | readonly string[], open: number): number {
  let i = open + 1;
  if (p[i] === '!' || p[i] === '^') i++;
  if (p[i] === ']') i++;
  for (; i < p.length; i++) {
    if (p[i] === '\\') i++;
    else if (p[i] === ']') return i;
  }
  return -1;
}

function parseSegments(pattern: string): Segment[] {
  const texts = splitSegments(pattern);
  const segments: Segment[] = texts.map((text) =>
    text === '**' ? { kind: 'globstar' } : { kind: 'atoms', atoms: parseAtoms(text) },
  );
  // picomatch: `a/**` matches the directory a itself, but `*/**` and `a*/**` only what is inside one.
  const n = segments.length;
  const before = segments[n - 2];
  if (segments[n - 1]?.kind === 'globstar' && before?.kind === 'atoms' && before.atoms.at(-1)?.kind === 'star')
    segments.splice(n - 1, 0, { kind: 'one' });
  return segments;
}

/** Split at `/`, but not at an escaped one. */
function splitSegments(p: string): string[] {
  const out: string[] = [];
  let current = '';
  for (let i = 0; i < p.length; i++) {
    if (p[i] === '\\' && i + 1 < p.length) {
      current += p[i]! + p[i + 1]!;
      i++;
    } else if (p[i] === '/') {
      out.push(current);
      current = '';
    } else current += p[i]!;
  }
  out.push(current);
  return out;
}

function parseAtoms(text: string): Atom[] {
  const atoms: Atom[] = [];
  const chars = Array.from(text);
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c === '\\' && i + 1 < chars.length) {
      atoms.push({ kind: 'char', c: chars[++i]! });
    } else if (c === '*') {
      if (atoms[atoms.length - 1]?.kind !== 'star') atoms.push({ kind: 'star' });
    } else if (c === '?') {
      atoms.push({ kind: 'any' });
    } else if (c === '[') {
      const close = classEnd(chars, i);
      if (close < 0) {
        atoms.push({ kind: 'char', c });
        continue;
      }
      atoms.push(parseClass(chars.slice(i + 1, close)));
      i = close;
    } else atoms.push({ kind: 'char', c });
  }
  return atoms;
}

function parseClass(body: string[]): Atom {
  let i = 0;
  let negated = false;
  if (body[0] === '!' || body[0] === '^') {
    negated = true;
    i = 1;
  }
  const chars: string[] = [];
  const ranges: [string, string][] = [];
  for (; i < body.length; i++) {
    let c = body[i]!;
    if (c === '\\' && i + 1 < body.length) c = body[++i]!;
    if (body[i + 1] === '-' && i + 2 < body.length) {
      let to = body[i + 2]!;
      i += 2;
      if (to === '\\' && i + 1 < body.length) to = body[++i]!;
      ranges.push([c, to]);
    } else chars.push(c);
  }
  return { kind: 'class', negated, chars, ranges };
}

function endsWithStar(pattern: readonly Segment[]): boolean {
  const last = pattern[pattern.length - 1];
  return last?.kind === 'atoms' && last.atoms[last.atoms.length - 1]?.kind === 'star';
}

/** `**` matches any run of whole segments; on a miss, only the last `**` takes one more segment. */
function matchSegments(pattern: readonly Segment[], path: readonly string[]): boolean {
  let p = 0;
  let s = 0;
  let starP = -1;
  let starS = 0;
  while (s < path.length) {
    const seg = pattern[p];
    if (seg?.kind === 'globstar') {
      starP = p++;
      starS = s;
      continue;
    }
    if (seg && (seg.kind === 'one' || matchAtoms(seg.atoms, path[s]!))) {
      p++;
      s++;
      continue;
    }
    if (starP < 0) return false;
    p = starP + 1;
    s = ++starS;
  }
  while (pattern[p]?.kind === 'globstar') p++;
  return p === pattern.length;
}

/**
 * One segment: `*` any run of characters, resumed only from the last star on a miss (linear in
 * practice, O(n·m) at worst).
 */
function matchAtoms(atoms: readonly Atom[], text: string): boolean {
  if (text === '') return atoms.length === 0;
  const chars = Array.from(text);
  let a = 0;
  let i = 0;
  let starA = -1;
  let starI = 0;
  while (i < chars.length) {
    const atom = atoms[a];
    if (atom?.kind === 'star') {
      starA = a++;
      starI = i;
      continue;
    }
    if (atom && matchOne(atom, chars[i]!)) {
      a++;
      i++;
      continue;
    }
    if (starA < 0) return false;
    a = starA + 1;
    i = ++starI;
  }
  while (atoms[a]?.kind === 'star') a++;
  return a === atoms.length;
}

function matchOne(atom: Exclude<Atom, { kind: 'star' }>, c: string): boolean {
  switch (atom.kind) {
    case 'char':
      return atom.c === c;
    case 'any':
      return true;
    case 'class': {
      const inClass = atom.chars.includes(c) || atom.ranges.some(([from, to]) => from <= c && c <= to);
      return inClass !== atom.negated;
    }
  }
}
