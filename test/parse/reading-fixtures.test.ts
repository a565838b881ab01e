/**
 * One fixture (fixtures/reading/) for each way edgenet used to lose what a user wrote (issue 15),
 * linted through the CLI: each asserts the finding that used to be lost, at its position.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { discoverFiles } from '../../src/discover/discover-files.js';
import { fixture, type JsonFinding, lintJson, ROOT } from '../helpers.js';

const row = (f: JsonFinding) => [f.ruleId, f.file, f.line, f.column];
const GATEWAY = 'gateway/cloud-gateway-on-edge-node';

async function findings(name: string): Promise<(string | number)[][]> {
  const dir = fixture('reading', name);
  const { findings } = await lintJson([dir]);
  return findings.map((f) => row({ ...f, file: path.relative(dir, f.file).split(path.sep).join('/') }));
}

test('a quoted scalar indented less than its key is read, as by kubectl; the violation after it is found', async () => {
  assert.deepEqual(await findings('quoted-scalar-indented-less'), [[GATEWAY, 'nodes.yaml', 12, 5]]);
});

test('labels given through a merge key are read', async () => {
  assert.deepEqual(await findings('merge-key-labels'), [[GATEWAY, 'nodes.yaml', 8, 5]]);
});

test('outside a Helm chart, `{{` in a comment or {{resolve:...}} is read; Jinja is named Jinja', async () => {
  const found = await findings('templates-outside-a-chart');
  assert.deepEqual(found, [
    ['input/skipped', 'ansible/node-vars.yaml', 1, 1],
    ['input/parse-error', 'deploy/templates/broken.yaml', 7, 1],
    [GATEWAY, 'deploy/templates/nodes.yaml', 10, 5],
  ]);
  const { findings: all } = await lintJson([fixture('reading', 'templates-outside-a-chart')]);
  assert.match(all[0]!.message, /^Not analysed: Jinja template syntax/);
});

test('an alias bomb skips its own document; the next one is read', async () => {
  const found = await findings('alias-bomb-in-one-document');
  assert.deepEqual(found, [
    ['input/skipped', 'nodes.yaml', 5, 32],
    [GATEWAY, 'nodes.yaml', 19, 5],
  ]);
});

test('JSON: "labels" and "\\u006cabels" are the same key, refused as a duplicate', async () => {
  assert.deepEqual(await findings('json-escaped-duplicate-key'), [['input/parse-error', 'node.json', 7, 5]]);
});

const work = mkdtempSync(path.join(tmpdir(), 'edgenet-names-'));
after(() => rmSync(work, { recursive: true, force: true }));

test('a file whose name is not UTF-8 is read, and reported under an escaped name', async (t) => {
  const violation = path.join(ROOT, 'fixtures', 'rules', 'gateway', 'cloud-gateway-on-edge-node', 'fail', 'nodes.yaml');
  const dir = Buffer.from(path.join(work, 'site'));
  mkdirSync(dir);
  try {
    mkdirSync(Buffer.concat([dir, Buffer.from('/d\xfe', 'latin1')]));
    copyFileSync(violation, Buffer.concat([dir, Buffer.from('/d\xfe/n\xff.yaml', 'latin1')]));
  } catch (error) {
    t.skip(`this file system refuses names that are not UTF-8 (${(error as NodeJS.ErrnoException).code})`);
    return;
  }
  // A name with a backslash is escaped too, so that `\xff` can only mean the byte.
  writeFileSync(path.join(work, 'site', 'a\\xff.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n');
  const { findings } = await lintJson(['.'], { cwd: path.join(work, 'site') });
  assert.deepEqual(findings.map(row), [
    [GATEWAY, 'd\\xfe/n\\xff.yaml', 10, 9],
    [GATEWAY, 'd\\xfe/n\\xff.yaml', 17, 9],
  ]);
  const { files } = discoverFiles(['.'], { cwd: path.join(work, 'site') });
  assert.deepEqual(
    files.map((f) => f.display),
    ['a\\\\xff.yaml', 'd\\xfe/n\\xff.yaml'],
  );
});
