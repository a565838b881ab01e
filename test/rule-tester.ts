/**
 * RuleTester (after ESLint's): a rule's `valid` and `invalid` cases run through the real
 * pipeline after reading (`analyse`: the model, both engines with the compiled wasm policy,
 * waivers, placing), from in-memory files or a fixture directory. An invalid case lists every
 * finding of the rule, each with its message id and exact place; anything more or less fails.
 * A case may also list what every other rule reports (`others`; `[]` says nothing else fires).
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
import { CONFIG_NAME, loadConfig, parseConfig } from '../src/config/load-config.js';
import type { Finding } from '../src/core/finding.js';
import { analyse } from '../src/lint.js';
import { parseText } from '../src/parse/parse-documents.js';
import { ruleById, type RuleId } from '../src/rules/catalogue.js';
import { ROOT } from './helpers.js';

export interface Case {
  name: string;
  /** Files by name (a name may contain directories), or a fixture directory relative to the repository. */
  files?: Record<string, string>;
  dir?: string;
  /** The .edgenet.yaml text (a fixture directory's own .edgenet.yaml is read when it has one). */
  config?: string;
  /** A configuration file in the repository, as `--config` names one (instead of the directory's own). */
  configFile?: string;
  /** YYYY-MM-DD for waiver expiry; default a fixed day, so cases do not rot. */
  today?: string;
  /** The environment whose PATH finds kustomize and helm (none by default: builds are not rendered). */
  env?: Record<string, string>;
  /**
   * Every finding of the other rules, in report order; `[]` says that no other rule reports
   * anything. Left out, other rules are not looked at.
   */
  others?: OtherFinding[];
  /** A known bug: the case runs and is reported as todo, with this reason, without failing the run. */
  todo?: string;
}

/** A related place as [file, line, column], or with its message as a fourth element. */
export type RelatedPlace = [string, number, number] | [string, number, number, string];

export interface ExpectedFinding {
  messageId: string;
  /** Defaults to the only file of the case; required when the case has several. */
  file?: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** The whole message, or a pattern it matches. */
  message?: string | RegExp;
  /** Every related place (file names as in `files`, or relative to the repository for `dir`). */
  related?: RelatedPlace[];
  level?: 'error' | 'warning' | 'info';
}

export interface OtherFinding extends ExpectedFinding {
  ruleId: RuleId;
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
  const rule = ruleById(ruleId);
  if (!rule) throw new Error(`ruleTester: ${ruleId} is not in the catalogue`);
  const declared = Object.keys(rule.messages);
  const options = (c: Case) => (c.todo ? { todo: c.todo } : {});
  for (const c of cases.valid) {
    test(`${ruleId} valid: ${c.name}`, options(c), async () => {
      const all = await findingsOf(c);
      const mine = all.filter((f) => f.ruleId === ruleId);
      assert.deepEqual(mine.map(describe), [], `${ruleId} should report nothing`);
      checkOthers(c, all, ruleId);
    });
  }
  for (const c of cases.invalid) {
    test(`${ruleId} invalid: ${c.name}`, options(c), async () => {
      for (const want of c.errors) {
        assert.ok(declared.includes(want.messageId), `${ruleId} declares no message id "${want.messageId}"`);
      }
      const all = await findingsOf(c);
      const mine = all.filter((f) => f.ruleId === ruleId);
      assert.equal(mine.length, c.errors.length, `findings: ${JSON.stringify(mine.map(describe), null, 2)}`);
      c.errors.forEach((want, i) => {
        check(mine[i]!, want, `finding ${i + 1}`, c);
      });
      checkOthers(c, all, ruleId);
    });
  }
}

function checkOthers(c: Case, all: Finding[], ruleId: string): void {
  if (!c.others) return;
  const others = all.filter((f) => f.ruleId !== ruleId);
  assert.deepEqual(
    others.map((f) => f.ruleId),
    c.others.map((o) => o.ruleId),
    `other rules' findings: ${JSON.stringify(others.map(describe), null, 2)}`,
  );
  c.others.forEach((want, i) => {
    check(others[i]!, want, `other finding ${i + 1}`, c);
  });
}

function check(got: Finding, want: ExpectedFinding, label: string, c: Case): void {
  const where = `${label} (${describe(got)})`;
  assert.equal(got.messageId, want.messageId, `${where}: messageId`);
  assert.equal(got.file, want.file ?? onlyFile(c), `${where}: file`);
  assert.deepEqual([got.line, got.column], [want.line, want.column], `${where}: line, column`);
  if (want.endLine !== undefined) assert.equal(got.endLine, want.endLine, `${where}: endLine`);
  if (want.endColumn !== undefined) assert.equal(got.endColumn, want.endColumn, `${where}: endColumn`);
  if (typeof want.message === 'string') assert.equal(got.message, want.message, `${where}: message`);
  else if (want.message) assert.match(got.message, want.message, `${where}: message`);
  if (want.related) {
    const related = got.related.map((r, i) =>
      want.related![i]?.length === 4 ? [r.file, r.line, r.column, r.message] : [r.file, r.line, r.column],
    );
    assert.deepEqual(related, want.related, `${where}: related`);
  }
  if (want.level) assert.equal(got.level, want.level, `${where}: level`);
}

/** The file a finding is in when the case has only one; with several, an expectation must name it. */
function onlyFile(c: Case): string {
  const names = Object.keys(caseFiles(c)).filter((n) => n !== configName(c));
  if (names.length !== 1)
    throw new Error(`case "${c.name}" has ${names.length} files: say which file each finding is in`);
  return names[0]!;
}

function caseFiles(c: Case): Record<string, string> {
  return c.dir ? readTree(c.dir) : (c.files ?? {});
}

function configName(c: Case): string {
  return c.dir ? path.posix.join(c.dir, CONFIG_NAME) : CONFIG_NAME;
}

/** Every finding of a case, all rules, as `analyse` reports them. */
export async function findingsOf(c: Case): Promise<Finding[]> {
  const files = caseFiles(c);
  const name = configName(c);
  const config =
    c.configFile !== undefined
      ? loadConfig(path.join(ROOT, c.configFile), ROOT)
      : c.config !== undefined
        ? parseConfig(name, c.config, path.join(ROOT, c.dir ?? '.'))
        : files[name] !== undefined
          ? c.dir
            ? loadConfig(path.join(ROOT, name), ROOT)
            : parseConfig(name, files[name], ROOT)
          : loadConfig(undefined, ROOT);
  const parsed = Object.entries(files)
    .filter(([file]) => file !== name)
    .map(([file, text]) => parseText(file, text));
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
