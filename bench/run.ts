/**
 * `npm run bench`: edgenet's whole run against the floor (read the same files and load them
 * with js-yaml, nothing else), measured in the same run, on generated repositories of 1,000 to
 * 100,000 resources and on the real corpus; plus the start-up cost on one small file, and
 * conftest on the same files when it can be installed. Ratios, not absolute times, are the
 * figures to compare between machines. BENCH_SIZES=1000,5000 picks the sizes; BENCH_PADDED_SIZES
 * those of repositories whose names end in zero-padded numbers (`node-00042`, `pool-01`). For each
 * input it also prints the share of files and bytes the fast path reads.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeShare, fastShare } from './fast-share.js';
import { mapPool } from '../src/compose/pool.js';
import { toolEnv } from '../src/compose/run-tool.js';
import { firewallBench } from './firewall.js';
import { generateOverlays } from './generate-overlays.js';
import { generateRepository, type NamingStyle } from './generate.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MEASURE = path.join(ROOT, 'bench', 'measure.mjs');
const work = mkdtempSync(path.join(tmpdir(), 'edgenet-bench-'));

interface Run {
  wallMs: number;
  cpuMs: number;
  maxRssMb: number;
  stdout: string;
}

function measure(module: string, args: string[], env: NodeJS.ProcessEnv = process.env): Run {
  const out = path.join(work, 'usage.json');
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, [MEASURE, out, module, ...args], {
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    env,
  });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  if (child.status !== 0 && child.status !== 1)
    throw new Error(`${module} ${args.join(' ')} exited ${child.status}: ${child.stderr}`);
  const usage = JSON.parse(readFileSync(out, 'utf8'));
  return { wallMs, cpuMs: usage.cpuMs, maxRssMb: usage.maxRssMb, stdout: child.stdout };
}

function median<T>(runs: T[], key: (t: T) => number): T {
  return [...runs].sort((a, b) => key(a) - key(b))[Math.floor(runs.length / 2)]!;
}

/** Floor and edgenet alternate, so that both see the same machine state; the median run counts. */
function compare(dir: string, repeat: number) {
  const floors: Run[] = [];
  const edgenets: Run[] = [];
  for (let i = 0; i < repeat; i++) {
    floors.push(measure(path.join(ROOT, 'bench', 'floor.mjs'), [dir]));
    edgenets.push(
      measure(path.join(ROOT, 'dist', 'cli.mjs'), [
        'lint',
        dir,
        '--format',
        'json',
        '--fail-on',
        'never',
        '--output',
        `json=${path.join(work, 'report.json')}`,
      ]),
    );
  }
  const floor = median(floors, (r) => r.wallMs);
  const edgenet = median(edgenets, (r) => r.wallMs);
  const report = JSON.parse(readFileSync(path.join(work, 'report.json'), 'utf8'));
  return {
    floor,
    edgenet,
    documents: report.summary.documents as number,
    files: report.summary.files as number,
    findings: report.findings.length as number,
  };
}

const rows: string[] = [];
const fmt = (ms: number) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);
const results: Record<string, ReturnType<typeof compare>> = {};

function row(name: string, bytes: number, r: ReturnType<typeof compare>) {
  results[name] = r;
  const docsPerSec = Math.round(r.documents / (r.edgenet.wallMs / 1000));
  rows.push(
    `| ${name} | ${r.files} | ${(bytes / 1e6).toFixed(1)} MB | ${r.documents} | ` +
      `${fmt(r.edgenet.wallMs)} | ${fmt(r.edgenet.cpuMs)} | ${Math.round(r.edgenet.maxRssMb)} MB | ` +
      `${docsPerSec} | ${fmt(r.floor.wallMs)} | **${(r.edgenet.wallMs / r.floor.wallMs).toFixed(2)}x** |`,
  );
  process.stderr.write(`${rows[rows.length - 1]}\n`);
}

function dirBytes(dir: string): number {
  const out = spawnSync('du', ['-sb', dir], { encoding: 'utf8' });
  return Number(out.stdout.split('\t')[0]);
}

