/**
 * The quickest reading: block-style YAML, as nearly every manifest is written, read line by line
 * into the documents the fast path (js-yaml with go-yaml's scalars, fast-load.ts) gives, in about
 * half its time. It reads a subset: block mappings and sequences, plain and quoted scalars (over
 * one line or several), one-line flow sequences and mappings of scalars, literal and folded block
 * scalars, CloudFormation and ROS short forms (`!Ref X`), comments, and `---` between documents.
 * At anything else it gives up at once and the file goes to fastLoad: anchors, aliases, other
 * tags, nested flow collections, a null, float or date key (`~:`, `1.5:`), a merge key, a
 * repeated key, a tab outside a block scalar, YAML 1.1's line breaks (U+0085, U+2028, U+2029),
 * characters js-yaml refuses, a directive, or anything it does not expect.
 *
 * Giving up costs only the time spent; a wrong reading would be a wrong finding. So the subset is
 * kept to what this file can read exactly, and test/parse/block-load.test.ts holds every reading
 * it gives to fastLoad's (or, where fastLoad's gate sends a file to the careful path, the careful
 * path's) on the real corpus, the YAML test suite, generated manifests and random edits of them.
 */
import { jsonKey, KEY_LENGTH_LIMIT, keepsText, resolve } from './go-yaml-scalars.js';
import { INTRINSICS, intrinsicFromTag } from './intrinsics.js';

export interface LoadedDocument {
  index: number;
  data: unknown;
}

/** Thrown where the text leaves the subset; caught once, in blockLoad. */
const GIVE_UP = new Error('not block-style YAML this reader reads');
/**
 * Collections nested deeper than this are left to fastLoad: the reader recurses (past a few
 * thousand levels the stack would overflow), and no manifest nests beyond a few dozen.
 */
const MAX_DEPTH = 1000;

/** Nearly every manifest: printable ASCII and line feeds, which need no look for ODD_CHARACTER. */
const ONLY_PRINTABLE_ASCII = /^[\n\x20-\x7E]*$/;
/**
 * Characters js-yaml refuses anywhere (PATTERN_NON_PRINTABLE), a byte-order mark inside the text,
 * and what YAML 1.1 (go-yaml) counts as a line break and js-yaml does not.
 */
const ODD_CHARACTER = new RegExp(
  String.raw`[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFEFF\uFFFE\uFFFF\u2028\u2029]` +
    // a lone surrogate
    String.raw`|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]`,
);

/** The documents of a text, or undefined where it leaves the subset. Empty documents are left out. */
export function blockLoad(input: string): LoadedDocument[] | undefined {
  if (!ONLY_PRINTABLE_ASCII.test(input) && ODD_CHARACTER.test(input)) return undefined;
  let text = input;
  if (text.includes('\r')) {
    // A lone CR is a line break to YAML; CRLF is one break, as LF (both readers normalise it in scalars).
    if (/\r(?!\n)/.test(text)) return undefined;
    text = text.replaceAll('\r\n', '\n');
  }
  try {
    return new LineReader(text).documents();
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    throw error;
  }
}

const SPACE = 32;
const HASH = 35;
const DASH = 45;
const COLON = 58;

const BANG = 33;

/** The CloudFormation and ROS short forms the reader reads (`!Ref`, `!GetAtt`, `!Sub` ...). */
const SHORT_FORMS = new Set(INTRINSICS.map((name) => `!${name}`));

/** The first character of a plain scalar YAML forbids (or that starts something else: a tag, an anchor ...). */
const NOT_PLAIN_START = new Set([...',[]{}#&*!|>\'"%@`?:']);

class LineReader {
  private readonly lines: string[];
  /** The current line. */
  private i = 0;
  /** skipBlank's last answer, for line `seen` (it is asked again after each value). */
  private seen = -1;
  private at = -1;
  /** Tabs are looked for line by line only in a text that has one. */
  private readonly tabs: boolean;

  constructor(text: string) {
    this.tabs = text.includes('\t');
    this.lines = text.split('\n');
    // The text's last line break ends a line; it does not start one.
    if (this.lines[this.lines.length - 1] === '') this.lines.pop();
  }

