/**
 * Ctrl-C while kustomize runs: the tool, which leads a process group of its own that the
 * terminal's signal does not reach, is killed, its temporary directory removed, and edgenet ends
 * by the same signal. Run as a user runs it: a real process, a real signal, a tool that hangs.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { interruptNow, onInterrupt, watchInterrupts } from '../src/core/interrupt.js';
import { ROOT } from './helpers.js';

/** Running, not a zombie waiting for init to reap it (its parent, edgenet, is gone). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const stat = `/proc/${pid}/stat`;
  return !existsSync(stat) || !/^\d+ \(.*\) Z/.test(readFileSync(stat, 'utf8'));
}

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 600 && !condition(); i++) await new Promise((r) => setTimeout(r, 50));
  assert.ok(condition(), `timed out waiting for ${what}`);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  const name = `${signal} during a render: kustomize's group killed, its directory removed, edgenet ends by it`;
  test(name, async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'edgenet-interrupt-'));
    try {
      // A "kustomize" that says where it runs and then hangs, as a build stuck on a slow disk would.
      const bin = path.join(work, 'bin');
      const temp = path.join(work, 'tmp');
      mkdirSync(bin);
      mkdirSync(temp);
      const pids = path.join(work, 'pids');
      mkdirSync(pids);
      writeFileSync(path.join(bin, 'kustomize'), `#!/bin/sh\n: > ${pids}/$$\nexec sleep 60\n`);
      chmodSync(path.join(bin, 'kustomize'), 0o755);
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', 'src/cli/bin.ts', 'lint', 'fixtures/fleets/overlays', '--format', 'json'],
        { cwd: ROOT, env: { PATH: `${bin}:/usr/bin:/bin`, TMPDIR: temp, HOME: work }, stdio: 'ignore' },
      );
      const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
        child.on('exit', (code, s) => resolve({ code, signal: s })),
      );
      await until(() => readdirSync(pids).length > 0, 'kustomize to start');
      const tools = readdirSync(pids).map(Number);
      assert.ok(tools.every(alive));
      assert.ok(readdirSync(temp).some((d) => d.startsWith('edgenet-kustomize-')));
      child.kill(signal);
      assert.deepEqual(await ended, { code: null, signal });
      await until(() => !readdirSync(pids).map(Number).some(alive), 'the tools to be killed');
      assert.deepEqual(
        readdirSync(temp).filter((d) => d.startsWith('edgenet-')),
        [],
      );
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
}

test('the signals are listened for only while something is registered, and each undo runs once', () => {
  const seen: boolean[] = [];
  watchInterrupts((active) => seen.push(active));
  const undone: string[] = [];
  const releaseA = onInterrupt(() => undone.push('a'));
  const releaseB = onInterrupt(() => undone.push('b'));
  releaseA();
  releaseA();
  releaseB();
  assert.deepEqual(seen, [true, false]);
  onInterrupt(() => undone.push('c'));
  onInterrupt(() => {
    throw new Error('one undo failing does not stop the others');
  });
  onInterrupt(() => undone.push('d'));
  interruptNow();
  interruptNow();
  assert.deepEqual(undone, ['c', 'd']);
  assert.deepEqual(seen, [true, false, true, false]);
  watchInterrupts(() => {});
});
