/**
 * Positions in a large block-style YAML document, found by following indentation instead of
 * composing the whole document. A template with one security group of 130,000 rules is 13 MB:
 * composing it with `yaml` for a few positions took 8 s and 1.2 GB. Here a path is followed
 * through block mappings and sequences line by line (each collection's entries listed once), and
 * only the value at its end, a scalar or a flow collection on its lines, is composed by `yaml`,
 * on its own. The offsets are those `yaml` gives for the whole document, which
 * test/parse/block-yaml-map.test.ts checks on every YAML file of the corpus.
 *
 * Documents are cut at `---` lines, numbered as `yaml` numbers them. Anything this reader does not
 * follow (directives, `...`, content after `---`, anchors, aliases, merge keys, tabs, complex or
 * unusual keys, a block scalar or an empty value on the path) throws, and the whole text is
 * composed instead: the answer is the same, only slower.
 */
import { type Document, isScalar, LineCounter, type Node, parseDocument, Scalar } from 'yaml';
import type { PathSegment } from '../core/finding.js';
import { composeOptions } from './careful-read.js';
import { type Found, keyMatches, SourceMap } from './source-map.js';

/** Lines of the text: where each starts, its indentation, and whether it holds content. */
interface Line {
  start: number;
  /** Where its line break (LF) is, or the text's end. */
  end: number;
  /** End of its content: before a CR that precedes the LF. */
  contentEnd: number;
  indent: number;
  /** Blank or only a comment. */
  empty: boolean;
}

/** An entry of a block collection: a key (maps) or a dash (sequences), and its value. */
interface Entry {
  /** Its place among the collection's entries. */
  index: number;
  name?: string;
  key?: readonly [number, number];
  /** The line the entry starts on, and where its value starts (an offset), if on that line. */
  line: number;
  value?: number;
}

/** A block collection: its kind, first line, indentation and last line (inclusive). */
interface Block {
  kind: 'map' | 'seq';
  first: number;
  indent: number;
  /** The column its first entry starts at, when it starts inside a sequence item's line. */
  column: number;
  last: number;
}

class NotFollowed extends Error {}

/** A document's lines: from its `---` (or its first line) to the next document's, exclusive. */
interface DocumentLines {
  from: number;
  to: number;
}

/** YAML 1.1's words for true, false and null: a plain key spelled so is not its text. */
const SPECIAL_KEY =
  /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL)$/;
const PLAIN_KEY = /^[A-Za-z_][\w./-]*$/;

export class BlockYamlMap extends SourceMap {
  private readonly lines: Line[];
  private readonly entries = new Map<string, Entry[]>();
  private composed: SourceMap | undefined;
  private readonly documents: DocumentLines[];
  /** Each document's top collection, found once (it reads every line). */
  private readonly tops = new Map<number, Block>();
  /** The end (exclusive) of the document a path is being followed in: no collection reaches past it. */
  private limit = 0;
  /** Large maps' entries by name (the first of a name, as `yaml` finds it). */
  private readonly names = new Map<Entry[], Map<string, Entry>>();

