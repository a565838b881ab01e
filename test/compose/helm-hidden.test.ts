/**
 * helmHiddenBy: which values edgenet cannot read (a Secret) may change a rendered value. A value
 * written by a readable source above every hidden one is known; one written only below a hidden
 * source (the chart's values.yaml, an earlier ConfigMap) may be replaced; a template's own text
 * is the template's; a hidden source with a targetPath hides that path only.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ChartObject } from '../../src/compose/helm-template.js';
import { type HelmValuesSource, type HiddenValues, helmHiddenBy, helmPath } from '../../src/compose/trace.js';
import { parseText } from '../../src/parse/parse-documents.js';

const config: ChartObject = {
  data: {
    kind: 'ConfigMap',
    data: {
      'net-conf.json': '{"Network": "10.1.0.0/16", "Backend": {"Type": "vxlan", "Port": 4789}, "Mtu": 1450}',
    },
  },
  source: 'flannel/templates/config.yaml',
  template: '/nowhere/templates/config.yaml',
};
const chartValues = 'podCidr: 10.9.0.0/16\nflannel:\n  backend: vxlan\n';
const io = {
  display: (abs: string) => abs,
  parsed: (display: string) => (display === 'values.yaml' ? parseText(display, chartValues) : undefined),
};
const ref = (doc: number, inner: string) => ({ doc, path: ['data', 'net-conf.json'], inner: [inner] });
const at = (path: number) => ({ file: 'release.yaml', doc: 0, path: ['spec', 'valuesFrom', path, 'name'] });
const secret = (i: number, targetPath?: string): HiddenValues => ({
  kind: 'hidden',
  words: `values from Secret s${i}`,
  ref: at(i),
  at: targetPath ? helmPath(targetPath) : null,
});
const inline = (values: unknown): HelmValuesSource => ({
  kind: 'inline',
  values,
  ref: { file: 'release.yaml', doc: 0, path: ['spec', 'values'] },
});

const ABOVE_AND_BELOW_TITLE =
  'a value written above every hidden source is known; one ' +
  "below may be replaced; a template literal is the template's";
test(ABOVE_AND_BELOW_TITLE, () => {
  const hiddenBy = helmHiddenBy(
    [config],
    [{ kind: 'file', file: 'values.yaml' }, secret(0), inline({ podCidr: '10.1.0.0/16' })],
    io,
  );
  assert.equal(hiddenBy(ref(0, 'Network')), undefined);
  assert.equal(hiddenBy(ref(0, 'Backend'))?.words, undefined, 'an object is not a value of the values');
  assert.equal(hiddenBy({ ...ref(0, 'Backend'), inner: ['Backend', 'Type'] })?.words, 'values from Secret s0');
  // 1450 is written in no values source: the template's own text, which no value changes.
  assert.equal(hiddenBy(ref(0, 'Mtu')), undefined);
});

test('no hidden source: nothing is hidden; a targetPath hides its own path only', () => {
  assert.equal(helmHiddenBy([config], [{ kind: 'file', file: 'values.yaml' }], io)(ref(0, 'Network')), undefined);
  const portOnly = helmHiddenBy(
    [config],
    [inline({ podCidr: '10.1.0.0/16', flannel: { backendPort: 4789 } }), secret(1, 'flannel.backendPort')],
    io,
  );
  assert.equal(portOnly(ref(0, 'Network')), undefined);
  assert.equal(portOnly({ ...ref(0, 'Backend'), inner: ['Backend', 'Port'] })?.words, 'values from Secret s1');
});

test('helmPath splits on dots a backslash does not escape', () => {
  assert.deepEqual(helmPath('flannel.backendPort'), ['flannel', 'backendPort']);
  assert.deepEqual(helmPath('annotations.example\\.com/name'), ['annotations', 'example.com/name']);
});
