/**
 * The walk outside git reads .gitignore files bounded and never through a symlink, and reports
 * what is not a regular file instead of opening it (a FIFO would block the run).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { discoverFiles } from '../../src/discover/discover-files.js';

const work = mkdtempSync(path.join(tmpdir(), 'edgenet-bounded-walk-'));
after(() => rmSync(work, { recursive: true, force: true }));

function files(root: string, entries: Record<string, string>): void {
  for (const [name, text] of Object.entries(entries)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
}

test('outside git: a .gitignore that is a symlink (to /dev/zero) is not read, and is reported', () => {
  const root = path.join(work, 'plain');
  files(root, { 'sub/a.yaml': 'a: 1\n', 'sub/b.yaml': 'b: 1\n' });
  symlinkSync('/dev/zero', path.join(root, 'sub', '.gitignore'));
  const { files: found, skipped } = discoverFiles(['.'], { cwd: root });
  assert.deepEqual(
    found.map((f) => f.display),
    ['sub/a.yaml', 'sub/b.yaml'],
  );
  assert.deepEqual(skipped, [
    {
      display: 'sub/.gitignore',
      reason:
        'a .gitignore that is a symlink is not read (git does not follow it either): its patterns are not applied',
    },
  ]);
});

test('outside git: a .gitignore over 1 MiB is not applied, and is reported', () => {
  const root = path.join(work, 'big-ignore');
  files(root, { '.gitignore': `${'# padding\n'.repeat(120_000)}a.yaml\n`, 'a.yaml': 'a: 1\n' });
  const { files: found, skipped } = discoverFiles(['.'], { cwd: root });
  assert.deepEqual(
    found.map((f) => f.display),
    ['a.yaml'],
  );
  assert.deepEqual(skipped, [
    { display: '.gitignore', reason: '1.1 MiB is over the size limit of 1.0 MiB: its patterns are not applied' },
  ]);
});

test('a FIFO is reported, whether walked or named, and never opened for reading', () => {
  const root = path.join(work, 'fifo');
  files(root, { 'a.yaml': 'a: 1\n' });
  execFileSync('mkfifo', [path.join(root, 'pipe.yaml')]);
  const walked = discoverFiles(['.'], { cwd: root });
  assert.deepEqual(
    walked.files.map((f) => f.display),
    ['a.yaml'],
  );
  assert.deepEqual(walked.skipped, [{ display: 'pipe.yaml', reason: 'not a regular file (a FIFO): not read' }]);
  const named = discoverFiles(['pipe.yaml'], { cwd: root });
  assert.deepEqual(named, {
    files: [],
    skipped: [{ display: 'pipe.yaml', reason: 'not a regular file (a FIFO): not read' }],
  });
});