  constructor(
    text: string,
    /** The map `yaml` composes, for what this reader does not follow. */
    private readonly compose: () => SourceMap,
  ) {
    // A lone CR ends a line for YAML: such texts are composed whole.
    if (/\r(?!\n)/.test(text)) throw new NotFollowed('lone CR line breaks');
    if (text.charCodeAt(0) === 0xfeff) throw new NotFollowed('a byte order mark');
    // A block scalar that keeps its trailing lines (`|+`) ends collections where `yaml` says.
    if (/(^|\s)[|>]([1-9]?\+|\+[1-9])\s*(#.*)?$/m.test(text)) throw new NotFollowed('keep chomping');
    const lineCounter = new LineCounter();
    const lines: Line[] = [];
    for (let start = 0; start <= text.length; ) {
      lineCounter.addNewLine(start);
      const next = text.indexOf('\n', start);
      const end = next < 0 ? text.length : next;
      const content = text.slice(start, end);
      if (content.startsWith('\t') || /^[ ]*\t/.test(content)) throw new NotFollowed('a tab');
      // Only spaces indent (String.trimStart would take a no-break space too).
      const indent = /^ */.exec(content)![0].length;
      const rest = content.slice(indent);
      const contentEnd = text[end - 1] === '\r' ? end - 1 : end;
      lines.push({ start, end, contentEnd, indent, empty: rest === '' || rest === '\r' || rest.startsWith('#') });
      if (next < 0) break;
      start = next + 1;
    }
    super(text, lineCounter, []);
    this.lines = lines;
    this.documents = this.cut();
    this.refuseUnderIndentedValues();
  }

  /**
   * A quoted or flow value continued on lines no more indented than its own is read by go-yaml,
   * and by `yaml` only once re-indented (careful-read.ts): those lines would pass here for
   * entries of the collections around it. Such a text is composed whole.
   */
  private refuseUnderIndentedValues(): void {
    for (let i = 0; i < this.lines.length; i++) {
      const line = this.lines[i]!;
      if (line.empty) continue;
      const value = valueStart(this.text, line.start + line.indent, line.contentEnd);
      if (value === undefined) continue;
      const c = this.text[value];
      if (c === '|' || c === '>' || (c === '!' && /^![^\s]*\s+[|>]/.test(this.text.slice(value, line.contentEnd)))) {
        // A block scalar's lines are its text: skip them.
        while (i + 1 < this.lines.length && (this.lines[i + 1]!.empty || this.lines[i + 1]!.indent > line.indent)) i++;
        continue;
      }
      if (c !== '"' && c !== "'" && c !== '[' && c !== '{') continue;
      if (closing(this.text, value, line.contentEnd, c) !== undefined) continue;
      // Found in one pass over the rest of the text, not again at each line (a flow collection
      // of 100,000 lines).
      const end = closing(this.text, value, this.text.length, c);
      if (end === undefined) throw new NotFollowed('a quoted or flow value that does not end here');
      for (; i + 1 < this.lines.length && this.lines[i + 1]!.start < end; i++) {
        const next = this.lines[i + 1]!;
        if (next.empty && c !== '"' && c !== "'") continue;
        if (next.indent <= line.indent && next.contentEnd > next.start) {
          throw new NotFollowed('a quoted or flow value continued on a line no more indented than its own');
        }
      }
    }
  }

  /**
   * The documents, as `yaml` numbers them: one from the first content line when content comes
   * before the first `---` (or there is none), then one from each `---` line to the next.
   */
  private cut(): DocumentLines[] {
    const markers: number[] = [];
    for (let i = 0; i < this.lines.length; i++) {
      const line = this.lines[i]!;
      if (line.indent > 0) continue;
      const text = this.text.slice(line.start, line.contentEnd);
      if (/^(\.\.\.|%)/.test(text)) throw new NotFollowed('directives or a document end');
      if (!/^---(\s|$)/.test(text)) continue;
      if (!/^---\s*(#.*)?$/.test(text)) throw new NotFollowed('content after ---');
      markers.push(i);
    }
    const before = markers.length > 0 ? markers[0]! : this.lines.length;
    const starts = this.lines.slice(0, before).some((l) => !l.empty) ? [0, ...markers] : markers;
    return starts.map((from, i) => ({ from, to: starts[i + 1] ?? this.lines.length }));
  }

  override locate(...args: Parameters<SourceMap['locate']>): ReturnType<SourceMap['locate']> {
    try {
      return super.locate(...args);
    } catch (error) {
      if (!(error instanceof NotFollowed)) throw error;
      this.composed ??= this.compose();
      return this.composed.locate(...args);
    }
  }

  protected override find(docIndex: number, path: readonly PathSegment[]): Found | undefined {
    const document = this.documents[docIndex];
    if (!document) throw new NotFollowed('no such document');
    this.limit = document.to;
    let block: Block = this.tops.get(docIndex) ?? this.root(document);
    this.tops.set(docIndex, block);
    let key: readonly [number, number] | undefined;
    // A collection's end is found only when it is the answer.
    const place = () => ({ start: this.offsetOf(block), end: this.blockEnd(block) });
    for (let i = 0; i < path.length; i++) {
      const seg = path[i]!;
      const entries = this.entriesOf(block);
      const entry =
        block.kind === 'map' ? this.named(entries, String(seg)) : typeof seg === 'number' ? entries[seg] : undefined;
      if (!entry) return { ...place(), ...(key ? { key } : {}), complete: false };
      key = entry.key;
      const inner = this.entryValue(block, entries, entry);
      if (inner.kind === 'block') {
        block = inner.block;
        continue;
      }
      // A value on its lines: composed on its own; the rest of the path is inside it.
      return this.inValue(inner.start, inner.end, path.slice(i + 1), key);
    }
    return { ...place(), ...(key ? { key } : {}), complete: true };
  }

  private named(entries: Entry[], name: string): Entry | undefined {
    if (entries.length < 32) return entries.find((e) => e.name === name);
    let index = this.names.get(entries);
    if (!index) {
      index = new Map();
      for (const e of entries) if (e.name !== undefined && !index.has(e.name)) index.set(e.name, e);
      this.names.set(entries, index);
    }
    return index.get(name);
  }

  /** A document's top collection: its first content line after its `---`, if it has one. */
  private root(document: DocumentLines): Block {
    let first = document.from;
    if (/^---(\s|$)/.test(this.lineText(first))) first++;
    while (first < document.to && this.lines[first]!.empty) first++;
    if (first >= document.to) throw new NotFollowed('an empty document');
    if (this.lines[first]!.indent !== 0) throw new NotFollowed('no top collection');
    const kind = /^-(\s|$)/.test(this.lineText(first)) ? 'seq' : 'map';
    const line = this.lines[first]!;
    if (kind === 'map' && !this.startsEntry(line.start, line.contentEnd)) throw new NotFollowed('no top collection');
    return this.extend({ kind, first, indent: 0, column: 0, last: first });
  }

  /** The collection's last line: before the first content line that does not belong to it. */
  private extend(block: Block): Block {
    let last = block.first;
    for (let i = block.first + 1; i < this.limit; i++) {
      const line = this.lines[i]!;
      if (line.empty) continue;
      if (line.indent < block.indent) break;
      if (line.indent === block.indent) {
        const dash = /^-(\s|$)/.test(this.lineText(i));
        // A map's keys are at its indentation (and a compact sequence under one of them); a
        // sequence's items are its dashes.
        if (block.kind === 'seq' && !dash) break;
      }
      last = i;
    }
    return { ...block, last };
  }

  /** The entries of a collection, listed once. */
  private entriesOf(block: Block): Entry[] {
    const id = `${block.first}:${block.column}:${block.kind}`;
    const known = this.entries.get(id);
    if (known) return known;
    const out: Entry[] = [];
    for (let i = block.first; i <= block.last; i++) {
      const line = this.lines[i]!;
      if (line.empty) continue;
      const column = i === block.first ? block.column : line.indent;
      if (i !== block.first && line.indent !== block.indent) continue;
      const at = line.start + column;
      if (block.kind === 'seq') {
        if (!/^-(\s|$)/.test(this.text.slice(at, at + 2))) throw new NotFollowed('not a sequence item');
        out.push({ index: out.length, line: i, value: this.afterSpaces(at + 1, line.end) });
      } else {
        if (/^-(\s|$)/.test(this.text.slice(at, at + 2))) continue;
        out.push({ ...this.keyAt(i, at, line.end), index: out.length });
      }
    }
    this.entries.set(id, out);
    return out;
  }

  /** A `key: value` line's key and where its value starts. */
  private keyAt(line: number, at: number, end: number): Omit<Entry, 'index'> {
    const text = this.text;
    let name: string;
    let keyEnd: number;
    const quote = text[at];
    if (quote === '"' || quote === "'") {
      const close = text.indexOf(quote, at + 1);
      if (close < 0 || close >= end) throw new NotFollowed('a key over lines');
      const raw = text.slice(at, close + 1);
      if (quote === '"' && raw.includes('\\')) throw new NotFollowed('an escaped key');
      if (quote === "'" && text[close + 1] === "'") throw new NotFollowed('a quote in a key');
      name = raw.slice(1, -1);
      keyEnd = close + 1;
      if (text[keyEnd] !== ':') throw new NotFollowed('not a key');
    } else {
      const colon = text.slice(at, end).search(/:(\s|$)/);
      if (colon < 0) throw new NotFollowed('not a key');
      // Spaces and tabs end a plain key; other white space (a no-break space) is part of it.
      name = text.slice(at, at + colon).replace(/[ \t]+$/, '');
      keyEnd = at + name.length;
      if (!PLAIN_KEY.test(name) || SPECIAL_KEY.test(name)) throw new NotFollowed('an unusual key');
      if (text.slice(keyEnd, at + colon).trim() !== '') throw new NotFollowed('not a key');
      keyEnd = at + name.length;
    }
    const colon = text.indexOf(':', keyEnd);
    return { name, key: [at, keyEnd], line, value: this.afterSpaces(colon + 1, end) };
  }

  /** The first offset after spaces on a line, undefined when only a comment or nothing follows. */
  private afterSpaces(from: number, end: number): number | undefined {
    let i = from;
    while (i < end && this.text[i] === ' ') i++;
    if (i >= end || this.text[i] === '#' || this.text[i] === '\r') return undefined;
    return i;
  }

  /** An entry's value: a block collection, or a value written on its lines (offsets). */
  private entryValue(
    block: Block,
    entries: readonly Entry[],
    entry: Entry,
  ): { kind: 'block'; block: Block } | { kind: 'value'; start: number; end: number } {
    const next = entries[entry.index + 1];
    // The entry's lines: to the line before the next entry, or the collection's end.
    let last = next ? next.line - 1 : block.last;
    while (last > entry.line && this.lines[last]!.empty) last--;
    if (entry.value !== undefined) {
      const c = this.text[entry.value];
      if (c === '&' || c === '*' || c === '?') throw new NotFollowed('an anchor, alias or complex key');
      const column = entry.value - this.lines[entry.line]!.start;
      // `- - x` nests a sequence in the item (`- - Ref: x` of a template's Fn::Join too).
      if (block.kind === 'seq' && /^-(\s|$)/.test(this.text.slice(entry.value, entry.value + 2))) {
        throw new NotFollowed('a sequence in a sequence item');
      }
      // `- key: value` starts a map inside the item, at the key's column.
      if (block.kind === 'seq' && this.startsEntry(entry.value, this.lines[entry.line]!.end)) {
        return { kind: 'block', block: { kind: 'map', first: entry.line, indent: column, column, last } };
      }
      // A block scalar ends after its last line's break, as in the document.
      const line = this.lines[last]!;
      const blockScalar = /^(![^\s]*\s+)?[|>]/.test(this.text.slice(entry.value, line.end));
      // An empty block scalar ends where `yaml` says, through the blank lines after it.
      if (blockScalar && last === entry.line) throw new NotFollowed('an empty block scalar');
      const end = blockScalar && line.end < this.text.length ? line.end + 1 : line.contentEnd;
      // Spaces on the blank lines after it may be its own lines to `yaml`, and a line after it
      // that starts with '#' is its content, not a comment.
      for (let i = last + 1; blockScalar && i < this.limit && this.lines[i]!.empty; i++) {
        const after = this.lines[i]!;
        if (after.contentEnd > after.start) throw new NotFollowed('spaces or # lines after a block scalar');
      }
      return { kind: 'value', start: entry.value, end };
    }
    // The value is on the lines below: a collection more indented, or a compact sequence.
    let first = entry.line + 1;
    while (first <= last && this.lines[first]!.empty) first++;
    if (first > last) throw new NotFollowed('an empty value');
    const line = this.lines[first]!;
    const kind = /^-(\s|$)/.test(this.lineText(first)) ? 'seq' : 'map';
    if (kind === 'map' && !this.startsEntry(line.start + line.indent, line.end)) {
      throw new NotFollowed('a scalar on the lines below');
    }
    return { kind: 'block', block: { kind, first, indent: line.indent, column: line.indent, last } };
  }

  /** Whether a `key:` starts at an offset (a plain or quoted key, then ': ' or the line's end). */
  private startsEntry(at: number, end: number): boolean {
    const rest = this.text.slice(at, end);
    if (/^["']/.test(rest)) return /^("[^"\\]*"|'[^']*'):(\s|$)/.test(rest);
    if (/^[[{]|^-(\s|$)/.test(rest)) return false;
    return /^[^#:]*?:(\s|$)/.test(rest) && !/^[^:]*\s#/.test(rest);
  }

  /** A value written on its lines, composed on its own, its offsets moved to the document's. */
  private inValue(start: number, end: number, rest: readonly PathSegment[], key?: readonly [number, number]): Found {
    const plain = rest.length === 0 ? plainText(this.text, start, end) : undefined;
    if (plain !== undefined) {
      // A one-line plain string (an image, a URL, a CIDR): its place is its text's, no need to compose it.
      const scalar = new Scalar(plain);
      scalar.type = Scalar.PLAIN;
      scalar.range = [start, start + plain.length, start + plain.length];
      return { start, end: start + plain.length, ...(key ? { key } : {}), scalar, complete: true };
    }
    const doc = parseDocument(this.text.slice(start, end), composeOptions('1.1')) as Document.Parsed;
    if (doc.errors.length > 0 || !doc.contents) throw new NotFollowed('a value yaml reads differently alone');
    // A block collection it did not see as one ends differently alone: only scalars and flow
    // collections are composed on their own.
    const top = doc.contents as { items?: unknown; flow?: boolean };
    if (top.items !== undefined && !top.flow) throw new NotFollowed('a block collection');
    let node = doc.contents as Node;
    let nodeKey: Node | undefined;
    let complete = true;
    for (const seg of rest) {
      const next = childOf(node, seg);
      if (!next) {
        complete = false;
        break;
      }
      node = next.node;
      nodeKey = next.key;
    }
    const shift = (n: Node | undefined) => n?.range && ([n.range[0] + start, n.range[1] + start] as const);
    const shifted = shift(node)!;
    // A tagged value starts at its tag, as the composed document's map places it.
    const range = [this.tagStart(node, shifted[0]), shifted[1]] as const;
    const keyRange = rest.length > 0 ? shift(nodeKey) : key;
    let scalar: Scalar | undefined;
    if (isScalar(node)) {
      scalar = new Scalar(node.value);
      scalar.type = node.type;
      scalar.range = [shifted[0], shifted[1], shifted[1]];
    }
    return {
      start: range[0],
      end: range[1],
      ...(keyRange ? { key: keyRange } : {}),
      ...(scalar ? { scalar } : {}),
      complete,
    };
  }

  private offsetOf(block: Block): number {
    return this.lines[block.first]!.start + block.column;
  }

  /** Where `yaml` ends a block collection: after the line break of its last content line. */
  private blockEnd(block: Block): number {
    // An empty value last (`key:`, `-`, a lone tag or anchor): `yaml` ends the collection
    // elsewhere (at the tag, or through the comments after it).
    const lastText = this.lineText(block.last)
      .replace(/\s+#.*$/, '')
      .trimEnd();
    if (/(^|\s)(-|[!&]\S*)$/.test(lastText) || lastText.endsWith(':')) throw new NotFollowed('an empty value last');
    // Comments after it may be its own or not by rules of `yaml`'s lexer this reader does not
    // follow: such a collection's end is `yaml`'s to give. Blank lines are not its own.
    for (let i = block.last + 1; i < this.limit && this.lines[i]!.empty; i++) {
      // Spaces on a blank line may be a block scalar's last line to `yaml`.
      if (this.lines[i]!.contentEnd > this.lines[i]!.start) throw new NotFollowed('comments or spaces after the end');
    }
    const line = this.lines[block.last]!;
    return line.end < this.text.length ? line.end + 1 : line.end;
  }

  private lineText(i: number): string {
    const line = this.lines[i]!;
    return this.text.slice(line.start + line.indent, line.end);
  }
}

/**
 * Where the value of a line starts (after `- ` item marks and a `key: `), or undefined when the
 * line holds no value of its own (`key:` alone, a comment).
 */
function valueStart(text: string, from: number, end: number): number | undefined {
  let at = from;
  while (text[at] === '-' && (at + 1 >= end || text[at + 1] === ' ' || text[at + 1] === '\t')) {
    at++;
    while (at < end && (text[at] === ' ' || text[at] === '\t')) at++;
  }
  if (at >= end) return undefined;
  const c = text[at]!;
  let keyEnd: number | undefined;
  if (c === '"' || c === "'") {
    const close = closing(text, at, end, c);
    if (close !== undefined && text[close] === ':' && (close + 1 >= end || /\s/.test(text[close + 1]!))) {
      keyEnd = close + 1;
    }
  } else if (c !== '[' && c !== '{' && c !== '#') {
    const colon = text.slice(at, end).search(/:(\s|$)/);
    if (colon >= 0 && !text.slice(at, at + colon).includes(' #')) keyEnd = at + colon + 1;
  }
  if (keyEnd === undefined) return c === '#' ? undefined : at;
  // One key a line: a value that is itself `key: value` is not block YAML (`yaml` refuses it).
  at = keyEnd;
  while (at < end && (text[at] === ' ' || text[at] === '\t')) at++;
  return at >= end || text[at] === '#' ? undefined : at;
}

/**
 * Where a quoted scalar or flow collection that starts at `from` ends (the offset after it), if
 * it ends before `end`; undefined when it goes on past `end`.
 */
function closing(text: string, from: number, end: number, open: string): number | undefined {
  if (open === '"' || open === "'") {
    for (let i = from + 1; i < end; i++) {
      if (open === '"' && text[i] === '\\') i++;
      else if (text[i] === open) {
        if (open === "'" && text[i + 1] === "'") i++;
        else return i + 1;
      }
    }
    return undefined;
  }
  let depth = 0;
  for (let i = from; i < end; i++) {
    const ch = text[i];
    if (ch === '"' || ch === "'") {
      const close = closing(text, i, end, ch);
      if (close === undefined) return undefined;
      i = close - 1;
    } else if (ch === '[' || ch === '{') depth++;
    else if (ch === ']' || ch === '}') {
      depth--;
      if (depth === 0) return i + 1;
    } else if (ch === '#' && /\s/.test(text[i - 1] ?? '')) return undefined;
  }
  return undefined;
}

/** Characters a YAML 1.1 plain scalar of another type (null, bool, int, float, timestamp) never holds. */
const STRING_ONLY = /[g-hj-mp-suvwyG-HJ-MP-SUVWY/]/;
/** What a plain scalar may not start with, or hold, for this reader to take it as written. */
const NOT_SIMPLE = /^[-?:,[\]{}#&*!|>'"%@`]|[,[\]{}\n\t]|: |:$| #/;
const NOT_A_STRING =
  /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL)$/;

/**
 * The text of a value that `yaml` would read as a one-line plain string, as written (a trailing
 * comment and spaces cut), or undefined when it might be anything else: a letter no number,
 * boolean, null or timestamp has, or a `/`, makes it a string in YAML 1.1.
 */
function plainText(text: string, start: number, end: number): string | undefined {
  let value = text.slice(start, end);
  const comment = value.indexOf(' #');
  if (comment >= 0) value = value.slice(0, comment);
  value = value.replace(/ +$/, '');
  if (value === '' || NOT_SIMPLE.test(value) || NOT_A_STRING.test(value) || !STRING_ONLY.test(value)) return undefined;
  return value;
}

/** A flow collection's child by key or index, with the key node. */
function childOf(node: Node, seg: PathSegment): { node: Node; key?: Node } | undefined {
  const items = (node as { items?: unknown[] }).items;
  if (!Array.isArray(items)) return undefined;
  if (typeof seg === 'number') {
    const item = items[seg] as Node | undefined;
    return item && !('key' in (item as object)) ? { node: item } : undefined;
  }
  for (const pair of items as { key?: Node; value?: Node }[]) {
    if (pair.key && isScalar(pair.key) && keyMatches(pair.key, seg)) {
      return { node: pair.value ?? pair.key, key: pair.key };
    }
  }
  return undefined;
}

/** A block-style map for a large YAML text, or undefined when its first lines already say it is not one. */
export function blockYamlMap(text: string, compose: () => SourceMap): SourceMap {
  try {
    return new BlockYamlMap(text, compose);
  } catch (error) {
    if (error instanceof NotFollowed) return compose();
    throw error;
  }
}
