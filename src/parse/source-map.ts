/**
 * Maps a path inside a parsed document back to a line and column in the file. This module and
 * careful-read.ts are the only ones that know `yaml`'s document AST (reindent.ts, templates.ts
 * and fast-load.ts use its lexer; json-source-map.ts makes the one Scalar this module reads).
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, Scalar, type Document, type Node } from 'yaml';
import type { PathSegment, Position } from '../core/finding.js';
import { jsonKey, resolve } from './go-yaml-scalars.js';

/** What a path reaches in a document: its offsets, its key's, and the scalar it is (for places inside a string). */
export interface Found {
  start: number;
  end: number;
  key?: readonly [number, number];
  scalar?: Scalar;
  /** False when the path goes on past what the document has: the offsets are the nearest parent's. */
  complete: boolean;
}

export class SourceMap {
  constructor(
    protected readonly text: string,
    private readonly lineCounter: LineCounter,
    private readonly docs: ReadonlyArray<Document.Parsed | undefined>,
    /** Spaces inserted at the start of lines before composing (reindent.ts): 1-based line -> count. */
    private readonly inserted?: ReadonlyMap<number, number>,
  ) {}

  /** The position of a path; a path that does not exist falls back to its nearest existing parent. */
  locate(
    docIndex: number,
    path: readonly PathSegment[],
    opts: { key?: boolean; inner?: readonly PathSegment[]; span?: readonly [number, number] } = {},
  ): Position {
    const found = this.find(docIndex, path);
    if (!found) return this.range(0, 0);
    const { start, end, key, scalar, complete } = found;
    if (opts.key && complete && key) return this.range(key[0], key[1]);
    if (opts.inner && complete && scalar && typeof scalar.value === 'string') {
      const inner = this.locateInner(scalar, opts.inner);
      if (inner) return inner;
    }
    if (opts.span && complete && scalar && typeof scalar.value === 'string') {
      const origin = this.innerOrigin(scalar);
      if (origin?.singleLine) {
        return {
          line: origin.line,
          column: origin.column + opts.span[0],
          endLine: origin.line,
          endColumn: origin.column + opts.span[1],
        };
      }
    }
    return this.range(start, end);
  }

  /** The node a path reaches (or its nearest existing parent), as offsets; undefined: an empty document. */
  protected find(docIndex: number, path: readonly PathSegment[]): Found | undefined {
    const doc = this.docs[docIndex];
    if (!doc?.contents) return undefined;
    const { node, keyNode, complete } = walk(doc, doc.contents as Node, path);
    const range = node.range ?? [0, 0, 0];
    return {
      start: this.tagStart(node, range[0]),
      end: range[1],
      ...(keyNode?.range ? { key: [keyNode.range[0], keyNode.range[1]] as const } : {}),
      ...(isScalar(node) ? { scalar: node } : {}),
      complete,
    };
  }

  /** A tagged node's range starts after its tag; a finding on `!Ref X` should cover the tag too. */
  protected tagStart(node: Node, start: number): number {
    if (!node.tag?.startsWith('!') || node.tag.startsWith('!!')) return start;
    let i = start;
    while (i > 0 && (this.text[i - 1] === ' ' || this.text[i - 1] === '\t')) i--;
    return this.text.slice(i - node.tag.length, i) === node.tag ? i - node.tag.length : start;
  }

  position(offset: number): { line: number; column: number } {
    const { line, col } = this.lineCounter.linePos(offset);
    const shift = this.inserted?.get(line) ?? 0;
    return { line, column: Math.max(1, col - shift) };
  }

  range(start: number, end: number): Position {
    const a = this.position(start);
    const b = this.position(Math.max(start, end));
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }

  /**
   * A position inside JSON or YAML held in a string (flannel's net-conf.json, a patch written
   * inline in a Flux Kustomization), and inside a string held in that text in turn (the
   * net-conf.json a patch string sets). Exact for block literals (`|`) and for one-line scalars
   * without escapes; otherwise undefined, and the caller points at the whole string.
   */
  private locateInner(scalar: Scalar, innerPath: readonly PathSegment[]): Position | undefined {
    const origin = scalarOrigin(this.text, (offset) => this.position(offset), scalar);
    const inner = origin && locateInText(scalar.value as string, innerPath);
    if (!origin || !inner) return undefined;
    return mapThrough(origin, inner);
  }

  private innerOrigin(scalar: Scalar): ScalarOrigin | undefined {
    return scalarOrigin(this.text, (offset) => this.position(offset), scalar);
  }
}

/** Where a string scalar's value starts in its text, and how its lines map to the text's. */
interface ScalarOrigin {
  line: number;
  column: number;
  indent: number;
  singleLine: boolean;
}

