/**
 * One finding reached by two routes (a Service declared twice) is one finding: its related
 * places must not depend on the order the policy engine returned the routes in.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RawFinding } from '../../src/core/finding.js';
import { toFindings } from '../../src/evaluate/evaluate.js';
import { Locator } from '../../src/evaluate/locate.js';
import { parseText } from '../../src/parse/parse-documents.js';

const TEXT = [
  'apiVersion: v1',
  'kind: Service',
  'metadata: {name: api, namespace: shop}',
  '---',
  'apiVersion: v1',
  'kind: Service',
  'metadata: {name: api, namespace: shop}',
  '---',
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata: {name: web, namespace: shop}',
  '',
].join('\n');

test('related places merged from two routes come in the order of their places, whichever came first', () => {
  const locator = new Locator();
  locator.add('all.yaml', parseText('all.yaml', TEXT));
  const route = (doc: number): RawFinding => ({
    ruleId: 'reach/cross-domain-unreachable',
    messageId: 'unreachable',
    ref: { file: 'all.yaml', doc: 2, path: ['metadata', 'name'] },
    data: { client: 'Deployment shop/web', service: 'shop/api', from: ['vpc'], to: ['pool:hz'], pairs: [] },
    related: [{ ref: { file: 'all.yaml', doc, path: ['metadata', 'name'] }, message: 'Service shop/api' }],
  });
  const levels = { configLevels: {}, cliLevels: {} };
  const lines = (raw: RawFinding[]) => toFindings(raw, locator, levels).map((f) => f.related.map((r) => r.line));
  assert.deepEqual(lines([route(0), route(1)]), [[3, 7]]);
  assert.deepEqual(lines([route(1), route(0)]), [[3, 7]]);
});
