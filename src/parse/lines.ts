/** Lines as go-yaml, js-yaml and editors count them: LF, CRLF, and a lone CR each end a line. */

export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** The offset where each line starts. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/** The 1-based line and column of an offset, given the line starts. */
export function positionAt(starts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}

/** The 1-based line and column of an offset. */
export function position(text: string, offset: number): { line: number; column: number } {
  return positionAt(lineStarts(text.slice(0, offset + 1)), offset);
}
