/**
 * Scalars as Kubernetes reads them: YAML 1.1 as go-yaml v2 resolves it, then JSON. kubectl and
 * the API machinery decode manifests with sigs.k8s.io/yaml, which unmarshals with go-yaml v2
 * (go.yaml.in/yaml/v2 resolve.go) and converts the result to JSON (sigs.k8s.io/yaml yaml.go).
 * Both of edgenet's readings use these functions, and test/parse/oracle.test.ts holds them to
 * the real thing. What go-yaml does that a YAML 1.1 reader might not:
 * - booleans are y/Y/yes/Yes/YES/n/N/no/No/NO, true/True/TRUE, false/False/FALSE, on/On/ON,
 *   off/Off/OFF; nothing else (not `yES`);
 * - integers are what Go's strconv.ParseInt(s, 0, 64) reads once underscores are removed:
 *   `0777` is octal, `0o17`, `0x1F` and `0b101` work, `08` is not an integer but the float 8;
 * - there are no sexagesimal numbers (`1:20` stays text) and timestamps stay the text written;
 * - `.inf` and `.nan` are floats, which JSON cannot hold: the document cannot be read at all.
 */

/** What go-yaml resolved a scalar to: its tag's kind and the value Kubernetes' JSON holds. */
export type Resolved =
  | { kind: 'str' | 'timestamp'; value: string }
  | { kind: 'null'; value: null }
  | { kind: 'bool'; value: boolean }
  | { kind: 'int'; value: number; exact: bigint; unsigned: boolean }
  | { kind: 'float'; value: number };

const STR = (value: string): Resolved => ({ kind: 'str', value });

const WORDS = new Map<string, Resolved>([
  ...['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON'].map(
    (w) => [w, { kind: 'bool', value: true }] as const,
  ),
  ...['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF'].map(
    (w) => [w, { kind: 'bool', value: false }] as const,
  ),
  ...['', '~', 'null', 'Null', 'NULL'].map((w) => [w, { kind: 'null', value: null }] as const),
  ...['.nan', '.NaN', '.NAN'].map((w) => [w, { kind: 'float', value: Number.NaN }] as const),
  ...['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF'].map(
    (w) => [w, { kind: 'float', value: Number.POSITIVE_INFINITY }] as const,
  ),
  ...['-.inf', '-.Inf', '-.INF'].map((w) => [w, { kind: 'float', value: Number.NEGATIVE_INFINITY }] as const),
]);

