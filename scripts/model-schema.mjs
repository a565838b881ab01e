#!/usr/bin/env node
// The network model as a JSON Schema, generated from src/model/types.ts: user policies read the
// model it describes, and `opa check --strict -s` type-checks every Rego policy against it, so a
// rule that reads a key the model does not have fails the build instead of finding nothing.
//   node scripts/model-schema.mjs           write schema/model.schema.json
//   node scripts/model-schema.mjs --check   exit 1 when the committed schema is stale
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGenerator } from 'ts-json-schema-generator';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const MODEL_SCHEMA = path.join(root, 'schema', 'model.schema.json');

export function generate() {
  const schema = createGenerator({
    path: path.join(root, 'src', 'model', 'types.ts'),
    tsconfig: path.join(root, 'tsconfig.json'),
    type: 'NetworkModel',
    skipTypeCheck: true,
    additionalProperties: false,
  }).createSchema('NetworkModel');
  schema.$id = 'https://edgenet.dev/schema/model.schema.json';
  schema.title = 'The edgenet network model (the input of Rego policies)';
  return `${JSON.stringify(schema, null, 2)}\n`;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const text = generate();
  if (process.argv.includes('--check')) {
    if (readFileSync(MODEL_SCHEMA, 'utf8') !== text) {
      console.error('schema/model.schema.json is stale: run `npm run build`.');
      process.exit(1);
    }
  } else {
    writeFileSync(MODEL_SCHEMA, text);
  }
}
