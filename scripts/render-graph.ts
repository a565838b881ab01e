// Renders `edgenet graph` of a repository to a PNG with the same headless Chromium the tests use
// (docs/graph-example.png in the README):  node --import tsx scripts/render-graph.ts DIR OUT.png
import { writeFileSync } from 'node:fs';
import { cli } from '../test/helpers.js';
import { renderMermaid } from '../test/render/mermaid-chromium.js';

const [dir, out] = process.argv.slice(2);
const { stdout } = await cli(['graph', dir!]);
const { png } = await renderMermaid(stdout, { png: true });
writeFileSync(out!, png!);
