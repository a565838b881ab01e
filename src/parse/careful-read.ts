/**
 * The careful path: `yaml` composes the documents, with positions and errors, and this module
 * turns them into plain values as go-yaml and sigs.k8s.io/yaml would (go-yaml-scalars.ts): the
 * composer reads every scalar as text (the failsafe schema) and the conversion resolves it.
 * Limits are per document: an alias bomb skips its own document, not the file's others.
 */
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseAllDocuments,
  parseDocument,
  Scalar,
  visit,
  type Document,
  type Node,
  type YAMLError,
} from 'yaml';
import { checkDirectives } from './directives.js';
import { jsonKey, type Resolved, resolve, resolveTagged, ScalarError } from './go-yaml-scalars.js';
import { intrinsicFromTag } from './intrinsics.js';
import type { JsonValue } from './json-stream.js';
import { splitLines } from './lines.js';
import type { FileProblem, ParsedDocument, ParsedFile, ParseOptions } from './parsed-file.js';
import { reindent } from './reindent.js';
import { lineCounterOf } from './json-source-map.js';
import { SourceMap } from './source-map.js';

const DEFAULT_MAX_ALIAS_NODES = 10_000;

export function carefulRead(file: string, text: string, options: ParseOptions): ParsedFile {
  const version = options.version ?? '1.1';
  const readBy = 'yaml';
  const lines = splitLines(text);
  let composed: Composed;
  try {
    composed = compose(text, version);
  } catch (error) {
    // The parser reports problems as values; a throw here is a parser bug, still not a crash of ours.
    const sourceMap = new SourceMap(text, new LineCounter(), []);
    const message = `parser failed: ${(error as Error).message}`;
    return {
      file,
      text,
      documents: [],
      problems: [{ kind: 'parse-error', message, line: 1, column: 1 }],
      sourceMap,
      lines,
      readBy,
    };
  }
  const { docs, sourceMap } = composed;
  const directive = text.includes('%') && /^%/m.test(text) ? checkDirectives(text) : undefined;
  if (directive)
    return { file, text, documents: [], problems: [{ kind: 'parse-error', ...directive }], sourceMap, lines, readBy };

  const problems: FileProblem[] = [];
  const documents: ParsedDocument[] = [];
  const maxAliasNodes = options.maxAliasNodes ?? DEFAULT_MAX_ALIAS_NODES;
  docs.forEach((doc, index) => {
    const errors = version === '1.1' ? doc.errors.filter((e) => !goYamlAccepts(e)) : doc.errors;
    if (errors.length > 0) {
      // The first error of a document; the parser's recovery makes the later ones echoes of it.
      const error = errors[0]!;
      problems.push({
        kind: 'parse-error',
        message: firstLine(error.message),
        ...sourceMap.range(error.pos[0], error.pos[1]),
      });
      return;
    }
    if (doc.contents === null) return;
    const state = new Conversion(doc, version, maxAliasNodes);
    try {
      const data = state.plain(doc.contents as Node);
      // An empty document (`---` alone, or only comments) is no document at all.
      if (data !== null) documents.push({ index, data });
    } catch (error) {
      if (error instanceof AliasLimitError)
        problems.push({
          kind: 'skipped',
          message: `too many aliases: expanding them would add more than ${maxAliasNodes} nodes to this ${BOMB}`,
          ...sourceMap.position(error.offset),
        });
      else if (error instanceof DocumentError)
        problems.push({ kind: 'parse-error', message: error.message, ...sourceMap.range(error.start, error.end) });
      else throw error;
    }
  });
  return { file, text, documents, problems, sourceMap, lines, readBy };
}

/**
 * An error of the spec that go-yaml does not make, where `yaml` reads on to the value go-yaml
 * reads (the oracle test holds it to that): a comment glued to the token before it
 * (`key: "value"# note`) is a comment.
 */
function goYamlAccepts(error: YAMLError): boolean {
  return error.code === 'MISSING_CHAR' && error.message.startsWith('Comments must be separated from other tokens');
}

interface Composed {
  docs: Document.Parsed[];
  sourceMap: SourceMap;
}

/** How `yaml` composes a text of each version (block-yaml-map.ts composes values alone with them). */
export function composeOptions(version: '1.1' | '1.2') {
  return {
    version,
    uniqueKeys: false,
    keepSourceTokens: false,
    strict: true,
    ...(version === '1.1' ? { schema: 'failsafe' as const } : {}),
  };
}

/**
 * `yaml` reads manifests as 1.1 text (the failsafe schema: go-yaml-scalars.ts resolves them),
 * edgenet's own configuration with the 1.2 core schema. Duplicate keys are found on the JSON
 * names, after resolution, by the conversion. A file whose multi-line quoted scalars or flow
 * collections `yaml` ends too early is read again with their lines indented (reindent.ts).
 */
