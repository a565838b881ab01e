/**
 * The fast path: js-yaml loads about eight times faster than `yaml` composes, but gives no
 * positions, no alias limit, and YAML 1.2 scalars where Kubernetes reads 1.1. So it is used only
 * where its answer is provably the same as the careful path's (test/parse-equivalence.test.ts
 * checks the real corpus and the YAML test suite): no aliases, no YAML 1.1-only scalars, no
 * template syntax, no unknown tags. Anything js-yaml refuses goes to the careful path, which
 * reports the error at its position. Positions are computed later, only for files with findings.
 */
import { CORE_SCHEMA, loadAll, Type } from 'js-yaml';
import { INTRINSICS, intrinsicFromTag } from './intrinsics.js';

const KNOWN_TAGS = new Set<string>(INTRINSICS);
/** CloudFormation/ROS short-form functions, in the three shapes a tag can take. */
const TAGS = INTRINSICS.flatMap((name) =>
  (['scalar', 'sequence', 'mapping'] as const).map(
    (kind) => new Type(`!${name}`, { kind, construct: (value: unknown) => intrinsicFromTag(`!${name}`, value ?? '') }),
  ),
);
const SCHEMA = CORE_SCHEMA.extend(TAGS);

/** Where js-yaml and the YAML 1.1 reading that Kubernetes uses could disagree. */
const ALIAS = /(^|[\s[{,])[*&][^\s*,\]}]/;
const YAML11_WORDS = 'y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF';
const YAML11_VALUE = new RegExp(
  String.raw`(?:^|[:\-\[{,]\s*|\s)(?:${YAML11_WORDS}|[-+]?0[0-7_]+|[-+]?0b[01_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt ][^\n]*)?|[-+]?[0-9][0-9_]*_[0-9_]*|\.(?:inf|Inf|INF|nan|NaN|NAN))\s*(?:#[^\n]*)?(?:$|[,\]}])`,
  'm',
);
const YAML11_KEY = new RegExp(String.raw`^\s*(?:-\s+)?(?:${YAML11_WORDS})\s*:`, 'm');

/**
 * Syntax js-yaml accepts and the YAML spec (and `yaml`) refuses, found by the YAML test suite's
 * invalid cases: these go to the careful path, which reports them. Each is rare in real manifests
 * (a multi-line flow collection or quoted string, a tab at the start of a line, a comment glued
 * to a token, content after `...`, a directive).
 */
const LENIENT = [
  /^%/m, // directives
  /^(?:---|\.\.\.)\S/m, // a plain scalar that starts like a marker ("---word")
  /^\.\.\.[ \t]+\S/m, // content after the document end marker
  /^---[ \t]+[^\s#|>'"[{!&*][^\n]*:[ \t]/m, // a mapping on the document start line
  /[[{][^\]}\n]*$/m, // a flow collection that goes on past its line
  /(?:^|[:\-,[{]\s*)"(?:[^"\\\n]|\\.)*$/m, // a double-quoted scalar that goes on past its line
  /(?:^|[:\-,[{]\s*)'[^'\n]*$/m, // a single-quoted scalar that goes on past its line
  /[,"'\]}]#/, // a comment glued to the token before it
  /^[ ]*\t/m, // a tab in indentation
  /[|>][-+0-9]*[ \t]*(?:#[^\n]*)?\r?\n[ \t]+\r?\n/, // a block scalar opening on a blank line
  // Not lenient, but read differently: a collection as a mapping key (js-yaml joins it with commas).
  /^\s*(?:-\s+)?\?(?:\s|$)/m,
  /[\]}]\s*:/,
];

export type FastResult = { ok: true; documents: { index: number; data: unknown }[] } | { ok: false };

export function fastLoad(text: string): FastResult {
  // A lone CR is a line break to js-yaml but not to `yaml`, which places every finding: careful path.
  if (/\r(?!\n)/.test(text)) return { ok: false };
  if (LENIENT.some((re) => re.test(text))) return { ok: false };
  if (text.includes('{{') || ALIAS.test(text) || YAML11_VALUE.test(text) || YAML11_KEY.test(text)) return { ok: false };
  if (text.includes('!')) {
    // Tags other than the template functions (and `!!` core tags) are read by the careful path.
    const unquoted = text.replace(/'[^'\n]*'|"[^"\n]*"/g, '');
    if (/!(?![\w!])|!!/.test(unquoted)) return { ok: false };
    for (const m of unquoted.matchAll(/!([A-Za-z][\w-]*)/g)) if (!KNOWN_TAGS.has(m[1]!)) return { ok: false };
  }
  const documents: { index: number; data: unknown }[] = [];
  let index = 0;
  try {
    loadAll(
      text,
      (data) => {
        if (data !== null && data !== undefined) documents.push({ index, data });
        index++;
      },
      { schema: SCHEMA, json: false },
    );
  } catch {
    return { ok: false };
  }
  return { ok: true, documents };
}
