/**
 * The fast path: js-yaml, with a schema whose implicit types are go-yaml's (go-yaml-scalars.ts),
 * loads manifests about eight times faster than `yaml` composes them, without positions (built
 * later, only for files with findings). Its reading is held equal to kubectl's by
 * test/parse/oracle.test.ts, on the real corpus, the YAML test suite and generated manifests.
 *
 * What it leaves to the careful path, which reads it or reports it at a position:
 * - anything js-yaml refuses (syntax errors, unknown tags, `!!int` and other explicit core tags,
 *   duplicate keys, a `<<` merge key, `.inf`/`.nan`, which JSON cannot hold);
 * - anchors: js-yaml has no alias limit, and the careful path charges each document's aliases;
 * - what js-yaml reads differently from go-yaml: CAREFUL_RULES below, and a mapping as a key
 *   (js-yaml names it '[object Object]', as in `{{ x }}`), found after loading.
 */
import { FAILSAFE_SCHEMA, loadAll, Type } from 'js-yaml';
import { CST, Lexer } from 'yaml';
import { KEY_LENGTH_LIMIT, resolve } from './go-yaml-scalars.js';
import { INTRINSICS, intrinsicFromTag } from './intrinsics.js';

/** Thrown from inside js-yaml to hand the file to the careful path. */
class Careful extends Error {}

let resolved: unknown;

/** Plain scalars as go-yaml resolves them; text stays text (no type matches). */
const GO_YAML_PLAIN = new Type('tag:edgenet,2026:go-yaml-plain', {
  kind: 'scalar',
  resolve(data: string) {
    // A merge key (or the text `<<`, which js-yaml cannot tell from one): the careful path.
    if (data === '<<') throw new Careful();
    const r = resolve(data, true);
    if (r.kind === 'str' || r.kind === 'timestamp') return false;
    if (r.kind === 'float' && !Number.isFinite(r.value)) throw new Careful();
    resolved = r.value;
    return true;
  },
  construct: () => resolved,
});

/** CloudFormation/ROS short-form functions, in the three shapes a tag can take. */
const TAGS = INTRINSICS.flatMap((name) =>
  (['scalar', 'sequence', 'mapping'] as const).map(
    (kind) => new Type(`!${name}`, { kind, construct: (value: unknown) => intrinsicFromTag(`!${name}`, value ?? '') }),
  ),
);
/** Other local tags (`!Rain::Embed`, `!foo`): go-yaml keeps the value as written, text or collection. */
const LOCAL_TAGS = (['scalar', 'sequence', 'mapping'] as const).map(
  (kind) =>
    new Type('!', { kind, multi: true, construct: (value: unknown) => value ?? (kind === 'scalar' ? '' : value) }),
);
const SCHEMA = FAILSAFE_SCHEMA.extend({ implicit: [GO_YAML_PLAIN], explicit: [...TAGS, ...LOCAL_TAGS] });

/** A plain key that js-yaml and go-yaml name differently, or that go-yaml refuses. */
const ODD_KEY =
  String.raw`[-+]?(?:[0-9_]*\.[0-9_]*(?:[eE][-+]?[0-9_]+)?|[0-9][0-9_]*[eE][-+]?[0-9_]+|[0-9_]{16,}` +
  '|0[xX][0-9a-fA-F_]{14,})|~|null|Null|NULL';
const ODD_KEY_TEXT = new RegExp(`^(?:${ODD_KEY})$`);

/** Node-start positions: a line's indentation (and `- ` items), after `: `, `? `, `[`, `{`, `,`, or a tag. */
const NODE = String.raw`(?:^[ \t]*(?:-[ \t]+)*|[:?][ \t]+|[[{,][ \t]*|![^\s]*[ \t]+)`;

export interface CarefulRule {
  why: string;
  /** A regular expression, or a check written out where one would be slow. */
  test: { test(text: string): boolean };
  /**
   * The rule is about YAML structure: a quick match (which may be inside a block scalar or a
   * quoted string, as the JSON of a Grafana dashboard in a ConfigMap is) is checked on the tokens
   * of `yaml`'s lexer.
   */
  structural?: boolean;
  /** Texts with none of these cannot match: the test is not run (a scan for `^` costs more than a search). */
  needs?: readonly string[];
}

