/**
 * Generated manifests for the oracle test: Kubernetes-shaped documents written in the many ways
 * YAML allows, with the scalars where YAML 1.1, go-yaml and JavaScript readers disagree (yes/on/y,
 * 0777, 0x1F, 08, 1_000, 1:20, .5, 1e3, E3012, `.`, timestamps, app-02455), multi-line quoted
 * scalars indented less than their key, merge keys before and after explicit keys, anchors, flow
 * and block styles, CRLF, comments and several documents a file.
 */
import fc from 'fast-check';

/** Plain scalars: each is read differently by at least two of YAML 1.1, YAML 1.2, go-yaml and JSON. */
export const TRICKY_PLAIN = [
  'yes',
  'Yes',
  'YES',
  'yES',
  'no',
  'No',
  'y',
  'Y',
  'n',
  'N',
  'on',
  'On',
  'ON',
  'off',
  'Off',
  'true',
  'False',
  'TRUE',
  '~',
  'null',
  'Null',
  'NULL',
  'nULL',
  '0',
  '-0',
  '+12',
  '0777',
  '0o17',
  '0O17',
  '0x1F',
  '0X1f',
  '0b101',
  '-0b11',
  '08',
  '0128',
  '09.5',
  '1_000',
  '1__0',
  '_1',
  '1_',
  '1:20',
  '190:20:30',
  '-1:30',
  '.5',
  '+.5',
  '-.5e-3',
  '.5_0',
  '._5',
  '1e3',
  '1E5',
  '1e+5',
  '12e',
  '1.',
  '0.',
  '1.5e+',
  'E3012',
  'e3',
  '.',
  '..',
  '+',
  '=',
  '2001-12-14',
  '2001-12-14t21:59:43.10-05:00',
  '2001-12-14 21:59:43.10',
  '2001-13-45',
  'app-02455',
  'worker-01',
  'node-0x1F',
  '10.0.0.0/8',
  '1.2.3',
  '1e400',
  '1e-400',
  '18446744073709551615',
  '18446744073709551616',
  '9223372036854775807',
  '9223372036854775808',
  '-9223372036854775808',
  '-9223372036854775809',
  '123456789012345678901234567890',
  '0xFFFFFFFFFFFFFFFF',
  '0x1FFFFFFFFFFFFFFFF',
  '3.14159265358979',
  '100m',
  '128Mi',
  '1.5Gi',
  '8080',
  'TCP',
  'v1',
  '<<x',
];

/** Keys: names, and rarer names go-yaml turns into other JSON names (y -> "true", 0x10 -> "16", 1e6 -> "1e+06"). */
const KEYS = ['name', 'app', 'kind', 'port', 'value', 'enabled', 'x-1', 'app.kubernetes.io/name', 'a b', '2001-12-14'];
const ODD_KEYS = ['on', 'y', 'No', '1', '0x10', '077', '1_0', '1.5', '1e6', '0.0001', '3.14159265358979', 'true'];
const key = fc.oneof(
  { arbitrary: fc.constantFrom(...KEYS), weight: 6 },
  { arbitrary: fc.constantFrom(...ODD_KEYS), weight: 1 },
);

const QUOTE_TEXT = [
  'plain text',
  'yes',
  '0777',
  'a: b',
  '# not a comment',
  "it's",
  'say "hi"',
  'back\\slash',
  'tab\there',
  'ünïcödé',
  '{{ not a template }}',
  '',
  ' spaced ',
  'line one\nline two',
  '*',
  '&',
  '!Ref x',
];

type Node =
  | { kind: 'plain'; text: string }
  | { kind: 'double' | 'single'; text: string; wrap: boolean }
  | { kind: 'block'; text: string; style: '|' | '>' | '|-' | '>+' }
  | { kind: 'map'; entries: [string, Node][]; flow: boolean }
  | { kind: 'seq'; items: Node[]; flow: boolean };

const scalar: fc.Arbitrary<Node> = fc.oneof(
  fc.constantFrom(...TRICKY_PLAIN).map((text) => ({ kind: 'plain' as const, text })),
  fc.record({
    kind: fc.constantFrom('double' as const, 'single' as const),
    text: fc.constantFrom(...QUOTE_TEXT, ...TRICKY_PLAIN),
    wrap: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('block' as const),
    text: fc.constantFrom('one line', 'two\nlines', 'keep\n\ntrailing\n', 'yes', '0777'),
    style: fc.constantFrom('|' as const, '>' as const, '|-' as const, '>+' as const),
  }),
);

const node: fc.Arbitrary<Node> = fc.letrec<{ node: Node }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.record({
      kind: fc.constant('map' as const),
      entries: fc.uniqueArray(fc.tuple(key, tie('node')), {
        minLength: 1,
        maxLength: 4,
        selector: ([k]) => k,
      }),
      flow: fc.boolean(),
    }),
    fc.record({
      kind: fc.constant('seq' as const),
      items: fc.array(tie('node'), { minLength: 1, maxLength: 3 }),
      flow: fc.boolean(),
    }),
  ),
})).node;

