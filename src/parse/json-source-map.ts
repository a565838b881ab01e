/**
 * Positions in a JSON stream, found by scanning the text itself. JSON is the format of
 * security-group exports and most templates, and those can be large (one group of 130,000 rules
 * is 13 MB): composing a `yaml` document of them for a few positions took seconds and a gigabyte.
 * Here a path is followed by skipping over the values before it; each container's members are
 * listed once, on first use, so many findings in one large list cost one pass over it. The
 * offsets are those `yaml` gives (a string from its opening quote to after its closing one), which
 * test/parse/json-source-map.test.ts checks against it on every JSON file of the corpus.
 */
import { LineCounter, Scalar } from 'yaml';
import type { PathSegment } from '../core/finding.js';
import type { JsonValue } from './json-stream.js';
import { type Found, SourceMap } from './source-map.js';

/** A member of an object (with its key's offsets and name) or an element of an array. */
interface Member {
  name?: string;
  keyStart?: number;
  keyEnd?: number;
  start: number;
  end: number;
}

export class JsonSourceMap extends SourceMap {
  private readonly members = new Map<number, Member[]>();
  private readonly names = new Map<number, Map<string, Member>>();
  private composed: SourceMap | undefined;

  constructor(
    text: string,
    private readonly values: readonly Pick<JsonValue, 'start' | 'end'>[],
    /** The map `yaml` composes: for a text this scanner does not follow (it never should). */
    private readonly compose: () => SourceMap,
  ) {
    super(text, lineCounterOf(text), []);
  }

  override locate(...args: Parameters<SourceMap['locate']>): ReturnType<SourceMap['locate']> {
    try {
      return super.locate(...args);
    } catch {
      this.composed ??= this.compose();
      return this.composed.locate(...args);
    }
  }

  protected override find(docIndex: number, path: readonly PathSegment[]): Found | undefined {
    const value = this.values[docIndex];
    if (!value) return undefined;
    // The stream reader knows where each value ends: scanning the whole value again for every
    // finding made positions quadratic in a large file.
    let start = this.skipSpace(value.start);
    let end = value.end;
    let key: readonly [number, number] | undefined;
    for (const seg of path) {
      const open = this.text[start];
      const members = open === '{' || open === '[' ? this.membersOf(start) : [];
      const next =
        open === '{'
          ? this.memberNamed(start, members, String(seg))
          : open === '[' && typeof seg === 'number'
            ? members[seg]
            : undefined;
      if (!next) return { start, end, ...(key ? { key } : {}), complete: false };
      start = next.start;
      end = next.end;
      key = next.keyStart === undefined ? undefined : [next.keyStart, next.keyEnd!];
    }
    return { start, end, ...(key ? { key } : {}), ...this.scalarAt(start, end), complete: true };
  }

  /** An object's member by name, the first of that name (as `yaml` finds it), through an index for large objects. */
  private memberNamed(open: number, members: readonly Member[], name: string): Member | undefined {
    if (members.length < 32) return members.find((m) => m.name === name);
    let index = this.names.get(open);
    if (!index) {
      index = new Map();
      for (const m of members) if (!index.has(m.name!)) index.set(m.name!, m);
      this.names.set(open, index);
    }
    return index.get(name);
  }

  /** A string value as `yaml` would give it: its text, double-quoted, at its offsets. */
  private scalarAt(start: number, end: number): { scalar?: Scalar } {
    if (this.text[start] !== '"') return {};
    const scalar = new Scalar(this.stringAt(start, end));
    scalar.type = Scalar.QUOTE_DOUBLE;
    scalar.range = [start, end, end];
    return { scalar };
  }

  private stringAt(start: number, end: number): string {
    const raw = this.text.slice(start, end);
    return raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
  }

  /** The members of the object or array that starts at an offset, listed once. */
  private membersOf(open: number): Member[] {
    const known = this.members.get(open);
    if (known) return known;
    const text = this.text;
    const object = text[open] === '{';
    const close = object ? '}' : ']';
    const out: Member[] = [];
    let i = this.skipSpace(open + 1);
    if (text[i] === close) {
      this.members.set(open, out);
      return out;
    }
    for (;;) {
      const member: Member = { start: 0, end: 0 };
      if (object) {
        if (text[i] !== '"') throw new Error(`a key expected at offset ${i}`);
        member.keyStart = i;
        member.keyEnd = this.stringEnd(i);
        member.name = this.stringAt(i, member.keyEnd);
        i = this.skipSpace(member.keyEnd);
        if (text[i] !== ':') throw new Error(`':' expected at offset ${i}`);
        i = this.skipSpace(i + 1);
      }
      member.start = i;
      member.end = this.valueEnd(i);
      out.push(member);
      i = this.skipSpace(member.end);
      if (text[i] === ',') i = this.skipSpace(i + 1);
      else if (text[i] === close) break;
      else throw new Error(`',' or '${close}' expected at offset ${i}`);
    }
    this.members.set(open, out);
    return out;
  }

  /** Where the value that starts at an offset ends. */
  private valueEnd(start: number): number {
    const text = this.text;
    const c = text[start];
    if (c === '"') return this.stringEnd(start);
    if (c !== '{' && c !== '[') {
      let i = start;
      while (i < text.length && !STOPS.has(text.charCodeAt(i))) i++;
      return i;
    }
    let depth = 0;
    for (let i = start; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === QUOTE) i = this.stringEnd(i) - 1;
      else if (ch === OPEN_BRACE || ch === OPEN_BRACKET) depth++;
      else if ((ch === CLOSE_BRACE || ch === CLOSE_BRACKET) && --depth === 0) return i + 1;
    }
    throw new Error(`an unclosed '${c}' at offset ${start}`);
  }

  /** After the closing quote of the string that opens at an offset. */
  private stringEnd(open: number): number {
    const text = this.text;
    for (let i = open + 1; ; ) {
      const quote = text.indexOf('"', i);
      if (quote < 0) throw new Error(`an unclosed string at offset ${open}`);
      let backslashes = 0;
      while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
      if (backslashes % 2 === 0) return quote + 1;
      i = quote + 1;
    }
  }

  private skipSpace(i: number): number {
    const text = this.text;
    while (i < text.length && SPACE.has(text.charCodeAt(i))) i++;
    return i;
  }
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
/** JSON's whitespace. */
const SPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);
/** What ends a number, true, false or null. */
const STOPS = new Set([...SPACE, 0x2c, CLOSE_BRACE, CLOSE_BRACKET]);

/** A line counter for a text whose lines end in LF (a CR before it is part of the line). */
export function lineCounterOf(text: string): LineCounter {
  const lineCounter = new LineCounter();
  lineCounter.addNewLine(0);
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
  return lineCounter;
}