function compose(text: string, version: '1.1' | '1.2'): Composed {
  const options = composeOptions(version);
  // A lone CR ends a line for go-yaml (and js-yaml), not for `yaml`; LF takes its place, offsets unchanged.
  const source = text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(source, { ...options, lineCounter }) as Document.Parsed[];
  const cutShort = (ds: Document.Parsed[]) =>
    ds.some((d) =>
      d.errors.some(
        (e) =>
          (e.code === 'MISSING_CHAR' && /^Missing closing .?quote/.test(e.message)) ||
          (e.code === 'BAD_INDENT' && /must be sufficiently indented/.test(e.message)),
      ),
    );
  if (Array.isArray(docs) && cutShort(docs)) {
    const reindented = reindent(source);
    if (reindented) {
      const counter = new LineCounter();
      const again = parseAllDocuments(reindented.text, { ...options, lineCounter: counter }) as Document.Parsed[];
      const errors = (ds: Document.Parsed[]) => ds.reduce((n, d) => n + d.errors.length, 0);
      if (errors(again) < errors(docs))
        return { docs: again, sourceMap: new SourceMap(reindented.text, counter, again, reindented.inserted) };
    }
  }
  // parseAllDocuments returns an EmptyStream (an array with an `empty` flag) for a file with no documents.
  return { docs, sourceMap: new SourceMap(source, lineCounter, docs) };
}

/**
 * Positions for a JSON stream: each value composed on its own, its ranges moved to where it
 * starts in the file. Slow on large files: src/parse/json-source-map.ts scans instead, and falls
 * back to this.
 */
export function jsonSourceMap(text: string, values: readonly JsonValue[]): SourceMap {
  const lineCounter = lineCounterOf(text);
  const docs = values.map((v) => {
    const doc = parseDocument(text.slice(v.start, v.end), { keepSourceTokens: false }) as Document.Parsed;
    if (v.start > 0)
      visit(doc, (_key, node) => {
        const r = (node as { range?: number[] }).range;
        if (r) for (let i = 0; i < r.length; i++) r[i]! += v.start;
      });
    return doc;
  });
  return new SourceMap(text, lineCounter, docs);
}

class AliasLimitError extends Error {
  constructor(readonly offset: number) {
    super('alias limit');
  }
}

/** A document Kubernetes cannot read (sigs.k8s.io/yaml fails on it), or a duplicate key. */
class DocumentError extends Error {
  constructor(
    message: string,
    readonly start: number,
    readonly end: number,
  ) {
    super(message);
  }
}