/** Block scalars and block collections cannot stand inside a flow collection. */
const blockOnly = (n: Node): boolean => n.kind === 'block' || ((n.kind === 'map' || n.kind === 'seq') && !n.flow);

/** One value written as YAML at an indentation, after `key:` or `-`. */
function write(n: Node, indent: number, inFlow: boolean): string {
  const pad = ' '.repeat(indent);
  switch (n.kind) {
    case 'plain':
      return n.text;
    case 'double': {
      const escaped = n.text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\t/g, '\\t');
      // A long double-quoted scalar broken over two lines, the second indented less than its key.
      return n.wrap && escaped.includes(' ') && !inFlow ? `"${escaped.replace(' ', '\n ')}"` : `"${escaped}"`;
    }
    case 'single': {
      const escaped = n.text.replace(/'/g, "''").replace(/\n/g, '\n\n');
      return n.wrap && escaped.includes(' ') && !inFlow ? `'${escaped.replace(' ', '\n')}'` : `'${escaped}'`;
    }
    case 'block':
      return `${n.style}\n${n.text
        .split('\n')
        .map((l) => (l ? `${pad}  ${l}` : ''))
        .join('\n')
        .replace(/\n*$/, '')}`;
    case 'map':
      if (n.flow || inFlow)
        return `{${n.entries
          .filter(([, v]) => !blockOnly(v))
          .map(([k, v]) => `${k}: ${write(v, indent, true)}`)
          .join(', ')}}`;
      return n.entries.map(([k, v]) => `\n${pad}${k}:${valueAfter(v, indent)}`).join('');
    case 'seq':
      if (n.flow || inFlow)
        return `[${n.items
          .filter((v) => !blockOnly(v))
          .map((v) => write(v, indent, true))
          .join(', ')}]`;
      return n.items.map((v) => `\n${pad}-${valueAfter(v, indent)}`).join('');
  }
}

function valueAfter(v: Node, indent: number): string {
  if ((v.kind === 'map' || v.kind === 'seq') && !v.flow) return write(v, indent + 2, false);
  return ` ${write(v, indent + 2, false)}`;
}

const metadata = fc.record({
  name: fc.constantFrom('app-02455', 'worker-01', 'node-7', 'yes', '0777', 'svc'),
  labels: node,
});

const document = fc.record({
  kind: fc.constantFrom('Node', 'ConfigMap', 'Deployment'),
  metadata,
  spec: node,
  // One document in four merges (which the careful path reads), so that most files are read fast.
  merge: fc.oneof(
    { arbitrary: fc.constant(null), weight: 3 },
    fc.record({
      base: fc.uniqueArray(fc.tuple(fc.constantFrom('a', 'b', 'c', 'name'), scalar), { selector: ([k]) => k }),
      before: fc.uniqueArray(fc.tuple(fc.constantFrom('a', 'd'), scalar), { selector: ([k]) => k }),
      after: fc.uniqueArray(fc.tuple(fc.constantFrom('b', 'e'), scalar), { selector: ([k]) => k }),
      alias: fc.boolean(),
    }),
  ),
  comment: fc.boolean(),
});

type Doc = typeof document extends fc.Arbitrary<infer T> ? T : never;

function writeDocument(d: Doc): string {
  const comment = d.comment ? '  # a comment' : '';
  let text = `apiVersion: v1\nkind: ${d.kind}${comment}\nmetadata:\n  name: ${d.metadata.name}`;
  text += `\n  labels:${valueAfter(d.metadata.labels, 2)}\nspec:${valueAfter(d.spec, 0)}`;
  if (d.merge) {
    const entries = (list: [string, Node][], indent: number) =>
      list.map(([k, v]) => `\n${' '.repeat(indent)}${k}: ${write(v, indent + 2, false)}`).join('');
    const base = `{${d.merge.base
      .filter(([, v]) => !blockOnly(v))
      .map(([k, v]) => `${k}: ${write(v, 4, true)}`)
      .join(', ')}}`;
    if (d.merge.alias) text += `\nbase: &base ${base}`;
    const source = d.merge.alias ? '*base' : base;
    text += `\nmerged:${entries(d.merge.before, 2)}\n  <<: ${source}${entries(d.merge.after, 2)}`;
  }
  return `${text}\n`;
}

/** A file of one to three documents, LF or CRLF. */
export const manifestFile: fc.Arbitrary<string> = fc
  .record({
    documents: fc.array(document, { minLength: 1, maxLength: 3 }),
    leadingMarker: fc.boolean(),
    crlf: fc.boolean(),
  })
  .map(({ documents, leadingMarker, crlf }) => {
    const text = (leadingMarker ? '---\n' : '') + documents.map(writeDocument).join('--- # next\n');
    return crlf ? text.replace(/\n/g, '\r\n') : text;
  });
