/**
 * Multi-line quoted scalars and flow collections whose later lines are indented less than the key
 * they belong to:
 *
 *     description: "a long text
 *   that goes on"
 *     args: [a,
 *   b]
 *
 * The YAML spec refuses them, and `yaml` ends the scalar or collection at the first short line;
 * go-yaml (and so kubectl) reads on to the closing quote or bracket, and such text is common in
 * controller-gen CRDs and hand-written manifests. The leading white space of these later lines is
 * no part of any value (line folding, separation in flow), so indenting them further changes no
 * value: the careful path indents them, then reads the file, and maps columns back through the
 * inserted spaces.
 */
import { CST, Lexer } from 'yaml';
import { position } from './lines.js';

export interface Reindented {
  text: string;
  /** 1-based line -> spaces inserted at its start. */
  inserted: Map<number, number>;
}

/** At most this many scalars are re-indented in one file (each costs a pass of the lexer). */
const MAX_REPAIRS = 1000;

export function reindent(text: string): Reindented | undefined {
  let current = text;
  const inserted = new Map<number, number>();
  for (let round = 0; round < MAX_REPAIRS; round++) {
    const cut = firstCutShort(current);
    if (!cut) break;
    const lines = current.split('\n');
    const startLine = position(current, cut.start).line;
    const endLine = position(current, cut.end - 1).line;
    const lineStart = current.lastIndexOf('\n', cut.start - 1) + 1;
    const needed = cut.start - lineStart + 1;
    let changed = false;
    for (let l = startLine + 1; l <= endLine; l++) {
      const line = lines[l - 1]!;
      const indent = /^ */.exec(line)![0].length;
      if (line.trim() === '' || indent >= needed) continue;
      lines[l - 1] = ' '.repeat(needed - indent) + line;
      inserted.set(l, (inserted.get(l) ?? 0) + needed - indent);
      changed = true;
    }
    if (!changed) break;
    current = lines.join('\n');
  }
  return inserted.size > 0 ? { text: current, inserted } : undefined;
}

/** The first quoted scalar or flow collection that `yaml`'s lexer ends before go-yaml does. */
function firstCutShort(text: string): { start: number; end: number } | undefined {
  let offset = 0;
  const flows: number[] = [];
  for (const token of new Lexer().lex(text)) {
    if (token === '\x18') {
      // flow-error-end: the lexer gave up on the open flow collections at a short line.
      const end = flows.length > 0 ? closingBracket(text, flows[0]!) : undefined;
      if (end !== undefined) return { start: flows[0]!, end };
      flows.length = 0;
      continue;
    }
    if (token === '\x02' || token === '\x1f') continue;
    const type = CST.tokenType(token);
    if (type === 'double-quoted-scalar' || type === 'single-quoted-scalar') {
      const end = closingQuote(text, offset);
      if (end !== undefined && end > offset + token.length) return { start: offset, end };
    } else if (type === 'flow-map-start' || type === 'flow-seq-start') flows.push(offset);
    else if (type === 'flow-map-end' || type === 'flow-seq-end') flows.pop();
    offset += token.length;
  }
  return undefined;
}

/**
 * Where libyaml ends the quoted scalar that starts at `start` (just past the closing quote): it
 * does not look at indentation, only at escapes, and refuses a document marker line inside.
 */
function closingQuote(text: string, start: number): number | undefined {
  const quote = text[start];
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' && isDocumentMarker(text, i + 1)) return undefined;
    if (quote === '"' && c === '\\') i++;
    else if (c === quote) {
      if (quote === "'" && text[i + 1] === "'") i++;
      else return i + 1;
    }
  }
  return undefined;
}

/** Where libyaml ends the flow collection that starts at `start`, past quoted scalars and comments. */
function closingBracket(text: string, start: number): number | undefined {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n' && isDocumentMarker(text, i + 1)) return undefined;
    const tokenStart = i === start || /[\s[\]{},:?]/.test(text[i - 1]!);
    if ((c === '"' || c === "'") && tokenStart) {
      const end = closingQuote(text, i);
      if (end === undefined) return undefined;
      i = end - 1;
    } else if (c === '#' && /\s/.test(text[i - 1] ?? '')) {
      const eol = text.indexOf('\n', i);
      if (eol < 0) return undefined;
      i = eol - 1;
    } else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return undefined;
}

function isDocumentMarker(text: string, lineStart: number): boolean {
  return /^(?:---|\.\.\.)(?:[ \t\r\n]|$)/.test(text.slice(lineStart, lineStart + 4));
}