/** A range in a text: 1-based lines and columns. */
interface TextRange {
  start: { line: number; col: number };
  end: { line: number; col: number };
}

function scalarOrigin(
  text: string,
  position: (offset: number) => { line: number; column: number },
  scalar: Scalar,
): ScalarOrigin | undefined {
  const [startOffset, endOffset] = scalar.range ?? [0, 0];
  const start = position(startOffset);
  if (scalar.type === Scalar.BLOCK_LITERAL) {
    const lines = text.slice(startOffset, endOffset).split(/\r?\n/);
    const firstContent = lines.slice(1).find((l) => l.trim() !== '');
    if (firstContent === undefined) return undefined;
    const indent = firstContent.length - firstContent.trimStart().length;
    return { line: start.line + 1, column: indent + 1, indent, singleLine: false };
  }
  const raw = text.slice(startOffset, endOffset);
  const quoted = scalar.type === Scalar.QUOTE_DOUBLE || scalar.type === Scalar.QUOTE_SINGLE;
  const body = quoted ? raw.slice(1, -1) : raw;
  // Only when the source characters are the value's characters can columns be mapped one to one.
  if (body !== scalar.value || body.includes('\n')) return undefined;
  return { line: start.line, column: start.column + (quoted ? 1 : 0), indent: 0, singleLine: true };
}

/** A range inside a string's value, as a range of the text that holds the string. */
function mapThrough(origin: ScalarOrigin, inner: TextRange): Position | undefined {
  if (origin.singleLine && (inner.start.line !== 1 || inner.end.line !== 1)) return undefined;
  const map = (p: { line: number; col: number }) =>
    origin.singleLine
      ? { line: origin.line, column: origin.column + p.col - 1 }
      : { line: origin.line + p.line - 1, column: origin.indent + p.col };
  const a = map(inner.start);
  const b = map(inner.end);
  return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}

/** The range of a path in a JSON or YAML text; a path that goes on past a string goes into that string's text. */
function locateInText(text: string, innerPath: readonly PathSegment[]): TextRange | undefined {
  const inner = parseInner(text);
  if (!inner) return undefined;
  const { node, complete, depth } = walk(inner.doc, inner.doc.contents as Node, innerPath);
  if (!node.range) return undefined;
  if (complete) return { start: inner.lc.linePos(node.range[0]), end: inner.lc.linePos(node.range[1]) };
  if (!isScalar(node) || typeof node.value !== 'string' || depth === 0) return undefined;
  const origin = scalarOrigin(
    text,
    (offset) => ({ line: inner.lc.linePos(offset).line, column: inner.lc.linePos(offset).col }),
    node,
  );
  const nested = origin && locateInText(node.value, innerPath.slice(depth));
  const mapped = origin && nested && mapThrough(origin, nested);
  return mapped
    ? { start: { line: mapped.line, col: mapped.column }, end: { line: mapped.endLine, col: mapped.endColumn } }
    : undefined;
}

function parseInner(text: string): { doc: Document.Parsed; lc: LineCounter } | undefined {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, keepSourceTokens: false });
  return doc.errors.length === 0 && doc.contents ? { doc, lc } : undefined;
}

function walk(
  doc: Document.Parsed,
  root: Node,
  path: readonly PathSegment[],
): { node: Node; keyNode?: Node; complete: boolean; depth: number } {
  let node: Node = root;
  let keyNode: Node | undefined;
  let depth = 0;
  for (const seg of path) {
    const target = isAlias(node) ? (node.resolve(doc) as Node | undefined) : node;
    let next: Node | undefined;
    let nextKey: Node | undefined;
    if (isMap(target)) {
      for (const pair of target.items) {
        const key = pair.key as Node | null;
        if (isScalar(key) && keyMatches(key, String(seg))) {
          next = (pair.value as Node | null) ?? key;
          nextKey = key;
          break;
        }
      }
    } else if (isSeq(target) && typeof seg === 'number') {
      next = target.items[seg] as Node | undefined;
    }
    if (!next) return { node, keyNode, complete: false, depth };
    node = next;
    keyNode = nextKey;
    depth++;
  }
  return { node, keyNode, complete: true, depth };
}

/** A key as the documents name it: the JSON name of a plain 1.1 key (`0x10` is "16"), else its value. */
export function keyMatches(key: Scalar, name: string): boolean {
  if (String(key.value) === name) return true;
  if (typeof key.value !== 'string' || key.type !== Scalar.PLAIN || key.tag) return false;
  try {
    return jsonKey(resolve(key.value, true)) === name;
  } catch {
    return false;
  }
}
