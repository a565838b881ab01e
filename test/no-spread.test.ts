/**
 * No unbounded array is spread into a call's arguments anywhere in src/: every argument of a
 * call is a stack slot, and V8 throws "Maximum call stack size exceeded" past about 120,000 of
 * them (`out.push(...findings)` with 125,000 findings, `Math.min(...orders)` with 130,000 rules
 * lost a whole run). The calls that take lists this way (push, unshift, splice, concat,
 * Math.min/max, String.fromCharCode/fromCodePoint, Array.of, Object.assign) must take them by a
 * loop instead. An array literal `[...a, ...b]` iterates and is fine.
 *
 * The scanner is a small lexer (strings, template literals, comments and regular expressions
 * skipped) that finds `...` directly inside the parentheses of such a call.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { joined, ROOT } from './helpers.js';

const CALLEES = joined(
  /(?:^|\.)(?:push|unshift|splice|concat)$|/,
  /^(?:Math\.(?:min|max)|String\.fromCharCode|String\.fromCodePoint|Array\.of|Object\.assign)$/,
);

export interface SpreadCall {
  file: string;
  line: number;
  callee: string;
}

/** The calls in `source` that spread an argument, with their callee as written (`out.push`). */
export function spreadCalls(source: string, file = '<source>'): SpreadCall[] {
  const found: SpreadCall[] = [];
  // Each open bracket: its character, and for `(` the callee when it opens a call's arguments.
  const stack: { open: string; callee?: string }[] = [];
  // Template literals nest: `${` opens code inside a template, whose `}` returns to the template.
  const templates: number[] = [];
  let prev = ''; // the last significant token
  let prevPrev = '';
  let chain = ''; // the dotted name just read (a.b.c)
  let line = 1;
  const push = (token: string) => {
    prevPrev = prev;
    prev = token;
  };
  let i = 0;
  const n = source.length;
  const readTemplate = () => {
    // At the character after ` or after the } closing a ${...}: read to the closing ` or to ${.
    while (i < n) {
      const c = source[i]!;
      if (c === '\\') {
        i += 2;
        continue;
      }
      if (c === '\n') line++;
      if (c === '`') {
        i++;
        push('template');
        return;
      }
      if (c === '$' && source[i + 1] === '{') {
        i += 2;
        templates.push(stack.length);
        stack.push({ open: '${' });
        push('(');
        return;
      }
      i++;
    }
  };
  while (i < n) {
    const c = source[i]!;
    if (c === '\n') {
      line++;
      i++;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    if (c === '/' && source[i + 1] === '/') {
      while (i < n && source[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end < 0 ? n : end + 2;
      for (let k = i; k < stop; k++) if (source[k] === '\n') line++;
      i = stop;
      continue;
    }
    if (c === '"' || c === "'") {
      i++;
      while (i < n && source[i] !== c) i += source[i] === '\\' ? 2 : 1;
      i++;
      push('string');
      chain = '';
      continue;
    }
    if (c === '`') {
      i++;
      readTemplate();
      chain = '';
      continue;
    }
    if (c === '/' && startsRegex(prev)) {
      i++;
      let inClass = false;
      while (i < n) {
        const d = source[i]!;
        if (d === '\\') i += 2;
        else if (d === '[' || d === ']') {
          inClass = d === '[';
          i++;
        } else if (d === '/' && !inClass) break;
        else i++;
      }
      i++;
      while (i < n && /[a-z]/.test(source[i]!)) i++;
      push('regex');
      chain = '';
      continue;
    }
    if (/[A-Za-z_$]/.test(c)) {
      let j = i;
      while (j < n && /[\w$]/.test(source[j]!)) j++;
      const word = source.slice(i, j);
      chain = prev === '.' || prev === '?.' ? `${chain}.${word}` : word;
      i = j;
      push(KEYWORDS.has(word) ? `kw:${word}` : 'ident');
      continue;
    }
    if (/[0-9]/.test(c)) {
      while (i < n && /[\w.]/.test(source[i]!)) i++;
      push('number');
      chain = '';
      continue;
    }
    if (source.startsWith('...', i)) {
      const top = stack[stack.length - 1];
      if (top?.callee !== undefined && (prev === '(' || prev === ',') && CALLEES.test(top.callee))
        found.push({ file, line, callee: top.callee });
      i += 3;
      push('...');
      continue;
    }
    if (source.startsWith('?.', i) && !/[0-9]/.test(source[i + 2] ?? '')) {
      i += 2;
      push('?.');
      continue;
    }
    if (c === '(') {
      // A call: after a name that is not `function NAME` or a keyword, or after ) ] (a returned function).
      const call = (prev === 'ident' && prevPrev !== 'kw:function') || prev === ')' || prev === ']' || prev === '?.';
      stack.push({ open: '(', ...(call ? { callee: prev === 'ident' ? chain : '' } : {}) });
      i++;
      push('(');
      continue;
    }
    if (c === '[' || c === '{') {
      stack.push({ open: c });
      i++;
      push(c === '[' ? '(' : '{');
      continue;
    }
    if (c === ')' || c === ']' || c === '}') {
      const top = stack.pop();
      i++;
      if (c === '}' && top?.open === '${' && templates[templates.length - 1] === stack.length) {
        templates.pop();
        readTemplate();
        continue;
      }
      push(c === '}' ? '}' : c);
      continue;
    }
    i++;
    push(c === '.' ? '.' : c === ',' ? ',' : 'op');
  }
  return found;
}

const KEYWORDS = new Set([
  'if',
  'for',
  'while',
  'switch',
  'catch',
  'function',
  'return',
  'typeof',
  'await',
  'yield',
  'new',
  'in',
  'of',
  'case',
  'do',
  'else',
  'throw',
  'void',
  'delete',
  'instanceof',
  'export',
  'import',
  'const',
  'let',
  'var',
]);

/** A `/` starts a regular expression after an operator, an opening bracket, a keyword or nothing. */
function startsRegex(prev: string): boolean {
  return (
    prev === '' ||
    prev === '(' ||
    prev === ',' ||
    prev === '{' ||
    prev === '}' ||
    prev === 'op' ||
    prev.startsWith('kw:')
  );
}

function sources(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) return sources(rel);
    return /\.ts$/.test(e.name) && !/\.test\.ts$/.test(e.name) ? [rel] : [];
  });
}

const all = sources('src').flatMap((file) => spreadCalls(readFileSync(path.join(ROOT, file), 'utf8'), file));
const describe = (hits: SpreadCall[]) => hits.map((h) => `${h.file}:${h.line} ${h.callee}(...)`);

test('the scanner finds spreads into calls, and only there', () => {
  const hits = spreadCalls(
    [
      'out.push(...findings);',
      'const w = Math.max(0, ...rows.map((r) => r.length));',
      'const a = [...xs, ...ys]; f(...args); const { x, ...rest } = o;',
      'const s = `${list.concat(...more)}`; // a.push(...b) in a comment',
      "const t = 'out.push(...x)'; const re = /push\\(\\.\\.\\./;",
      'function push(...items) { return items; }',
      'this.rows?.unshift(...added);',
    ].join('\n'),
  );
  assert.deepEqual(
    hits.map((h) => [h.line, h.callee]),
    [
      [1, 'out.push'],
      [2, 'Math.max'],
      [4, 'list.concat'],
      [7, 'this.rows.unshift'],
    ],
  );
});

test('no call in src/ takes a spread list (push, Math.min/max, concat ...): a loop takes any length', () => {
  assert.deepEqual(describe(all), []);
});
