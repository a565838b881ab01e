/**
 * Where a rendered chart's value is reported (src/compose/trace.ts helmRelocator): at the values
 * line that wrote it when that line is known, never at a line that only happens to hold the same text.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
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
