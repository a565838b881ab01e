// `npm run docs`: docs/rules.md and the README's rule table, both from the catalogue (a test
// fails when either is stale). Run with tsx: the docs are written from the sources, not the bundle.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readmeWithRuleTable } from '../src/cli/catalogue-text.js';
import { explainAllMarkdown } from '../src/cli/explain.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
writeFileSync(path.join(root, 'docs', 'rules.md'), await explainAllMarkdown());
const readme = path.join(root, 'README.md');
writeFileSync(readme, readmeWithRuleTable(readFileSync(readme, 'utf8')));
