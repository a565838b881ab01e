/**
 * The fast path: js-yaml loads about eight times faster than `yaml` composes, but gives no
 * positions, no alias limit, and YAML 1.2 scalars where Kubernetes reads 1.1. So it is used only
 * where its answer is provably the same as the careful path's (test/parse-equivalence.test.ts
 * checks the real corpus and the YAML test suite): no aliases, no YAML 1.1-only scalars, no
 * template syntax, no unknown tags. Anything js-yaml refuses goes to the careful path, which
 * reports the error at its position. Positions are computed later, only for files with findings.
 */
import { CORE_SCHEMA, loadAll, Type } from 'js-yaml';
import { intrinsicFromTag } from './intrinsics.js';

/** CloudFormation/ROS short-form functions, in the three shapes a tag can take. */
const INTRINSICS = ['Ref', 'Condition', 'GetAtt', 'Sub', 'Join', 'Select', 'Split', 'If', 'Equals', 'And', 'Or', 'Not', 'FindInMap', 'Base64', 'Cidr', 'GetAZs', 'ImportValue', 'Transform', 'Length', 'ToJsonString'];
const TAGS = INTRINSICS.flatMap((name) =>
  (['scalar', 'sequence', 'mapping'] as const).map((kind) => new Type(`!${name}`, { kind, construct: (value: unknown) => intrinsicFromTag(`!${name}`, value ?? (kind === 'scalar' ? '' : value)) })),
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

export type FastResult = { ok: true; documents: { index: number; data: unknown }[] } | { ok: false };

export function fastLoad(text: string): FastResult {
  // A lone CR is a line break to js-yaml but not to `yaml`, which places every finding: careful path.
  if (/\r(?!\n)/.test(text)) return { ok: false };
  if (text.includes('{{') || ALIAS.test(text) || YAML11_VALUE.test(text) || YAML11_KEY.test(text) || /!(?!\w)|!!/.test(text.replace(/'[^'\n]*'|"[^"\n]*"/g, ''))) return { ok: false };
  const documents: { index: number; data: unknown }[] = [];
  let index = 0;
  try {
    loadAll(text, (data) => {
      if (data !== null && data !== undefined) documents.push({ index, data });
      index++;
    }, { schema: SCHEMA, json: false });
  } catch {
    return { ok: false };
  }
  return { ok: true, documents };
}
