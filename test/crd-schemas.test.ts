/**
 * Our strict NodePool and Gateway schemas against the upstream CRDs in ../shared/corpus/crds:
 * the same fields at every level, the same types and required lists, for every served version.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { CRD_SPEC_SCHEMAS } from '../src/model/crd-schemas.js';
import { lintJson, sharedCorpus } from './helpers.js';

const crds = sharedCorpus('crds');

type Schema = {
  type?: string;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  items?: Schema;
  required?: string[];
  additionalProperties?: boolean | Schema;
};

/** Field paths with their type and required list, the shape both schemas must share. */
function shape(schema: Schema, at = 'spec', out: string[] = []): string[] {
  const type = schema.type ?? (schema.enum ? 'string' : 'any');
  out.push(`${at}: ${type}${schema.required ? ` required ${[...schema.required].sort().join(',')}` : ''}`);
  for (const [k, v] of Object.entries(schema.properties ?? {})) shape(v, `${at}.${k}`, out);
  if (schema.items) shape(schema.items, `${at}[]`, out);
  if (typeof schema.additionalProperties === 'object') shape(schema.additionalProperties, `${at}{}`, out);
  return out.sort();
}

function crdFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? crdFiles(path.join(dir, e.name)) : e.name.endsWith('.yaml') ? [path.join(dir, e.name)] : [],
  );
}

test('the strict schemas match the upstream CRDs field for field', {
  skip: !crds && '../shared/corpus/crds not found: CRD comparison skipped',
}, () => {
  let compared = 0;
  for (const file of crdFiles(crds!)) {
    const crd = parse(readFileSync(file, 'utf8'));
    const ours = CRD_SPEC_SCHEMAS[`${crd.spec.group}/${crd.spec.names.kind}`];
    assert.ok(ours, `${crd.spec.group}/${crd.spec.names.kind} has a schema`);
    for (const version of crd.spec.versions.filter((v: { served: boolean }) => v.served)) {
      const upstream = version.schema.openAPIV3Schema.properties.spec as Schema;
      assert.deepEqual(shape(ours[version.name] as Schema), shape(upstream), `${crd.spec.names.kind} ${version.name}`);
      compared++;
    }
  }
  assert.equal(compared, 5, 'NodePool v1alpha1, v1beta1, v1beta2 and Gateway v1alpha1, v1beta1');
});

const INVALID_GATEWAY_TITLE =
  'an invented Gateway field, a wrong type and a NodePool type outside Edge|Cloud are input/invalid-resource';
test(INVALID_GATEWAY_TITLE, async () => {
  const { findings } = await lintJson(['-', '--stdin-filename', 'crs.yaml'], {
    stdin: `apiVersion: raven.openyurt.io/v1beta1
kind: Gateway
metadata:
  name: gw-hz
spec:
  proxyConfig:
    Replicas: 1
    allocate: true
  endpoints:
    - nodeName: hz-1
      type: Public
      port: "4500"
---
apiVersion: apps.openyurt.io/v1beta2
kind: NodePool
metadata:
  name: hz
spec:
  type: edge
  hostNetwork: false
---
apiVersion: apps.openyurt.io/v1
kind: NodePool
metadata:
  name: future
`,
  });
  assert.deepEqual(
    findings.map((f) => [f.ruleId, f.line, f.column, f.message]),
    [
      [
        'input/invalid-resource',
        8,
        5,
        'Gateway gw-hz: spec.proxyConfig.allocate is not a field of the CRD (the API server would drop it silently)',
      ],
      ['input/invalid-resource', 12, 13, 'Gateway gw-hz: spec.endpoints.0.port must be integer'],
      ['input/invalid-resource', 19, 9, 'NodePool hz: spec.type must be one of Edge, Cloud'],
      [
        'input/invalid-resource',
        22,
        13,
        'NodePool future: version v1 is not served (served: v1alpha1, v1beta1, v1beta2)',
      ],
    ],
  );
});
