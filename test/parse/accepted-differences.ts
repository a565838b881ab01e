/**
 * THE table of differences between edgenet's reading and kubectl's that are kept on purpose,
 * each with its reason. test/parse/oracle.test.ts fails on any difference not covered here, and
 * on any listed file that no longer differs (the entry is stale: remove it).
 *
 * An entry either proves itself on every input (`check`: the difference is exactly the one the
 * reason names), or lists the corpus inputs (relative to ../shared/corpus) reviewed one by one.
 */
import type { FileProblem } from '../../src/parse/parse-documents.js';
import { HELM_MESSAGE } from '../../src/parse/templates.js';
import { compareJson } from './compare-readings.js';
import { type Case, compareReading, type Shape } from './reading-difference.js';

export interface CorpusFacts {
  /** The YAML test suite's expected JSON documents for a valid case, if it has them. */
  expectedJson(name: string): unknown[] | undefined;
}

export interface Accepted {
  id: string;
  reason: string;
  shapes: Shape[];
  check?: (c: Case, facts: CorpusFacts) => boolean;
  files?: string[];
}

/** CloudFormation short tags are compared inside compareJson; this entry names them in the summary. */
export const INTRINSICS: Pick<Accepted, 'id' | 'reason'> = {
  id: 'cloudformation-short-tags',
  reason:
    'CloudFormation/ROS short tags become the long form a template processor sees: `!Ref X` is {"Ref": "X"}, ' +
    '`!GetAtt A.B` is {"Fn::GetAtt": ["A", "B"]}; go-yaml drops a local tag and keeps "X", "A.B".',
};

const suiteCase = (c: Case, dir: 'valid' | 'invalid') => c.name.startsWith(`yaml-test-suite/${dir}/`);

export const ACCEPTED: Accepted[] = [
  {
    id: 'duplicate-keys',
    reason:
      'A repeated key is refused (input/parse-error at the second one), as go-yaml strict mode and the API ' +
      "server's strict field validation do; kubectl's lenient decoder silently keeps one of the values.",
    shapes: ['edgenet-refuses', 'both-refuse'],
    check: (c) => {
      const duplicate = (p: FileProblem) => p.message === 'Map keys must be unique';
      const ours = c.parsed.problems.filter(duplicate);
      if (ours.length === 0) return false;
      // The documents edgenet refused: those holding the repeated keys. go-yaml's strict mode must
      // refuse each of them too (it also flags merge keys overriding, which edgenet reads).
      const starts = c.oracle.documents.map((d) => d.line);
      const refused = new Set(
        ours.map((p) => {
          if (starts.some((l) => l === undefined)) return c.oracle.documents.findIndex((d) => d.duplicate);
          let at = 0;
          starts.forEach((l, i) => {
            if (l! <= p.line) at = i;
          });
          return at;
        }),
      );
      if ([...refused].some((i) => !c.oracle.documents[i]?.duplicate)) return false;
      const skip = new Set([...refused].map((i) => c.oracle.documents[i]));
      return compareReading(c.parsed, c.oracle, { skipOracle: (d) => skip.has(d), skipProblem: duplicate }).equal;
    },
  },
  {
    id: 'helm-chart-template',
    reason:
      "A file under a Helm chart's templates/ (a Chart.yaml above it) with `{{` is Helm template text: skipped " +
      '(input/skipped, "render the chart"); kubectl would read the unrendered text, or fail on it.',
    shapes: ['edgenet-refuses', 'both-refuse'],
    check: (c) =>
      c.helmChartTemplate &&
      c.parsed.documents.length === 0 &&
      c.parsed.problems.length === 1 &&
      c.parsed.problems[0]!.message === HELM_MESSAGE,
  },
  {
    id: 'valid-yaml-go-yaml-cannot-read',
    reason:
      'Valid YAML (YAML test suite) that go-yaml v2 refuses or misreads (content on the `---` line, tabs, ' +
      'complex keys, `\\/` escapes, directives): edgenet reads what the suite expects.',
    shapes: ['kubectl-refuses', 'values-differ'],
    // Cases whose expected JSON the suite gives in YAML 1.2, where edgenet reads 1.1 (`y:` is "true"),
    // or does not give (complex keys):
    files: ['yaml-test-suite/valid/C4HZ.yaml', 'yaml-test-suite/valid/4ABK.yaml'],
    check: (c, facts) => {
      if (!suiteCase(c, 'valid') || c.parsed.problems.length > 0) return false;
      const expected = facts.expectedJson(c.name);
      const ours = c.parsed.documents.map((d) => d.data);
      return (
        expected !== undefined &&
        expected.length === ours.length &&
        ours.every((d, i) => compareJson(d, expected[i]).equal)
      );
    },
  },
  {
    id: 'invalid-yaml-go-yaml-reads',
    reason:
      'Invalid YAML (YAML test suite: a parser must refuse it) that go-yaml v2 reads anyway: edgenet reports ' +
      'the error at its position (input/parse-error).',
    shapes: ['edgenet-refuses', 'both-refuse'],
    check: (c) => suiteCase(c, 'invalid') && c.parsed.problems.some((p) => p.kind === 'parse-error'),
  },
  {
    id: 'under-indented-flow-read-as-go-yaml',
    reason:
      'Flow collections indented less than their key are read as go-yaml reads them (to the closing ' +
      'bracket), so this invalid case reads like its valid twin VJP3_01; go-yaml refuses both for a key ' +
      'on a line of its own.',
    shapes: ['kubectl-refuses'],
    files: ['yaml-test-suite/invalid/VJP3_00.yaml'],
  },
  {
    id: 'go-yaml-reads-first-document-only',
    reason:
      'Content after a complete top-level node with no `---` between (a stream of JSON values not starting ' +
      "with '{', flow collections one per line): go-yaml reads the first and silently drops the rest; edgenet " +
      'reports the rest as an error.',
    shapes: ['edgenet-refuses'],
    files: [
      'real/istio__istio/samples/bookinfo/src/mongodb/ratings_data.json',
      'yaml-test-suite/valid-expected-json/5TYM.json',
      'yaml-test-suite/valid-expected-json/6WLZ.json',
      'yaml-test-suite/valid-expected-json/6ZKB.json',
      'yaml-test-suite/valid-expected-json/7Z25.json',
      'yaml-test-suite/valid-expected-json/9KAX.json',
      'yaml-test-suite/valid-expected-json/9WXW.json',
      'yaml-test-suite/valid-expected-json/JHB9.json',
      'yaml-test-suite/valid-expected-json/KSS4.json',
      'yaml-test-suite/valid-expected-json/L383.json',
      'yaml-test-suite/valid-expected-json/M7A3.json',
      'yaml-test-suite/valid-expected-json/W4TN.json',
    ],
  },
];