  documents(): LoadedDocument[] {
    const out: LoadedDocument[] = [];
    // js-yaml's numbering: each `---` starts a document, but the first one when nothing came before it.
    let index = 0;
    let opened = false;
    const lines = this.lines;
    for (;;) {
      const indent = this.skipBlank();
      if (indent < 0) return out;
      const line = lines[this.i]!;
      if (line.startsWith('---') || line.startsWith('...')) {
        if (!/^---[ ]*(?:[ ]#.*)?$/.test(line)) throw GIVE_UP;
        if (opened) index++;
        opened = true;
        this.i++;
        continue;
      }
      if (line.charCodeAt(0) === 37 /* % */) throw GIVE_UP;
      const data = this.collection(indent, -1, 0);
      out.push({ index, data });
      opened = true;
      // A document holds one node: what follows it is a marker or the end.
      if (this.skipBlank() >= 0 && !lines[this.i]!.startsWith('---')) throw GIVE_UP;
    }
  }

  /**
   * Moves past blank lines and comment lines to the next line with content, and gives its
   * indentation, or -1 at the end. A line with a tab is left to fastLoad (every line but a block
   * scalar's passes here).
   */
  private skipBlank(): number {
    if (this.seen === this.i) return this.at;
    const lines = this.lines;
    let at = -1;
    for (; this.i < lines.length; this.i++) {
      const line = lines[this.i]!;
      const spaces = indentOf(line);
      if (spaces < line.length && line.charCodeAt(spaces) !== HASH) {
        if (this.tabs && line.includes('\t')) throw GIVE_UP;
        at = spaces;
        break;
      }
    }
    this.seen = this.i;
    this.at = at;
    return at;
  }

  /** The block collection whose first line is the current one, at column `indent`, inside one at `parent`. */
  private collection(indent: number, parent: number, depth: number): unknown {
    const line = this.lines[this.i]!;
    if (isItem(line, indent)) return this.sequence(indent, depth);
    const key = keyAt(line, indent);
    if (key) return this.mapping(indent, key, depth);
    if (parent < 0) throw GIVE_UP; // a document that is one scalar
    // A scalar alone on its line under a key or an item (`key:\n  value`).
    const value = this.inlineValue(line, indent, parent);
    this.i++;
    this.endOfScalar(parent);
    return value;
  }

  /** A block sequence at column `indent`, from its first item on the current line. */
  private sequence(indent: number, depth: number): unknown[] {
    if (depth > MAX_DEPTH) throw GIVE_UP;
    const items: unknown[] = [];
    const lines = this.lines;
    for (;;) {
      const line = lines[this.i]!;
      const at = skipSpaces(line, indent + 1);
      if (at === line.length || line.charCodeAt(at) === HASH) {
        // `-` alone: the item is on the lines below, or is null.
        this.i++;
        items.push(this.nested(indent, false, depth + 1));
      } else if (isItem(line, at)) {
        // `- - x`: a sequence in an item, its items at this column (ROS templates' Fn::Join).
        items.push(this.sequence(at, depth + 1));
      } else if (line.charCodeAt(at) === BANG) {
        items.push(this.tagged(line, at, indent, depth + 1));
      } else {
        const key = keyAt(line, at);
        if (key) items.push(this.mapping(at, key, depth + 1));
        else {
          items.push(this.inlineValue(line, at, indent));
          this.i++;
          this.endOfScalar(indent);
        }
      }
      const next = this.skipBlank();
      if (next < indent) return items;
      if (next > indent) throw GIVE_UP;
      if (!isItem(lines[this.i]!, indent)) return items; // the mapping this sequence is a value of goes on
    }
  }

  /** A block mapping at column `indent`, from the key found on the current line. */
  private mapping(indent: number, first: Key, depth: number): Record<string, unknown> {
    if (depth > MAX_DEPTH) throw GIVE_UP;
    const map: Record<string, unknown> = {};
    const lines = this.lines;
    let key: Key | undefined = first;
    for (;;) {
      const line = lines[this.i]!;
      if (Object.hasOwn(map, key.name)) throw GIVE_UP; // a repeated key: the careful path reports it
      const at = skipSpaces(line, key.end);
      if (at === line.length || line.charCodeAt(at) === HASH) {
        this.i++;
        map[key.name] = this.nested(indent, true, depth + 1);
      } else if (line.charCodeAt(at) === BANG) {
        map[key.name] = this.tagged(line, at, indent, depth + 1);
      } else {
        map[key.name] = this.inlineValue(line, at, indent);
        this.i++;
        this.endOfScalar(indent);
      }
      const nextIndent = this.skipBlank();
      if (nextIndent < indent) return map;
      if (nextIndent > indent) throw GIVE_UP;
      const next = lines[this.i]!;
      // A document marker (or what starts like one) ends it; documents() decides.
      if (indent === 0 && (next.startsWith('---') || next.startsWith('...'))) return map;
      key = keyAt(next, indent);
      if (!key) throw GIVE_UP;
    }
  }

  /**
   * The value of a key or an item whose line ends after it: the collection or scalar on the lines
   * below, more indented than `indent` (or, for a key, a sequence at the key's own column), or null.
   */
  private nested(indent: number, ofKey: boolean, depth: number): unknown {
    const at = this.skipBlank();
    if (at < 0) return null;
    const line = this.lines[this.i]!;
    if (at > indent) return this.collection(at, indent, depth);
    if (ofKey && at === indent && isItem(line, at)) return this.sequence(at, depth);
    return null;
  }

  /** After a one-line scalar: a more indented line would continue it (or be an error). */
  private endOfScalar(parent: number): void {
    if (this.skipBlank() > parent) throw GIVE_UP;
  }

  /**
   * A CloudFormation or ROS short-form function at `at` (`Value: !Ref X`, `- !GetAtt A.B`,
   * `!If` over the lines below), in the long form fastLoad and the careful path give it
   * (intrinsics.ts): of its value as written (a tag is explicit: a plain scalar's text is not
   * resolved), a quoted, flow or block scalar or a flow collection on its line, or a collection
   * (block, or flow on one line) below, more indented than `parent`. Other tags (`!!str`, `!foo`,
   * `!<...>`), a tag with no value or a scalar below, and one that starts its line are left to
   * fastLoad. It leaves the reader on the line after the value.
   */
  private tagged(line: string, at: number, parent: number, depth: number): unknown {
    let end = at + 1;
    while (end < line.length && line.charCodeAt(end) !== SPACE) end++;
    const tag = line.slice(at, end);
    if (!SHORT_FORMS.has(tag) || at === indentOf(line)) throw GIVE_UP;
    let value: unknown;
    if (endsLine(line, end)) {
      this.i++;
      const below = this.skipBlank();
      if (below <= parent) throw GIVE_UP;
      value = this.collection(below, parent, depth);
      if (value === null || typeof value !== 'object') throw GIVE_UP;
    } else {
      value = this.inlineValue(line, skipSpaces(line, end), parent, true);
      this.i++;
      this.endOfScalar(parent);
    }
    return intrinsicFromTag(tag, value);
  }

  /**
   * A value that starts at `at` of the current line: a quoted or plain scalar, `[]`, `{}`, or a
   * block scalar (which reads the lines below; the caller then moves past its header line). A
   * tagged plain scalar (`tagged`) is its text.
   */
  private inlineValue(line: string, at: number, parent: number, tagged = false): unknown {
    const c = line.charCodeAt(at);
    if (c === 34 /* " */ || c === 39 /* ' */) {
      const quoted = quotedOnLine(line, at) ?? this.quotedOverLines(line, at, parent);
      if (!endsLine(this.lines[this.i]!, quoted.end)) throw GIVE_UP;
      return quoted.value;
    }
    if (c === 91 /* [ */) return flowSequence(line, at);
    if (c === 123 /* { */) return flowMapping(line, at);
    if (c === 124 /* | */ || c === 62 /* > */) {
      // A block scalar's header alone on its line (`key:\n  |`): rare, and its indentation subtle.
      if (at === indentOf(line)) throw GIVE_UP;
      return this.blockScalar(line, at, parent);
    }
    return this.plain(line, at, parent, tagged);
  }

  /**
   * A plain scalar from `at` to its comment or its line's end, and on the lines below that are
   * more indented than `parent` (controller-gen's CRD descriptions, ROS templates' texts), folded
   * as YAML folds them: a line break is a space, each empty line a line feed. It leaves the reader
   * on its last line. A comment or `: ` in a continuation line is left to fastLoad.
   */
  private plain(line: string, at: number, parent: number, tagged = false): unknown {
    const c = line.charCodeAt(at);
    // `-`, `:` and `?` start a plain scalar where text follows them (`record: :node_memory:sum`).
    const indicator =
      c === DASH || c === COLON || c === 63 /* ? */ ? separates(line, at + 1) : NOT_PLAIN_START.has(line[at]!);
    if (indicator) throw GIVE_UP;
    const comment = line.indexOf(' #', at);
    let text = plainText(trimEnd(line, at, comment < 0 ? line.length : comment));
    // After a comment the scalar has ended: a more indented line is an error (endOfScalar).
    if (comment >= 0) return tagged ? text : resolved(text);
    const lines = this.lines;
    let empty = 0;
    for (let j = this.i + 1; j < lines.length; j++) {
      const l = lines[j]!;
      const spaces = indentOf(l);
      if (spaces === l.length) {
        empty++;
        continue;
      }
      if (spaces <= parent || l.charCodeAt(spaces) === HASH) break;
      // An indicator starting a continuation line is text (`& Security`, `- b`); a comment in one is not.
      if ((this.tabs && l.includes('\t')) || l.includes(' #')) throw GIVE_UP;
      text += (empty > 0 ? '\n'.repeat(empty) : ' ') + plainText(trimEnd(l, spaces, l.length));
      empty = 0;
      this.i = j;
    }
    return tagged ? text : resolved(text);
  }

  /**
   * A quoted scalar that goes on below its first line (ROS templates' long descriptions), folded
   * as YAML folds it: a line's trailing spaces and the next one's indentation go, a line break is
   * a space, each empty line a line feed; a double-quoted line ending in a backslash joins the next
   * without a space. Its lines must be more indented than `parent`. It leaves the reader on its
   * last line.
   */
  private quotedOverLines(line: string, at: number, parent: number): Quoted {
    const double = line.charCodeAt(at) === 34;
    const lines = this.lines;
    let { value, escaped } = quotedLine(line, at + 1, double);
    for (let j = this.i + 1; ; j++) {
      let empty = 0;
      while (j < lines.length && indentOf(lines[j]!) === lines[j]!.length) {
        empty++;
        j++;
      }
      if (j >= lines.length) throw GIVE_UP; // never closed: an error
      // After an escaped line break, go-yaml keeps an empty line's line feed; js-yaml does not.
      if (escaped && empty > 0) throw GIVE_UP;
      const next = lines[j]!;
      const spaces = indentOf(next);
      if (spaces <= parent || (this.tabs && next.includes('\t'))) throw GIVE_UP;
      const part = quotedLine(next, spaces, double);
      value += escaped ? '' : empty > 0 ? '\n'.repeat(empty) : ' ';
      if (part.end !== undefined) {
        this.i = j;
        return { value: value + part.value, end: part.end };
      }
      value += part.value;
      escaped = part.escaped;
    }
  }

  /**
   * A literal (`|`) or folded (`>`) block scalar, clipped, stripped (`-`) or kept (`+`); its lines
   * follow the header's. It leaves the reader on its last line: the caller moves past it.
   */
  private blockScalar(line: string, at: number, parent: number): string {
    const header = /^[|>]([-+]?)[ ]*(?:[ ]#.*)?$/.exec(line.slice(at));
    if (!header) throw GIVE_UP; // an indentation indicator, or text after the header
    const folded = line.charCodeAt(at) === 62;
    const chomp = header[1];
    const lines = this.lines;
    // The content lines; those before the first text set nothing but their line breaks.
    let j = this.i + 1;
    let indent = -1;
    const content: string[] = [];
    let trailing = 0; // empty lines after the last text
    let leading = 0; // the most spaces on an empty line before the first text
    for (; j < lines.length; j++) {
      const l = lines[j]!;
      const spaces = indentOf(l);
      // A tab after a line's leading spaces: go-yaml may take it for indentation and refuse it.
      if (this.tabs && l.charCodeAt(spaces) === 9) throw GIVE_UP;
      if (spaces === l.length && (indent < 0 || spaces <= indent)) {
        if (indent < 0) leading = Math.max(leading, spaces);
        trailing++;
        continue;
      }
      if (indent < 0) {
        if (spaces <= parent) break;
        // An empty line before the text with more spaces than it: YAML refuses it (5LLU), js-yaml does not.
        if (leading > spaces) throw GIVE_UP;
        indent = spaces;
      } else if (spaces < indent) break;
      for (; trailing > 0; trailing--) content.push('');
      content.push(l.slice(indent));
    }
    if (indent < 0) throw GIVE_UP; // no text at all: rare, and its chomping is subtle
    this.i = j - 1 - trailing;
    // The reader moves on from the last text line; the empty lines after it are blank lines to it.
    let value: string;
    if (folded) {
      value = '';
      let empty = 0;
      for (let k = 0; k < content.length; k++) {
        const l = content[k]!;
        if (l === '') {
          empty++;
          continue;
        }
        const first = l.charCodeAt(0);
        if (first === SPACE || first === 9) throw GIVE_UP; // a more-indented line is not folded
        value += k === 0 || value === '' ? '\n'.repeat(empty) : empty === 0 ? ' ' : '\n'.repeat(empty);
        value += l;
        empty = 0;
      }
    } else value = content.join('\n');
    if (chomp === '-') return value;
    if (chomp === '+') return `${value}\n${'\n'.repeat(trailing)}`;
    return `${value}\n`;
  }
}

interface Key {
  name: string;
  /** Just past the `:`. */
  end: number;
}

function indentOf(line: string): number {
  let n = 0;
  while (line.charCodeAt(n) === SPACE) n++;
  return n;
}

/** `line` from `start` to `end`, spaces at its end left out. */
function trimEnd(line: string, start: number, end: number): string {
  let n = end;
  while (n > start && line.charCodeAt(n - 1) === SPACE) n--;
  return line.slice(start, n);
}

function skipSpaces(line: string, from: number): number {
  let n = from;
  while (line.charCodeAt(n) === SPACE) n++;
  return n;
}

/** `- ` (or `-` ending the line) at `at`. */
function isItem(line: string, at: number): boolean {
  if (line.charCodeAt(at) !== DASH) return false;
  const next = line.charCodeAt(at + 1);
  return next === SPACE || Number.isNaN(next);
}

/** Whether only spaces, or spaces and a comment, follow `at`. */
function endsLine(line: string, at: number): boolean {
  const n = skipSpaces(line, at);
  return n === line.length || (n > at && line.charCodeAt(n) === HASH);
}

/**
 * The key a line has at `at` (plain or quoted, then `:` and a space or the end), or undefined when
 * the text there is not a key. A plain key must be text, a boolean or an integer to go-yaml (not
 * `null`, a float or a date), and not a merge key or `__proto__`, which js-yaml treats specially.
 */
function keyAt(line: string, at: number): Key | undefined {
  const c = line.charCodeAt(at);
  if (c === 34 || c === 39) {
    // A quoted scalar that goes on over lines is not a key (a key has one line): a value, perhaps.
    const quoted = quotedOnLine(line, at);
    if (!quoted) return undefined;
    const colon = skipSpaces(line, quoted.end);
    if (line.charCodeAt(colon) !== COLON || !separates(line, colon + 1)) return undefined;
    if (colon - at >= KEY_LENGTH_LIMIT) throw GIVE_UP;
    if (quoted.value === '__proto__') throw GIVE_UP;
    return { name: quoted.value, end: colon + 1 };
  }
  if (NOT_PLAIN_START.has(line[at]!) || (c === DASH && separates(line, at + 1))) return undefined;
  let colon = line.indexOf(':', at);
  while (colon >= 0 && !separates(line, colon + 1)) colon = line.indexOf(':', colon + 1);
  if (colon < 0) return undefined;
  const comment = line.lastIndexOf(' #', colon);
  if (comment >= at) return undefined;
  if (colon - at >= KEY_LENGTH_LIMIT) throw GIVE_UP;
  let end = colon;
  while (line.charCodeAt(end - 1) === SPACE) end--;
  const name = line.slice(at, end);
  if (name === '<<' || name === '__proto__' || isDateLike(name)) throw GIVE_UP;
  if (keepsText(name)) return { name, end: colon + 1 };
  // A boolean or an integer key goes by the name Kubernetes' JSON gives it (`on:` is "true",
  // `0x10:` "16"); null, float and larger integer keys are left to the others.
  const r = resolve(name, true);
  if (r.kind === 'bool' || (r.kind === 'int' && Number.isSafeInteger(r.value)))
    return { name: jsonKey(r), end: colon + 1 };
  throw GIVE_UP;
}

/** A key go-yaml may read as a timestamp: JSON has no name for one, so fastLoad decides. */
function isDateLike(name: string): boolean {
  const c = name.charCodeAt(0);
  return c >= 48 && c <= 57 && /^\d{4}-/.test(name);
}

/** A space or the line's end after an indicator. */
function separates(line: string, at: number): boolean {
  return at === line.length || line.charCodeAt(at) === SPACE;
}

/** A plain scalar's text as go-yaml resolves it. */
function resolved(text: string): unknown {
  if (keepsText(text)) return text;
  const r = resolve(text, true);
  if (r.kind === 'float' && !Number.isFinite(r.value)) throw GIVE_UP;
  return r.value;
}

/** The text of a plain scalar's line or continuation line, unless it holds what ends or breaks it. */
function plainText(text: string): string {
  // `: ` inside, or `:` at its end, is a mapping where a value is: an error to YAML.
  if (text.includes(': ') || text.charCodeAt(text.length - 1) === COLON) throw GIVE_UP;
  return text;
}

/**
 * Characters of a plain scalar inside a flow sequence that every reader reads alike: letters,
 * digits and `-_./=+` (`args: [--port=8080, -v]`, `verbs: [get, list]`, `ports: [80, 443]`).
 * Anything else (a space, `:`, `#`, another indicator) leaves the line to fastLoad.
 */
const FLOW_PLAIN = new Uint8Array(128);
for (const c of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./=+') FLOW_PLAIN[c.charCodeAt(0)] = 1;

/**
 * A flow sequence (`[`) or mapping (`{`) on one line from `at`: scalars (quoted, or plain of
 * FLOW_PLAIN characters) separated by commas, a mapping's as `key: value` pairs with text keys,
 * ending its line (but for a comment). A collection inside, a trailing or doubled comma, a pair
 * in a sequence, a key without a value or a repeated key, and anything else give up.
 */
function flowSequence(line: string, at: number): unknown[] {
  const items: unknown[] = [];
  flowEntries(line, at, 93 /* ] */, (n) => {
    const item = flowScalar(line, n);
    items.push(item.value);
    return item.end;
  });
  return items;
}

function flowMapping(line: string, at: number): Record<string, unknown> {
  const map: Record<string, unknown> = {};
  flowEntries(line, at, 125 /* } */, (n) => {
    const key = flowScalar(line, n);
    const name = key.value;
    // A key that is text to go-yaml, once; a plain one's `:` needs a space after it.
    if (typeof name !== 'string' || name === '__proto__' || Object.hasOwn(map, name)) throw GIVE_UP;
    if (line.charCodeAt(key.end) !== COLON || line.charCodeAt(key.end + 1) !== SPACE) throw GIVE_UP;
    if (key.end - n >= KEY_LENGTH_LIMIT) throw GIVE_UP;
    if (key.plain && (name === '<<' || isDateLike(name))) throw GIVE_UP;
    const value = flowScalar(line, skipSpaces(line, key.end + 1));
    map[name] = value.value;
    return value.end;
  });
  return map;
}

/** Calls `entry` at each entry of the flow collection opened at `at` until `close`; it returns where the entry ends. */
function flowEntries(line: string, at: number, close: number, entry: (n: number) => number): void {
  let n = skipSpaces(line, at + 1);
  if (line.charCodeAt(n) === close) {
    if (!endsLine(line, n + 1)) throw GIVE_UP;
    return;
  }
  for (;;) {
    n = skipSpaces(line, entry(n));
    const next = line.charCodeAt(n);
    if (next === close) {
      if (!endsLine(line, n + 1)) throw GIVE_UP;
      return;
    }
    if (next !== 44 /* , */) throw GIVE_UP;
    n = skipSpaces(line, n + 1);
    if (line.charCodeAt(n) === close || line.charCodeAt(n) === 44) throw GIVE_UP;
  }
}

/** A scalar in a flow collection at `n`: quoted, or plain of FLOW_PLAIN characters (resolved). */
function flowScalar(line: string, n: number): { value: unknown; end: number; plain: boolean } {
  const c = line.charCodeAt(n);
  if (c === 34 || c === 39) {
    const quoted = quotedOnLine(line, n);
    if (!quoted) throw GIVE_UP;
    return { value: quoted.value, end: quoted.end, plain: false };
  }
  let end = n;
  while (end < line.length && FLOW_PLAIN[line.charCodeAt(end)] === 1) end++;
  // Nothing readable, a lone `-`, or what starts like `...`: left to fastLoad.
  if (end === n || (end === n + 1 && c === DASH) || c === 46 /* . */) throw GIVE_UP;
  return { value: resolved(line.slice(n, end)), end, plain: true };
}

interface Quoted {
  value: string;
  /** Just past the closing quote. */
  end: number;
}

/**
 * A quoted scalar's text on one line from `from` (just past the opening quote, or where a
 * continuation line's text starts), escapes applied: to just past the closing quote (`end`), or
 * to the line's end when the scalar goes on.
 */
interface QuotedPart {
  value: string;
  end?: number;
  /** The line ends in a backslash: its line break is escaped (double-quoted). */
  escaped?: boolean;
}

/**
 * A line of a quoted scalar that goes on, from `from`: its text up to the closing quote (`end`),
 * or, where it goes on, without the trailing spaces that fold away.
 */
function quotedLine(line: string, from: number, double: boolean): QuotedPart {
  let to = line.length;
  while (to > from && line.charCodeAt(to - 1) === SPACE) to--;
  if (!double) {
    const part = singleQuotedPart(line, from);
    return part.end === undefined ? { value: line.slice(from, to).replaceAll("''", "'") } : part;
  }
  const part = doubleQuotedPart(line, from, to);
  // A backslash and spaces ending a line: an escaped space, then a fold: left to fastLoad.
  if (part.escaped && to < line.length) throw GIVE_UP;
  return part;
}

function singleQuotedPart(line: string, from: number): QuotedPart {
  let value = '';
  let at = from;
  for (;;) {
    const q = line.indexOf("'", at);
    if (q < 0) return { value: value + line.slice(at) };
    value += line.slice(at, q);
    if (line.charCodeAt(q + 1) !== 39) return { value, end: q + 1 };
    value += "'";
    at = q + 2;
  }
}

/** A quoted scalar that closes on its line, or undefined. */
function quotedOnLine(line: string, at: number): Quoted | undefined {
  const part = line.charCodeAt(at) === 34 ? doubleQuotedPart(line, at + 1) : singleQuotedPart(line, at + 1);
  return part.end === undefined ? undefined : { value: part.value, end: part.end };
}

/**
 * js-yaml's simple escapes (simpleEscapeSequence) that go-yaml reads too: not `\/`, which
 * go-yaml v2 refuses ("found unknown escape character") and js-yaml and `yaml` read as `/`
 * (an accepted difference of the oracle test): left to them.
 */
const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '\\': '\\',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
};
const HEX_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };

function doubleQuotedPart(line: string, from: number, to = line.length): QuotedPart {
  let value = '';
  let at = from;
  for (let n = at; n < to; n++) {
    const c = line.charCodeAt(n);
    if (c === 34) return { value: value + line.slice(at, n), end: n + 1 };
    if (c !== 92) continue;
    value += line.slice(at, n);
    if (n + 1 >= to) return { value, escaped: true };
    const e = line[n + 1]!;
    const simple = ESCAPES[e];
    if (simple !== undefined) {
      value += simple;
      n++;
    } else {
      const length = HEX_LENGTH[e];
      const digits = line.slice(n + 2, n + 2 + (length ?? 0));
      if (length === undefined || !/^[0-9a-fA-F]+$/.test(digits) || digits.length !== length) throw GIVE_UP;
      const code = Number.parseInt(digits, 16);
      // Surrogates and what Unicode does not have: left to the readers that report them.
      if ((code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) throw GIVE_UP;
      value += String.fromCodePoint(code);
      n += 1 + length;
    }
    at = n + 1;
  }
  return { value: value + line.slice(at, to) };
}
