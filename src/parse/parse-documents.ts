/**
 * Turns file contents into plain JavaScript documents, read as Kubernetes reads them (YAML 1.1
 * as go-yaml resolves it, JSON streams as kubectl's decoder does), plus a SourceMap that places
 * any path. Problems are returned as values: a syntax error is a parse-error at the parser's
 * position, a file that cannot be analysed is a skip with its reason. Nothing throws for bad input.
 *
 * Four readings, one answer (test/parse/oracle.test.ts holds all to kubectl's): JSON.parse for
 * an input that starts with '{', a line-by-line reader for block-style YAML (block-load.ts),
 * js-yaml for the rest (fast-load.ts), and `yaml` where js-yaml gives up or positions are wanted
 * (careful-read.ts), built lazily for files read fast.
 */
import { blockLoad } from './block-load.js';
import { blockYamlMap } from './block-yaml-map.js';
import { carefulRead, jsonSourceMap } from './careful-read.js';
import { JsonSourceMap } from './json-source-map.js';
import { fastLoad } from './fast-load.js';
import { readJsonStream, startsAsJson } from './json-stream.js';
import type { FileProblem, ParsedDocument, ParsedFile, ParseOptions } from './parsed-file.js';
import type { SourceMap } from './source-map.js';
import { lineStarts, positionAt, splitLines } from './lines.js';
import { helmTemplateSyntax, templateSyntax } from './templates.js';

export type { FileProblem, ParsedDocument, ParsedFile, ParseOptions } from './parsed-file.js';

export function parseText(file: string, text: string, options: ParseOptions = {}): ParsedFile {
  const version = options.version ?? '1.1';
  if (options.helmChartTemplate) {
    const template = helmTemplateSyntax(text);
    if (template) {
      const { message, ...at } = template;
      const problems: FileProblem[] = [{ kind: 'skipped', message, ...at }];
      return lazy(file, text, [], problems, 'none', () => carefulRead(file, text, options).sourceMap);
    }
  }
  if (version === '1.1' && startsAsJson(text)) {
    const json = jsonFile(file, text);
    if (json) return json;
  }
  // Positions are found by following the text's indentation where it is block-style YAML:
  // composing it whole costs about 0.3 s a megabyte and ten times its size in memory (the files
  // with findings of 50,000 resources: 0.2 s).
  const positions = () => blockYamlMap(text, () => carefulRead(file, text, options).sourceMap);
  if (options.positionsOnly && version === '1.1') return lazy(file, text, [], [], 'none', positions);
  if (options.fast !== false && version === '1.1') {
    const lines = options.lines === false ? undefined : blockLoad(text);
    if (lines) return lazy(file, text, lines, [], 'lines', positions);
    const fast = fastLoad(text);
    if (fast.ok) return lazy(file, text, fast.documents, [], 'js-yaml', positions);
  }
  const careful = carefulRead(file, text, options);
  // A file that cannot be read may be template text (Jinja, Go templates) outside a Helm chart.
  if (version === '1.1' && careful.problems.some((p) => p.kind === 'parse-error')) {
    const template = templateSyntax(text);
    if (template) {
      const { message, ...at } = template;
      return { ...careful, documents: [], problems: [{ kind: 'skipped', message, ...at }] };
    }
  }
  return careful;
}

/** An input read as kubectl reads one that starts with '{': JSON values, or YAML if the first is not JSON. */
function jsonFile(file: string, text: string): ParsedFile | undefined {
  const stream = readJsonStream(text);
  if (!stream.json) return undefined;
  const problems: FileProblem[] = [];
  const positions = lineStarts(text);
  const refused = new Set<number>();
  for (const r of stream.repeated) {
    problems.push({ kind: 'parse-error', message: 'Map keys must be unique', ...range(positions, r.offset, r.end) });
    refused.add(stream.values.findIndex((v) => v.start <= r.offset && r.offset < v.end));
  }
  if (stream.error)
    problems.push({
      kind: 'parse-error',
      message: stream.error.message,
      ...positionAt(positions, stream.error.offset),
    });
  const documents = stream.values
    .map((v, index) => ({ index, data: v.data }))
    .filter((d) => d.data !== null && !refused.has(d.index));
  return lazy(
    file,
    text,
    documents,
    problems,
    'json',
    () => new JsonSourceMap(text, stream.values, () => jsonSourceMap(text, stream.values)),
  );
}

/** A file read without positions: the source map is built on first use. */
function lazy(
  file: string,
  text: string,
  documents: ParsedDocument[],
  problems: FileProblem[],
  readBy: ParsedFile['readBy'],
  buildSourceMap: () => SourceMap,
): ParsedFile {
  let sourceMap: SourceMap | undefined;
  let lines: string[] | undefined;
  return {
    file,
    text,
    documents,
    problems,
    readBy,
    get sourceMap() {
      sourceMap ??= buildSourceMap();
      return sourceMap;
    },
    get lines() {
      lines ??= splitLines(text);
      return lines;
    },
  };
}

function range(starts: number[], start: number, end: number) {
  const a = positionAt(starts, start);
  const b = positionAt(starts, end);
  return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}