/**
 * What may follow a line's indentation and `- ` item marks where a line starts with an ODD_KEY
 * key: its first character, or the `:` of an empty key. As a lookahead it lets most lines (keys
 * that start with a letter) fail at once: a quarter of the rule's cost on the real corpus.
 */
const ODD_KEY_FIRST = String.raw`(?=[ \t]*(?:-[ \t]+)*[-+0-9_.~nN:])`;

/**
 * Where js-yaml's reading is not kubectl's, found by the oracle test: each sends the file to the
 * careful path. A rule that fires where it need not costs speed, not correctness; npm run bench
 * prints how often each fires.
 */
export const CAREFUL_RULES: readonly CarefulRule[] = [
  // js-yaml expands aliases without limit; the careful path charges each document's.
  { why: 'anchor', test: new RegExp(`${NODE}&[^\\s,[\\]{}]`, 'm'), structural: true, needs: ['&'] },
  // kubectl cuts documents at lines starting with `---` and refuses content after the marker.
  { why: 'content after ---', test: /^(?:---|\.\.\.)[ \t]*[^\s#]/m, needs: ['---', '...'] },
  // go-yaml reads the first document of what kubectl cut: anything after `...` but `---` is lost.
  {
    why: 'content after ...',
    test: /^\.\.\.[ \t]*(?:#[^\n]*)?\r?\n(?:[ \t]*(?:#[^\n]*)?\r?\n)*(?!---|\.\.\.|$)/m,
    needs: ['...'],
  },
  { why: 'directive', test: /^%/m, needs: ['%'] },
  // A key js-yaml names with String(): a float (go-yaml writes a float32 with %g: `1e6` is
  // "1e+06"), an integer past 2^53 (go-yaml writes it exactly, or refuses it past int64), null
  // or nothing (go-yaml refuses it). At a line's start, and after `[`, `{` or `,`.
  {
    why: 'float, large or null key',
    test: new RegExp(String.raw`^${ODD_KEY_FIRST}[ \t]*(?:-[ \t]+)*(?:${ODD_KEY})?[ \t]*:(?:[ \t]|$)`, 'm'),
    structural: true,
  },
  {
    why: 'float, large or null key',
    test: new RegExp(String.raw`[[{,][ \t]*(?:${ODD_KEY})?[ \t]*:(?:[ \t]|$)`, 'm'),
    structural: true,
  },
  // A collection as a key, which go-yaml refuses and js-yaml names '[object Object]' or "a,b"
  // (a mapping key inside a flow mapping, as in `{{ x }}`, is caught after loading).
  { why: 'collection key', test: /^[ \t]*(?:-[ \t]+)*\?(?:[ \t]|$)/m, structural: true, needs: ['?'] },
  {
    why: 'collection key',
    test: new RegExp(`${NODE}[[{][^\\n]*?[\\]}][ \\t]*:`, 'm'),
    structural: true,
    needs: ['[', '{'],
  },
  // Syntax go-yaml refuses and js-yaml reads: a tab in indentation (YAML test suite Y79Y), a block
  // scalar opening on a blank line more indented than its text (5LLU; go-yaml reads S98Z, where no
  // text follows, and `yaml` does not: both are left to the careful path, which refuses them).
  { why: 'tab indentation', test: /^[ ]*\t/m, needs: ['\t'] },
  {
    why: 'block scalar opening on a blank line',
    test: /[|>][-+0-9]*[ \t]*(?:#[^\n]*)?\r?\n[ \t]+\r?\n/,
    needs: ['|', '>'],
  },
  // go-yaml refuses a key whose `:` is past KEY_LENGTH_LIMIT characters from its start; js-yaml
  // reads it (a line whose first `: ` is that far from its start: the careful path refuses the
  // key where go-yaml does).
  { why: 'long key', test: { test: hasLongKey } },
  // After an empty item (`-` alone, or with a comment) js-yaml puts the next item in the empty
  // item's sequence even where it is less indented and belongs to an outer one (`- a:\n  -\n- b`
  // is [{a: [null, b]}] to it, [{a: [null]}, b] to go-yaml).
  { why: 'empty sequence item', test: /^[ \t]*(?:-[ \t]+)*-[ \t]*(?:#[^\n]*)?\r?$/m, needs: ['-'] },
  // A lone `!` (the non-specific tag) on an empty node is "" to go-yaml, null to js-yaml (UKK6).
  { why: 'empty ! node', test: /(?:^|[\s[{,])![ \t]*(?:[,\]}]|$)/m, needs: ['!'] },
];

/**
 * Whether a line's first `: ` (or `:` ending it) is KEY_LENGTH_LIMIT characters or more past its
 * indentation and item marks: only lines that long are looked into (a regular expression with
 * the same meaning tripled the gate's time).
 */
function hasLongKey(text: string): boolean {
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end - start >= KEY_LENGTH_LIMIT) {
      let key = start;
      for (;;) {
        while (text[key] === ' ' || text[key] === '\t') key++;
        if (text[key] !== '-' || (text[key + 1] !== ' ' && text[key + 1] !== '\t')) break;
        key += 2;
      }
      // The line alone: a search of the text could run on through lines with no `:`.
      const line = text.slice(key, end);
      let colon = line.indexOf(':');
      while (colon >= 0 && !' \t\r'.includes(line[colon + 1] ?? ' ')) colon = line.indexOf(':', colon + 1);
      if (colon >= KEY_LENGTH_LIMIT) return true;
    }
    start = end + 1;
  }
  return false;
}

export type FastResult = { ok: true; documents: { index: number; data: unknown }[] } | { ok: false };

export function fastLoad(text: string): FastResult {
  if (carefulReasons(text).length > 0) return { ok: false };
  const documents: { index: number; data: unknown }[] = [];
  let index = 0;
  try {
    loadAll(
      text,
      (data) => {
        if (data !== null && data !== undefined) documents.push({ index, data });
        index++;
      },
      { schema: SCHEMA },
    );
  } catch {
    return { ok: false };
  }
  if (text.includes('{') && documents.some((d) => hasObjectKey(d.data))) return { ok: false };
  return { ok: true, documents };
}

/** Why the careful path must read a file (the `why` of each rule that applies), or nothing. */
export function carefulReasons(text: string): string[] {
  const reasons = new Set<string>();
  let structural = false;
  for (const rule of CAREFUL_RULES) {
    if (rule.needs && !rule.needs.some((n) => text.includes(n))) continue;
    if (!rule.test.test(text)) continue;
    if (rule.structural) structural = true;
    else reasons.add(rule.why);
  }
  if (structural) for (const why of structureOf(text)) reasons.add(why);
  return [...reasons];
}

/**
 * The structural reasons, from `yaml`'s lexer, which knows block scalars, quoted strings and
 * comments: anchors, collections and explicit (`?`) keys, and plain keys that are ODD_KEY. A
 * token stream that `yaml` itself gives up on (a quoted scalar or flow collection ended early:
 * reindent.ts) is a reason too.
 */
function structureOf(text: string): string[] {
  const reasons = new Set<string>();
  let previous = ''; // the last token that is not white space, with its type
  let previousType: string | null = null;
  for (const token of new Lexer().lex(text)) {
    if (token === '\x18') reasons.add('under-indented flow');
    if (token === '\x02' || token === '\x18' || token === '\x1f') continue;
    const type = CST.tokenType(token);
    if (type === 'space') continue;
    if (type === 'anchor') reasons.add('anchor');
    else if (type === 'explicit-key-ind') reasons.add('collection key');
    else if (type === 'map-value-ind') {
      if (previousType === 'flow-seq-end' || previousType === 'flow-map-end') reasons.add('collection key');
      else if (previousType === null ? ODD_KEY_TEXT.test(previous) : !/scalar$/.test(previousType ?? ''))
        reasons.add('float, large or null key');
    } else if ((type === 'double-quoted-scalar' || type === 'single-quoted-scalar') && !closed(token))
      reasons.add('under-indented quoted scalar');
    previous = token;
    previousType = type;
  }
  return [...reasons];
}

/** Whether a quoted scalar token ends with its closing quote (`yaml` ends one early at a short line). */
function closed(token: string): boolean {
  if (token.length < 2 || token[token.length - 1] !== token[0]) return false;
  if (token[0] === "'") return (/'+$/.exec(token.slice(1))![0].length & 1) === 1;
  return (/\\*"$/.exec(`${token.slice(1, -1)}"`)![0].length & 1) === 1;
}

/** js-yaml names a mapping used as a key '[object Object]' (storeMappingPair); go-yaml refuses it. */
function hasObjectKey(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return value.some(hasObjectKey);
  if (Object.hasOwn(value, '[object Object]')) return true;
  for (const key in value) if (hasObjectKey((value as Record<string, unknown>)[key])) return true;
  return false;
}
