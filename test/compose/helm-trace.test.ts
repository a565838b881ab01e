/**
 * Where a rendered chart's value is reported (src/compose/trace.ts helmRelocator): at the values
 * line that wrote it when that line is known, never at a line that only happens to hold the same text.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { helmRelocator } from '../../src/compose/trace.js';
import { findingsOf } from '../rule-tester.js';
import { tools, unless } from './tools.js';

const TITLE =
  "the same text under two keys of the values: the key the template reads is the place, not the release's other key";
test(TITLE, { skip: unless('helm') }, async () => {
  const dir = 'fixtures/compose/helm/value-coincidence';
  const findings = await findingsOf({ name: 'value coincidence', dir, env: tools().env });
  // The HelmRelease writes 100.64.0.0/16 as networkPolicy.allowEgressTo; the template reads
  // .Values.podCidr, which only the chart's values.yaml sets. Before, the release's line was blamed.
  assert.deepEqual(
    findings.map((f) => [f.ruleId, f.file.replace(`${dir}/`, ''), f.line, f.column]),
    [['cidr/not-private', 'charts/netcfg/values.yaml', 1, 10]],
  );
});

test("helm's merge decides which written value a rendered one is: maps merge, a list or a scalar replaces", () => {
  const ref = (file: string, ...p: string[]) => ({ file, doc: 0, path: p });
  const inline = (values: unknown, file: string) => ({ kind: 'inline' as const, values, ref: ref(file) });
  // The template file does not exist: a value with no single source falls back to the chart's first line.
  const object = (data: Record<string, unknown>) => ({ data, source: 't.yaml', template: '/nonexistent/t.yaml' });
  const io = { display: (abs: string) => abs, parsed: () => undefined };
  const place = (values: unknown[], data: Record<string, unknown>, p: (string | number)[]) =>
    helmRelocator([object(data)], values as never, 'Chart.yaml', io)({ doc: 0, path: p });
  const low = { net: { cidr: '10.0.0.0/16', port: 8472 }, peers: ['10.1.0.0/16', '10.2.0.0/16'] };
  // A higher source writing net.vni merges into net: the lower net.cidr still holds and is placed.
  assert.deepEqual(
    place([inline(low, 'low.yaml'), inline({ net: { vni: 4 } }, 'high.yaml')], { c: '10.0.0.0/16' }, ['c']),
    {
      file: 'low.yaml',
      doc: 0,
      path: ['net', 'cidr'],
    },
  );
  // A higher list replaces the lower one whole: the lower second element is no longer a value.
  const replaced = [inline(low, 'low.yaml'), inline({ peers: ['10.9.0.0/16'] }, 'high.yaml')];
  assert.deepEqual(place(replaced, { c: '10.2.0.0/16' }, ['c']), { file: 'Chart.yaml', line: 1, column: 1 });
  // A higher scalar over a lower map: what was under the map is gone.
  const over = [inline(low, 'low.yaml'), inline({ net: 'none' }, 'high.yaml')];
  assert.deepEqual(place(over, { c: '10.0.0.0/16' }, ['c']), { file: 'Chart.yaml', line: 1, column: 1 });
});