/** strconv.ParseInt's syntax with base 0: a sign, then hex, octal (0o or a bare 0), binary or decimal. */
const GO_INT = /^([-+]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/;
/** resolve.go's yamlStyleFloat. */
const YAML_STYLE_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
/** strconv.ParseFloat of a decimal that starts with '.'; underscores only between digits. */
const DOT_FLOAT = /^\.[0-9](?:_?[0-9])*(?:[eE][-+]?[0-9](?:_?[0-9])*)?$/;
/** go-yaml tries a timestamp only for text that starts with four digits and a '-' (resolve.go parseTimestamp). */
const TIMESTAMP = [
  /^\d{4}-\d{1,2}-\d{1,2}[Tt]\d{1,2}:\d{1,2}:\d{1,2}(?:\.\d+)?(?:Z|[-+]\d{2}:\d{2})$/,
  /^\d{4}-\d{1,2}-\d{1,2} \d{1,2}:\d{1,2}:\d{1,2}(?:\.\d+)?$/,
  /^\d{4}-\d{1,2}-\d{1,2}$/,
];
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;

/**
 * resolve.go's resolve(tag, in) for a plain scalar: the first character says what it might be,
 * then a word (boolean, null, infinity), a timestamp (kept as text), an integer, an unsigned
 * integer, a float; anything else is text. A number that go-yaml keeps exactly beyond 2^53 loses
 * precision here as it does when Kubernetes' JSON reaches JavaScript.
 */
export function resolve(s: string, timestamps: boolean): Resolved {
  const c = s.charCodeAt(0);
  const signOrDigit = (c >= 48 && c <= 57) || c === 43 || c === 45;
  if (!signOrDigit && c !== 46 && s !== '' && !'yYnNtTfFoO~'.includes(s[0]!)) return STR(s);
  const word = WORDS.get(s);
  if (word) return word;
  if (c === 46) return DOT_FLOAT.test(s) ? float(Number(s.replaceAll('_', '')), s) : STR(s);
  if (!signOrDigit) return STR(s);
  if (timestamps && TIMESTAMP.some((re) => re.test(s))) return { kind: 'timestamp', value: s };
  const plain = s.includes('_') ? s.replaceAll('_', '') : s;
  const int = GO_INT.exec(plain);
  if (int) {
    const [, sign, digits] = int;
    const magnitude = BigInt(/^0[0-7]+$/.test(digits!) ? `0o${digits!.slice(1)}` : digits!);
    const exact = sign === '-' ? -magnitude : magnitude;
    if (exact >= INT64_MIN && exact <= INT64_MAX) return { kind: 'int', value: Number(exact), exact, unsigned: false };
    // strconv.ParseUint takes no sign.
    if (sign === '' && exact <= UINT64_MAX) return { kind: 'int', value: Number(exact), exact, unsigned: true };
  }
  return YAML_STYLE_FLOAT.test(plain) ? float(Number(plain), s) : STR(s);
}

/**
 * Whether go-yaml keeps a plain scalar as text (a string, or a timestamp Kubernetes keeps as
 * written): resolve's answer without building it. Only a number can start with a digit, a sign
 * or a dot; anything else is text unless it is one of the words.
 */
export function keepsText(s: string): boolean {
  const c = s.charCodeAt(0);
  if ((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46) {
    const kind = resolve(s, true).kind;
    return kind === 'str' || kind === 'timestamp';
  }
  return s.length > 5 || !WORDS.has(s); // the longest word is five letters
}

/**
 * go-yaml refuses a key whose `:` is more than this many characters past the key's first (a
 * simple key's limit in its scanner): both fast readers leave a key this long or longer to the
 * careful path, which refuses it where go-yaml does.
 */
export const KEY_LENGTH_LIMIT = 1024;

/** strconv.ParseFloat fails on overflow (and go-yaml then keeps the text); it rounds underflow to 0. */
function float(n: number, s: string): Resolved {
  return Number.isFinite(n) ? { kind: 'float', value: n } : STR(s);
}

export class ScalarError extends Error {}

const CORE = 'tag:yaml.org,2002:';

/**
 * The value of a scalar with an explicit tag, as go-yaml decodes it. A core tag's text is
 * resolved as if plain and must give the tag's kind (an integer may stand for a float), else the
 * document cannot be read; `!!str` keeps the text; `!!binary` is decoded; any other tag (local
 * `!foo`, `!!set` ...) leaves the text as it is.
 */
export function resolveTagged(tag: string, s: string): Resolved {
  if (!tag.startsWith(CORE)) return STR(s);
  const wanted = tag.slice(CORE.length);
  switch (wanted) {
    case 'str':
      return STR(s);
    case 'binary':
      return STR(decodeBinary(s));
    case 'null':
    case 'bool':
    case 'int':
    case 'float':
    case 'timestamp': {
      const r = resolve(s, wanted === 'timestamp');
      if (r.kind === wanted) return r;
      if (wanted === 'float' && r.kind === 'int') return { kind: 'float', value: r.value };
      throw new ScalarError(`cannot decode !!${r.kind} \`${s}\` as a !!${wanted}`);
    }
    default:
      return STR(s);
  }
}

/**
 * The JSON name of a mapping key (sigs.k8s.io/yaml convertToJSONableObject): text as is, an
 * integer in decimal, a boolean as "true"/"false", a float as Go formats a float32 ('g',
 * shortest); nothing else (null, an unsigned integer beyond int64) can be a JSON name.
 */
export function jsonKey(key: Resolved): string {
  switch (key.kind) {
    case 'str':
    case 'timestamp':
      return key.value;
    case 'bool':
      return String(key.value);
    case 'int':
      if (key.unsigned)
        throw new ScalarError(`the mapping key ${key.exact} is past the integers Kubernetes reads keys as`);
      return String(key.exact);
    case 'float':
      return goFloat32Key(key.value);
    case 'null':
      throw new ScalarError('a null mapping key: JSON, and so Kubernetes, cannot hold it');
  }
}

/** strconv.FormatFloat(f, 'g', -1, 32), with go-yaml's names for the infinities and NaN. */
function goFloat32Key(f: number): string {
  if (Number.isNaN(f)) return '.nan';
  if (f === Number.POSITIVE_INFINITY) return '.inf';
  if (f === Number.NEGATIVE_INFINITY) return '-.inf';
  const single = Math.fround(f);
  if (single === 0) return Object.is(single, -0) ? '-0' : '0';
  if (!Number.isFinite(single)) return single > 0 ? '+Inf' : '-Inf';
  // The shortest decimal that reads back as the same float32.
  let digits = '';
  let exponent = 0;
  for (let precision = 1; precision <= 9; precision++) {
    const text = Math.abs(single).toExponential(precision - 1);
    if (Math.fround(Number(text)) === Math.abs(single)) {
      const [mantissa, exp] = text.split('e');
      digits = mantissa!.replace('.', '');
      exponent = Number(exp);
      break;
    }
  }
  const sign = single < 0 ? '-' : '';
  // %e when the exponent is below -4 or at least 6 (the shortest form's precision rule).
  if (exponent < -4 || exponent >= 6) {
    const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const e = Math.abs(exponent);
    return `${sign}${mantissa}e${exponent < 0 ? '-' : '+'}${e < 10 ? `0${e}` : e}`;
  }
  if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
  const whole = digits.slice(0, exponent + 1).padEnd(exponent + 1, '0');
  const fraction = digits.slice(exponent + 1);
  return `${sign}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** `!!binary`: base64 (line breaks allowed) decoded to bytes, which JSON carries as UTF-8 text. */
function decodeBinary(s: string): string {
  const compact = s.replace(/[\n\r]/g, '');
  if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(compact))
    throw new ScalarError('!!binary value contains invalid base64 data');
  return goUtf8(Buffer.from(compact, 'base64'));
}

/**
 * Bytes as Go's encoding/json writes a string of them: each byte that does not start a valid
 * UTF-8 sequence becomes U+FFFD on its own (utf8.DecodeRuneInString), unlike TextDecoder, which
 * replaces a broken sequence as a whole.
 */
function goUtf8(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const size = validSequence(bytes, i);
    if (size === 0) {
      out += '\ufffd';
      i++;
    } else {
      out += Buffer.from(bytes.subarray(i, i + size)).toString('utf8');
      i += size;
    }
  }
  return out;
}

/** The length of the valid UTF-8 sequence at i, or 0 (overlong forms and surrogates are invalid). */
function validSequence(b: Uint8Array, i: number): number {
  const c = b[i]!;
  if (c < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => i + k < b.length && b[i + k]! >= lo && b[i + k]! <= hi;
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
  if (c === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if (c === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (c >= 0xe1 && c <= 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (c === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (c === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  if (c >= 0xf1 && c <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}
