import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { firstErrorLine, findTool, runTool, toolEnv } from '../../src/compose/run-tool.js';

const work = mkdtempSync(path.join(tmpdir(), 'edgenet-run-tool-'));
after(() => rmSync(work, { recursive: true, force: true }));
const NODE = process.execPath;

test('a tool that succeeds: its output, code 0, no reason', async () => {
  const result = await runTool(NODE, ['-e', 'process.stdout.write("out"); process.stderr.write("warn")']);
  assert.deepEqual(result, { ok: true, code: 0, stdout: 'out', stderr: 'warn' });
});

test('a tool that fails: the reason is its first error line, after any warnings', async () => {
  const script = 'console.error("WARNING: something odd\\nError: the chart is broken\\nmore detail"); process.exit(3)';
  const result = await runTool(NODE, ['-e', script]);
  assert.equal(result.ok, false);
  assert.equal(result.code, 3);
  assert.equal(result.reason, 'the chart is broken');
});

test("kubectl's klog error line gives the message it quotes", () => {
  const stderr =
    'E1130 21:39:46.713353   17861 run.go:72] "command failed" err="accumulating resources: \\"x\\" not found"\n';
  assert.equal(firstErrorLine(stderr), 'accumulating resources: "x" not found');
  const multiline =
    'E1130 21:47:57.511739    2598 run.go:72] "command failed" err=<\n' +
    '\tfetching: transport not allowed\n\t: exit status 128\n >\n';
  assert.equal(firstErrorLine(multiline), 'fetching: transport not allowed');
  assert.equal(firstErrorLine('\n  first line\nsecond\n'), 'first line');
  assert.equal(firstErrorLine(''), undefined);
  assert.equal(firstErrorLine(`Error: ${'x'.repeat(600)}`)?.length, 500);
});

test('a tool that fails silently: the reason says how it exited', async () => {
  const result = await runTool(NODE, ['-e', 'process.exit(7)']);
  assert.deepEqual(result, {
    ok: false,
    code: 7,
    stdout: '',
    stderr: '',
    reason: 'node exited with 7',
    failure: 'exit',
  });
});

test('a missing tool: not found, no throw', async () => {
  const result = await runTool('/nonexistent/kustomize', ['build']);
  assert.deepEqual(result, {
    ok: false,
    code: null,
    stdout: '',
    stderr: '',
    reason: 'not found: /nonexistent/kustomize',
    failure: 'not-found',
  });
});

test('a timeout kills the whole process group, grandchildren included', async () => {
  // The shell starts a background sleep, prints its pid and waits: both must die.
  const result = await runTool('/bin/sh', ['-c', 'sleep 30 & echo $!; wait'], { timeoutMs: 300 });
  assert.equal(result.ok, false);
  assert.equal(result.code, null);
  assert.equal(result.reason, 'timed out after 300 ms');
  assert.equal(result.failure, 'timeout');
  const grandchild = Number(result.stdout.trim());
  assert.ok(grandchild > 0, `the grandchild's pid: ${result.stdout}`);
  assert.ok(await gone(grandchild), `process ${grandchild} still runs`);
});

test('output over the cap kills the tool', async () => {
  const result = await runTool(NODE, ['-e', 'process.stdout.write("x".repeat(100000)); setTimeout(() => {}, 30000)'], {
    maxOutputBytes: 1000,
  });
  assert.equal(result.ok, false);
  assert.equal(result.reason, 'output too large: more than 1000 bytes on stdout');
  assert.equal(result.failure, 'output-limit');
  assert.ok(result.stdout.length <= 1000);
  const noisy = await runTool(NODE, ['-e', 'process.stderr.write("e".repeat(5000))'], { maxOutputBytes: 100 });
  assert.equal(noisy.reason, 'output too large: more than 100 bytes on stderr');
});

test('the child sees only the environment it is given', async () => {
  const env = toolEnv({ PATH: '/usr/bin:/bin', SECRET_TOKEN: 'x', HOME: '/root' }, path.join(work, 'home'));
  const result = await runTool(NODE, ['-e', 'console.log(JSON.stringify(process.env))'], { env });
  const seen = JSON.parse(result.stdout) as Record<string, string>;
  assert.equal(seen.SECRET_TOKEN, undefined);
  assert.equal(seen.HOME, path.join(work, 'home'));
  assert.equal(seen.PATH, '/usr/bin:/bin');
  assert.equal(seen.HTTPS_PROXY, 'http://127.0.0.1:9');
  assert.equal(seen.GIT_TERMINAL_PROMPT, '0');
  assert.equal(seen.HELM_CONFIG_HOME, path.join(work, 'home', 'helm', 'config'));
  assert.equal(seen.HELM_CACHE_HOME, path.join(work, 'home', 'helm', 'cache'));
  assert.equal(seen.HELM_DATA_HOME, path.join(work, 'home', 'helm', 'data'));
  // Go's collector rarer for the short-lived tools, with a soft limit of 256 MiB to 2 GiB.
  assert.equal(seen.GOGC, '400');
  const limit = /^(\d+)MiB$/.exec(seen.GOMEMLIMIT ?? '');
  assert.ok(limit && Number(limit[1]) >= 256 && Number(limit[1]) <= 2048, `GOMEMLIMIT ${seen.GOMEMLIMIT}`);
});

test("a GOGC or GOMEMLIMIT of the user's is the tool's, the other left to Go", () => {
  const home = path.join(work, 'home');
  const gogc = toolEnv({ PATH: '/bin', GOGC: '200' }, home);
  assert.equal(gogc.GOGC, '200');
  assert.equal(gogc.GOMEMLIMIT, undefined);
  const limit = toolEnv({ PATH: '/bin', GOMEMLIMIT: '1GiB' }, home);
  assert.equal(limit.GOMEMLIMIT, '1GiB');
  assert.equal(limit.GOGC, undefined);
});

const FIND_TOOL_TITLE =
  'findTool: the PATH of the given env, absolute entries only, executables only; kustomize falls back to kubectl';
test(FIND_TOOL_TITLE, () => {
  const bin = path.join(work, 'bin');
  const other = path.join(work, 'other');
  mkdirSync(bin, { recursive: true });
  mkdirSync(other, { recursive: true });
  const exe = (dir: string, name: string, mode = 0o755) => {
    writeFileSync(path.join(dir, name), '#!/bin/sh\n');
    chmodSync(path.join(dir, name), mode);
  };
  exe(bin, 'kustomize');
  exe(bin, 'helm', 0o644);
  exe(other, 'kubectl');
  assert.deepEqual(findTool('kustomize', { PATH: `${bin}:${other}` }), {
    name: 'kustomize',
    command: path.join(bin, 'kustomize'),
    prefix: [],
  });
  assert.deepEqual(findTool('kustomize', { PATH: other }), {
    name: 'kubectl kustomize',
    command: path.join(other, 'kubectl'),
    prefix: ['kustomize'],
  });
  assert.equal(findTool('helm', { PATH: bin }), undefined, 'not executable');
  assert.equal(findTool('kustomize', { PATH: path.relative(process.cwd(), bin) }), undefined, 'relative entry');
  assert.equal(findTool('kustomize', {}), undefined);
  assert.deepEqual(findTool('kubectl kustomize', { PATH: `${bin}:${other}` })?.prefix, ['kustomize']);
});

/** Whether a process has ended (on Linux, a zombie no one has reaped yet counts as ended). */
async function gone(pid: number): Promise<boolean> {
  for (let i = 0; i < 40; i++) {
    try {
      process.kill(pid, 0);
    } catch {
      return true;
    }
    try {
      if (/\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'))) return true;
    } catch {}
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}
