// The configuration schema for editors (schema/edgenet.schema.json), built from src/ through a
// tiny esbuild bundle of the schema and the catalogue, so the build needs no tsx.
import { importSources } from './import-sources.mjs';

const { editorSchema, RULE_IDS } = await importSources(
  [
    "export { editorSchema } from './src/config/schema.ts';",
    "export { RULE_IDS } from './src/rules/catalogue.ts';",
  ].join('\n'),
);
export const configSchema = editorSchema(RULE_IDS);
