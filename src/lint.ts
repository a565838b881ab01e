/**
 * The pipeline: discover -> read and parse -> one model -> both engines -> placed findings.
 * Pure of process.*: the CLI hands in the working directory, stdin and the configuration.
 */
import { compareFindings, compareStrings, type Finding, type Level, type LevelSetting, type RawFinding, type SourceRef, type Summary } from './core/finding.js';
import type { EdgenetConfig } from './config/load-config.js';
import { discoverFiles } from './discover/discover-files.js';
import { DEFAULT_MAX_FILE_SIZE, readSource } from './discover/read-source.js';
import { evaluateRules, toFindings } from './evaluate/evaluate.js';
import { effectiveLevel, isOn } from './evaluate/levels.js';
import { Locator } from './evaluate/locate.js';
import { applyWaivers, isoDate } from './evaluate/suppressions.js';
import { builtInPolicy, type RegoPolicy } from './evaluate/rego-engine.js';
import { buildModel } from './model/build-model.js';
import type { NetworkModel } from './model/types.js';
import { parseText, type ParsedFile } from './parse/parse-documents.js';

export interface LintOptions {
  paths: string[];
  cwd: string;
  config: EdgenetConfig;
  cliLevels?: Record<string, LevelSetting>;
  stdinFilename?: string;
  readStdin?: () => Buffer;
  /** Extra compiled policies (--policy); the built-in one is always loaded. */
  policies?: RegoPolicy[];
  /** false with --no-inline-ignores. */
  inlineWaivers?: boolean;
  /** YYYY-MM-DD for waiver expiry; default today (UTC). */
  today?: string;
  /** Report findings only in these files (reported names); the model still reads every path. */
  reportOnly?: ReadonlySet<string>;
}

export interface LintResult {
  findings: Finding[];
  summary: Summary;
  model: NetworkModel;
  /** Source lines by reported file name, for reports that show the offending line. */
  sources: Map<string, string[]>;
  /** "file:line" of a fact's ref (for the plan). */
  describe: (ref: SourceRef) => string;
}

export async function lint(options: LintOptions): Promise<LintResult> {
  const { config, cwd } = options;
  const discovery = discoverFiles(options.paths, { cwd, include: config.include, exclude: config.exclude, base: config.dir, stdinFilename: options.stdinFilename });
  const unread: RawFinding[] = discovery.skipped.map((s) => ({ ruleId: 'input/skipped', ref: { file: s.display, line: 1, column: 1 }, data: { reason: s.reason } }));
  const parsed: ParsedFile[] = [];
  const maxBytes = config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const readStdin = options.readStdin ?? (() => Buffer.alloc(0));
  for (const file of discovery.files) {
    const source = readSource(file, maxBytes, readStdin);
    if (source.ok) parsed.push(parseText(file.display, source.text));
    else unread.push({ ruleId: 'input/skipped', ref: { file: file.display, line: source.line ?? 1, column: source.column ?? 1 }, data: { reason: source.reason } });
  }
  return analyse(parsed, unread, discovery.files.length, options);
}

/**
 * Everything after reading: the model, both engines, waivers, placing. Its result does not depend
 * on the order of `files` (the fuzz tests shuffle it).
 */
export async function analyse(files: ParsedFile[], unread: RawFinding[], fileCount: number, options: Omit<LintOptions, 'paths' | 'cwd'>): Promise<LintResult> {
  const { config } = options;
  // Facts are read in file-name order, whatever order the files came in: the same findings, and
  // the same order of their related places.
  const parsed = [...files].sort((a, b) => compareStrings(a.file, b.file));
  const locator = new Locator();
  const raw: RawFinding[] = [...unread];
  for (const result of parsed) {
    locator.add(result.file, result);
    for (const p of result.problems) {
      raw.push({
        ruleId: p.kind === 'parse-error' ? 'input/parse-error' : 'input/skipped',
        ref: { file: result.file, line: p.line, column: p.column, endLine: p.endLine, endColumn: p.endColumn },
        data: p.kind === 'parse-error' ? { detail: p.message } : { reason: p.message },
      });
    }
  }
  if (config.source) locator.add(config.source.file, config.source);

  const { model, findings: modelFindings } = buildModel(parsed, config);
  raw.push(...modelFindings);
  const levels = { configLevels: config.rules, cliLevels: options.cliLevels ?? {} };
  raw.push(...(await evaluateRules(model, { ...levels, policy: builtInPolicy(), userPolicies: options.policies ?? [] })));
  const placed = toFindings(raw, locator, levels);
  const enabled = (id: string) => isOn(effectiveLevel(id, levels.configLevels, levels.cliLevels));
  const waived = applyWaivers(placed, parsed, config, { inline: options.inlineWaivers ?? true, today: options.today ?? isoDate(new Date()) }, enabled);
  const inScope = (file: string) => !options.reportOnly || options.reportOnly.has(file);
  const findings = [...waived.findings, ...toFindings(waived.problems, locator, levels)].filter((f) => inScope(f.file)).sort(compareFindings);
  // Source lines only of the files a report shows.
  const byName = new Map([...parsed, ...(config.source ? [config.source] : [])].map((p) => [p.file, p]));
  const sources = new Map<string, string[]>();
  for (const f of findings) {
    const file = byName.get(f.file);
    if (file && !sources.has(f.file)) sources.set(f.file, file.lines);
  }

  return {
    findings,
    model,
    sources,
    describe: (ref) => locator.describe(ref),
    summary: {
      files: fileCount,
      documents: parsed.reduce((n, f) => n + f.documents.length, 0),
      errors: count(findings, 'error'),
      warnings: count(findings, 'warning'),
      infos: count(findings, 'info'),
      suppressed: waived.suppressed,
    },
  };
}

function count(findings: Finding[], level: Level): number {
  return findings.filter((f) => f.level === level).length;
}
