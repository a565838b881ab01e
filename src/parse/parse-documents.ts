/**
 * Turns file contents into plain JavaScript documents plus a SourceMap that places any path.
 * Problems are returned as values: a syntax error is a parse-error at the parser's position, a
 * file that cannot be analysed is a skip with its reason. Nothing throws for bad input.
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Document, type Node } from 'yaml';
import { checkDirectives } from './directives.js';
import { fastLoad } from './fast-load.js';
import { intrinsicFromTag } from './intrinsics.js';
import { SourceMap } from './source-map.js';

export interface ParsedDocument {
  index: number;
  data: unknown;
}

export interface FileProblem {
  kind: 'parse-error' | 'skipped';
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

export interface ParsedFile {
  file: string;
  text: string;
  /** Documents without errors, with their index in the file. Empty documents are left out. */
  documents: ParsedDocument[];
  problems: FileProblem[];
  /** Positions; built on first use for files read by the fast path. */
  readonly sourceMap: SourceMap;
  /** Lines of the file, for comment waivers and the text report; split on first use. */
  readonly lines: string[];
}

export interface ParseOptions {
  /** false: always compose with `yaml` (the careful path), as tests of the two paths do. */
  fast?: boolean;
  /** Total nodes that alias expansion may add to a file; past it the file is skipped. */
  maxAliasNodes?: number;
  /** YAML version: manifests are read as 1.1 like Kubernetes; edgenet's own configuration as 1.2. */
  version?: '1.1' | '1.2';
}

const DEFAULT_MAX_ALIAS_NODES = 10_000;

/** Kubernetes decodes YAML as 1.1 (sigs.k8s.io/yaml over go-yaml v2): `on` is a boolean there. */
const YAML_OPTIONS = { uniqueKeys: true, keepSourceTokens: false, strict: true } as const;

export function parseText(file: string, text: string, options: ParseOptions = {}): ParsedFile {
  if (options.fast !== false && !/(^|\/)templates\//.test(file)) {
    const fast = /\.json$/i.test(file) ? fastJson(text) : fastLoad(text);
    if (fast.ok) {
      let sourceMap: SourceMap | undefined;
      let lines: string[] | undefined;
      return {
        file,
        text,
        documents: fast.documents,
        problems: [],
        get sourceMap() {
          sourceMap ??= carefulParse(file, text, { ...options, fast: false }).sourceMap;
          return sourceMap;
        },
        get lines() {
          lines ??= splitLines(text);
          return lines;
        },
      };
    }
  }
  return carefulParse(file, text, options);
}

/**
 * A .json file that JSON.parse reads is read the same by YAML, except for a repeated key, which
 * JSON.parse takes the last of and edgenet refuses: such files, and anything JSON.parse refuses,
 * go to the careful path.
 */
function fastJson(text: string): { ok: true; documents: ParsedDocument[] } | { ok: false } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false };
  }
  if (hasRepeatedKey(text)) return { ok: false };
  return { ok: true, documents: data === null ? [] : [{ index: 0, data }] };
}

/** Whether some object of the JSON text repeats a key (a linear scan of the tokens). */
function hasRepeatedKey(text: string): boolean {
  const stack: (Set<string> | null)[] = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const top = stack[stack.length - 1];
      if (expectKey && top) {
        const key = text.slice(i + 1, j);
        if (top.has(key)) return true;
        top.add(key);
        expectKey = false;
      }
      i = j;
    } else if (c === '{') {
      stack.push(new Set());
      expectKey = true;
    } else if (c === '[') {
      stack.push(null);
    } else if (c === '}' || c === ']') {
      stack.pop();
    } else if (c === ',') {
      expectKey = stack[stack.length - 1] !== null && stack.length > 0;
    }
  }
  return false;
}

function splitLines(text: string): string[] {
  return text.split(/\r?\n/);
}

