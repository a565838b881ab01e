/**
 * The go-yaml oracle (tools/yaml-oracle): built with the machine's Go into a cache directory
 * outside git, then one process answers every input of a test run (the batch protocol of
 * tools/yaml-oracle/main.go). Without Go the tests that need it are skipped with a message,
 * except in CI, where a missing Go fails them.
 */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers.js';

const SOURCE = path.join(ROOT, 'tools', 'yaml-oracle');
const CACHE = path.join(ROOT, 'node_modules', '.cache', 'edgenet-yaml-oracle');

/** One document as kubectl cuts and reads it. */
export interface OracleDocument {
  /** Where the document starts (absent for a JSON stream). */
  line?: number;
  /** The JSON that sigs.k8s.io/yaml produced. */
  json?: unknown;
  /** Empty or null: no resource (kubectl skips it). */
  empty?: boolean;
  error?: string;
  /** go-yaml's strict mode refuses the document for this repeated key. */
  duplicate?: string;
}

export interface OracleAnswer {
  documents: OracleDocument[];
}

/** The oracle binary, built once per source version; or why it cannot be. */
export function buildOracle(): { bin: string } | { skip: string } {
  const go = spawnSync('go', ['version'], { encoding: 'utf8' });
  if (go.status !== 0) {
    const why = 'Go not found (install Go 1.26+): the go-yaml oracle cannot be built';
    if (process.env.CI) throw new Error(`${why}, and CI is set`);
    return { skip: `${why}: oracle tests skipped` };
  }
  const hash = createHash('sha256');
  for (const name of readdirSync(SOURCE).sort()) hash.update(name).update(readFileSync(path.join(SOURCE, name)));
  hash.update(go.stdout);
  const bin = path.join(CACHE, hash.digest('hex').slice(0, 16), 'yaml-oracle');
  if (existsSync(bin)) return { bin };
  mkdirSync(path.dirname(bin), { recursive: true });
  const partial = `${bin}.${process.pid}.tmp`;
  const build = spawnSync('go', ['build', '-trimpath', '-o', partial, '.'], {
    cwd: SOURCE,
    encoding: 'utf8',
    env: { ...process.env, CGO_ENABLED: '0' },
  });
  if (build.status !== 0) throw new Error(`building tools/yaml-oracle failed:\n${build.stderr}`);
  renameSync(partial, bin);
  return { bin };
}

/** A running oracle: answers come back in the order inputs were sent. */
export class Oracle {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly waiting: { resolve: (a: OracleAnswer) => void; reject: (e: Error) => void }[] = [];
  private buffered = '';
  private stderr = '';

  constructor(bin: string) {
    this.child = spawn(bin, [], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stdout.setEncoding('utf8');
    this.child.stdout.on('data', (chunk: string) => {
      this.buffered += chunk;
      let end = this.buffered.indexOf('\n');
      while (end >= 0) {
        const line = this.buffered.slice(0, end);
        this.buffered = this.buffered.slice(end + 1);
        this.waiting.shift()?.resolve(JSON.parse(line) as OracleAnswer);
        end = this.buffered.indexOf('\n');
      }
    });
    this.child.stderr.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString();
    });
    this.child.on('exit', (code) => {
      for (const w of this.waiting.splice(0))
        w.reject(new Error(`yaml-oracle exited ${code} with answers pending: ${this.stderr}`));
    });
  }

  /** How kubectl reads these bytes (or this text, as UTF-8). */
  read(input: string | Buffer): Promise<OracleAnswer> {
    const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
    const answer = new Promise<OracleAnswer>((resolve, reject) => this.waiting.push({ resolve, reject }));
    this.child.stdin.write(`${bytes.length}\n`);
    this.child.stdin.write(bytes);
    return answer;
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.child.once('close', () => resolve());
      this.child.stdin.end();
    });
  }
}
