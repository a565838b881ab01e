/**
 * kubectl reads an input whose first character (after white space) is '{' as a stream of JSON
 * values, one document each, and as YAML only if the first value is not JSON
 * (k8s.io/apimachinery/pkg/util/yaml YAMLOrJSONDecoder, which kubectl's file reader uses). JSON
 * is read by JSON.parse, whose reading equals encoding/json's but for a repeated key: JSON.parse
 * and kubectl keep the last, edgenet refuses the document, comparing names after unescaping
 * ("labels" and "\u006cabels" are the same name).
 */

export interface JsonValue {
  start: number;
  end: number;
  data: unknown;
}

export type JsonStream =
  /** The first value is not JSON: the input is YAML. */
  | { json: false }
  | {
      json: true;
      values: JsonValue[];
      /** A value after the first two that is not JSON: kubectl stops there with this error. */
      error?: { offset: number; message: string };
      /** The first repeated key of each value that has one. */
      repeated: { offset: number; end: number; key: string }[];
    };

const WHITE = /[ \t\n\r]/;

export function startsAsJson(text: string): boolean {
  const first = /\S/.exec(text);
  return first?.[0] === '{';
}

export function readJsonStream(text: string): JsonStream {
  const values: JsonValue[] = [];
  const repeated: { offset: number; end: number; key: string }[] = [];
  let pos = 0;
  for (;;) {
    while (pos < text.length && WHITE.test(text[pos]!)) pos++;
    if (pos >= text.length) break;
    const end = valueEnd(text, pos);
    let data: unknown;
    try {
      if (end === undefined) throw new SyntaxError('unexpected end of JSON input');
      data = JSON.parse(text.slice(pos, end));
    } catch (error) {
      // One or no value read: kubectl's decoder goes back and reads the input as YAML. The one
      // value before a YAML remainder is rare enough to read the whole input as YAML instead.
      if (values.length <= 1) return { json: false };
      return { json: true, values, repeated, error: { offset: pos + errorOffset(error), message: jsonMessage(error) } };
    }
    values.push({ start: pos, end, data });
    const again = firstRepeatedKey(text, pos, end);
    if (again) repeated.push(again);
    pos = end;
  }
  return { json: true, values, repeated };
}

/** Where the JSON value starting at `start` ends: a bracket, a string or a literal; undefined if it does not. */
function valueEnd(text: string, start: number): number | undefined {
  const c = text[start];
  if (c === '"') return stringEnd(text, start);
  if (c !== '{' && c !== '[') {
    let i = start;
    while (i < text.length && !/[\s{}[\],:"]/.test(text[i]!)) i++;
    return i === start ? start + 1 : i;
  }
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      const e = stringEnd(text, i);
      if (e === undefined) return undefined;
      i = e - 1;
    } else if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return undefined;
}

function stringEnd(text: string, start: number): number | undefined {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i + 1;
  }
  return undefined;
}

/** The first key that an object of the value repeats, compared after unescaping. */
function firstRepeatedKey(
  text: string,
  start: number,
  end: number,
): { offset: number; end: number; key: string } | undefined {
  const stack: (Set<string> | null)[] = [];
  let expectKey = false;
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === '"') {
      const close = stringEnd(text, i)!;
      const top = stack[stack.length - 1];
      if (expectKey && top) {
        const raw = text.slice(i, close);
        const key = raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
        if (top.has(key)) return { offset: i, end: close, key };
        top.add(key);
        expectKey = false;
      }
      i = close - 1;
    } else if (c === '{') {
      stack.push(new Set());
      expectKey = true;
    } else if (c === '[') {
      stack.push(null);
      expectKey = false;
    } else if (c === '}' || c === ']') {
      stack.pop();
      expectKey = false;
    } else if (c === ',') {
      expectKey = stack[stack.length - 1] instanceof Set;
    }
  }
  return undefined;
}

/** V8 says where JSON.parse stopped ("... in JSON at position 12"). */
function errorOffset(error: unknown): number {
  const m = /at position (\d+)/.exec((error as Error).message);
  return m ? Number(m[1]) : 0;
}

function jsonMessage(error: unknown): string {
  return (error as Error).message.replace(/ in JSON at position \d+.*$/, '').replace(/^JSON\.parse: /, '');
}
