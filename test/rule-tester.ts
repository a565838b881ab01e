/**
 * RuleTester (after ESLint's): a rule's `valid` and `invalid` cases run through the real
 * pipeline after reading (`analyse`: the model, both engines with the compiled wasm policy,
 * waivers, placing), from in-memory files or a fixture directory. An invalid case lists every
 * finding of the rule, each with its message id and exact place; anything more or less fails.
 *
 *   ruleTester('cidr/pod-overlaps-vpc', {
 *     valid: [{ name: 'disjoint', files: { 'vpc.yaml': '...' } }],
 *     invalid: [{ name: 'inside', files: {...}, errors: [{ messageId: 'overlap', line: 9, column: 18 }] }],
 *   });
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { loadConfig, parseConfig } from '../src/config/load-config.js';
import type { Finding } from '../src/core/finding.js';
import { analyse } from '../src/lint.js';
import { parseText } from '../src/parse/parse-documents.js';
import type { RuleId } from '../src/rules/catalogue.js';
import { ROOT } from './helpers.js';

export interface Case {
  name: string;
  /** Files by name (a name may contain directories), or a fixture directory relative to the repository. */
  files?: Record<string, string>;
  dir?: string;
  /** The .edgenet.yaml text (a fixture directory's own .edgenet.yaml is read when it has one). */
  config?: string;
  /** YYYY-MM-DD for waiver expiry; default a fixed day, so cases do not rot. */
  today?: string;
  /** The environment whose PATH finds kustomize and helm (none by default: builds are not rendered). */
  env?: Record<string, string>;
}

export interface ExpectedFinding {
  messageId: string;
  /** Defaults to the only file of the case. */
  file?: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** The whole message, or a pattern it matches. */
  message?: string | RegExp;
  /** Every related place, as [file, line, column] (file names as in `files`). */
  related?: [string, number, number][];
  level?: 'error' | 'warning' | 'info';
}

export interface InvalidCase extends Case {
  errors: ExpectedFinding[];
}

export interface RuleCases {
  valid: Case[];
  invalid: InvalidCase[];
}

/** Registers one node:test test per case. */
export function ruleTester(ruleId: RuleId, cases: RuleCases): void {
  for (const c of cases.valid) {
    test(`${ruleId} valid: ${c.name}`, async () => {
      const mine = (await findingsOf(c)).filter((f) => f.ruleId === ruleId);
      assert.deepEqual(mine.map(describe), [], `${ruleId} should report nothing`);
    });
  }
  for (const c of cases.invalid) {
    test(`${ruleId} invalid: ${c.name}`, async () => {
      const mine = (await findingsOf(c)).filter((f) => f.ruleId === ruleId);
      const single = c.files && Object.keys(c.files).length === 1 ? Object.keys(c.files)[0] : undefined;
      assert.equal(mine.length, c.errors.length, `findings: ${JSON.stringify(mine.map(describe), null, 2)}`);
      c.errors.forEach((want, i) => {
        const got = mine[i]!;
        const where = `finding ${i + 1} (${describe(got)})`;
        assert.equal(got.messageId, want.messageId, `${where}: messageId`);
        assert.equal(got.file, want.file ?? single ?? got.file, `${where}: file`);
        assert.deepEqual([got.line, got.column], [want.line, want.column], `${where}: line, column`);
        if (want.endLine !== undefined) assert.equal(got.endLine, want.endLine, `${where}: endLine`);
        if (want.endColumn !== undefined) assert.equal(got.endColumn, want.endColumn, `${where}: endColumn`);
        if (typeof want.message === 'string') assert.equal(got.message, want.message, `${where}: message`);
        else if (want.message) assert.match(got.message, want.message, `${where}: message`);
        if (want.related) {
          const related = got.related.map((r) => [r.file, r.line, r.column]);
          assert.deepEqual(related, want.related, `${where}: related`);
        }
        if (want.level) assert.equal(got.level, want.level, `${where}: level`);
      });
    });
  }
}

/** Every finding of a case, all rules, as `analyse` reports them. */
export async function findingsOf(c: Case): Promise<Finding[]> {
  const files = c.dir ? readTree(c.dir) : (c.files ?? {});
  const configName = c.dir ? path.posix.join(c.dir, '.edgenet.yaml') : '.edgenet.yaml';
  const config =
    c.config !== undefined
      ? parseConfig(configName, c.config, path.join(ROOT, c.dir ?? '.'))
      : c.dir && files[configName] !== undefined
        ? loadConfig(path.join(ROOT, configName), ROOT)
        : loadConfig(undefined, ROOT);
  const parsed = Object.entries(files)
    .filter(([name]) => name !== configName)
    .map(([name, text]) => parseText(name, text));
  // A fixture directory is the repository its files describe, as `edgenet lint DIR` takes it.
  const roots = [path.join(ROOT, c.dir ?? '.'), ROOT];
  const result = await analyse(parsed, parsed.length, {
    config,
    today: c.today ?? '2026-06-01',
    cwd: ROOT,
    roots,
    ...(c.env ? { env: c.env } : {}),
  });
  return result.findings;
}

/** A fixture directory's files by name relative to the repository, as the CLI run from it reports them. */
function readTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string) => {
    for (const entry of readdirSync(path.join(ROOT, rel), { withFileTypes: true })) {
      const child = path.posix.join(rel, entry.name);
      if (entry.isDirectory()) walk(child);
      // What `edgenet lint DIR` reads: YAML and JSON (a fixture's README is not linted).
      else if (/\.(ya?ml|json)$/.test(entry.name)) out[child] = readFileSync(path.join(ROOT, child), 'utf8');
    }
  };
  walk(dir);
  return out;
}

function describe(f: Finding): string {
  return `${f.ruleId}/${f.messageId} ${f.file}:${f.line}:${f.column} ${f.message}`;
}