/** The careful path: `yaml` composes the documents, with positions, errors and the alias limit. */
function carefulParse(file: string, text: string, options: ParseOptions): ParsedFile {
  const lineCounter = new LineCounter();
  const lines = splitLines(text);
  let docs: Document.Parsed[];
  try {
    docs = parseAllDocuments(text, {
      ...YAML_OPTIONS,
      version: options.version ?? '1.1',
      lineCounter,
    }) as Document.Parsed[];
  } catch (error) {
    // The parser reports problems as values; a throw here is a parser bug, still not a crash of ours.
    const sourceMap = new SourceMap(text, lineCounter, []);
    return {
      file,
      text,
      documents: [],
      problems: [{ kind: 'parse-error', message: `parser failed: ${(error as Error).message}`, line: 1, column: 1 }],
      sourceMap,
      lines,
    };
  }
  // parseAllDocuments returns an EmptyStream (an array with an `empty` flag) for a file with no documents.
  const sourceMap = new SourceMap(text, lineCounter, docs);
  const directive = text.includes('%') && /^%/m.test(text) ? checkDirectives(text) : undefined;
  if (directive)
    return { file, text, documents: [], problems: [{ kind: 'parse-error', ...directive }], sourceMap, lines };
  const problems: FileProblem[] = [];
  const documents: ParsedDocument[] = [];
  const budget: ConvertState = { left: options.maxAliasNodes ?? DEFAULT_MAX_ALIAS_NODES, collectionKey: false };

  docs.forEach((doc, index) => {
    if (doc.errors.length > 0) {
      // The first error of a document; the parser's recovery makes the later ones echoes of it.
      for (const error of doc.errors.slice(0, 1)) {
        const [start, end] = error.linePos ?? [{ line: 1, col: 1 }];
        problems.push({
          kind: 'parse-error',
          message: firstLine(error.message),
          line: start.line,
          column: start.col,
          endLine: end?.line,
          endColumn: end?.col,
        });
      }
      return;
    }
    if (doc.contents === null) return;
    try {
      const data = toPlain(doc, doc.contents as Node, budget, new Map());
      // An empty document (`---` alone, or only comments) is no document at all.
      if (data !== null) documents.push({ index, data });
    } catch (error) {
      if (!(error instanceof AliasLimitError)) throw error;
      const at = sourceMap.position(error.offset);
      problems.push({
        kind: 'skipped',
        message: `too many aliases: expanding them would add more than ${options.maxAliasNodes ?? DEFAULT_MAX_ALIAS_NODES} nodes (an alias bomb?)`,
        line: at.line,
        column: at.column,
      });
    }
  });

  if (problems.some((p) => p.kind === 'skipped'))
    return {
      file,
      text,
      documents: [],
      problems: problems.filter((p) => p.kind === 'skipped').slice(0, 1),
      sourceMap,
      lines,
    };
  // Template syntax is either a YAML error, or parses into nonsense: `{{ x }}` is a mapping with a
  // mapping for key. Files in a chart's templates/ are templates even where they happen to parse.
  const suspect = problems.length > 0 || budget.collectionKey || /(^|\/)templates\//.test(file);
  const template = suspect ? findTemplateSyntax(lines) : undefined;
  if (template) {
    return {
      file,
      text,
      documents: [],
      problems: [
        {
          kind: 'skipped',
          message: 'Helm/Go template syntax ({{ ... }}) is not YAML: render it (helm template) and lint the output',
          ...template,
        },
      ],
      sourceMap,
      lines,
    };
  }
  return { file, text, documents, problems, sourceMap, lines };
}

class AliasLimitError extends Error {
  constructor(readonly offset: number) {
    super('alias limit');
  }
}