function firstLine(message: string): string {
  // yaml appends " at line L, column C:" and a source excerpt; the report gives the position itself.
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

const MERGE_TAG = 'tag:yaml.org,2002:merge';
const BOMB = 'document (an alias bomb?)';
const NULL_KEY = 'a null mapping key: JSON, and so Kubernetes, cannot hold it';

/**
 * One document's conversion to plain values. An alias yields the same object as its anchor (no
 * copy), and its size is charged to the document's budget, so that a billion-laughs document is
 * refused before anything downstream (JSON.stringify into the policy engine) multiplies it.
 */
class Conversion {
  private left: number;
  private readonly sizes = new Map<Node, number>();
  private readonly anchors = new Map<Node, unknown>();
  private readonly converting = new Set<Node>();

  constructor(
    private readonly doc: Document.Parsed,
    private readonly version: '1.1' | '1.2',
    maxAliasNodes: number,
  ) {
    this.left = maxAliasNodes;
  }

  plain(node: Node | null): unknown {
    if (node === null) return null;
    if (isAlias(node)) {
      const target = this.target(node);
      if (!target) return null;
      this.left -= this.sizeOf(target);
      if (this.left < 0) throw new AliasLimitError(node.range?.[0] ?? 0);
      return this.anchored(target);
    }
    if (isScalar(node)) return this.scalar(node);
    let value: unknown;
    if (isMap(node)) value = this.map(node);
    else if (isSeq(node)) value = node.items.map((item) => this.plain(item as Node | null));
    if (node.tag) {
      const intrinsic = intrinsicFromTag(node.tag, value);
      if (intrinsic !== undefined) return intrinsic;
    }
    return value;
  }

  private target(alias: Node): Node | undefined {
    return (alias as { resolve(doc: Document.Parsed): Node | undefined }).resolve(this.doc);
  }

  private scalar(node: Scalar): unknown {
    if (this.version === '1.2')
      // A 1.2 timestamp stays the text it was written as: JSON has no dates.
      return node.value instanceof Date ? (node.source ?? node.value.toISOString()) : node.value;
    const text = String(node.value ?? '');
    if (node.tag) {
      const intrinsic = intrinsicFromTag(node.tag, text);
      if (intrinsic !== undefined) return intrinsic;
    }
    const value = this.resolved(node, text).value;
    // encoding/json has no infinity or NaN: sigs.k8s.io/yaml fails on the whole document.
    if (typeof value === 'number' && !Number.isFinite(value))
      throw this.error(node, `${node.source ?? text} is a float that JSON, and so Kubernetes, cannot hold: quote it`);
    return value;
  }

  private resolved(node: Scalar, text: string): Resolved {
    try {
      if (node.tag && node.tag !== '!') return resolveTagged(node.tag, text);
      if (node.type === Scalar.PLAIN && !node.tag) return resolve(text, true);
      return { kind: 'str', value: text };
    } catch (error) {
      if (error instanceof ScalarError) throw this.error(node, error.message);
      throw error;
    }
  }

  private map(node: Node & { items: { key: unknown; value: unknown }[] }): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const explicit = new Set<string>();
    for (const pair of node.items) {
      const key = pair.key as Node | null;
      const valueNode = pair.value as Node | null;
      if (isScalar(key) && this.isMergeKey(key)) {
        this.merge(out, valueNode, key);
        continue;
      }
      const name = this.keyName(key, node);
      if (explicit.has(name)) throw this.error(key ?? node, 'Map keys must be unique');
      explicit.add(name);
      Object.defineProperty(out, name, {
        value: this.plain(valueNode),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }

  /** A plain `<<` (or `!!merge`) key: YAML 1.1's merge key, which go-yaml honours (decode.go isMerge). */
  private isMergeKey(key: Scalar): boolean {
    return key.value === '<<' && ((key.type === Scalar.PLAIN && !key.tag) || key.tag === MERGE_TAG);
  }

  /**
   * go-yaml merges in place (decode.go merge): the merged keys overwrite those written before
   * `<<`, keys written after it overwrite them, and in a list of maps the first one wins.
   */
  private merge(out: Record<string, unknown>, source: Node | null, at: Node): void {
    const isMapNode = (n: Node | null) => isMap(n) || (isAlias(n) && isMap(this.target(n)));
    const sources = isSeq(source) ? (source.items as (Node | null)[]) : [source];
    if (!sources.every(isMapNode) || (!isSeq(source) && !isMapNode(source)))
      throw this.error(source ?? at, 'map merge requires map or sequence of maps as the value');
    for (const s of [...sources].reverse()) {
      const values = this.plain(s) as Record<string, unknown>;
      for (const [k, v] of Object.entries(values))
        Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
    }
  }

  /** The JSON name of a key as sigs.k8s.io/yaml writes it, or why Kubernetes cannot read the document. */
  private keyName(key: Node | null, map: Node): string {
    let node = key;
    if (isAlias(node)) node = this.target(node) ?? null;
    if (node === null) throw this.error(map, NULL_KEY);
    if (!isScalar(node))
      throw this.error(key!, 'a mapping or sequence as a mapping key: JSON, and so Kubernetes, cannot hold it');
    if (this.version === '1.2') return String(node.value);
    const text = String(node.value ?? '');
    try {
      // A local tag on a key (`!Ref x:`) leaves the text, as go-yaml does.
      if (node.tag && !node.tag.startsWith('tag:yaml.org,2002:')) return text;
      return jsonKey(this.resolved(node, text));
    } catch (error) {
      if (error instanceof ScalarError) throw this.error(key!, error.message);
      throw error;
    }
  }

  private anchored(target: Node): unknown {
    if (this.anchors.has(target)) return this.anchors.get(target);
    if (this.converting.has(target)) throw this.error(target, 'anchor value contains itself');
    this.converting.add(target);
    const value = this.plain(target);
    this.converting.delete(target);
    this.anchors.set(target, value);
    return value;
  }

  private sizeOf(node: Node): number {
    const known = this.sizes.get(node);
    if (known !== undefined) return known;
    this.sizes.set(node, 1); // a cycle through aliases counts once instead of recursing forever
    let size = 1;
    if (isMap(node)) for (const pair of node.items) size += (pair.value ? this.sizeOf(pair.value as Node) : 0) + 1;
    else if (isSeq(node)) for (const item of node.items) size += item ? this.sizeOf(item as Node) : 1;
    else if (isAlias(node)) {
      const target = this.target(node);
      size += target ? this.sizeOf(target) : 0;
    }
    this.sizes.set(node, size);
    return size;
  }

  private error(node: Node, message: string): DocumentError {
    const [start, end] = node.range ?? [0, 0];
    return new DocumentError(message, start, end);
  }
}
