/** Files generated from the sources are committed; each must be what its generator writes now. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { ROOT } from './helpers.js';

test("src/rules/rego-rules.generated.ts matches the policies' # METADATA (run `npm run build`)", async () => {
  const { generate } = await import('../scripts/rego-metadata.mjs');
  assert.equal(readFileSync(path.join(ROOT, 'src', 'rules', 'rego-rules.generated.ts'), 'utf8'), generate());
});

test('schema/model.schema.json matches src/model/types.ts (run `npm run build`)', async () => {
  const { generate, MODEL_SCHEMA } = await import('../scripts/model-schema.mjs');
  assert.equal(readFileSync(MODEL_SCHEMA, 'utf8'), generate());
});

test('the validators ajv compiles at build time are the schemas compiled (run `npm run build`)', async () => {
  const { generate, TARGETS } = await import('../scripts/validators.mjs');
  const texts = await generate();
  assert.equal(readFileSync(TARGETS.config, 'utf8'), texts.config);
  assert.equal(readFileSync(TARGETS.crds, 'utf8'), texts.crds);
});