function firstLine(message: string): string {
  // yaml appends " at line L, column C:" and a source excerpt; the report gives the position itself.
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

function findTemplateSyntax(lines: string[]): { line: number; column: number } | undefined {
  for (let i = 0; i < lines.length; i++) {
    const col = lines[i]!.indexOf('{{');
    if (col >= 0 && lines[i]!.includes('}}', col)) return { line: i + 1, column: col + 1 };
  }
  return undefined;
}

/**
 * The plain value of a node. An alias yields the same object as its anchor (no copy), and its
 * size is charged to the budget so that a billion-laughs file is refused before anything
 * downstream (JSON.stringify into the policy engine) multiplies it.
 */
interface ConvertState {
  /** Alias expansion still allowed, in nodes. */
  left: number;
  /** A mapping key that is itself a collection was seen. */
  collectionKey: boolean;
}

function toPlain(doc: Document.Parsed, node: Node | null, budget: ConvertState, sizes: Map<Node, number>): unknown {
  if (node === null) return null;
  if (isAlias(node)) {
    const target = node.resolve(doc) as Node | undefined;
    if (!target) return null;
    budget.left -= sizeOf(target, doc, sizes);
    if (budget.left < 0) throw new AliasLimitError(node.range?.[0] ?? 0);
    return plainOfAnchor(doc, target, budget, sizes);
  }
  let value: unknown;
  if (isScalar(node)) {
    // A YAML 1.1 timestamp stays the text it was written as: JSON (and so Kubernetes) has no dates.
    value = node.value instanceof Date ? (node.source ?? node.value.toISOString()) : node.value;
  } else if (isMap(node)) {
    const out: Record<string, unknown> = {};
    for (const pair of node.items) {
      const key = pair.key as Node | null;
      if (key !== null && !isScalar(key)) budget.collectionKey = true;
      const keyValue = isScalar(key) ? key.value : key === null ? null : toPlain(doc, key, budget, sizes);
      const val = toPlain(doc, pair.value as Node | null, budget, sizes);
      // The 1.1 schema resolves a plain `<<` key to a merge marker (a symbol).
      if (isScalar(key) && key.type === 'PLAIN' && (typeof keyValue === 'symbol' || keyValue === '<<')) {
        mergeInto(out, val);
        continue;
      }
      const name = typeof keyValue === 'string' ? keyValue : JSON.stringify(keyValue);
      Object.defineProperty(out, name, { value: val, enumerable: true, writable: true, configurable: true });
    }
    value = out;
  } else if (isSeq(node)) {
    value = node.items.map((item) => toPlain(doc, item as Node | null, budget, sizes));
  }
  if (node.tag) {
    const intrinsic = intrinsicFromTag(node.tag, value);
    if (intrinsic !== undefined) return intrinsic;
  }
  return value;
}

/** YAML 1.1 merge keys, as Kubernetes' decoder applies them: explicit keys win. */
function mergeInto(out: Record<string, unknown>, source: unknown): void {
  const sources = Array.isArray(source) ? source : [source];
  for (const s of sources) {
    if (s && typeof s === 'object' && !Array.isArray(s)) {
      for (const [k, v] of Object.entries(s)) if (!Object.hasOwn(out, k)) out[k] = v;
    }
  }
}

const anchorValues = new WeakMap<Node, unknown>();

function plainOfAnchor(doc: Document.Parsed, target: Node, budget: ConvertState, sizes: Map<Node, number>): unknown {
  if (anchorValues.has(target)) return anchorValues.get(target);
  const value = toPlain(doc, target, budget, sizes);
  anchorValues.set(target, value);
  return value;
}

function sizeOf(node: Node, doc: Document.Parsed, sizes: Map<Node, number>): number {
  const known = sizes.get(node);
  if (known !== undefined) return known;
  sizes.set(node, 1); // a cycle through aliases counts once instead of recursing forever
  let size = 1;
  if (isMap(node)) for (const pair of node.items) size += (pair.value ? sizeOf(pair.value as Node, doc, sizes) : 0) + 1;
  else if (isSeq(node)) for (const item of node.items) size += item ? sizeOf(item as Node, doc, sizes) : 1;
  else if (isAlias(node)) {
    const target = node.resolve(doc) as Node | undefined;
    size += target ? sizeOf(target, doc, sizes) : 0;
  }
  sizes.set(node, size);
  return size;
}
