/**
 * YAML directives (`%YAML`, `%TAG`) as the spec has them, where the `yaml` library is lenient
 * (YAML test suite 9MMA, QLJ7, SF5V): a directive needs a `---` document after it, `%YAML` comes
 * once per document, and a named tag handle is declared for the document that uses it.
 */
import { splitLines } from './lines.js';

export interface DirectiveProblem {
  message: string;
  line: number;
  column: number;
}

export function checkDirectives(text: string): DirectiveProblem | undefined {
  const lines = splitLines(text);
  let pending: { yaml: number; tags: Set<string>; line: number } | undefined;
  let active = new Set<string>();
  // A '%' line is a directive only between documents: at the start, or after a '...' marker.
  let between = true;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const at = (column: number, message: string) => ({ message, line: i + 1, column });
    if (/^\.\.\.(\s|$)/.test(line)) {
      between = true;
      continue;
    }
    if (between && line.startsWith('%')) {
      pending ??= { yaml: 0, tags: new Set(), line: i + 1 };
      if (line.startsWith('%YAML') && ++pending.yaml > 1)
        return at(1, 'the %YAML directive may appear only once per document');
      const tag = /^%TAG\s+(!\S*!)\s/.exec(line);
      if (tag) pending.tags.add(tag[1]!);
      continue;
    }
    if (/^---(\s|$)/.test(line)) {
      active = pending?.tags ?? new Set();
      pending = undefined;
      between = false;
    } else if (line.trim() !== '' && !line.trimStart().startsWith('#')) {
      if (pending) return at(1, 'directives must be followed by a document start marker (---)');
      between = false;
    }
    for (const m of line
      .replace(/'[^']*'|"(?:[^"\\]|\\.)*"|#.*$/g, (s) => ' '.repeat(s.length))
      .matchAll(/(?:^|[\s,[{])(![\w-]+!)/g)) {
      if (!active.has(m[1]!))
        return at(
          m.index! + m[0].indexOf('!') + 1,
          `the tag handle ${m[1]} is not declared for this document (%TAG applies to the next document only)`,
        );
    }
  }
  if (pending) return { message: 'directives must be followed by a document', line: pending.line, column: 1 };
  return undefined;
}
