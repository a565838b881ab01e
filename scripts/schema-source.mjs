// The configuration schema for editors (schema/edgenet.schema.json), built from src/ through a
// tiny esbuild bundle of the schema and the catalogue, so the build needs no tsx.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const result = await build({
  stdin: {
    contents: [
      "export { editorSchema } from './src/config/schema.ts';",
      "export { RULE_IDS } from './src/rules/catalogue.ts';",
    ].join('\n'),
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  write: false,
  logLevel: 'warning',
});
const url = `data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`;
const { editorSchema, RULE_IDS } = await import(url);
export const configSchema = editorSchema(RULE_IDS);