const sizes = (process.env.BENCH_SIZES ?? '1000,10000,50000,100000').split(',').map(Number);
const paddedSizes = (process.env.BENCH_PADDED_SIZES ?? '10000,50000').split(',').filter(Boolean).map(Number);
const shares: string[] = [];
/** EDGENET_TIMING tables of the 50,000-resource repository and the real corpus. */
const timings: string[] = [];
try {
  const generated: [number, NamingStyle][] = [
    ...sizes.map((n): [number, NamingStyle] => [n, 'plain']),
    ...paddedSizes.map((n): [number, NamingStyle] => [n, 'zero-padded']),
  ];
  for (const [n, naming] of generated) {
    const g = generateRepository(path.join(work, `repo-${n}-${naming}`), n, 42, naming);
    const name = `generated, ${n.toLocaleString('en')} resources${naming === 'plain' ? '' : `, ${naming} names`}`;
    row(name, g.bytes, compare(g.dir, n >= 50_000 ? 1 : 3));
    if (n === 50_000 && naming === 'plain') timings.push(timingTable(name, g.dir));
    shares.push(describeShare(name, fastShare(g.dir)));
    rmSync(g.dir, { recursive: true, force: true });
  }
  const corpus = path.join(ROOT, '..', 'shared', 'corpus', 'real');
  if (existsSync(corpus)) {
    row('real corpus (../shared/corpus/real)', dirBytes(corpus), compare(corpus, 3));
    timings.push(timingTable('the real corpus', corpus));
    shares.push(describeShare('the real corpus', fastShare(corpus)));
  } else process.stderr.write('../shared/corpus/real not found: the real corpus is not measured\n');

  // Threads: the same repository read by one thread and by a worker per core, alternately (the
  // crossover; by default edgenet leaves one core to V8, so a two-core machine reads on one).
  const threadRows: string[] = [];
  for (const n of (process.env.BENCH_THREAD_SIZES ?? '10000,50000').split(',').filter(Boolean).map(Number)) {
    const g = generateRepository(path.join(work, `threads-${n}`), n, 7);
    const one: Run[] = [];
    const all: Run[] = [];
    for (let i = 0; i < 3; i++) {
      one.push(lintRun(g.dir, { EDGENET_THREADS: '1' }));
      all.push(lintRun(g.dir, { EDGENET_THREADS: String(cpus().length) }));
    }
    const a = median(one, (r) => r.wallMs);
    const b = median(all, (r) => r.wallMs);
    threadRows.push(
      `| ${n.toLocaleString('en')} resources, ${(g.bytes / 1e6).toFixed(1)} MB | ` +
        `${fmt(a.wallMs)}, ${Math.round(a.maxRssMb)} MB | ${fmt(b.wallMs)}, ${Math.round(b.maxRssMb)} MB | ` +
        `**${(b.wallMs / a.wallMs).toFixed(2)}x** |`,
    );
    rmSync(g.dir, { recursive: true, force: true });
  }

  // The pre-commit hook on the real corpus: --context with one staged file, cold and warm cache.
  let cacheLine = '';
  if (existsSync(corpus)) {
    const cache = path.join(work, 'cache', 'facts.json');
    const staged = path.join(corpus, 'flannel-io__flannel', 'Documentation', 'kube-flannel.yml');
    const hook = () =>
      measure(path.join(ROOT, 'dist', 'cli.mjs'), [
        'lint',
        '--context',
        corpus,
        staged,
        '--cache-location',
        cache,
        '--fail-on',
        'never',
      ]);
    const cold = hook();
    const warm = median([hook(), hook(), hook()], (r) => r.wallMs);
    cacheLine =
      `Pre-commit on the real corpus (\`--context\`, one staged file): cold ` +
      `cache ${fmt(cold.wallMs)}, warm cache **${fmt(warm.wallMs)}** (goal 0.6 s).`;
  }

  // A rendered repository: 200 Kustomize overlays over shared bases, with the real kustomize.
  let renderLine = 'Rendered repository: kustomize is not on PATH (npm test installs it): not measured.';
  const toolEnvPath = toolsPath();
  if (toolEnvPath) {
    const fleet = generateOverlays(path.join(work, 'overlays'), 200);
    const env = { ...process.env, PATH: toolEnvPath };
    const edgenetRun = median(
      [0, 1, 2].map(() =>
        measure(
          path.join(ROOT, 'dist', 'cli.mjs'),
          [
            'lint',
            fleet.dir,
            '--format',
            'json',
            '--fail-on',
            'never',
            '--output',
            `json=${path.join(work, 'r.json')}`,
          ],
          env,
        ),
      ),
      (r) => r.wallMs,
    );
    const clusters = JSON.parse(readFileSync(path.join(work, 'r.json'), 'utf8')) as { summary: { documents: number } };
    // The tool alone on every overlay, as many at a time as edgenet runs it and in the environment
    // edgenet gives it (Go's collector settings included): its share of the run.
    const alone = toolEnv(env, mkdtempSync(path.join(work, 'home-')));
    const start = process.hrtime.bigint();
    await mapPool(
      fleet.overlays,
      (dir) =>
        new Promise<void>((resolve) => {
          spawn('kustomize', ['build', dir], { env: alone, stdio: 'ignore' }).on('exit', () => resolve());
        }),
    );
    const toolMs = Number(process.hrtime.bigint() - start) / 1e6;
    renderLine =
      `Rendered repository, 200 Kustomize overlays (${fleet.files} files, ` +
      `${clusters.summary.documents} documents after rendering): edgenet ${fmt(edgenetRun.wallMs)}; ` +
      `kustomize alone on the same overlays, as many at a time, ${fmt(toolMs)}: ` +
      `**${Math.round((100 * toolMs) / edgenetRun.wallMs)}%** of the run is the external tool.`;
  }

  // One small file: what a pre-commit hook pays, against Node's own start-up.
  const small = path.join(ROOT, 'fixtures', 'example', 'nodes', 'nodes.yaml');
  const nodeStart = median(
    Array.from({ length: 10 }, () => measure(path.join(ROOT, 'bench', 'noop.mjs'), [])),
    (r) => r.wallMs,
  );
  const oneFile = median(
    Array.from({ length: 10 }, () =>
      measure(path.join(ROOT, 'dist', 'cli.mjs'), ['lint', small, '--fail-on', 'never', '--format', 'json']),
    ),
    (r) => r.wallMs,
  );

  // conftest with the same Rego on the same files, where `go install` provides it. It stops at the
  // first file it cannot parse, so it runs on the largest generated repository up to 10,000.
  const conftest = findConftest();
  let conftestLine =
    'conftest: not installed (`go install github.com/open-policy-agent/conftest@latest` failed or Go is missing)';
  const target = [...sizes].filter((n) => n <= 10_000).sort((a, b) => b - a)[0];
  if (conftest && target) {
    const dir = generateRepository(path.join(work, 'conftest-repo'), target).dir;
    const start = process.hrtime.bigint();
    const run = spawnSync(
      conftest,
      ['test', '--no-color', '--all-namespaces', '--policy', path.join(ROOT, 'policies'), dir],
      { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 },
    );
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    const ours = results[`generated, ${target.toLocaleString('en')} resources`]!.edgenet.wallMs;
    const ok = /tests?, \d+ passed/.test(run.stdout) || run.status === 0;
    conftestLine = ok
      ? `conftest ${conftestVersion(conftest)} on the ${target.toLocaleString('en')}-resource ` +
        `repository with edgenet's Rego: ${fmt(ms)}; edgenet ${fmt(ours)} ` +
        `(**${(ours / ms).toFixed(2)}x** conftest's time, with positions, the model and every rule)`
      : `conftest failed on the generated repository: ${(run.stderr || run.stdout).split('\n')[0]}`;
    if (existsSync(corpus)) {
      const onCorpus = spawnSync(conftest, ['test', '--no-color', '--policy', path.join(ROOT, 'policies'), corpus], {
        encoding: 'utf8',
        maxBuffer: 512 * 1024 * 1024,
      });
      conftestLine +=
        `\nconftest on the real corpus: exit ${onCorpus.status}, ` +
        `"${(onCorpus.stderr || onCorpus.stdout).split('\n')[0]?.slice(0, 120)}..." ` +
        '(it stops at the first file it cannot parse; edgenet reports it and goes on)';
    }
  }

  // Firewall evaluation stays linear: one group of 50,000 rules and 100 Express Connect sites.
  const fw = await firewallBench(path.join(work, 'firewall'));
  const firewallLine =
    `Firewall: one group of ${fw.rules.toLocaleString('en')} rules, ${fw.sites} Express Connect ` +
    `sites both ways: evaluation ${fmt(fw.evaluateMs)} (rule index and vxlan/port-blocked; goal ` +
    `under 2 s), the whole lint in process ${fmt(fw.lintMs)}, ${fw.findings} findings.`;
  process.stderr.write(`${firewallLine}\n`);

  const lines = [
    `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ` +
      `${Math.round(totalmem() / 1e9)} GB, Node ${process.version}.`,
    '',
    '| input | files | size | documents | edgenet wall | CPU | peak RSS | docs/s | floor wall | ratio to floor |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    `One small file: edgenet ${fmt(oneFile.wallMs)}, \`node -e 0\` ${fmt(nodeStart.wallMs)}: ` +
      `**+${Math.round(oneFile.wallMs - nodeStart.wallMs)} ms** (goal +100 ms).`,
    '',
    firewallLine,
    '',
    ...shares,
    '',
    'Where the time went (one more run with EDGENET_TIMING=1):',
    '',
    ...timings,
    'Reading threads (one thread against a worker per core, median of 3, alternately, with peak RSS):',
    '',
    '| input | 1 thread | a worker per core | ratio |',
    '|---|---|---|---|',
    ...threadRows,
    '',
    cacheLine,
    '',
    renderLine,
  ];
  const big = results[`generated, ${(100000).toLocaleString('en')} resources`];
  const mid = results[`generated, ${(50000).toLocaleString('en')} resources`];
  if (big && mid)
    lines.push(
      `Growth: 100,000 resources took **${(big.edgenet.wallMs / mid.edgenet.wallMs).toFixed(2)}x** ` +
        'the 50,000 time (goal at most 2.1x).',
    );
  lines.push(conftestLine, '');
  process.stdout.write(lines.join('\n'));
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** One more run with EDGENET_TIMING=1: where its time went, phase by phase (src/core/timing.ts). */
function timingTable(name: string, dir: string): string {
  const child = spawnSync(
    process.execPath,
    [path.join(ROOT, 'dist', 'cli.mjs'), 'lint', dir, '--format', 'json', '--fail-on', 'never'],
    { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, env: { ...process.env, EDGENET_TIMING: '1' } },
  );
  const table = child.stderr.slice(child.stderr.indexOf('edgenet: where the time went'));
  return `${name}:\n\n\`\`\`\n${table.trimEnd()}\n\`\`\`\n`;
}

function lintRun(dir: string, extraEnv: Record<string, string>): Run {
  return measure(
    path.join(ROOT, 'dist', 'cli.mjs'),
    ['lint', dir, '--format', 'json', '--fail-on', 'never', '--output', `json=${path.join(work, 't.json')}`],
    { ...process.env, ...extraEnv },
  );
}

/** A PATH with the pinned kustomize (installed by scripts/tools.mjs when Go is there), if it can be had. */
function toolsPath(): string | undefined {
  const out = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'tools.mjs'), 'ensure', 'kustomize', '--json'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const tools = JSON.parse(out.stdout) as { tools: Record<string, string> };
    const bin = tools.tools.kustomize;
    return bin ? [path.dirname(bin), process.env.PATH].join(path.delimiter) : undefined;
  } catch {
    return undefined;
  }
}

function findConftest(): string | undefined {
  const gopath = spawnSync('go', ['env', 'GOPATH'], { encoding: 'utf8' });
  const candidates = ['conftest', ...(gopath.status === 0 ? [path.join(gopath.stdout.trim(), 'bin', 'conftest')] : [])];
  const found = candidates.find((c) => spawnSync(c, ['--version']).status === 0);
  if (found || gopath.status !== 0) return found;
  process.stderr.write('installing conftest with go install (once)...\n');
  spawnSync('go', ['install', 'github.com/open-policy-agent/conftest@latest'], { stdio: 'inherit', timeout: 900_000 });
  return candidates.find((c) => spawnSync(c, ['--version']).status === 0);
}

function conftestVersion(bin: string): string {
  return (
    spawnSync(bin, ['--version'], { encoding: 'utf8' })
      .stdout.split('\n')[0]
      ?.replace(/^Conftest:?\s*/i, '') ?? ''
  );
}
