/**
 * Escaping for reports: every string a report shows (a file name, a resource name inside a
 * message, a source line) comes from the repository being judged, and must not be able to forge
 * the report around it: move a terminal's cursor, close a Markdown fence, open an HTML tag, or
 * make XML that does not parse.
 */

/**
 * Control characters (C0, DEL, C1), bidirectional overrides (Trojan Source, CVE-2021-42574) and
 * line/paragraph separators, as visible escapes: `\x1b`, `\n`, `\u202e`. A terminal then shows
 * an ESC sequence as text instead of obeying it, and a newline cannot start a fake report line.
 * `keepTabs` leaves tabs (a source line keeps its indentation).
 */
export function visible(s: string, keepTabs = false): string {
  return s.replace(
    /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff]/g,
    (c) => {
      if (c === '\t' && keepTabs) return c;
      const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
      const code = c.charCodeAt(0);
      return (
        named[c] ??
        (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`)
      );
    },
  );
}

/**
 * Text for Markdown (a table cell of the job summary or a pull request comment): HTML is
 * escaped as entities, the punctuation that opens Markdown inline syntax is backslash-escaped
 * (no link, image, emphasis, strikethrough or code span can open: an image needs `![`), a pipe
 * cannot end the cell and a line break cannot end the row.
 */
export function markdownText(s: string): string {
  return visible(s)
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/**
 * A code span that holds `s` as it is: its fence is one backtick longer than the longest run of
 * backticks in it (CommonMark 6.1), padded when `s` starts or ends with one. A pipe is escaped
 * for a table (GFM splits cells before it reads code spans) and control characters are shown.
 */
export function codeSpan(s: string): string {
  const text = visible(s).replace(/\|/g, '\\|');
  let longest = 0;
  for (const m of text.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || text === '' ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A fence for a fenced block holding `body`: longer than any run of backticks in it (at least three). */
export function fenceFor(body: string): string {
  let longest = 0;
  for (const m of body.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  return '`'.repeat(Math.max(3, longest + 1));
}

/**
 * Text for XML 1.0 (JUnit): the markup characters as entities, and the characters XML 1.0 does not
 * allow at all (most C0 controls, U+FFFE, U+FFFF, lone surrogates: XML 1.0 section 2.2 Char) left
 * out, so that the report always parses. In an attribute, tab and line breaks are character
 * references, which attribute-value normalisation keeps (section 3.3.3).
 */
export function xmlText(s: string, attribute = false): string {
  const kept = s.replace(/[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '');
  const escaped = kept.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return attribute ? escaped.replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;') : escaped;
}

/**
 * A relative file name as a URI reference (RFC 3986): each segment percent-encoded but for the
 * unreserved characters and `!'()*` (encodeURIComponent), so `#`, `?`, `%`, `:` and spaces
 * cannot change what the URI means (encodeURI left `#` and `?` as they were). A lone surrogate
 * is U+FFFD first (it has no UTF-8 form).
 */
export function uriPath(file: string): string {
  const wellFormed = file.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
  return wellFormed
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}
