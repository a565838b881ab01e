/**
 * The pipeline: discover -> read and parse -> one model -> both engines -> placed findings.
 * Pure of process.*: the CLI hands in the working directory, stdin and the configuration.
 */
import {
  compareFindings,
  compareStrings,
  type Finding,
  type Level,
  type LevelSetting,
  type FileRef,
  type RawFinding,
  type SourceRef,
  type Summary,
} from './core/finding.js';
import type { EdgenetConfig } from './config/load-config.js';
import { discoverFiles } from './discover/discover-files.js';
import { helmChartTemplates } from './discover/helm-chart.js';
import { DEFAULT_MAX_FILE_SIZE, readSource } from './discover/read-source.js';
import { evaluateRules, toFindings } from './evaluate/evaluate.js';
import { effectiveLevel, isOn } from './evaluate/levels.js';
import { Locator } from './evaluate/locate.js';
import { applyWaivers, isoDate, WaiverCollector } from './evaluate/suppressions.js';
import { builtInPolicy, type RegoPolicy } from './evaluate/rego-engine.js';
import { finishModel, readFile } from './model/build-model.js';
import { ModelDraft } from './model/draft.js';
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
  const discovery = discoverFiles(options.paths, {
    cwd,
    include: config.include,
    exclude: config.exclude,
    base: config.dir,
    stdinFilename: options.stdinFilename,
  });
  const analysis = new Analysis(options);
  for (const s of discovery.skipped) analysis.unread({ file: s.display, line: 1, column: 1 }, s.reason);
  const maxBytes = config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const readStdin = options.readStdin ?? (() => Buffer.alloc(0));
  const helmChartTemplate = helmChartTemplates();
  // One file at a time: read, parse, into the model, documents let go; in name order, as analyse reads.
  for (const file of [...discovery.files].sort((a, b) => compareStrings(a.display, b.display))) {
    const source = readSource(file, maxBytes, readStdin);
    if (source.ok)
      analysis.add(parseText(file.display, source.text, { helmChartTemplate: helmChartTemplate(file.absolute) }));
    else analysis.unread({ file: file.display, line: source.line ?? 1, column: source.column ?? 1 }, source.reason);
  }
  return analysis.finish(discovery.files.length);
}

/**
 * Everything after reading, for files parsed elsewhere (tests feed them in any order): the result
 * does not depend on the order of `files`.
 */
export async function analyse(
  files: ParsedFile[],
  fileCount: number,
  options: Omit<LintOptions, 'paths' | 'cwd'>,
): Promise<LintResult> {
  const analysis = new Analysis(options);
  for (const file of [...files].sort((a, b) => compareStrings(a.file, b.file))) analysis.add(file);
  return analysis.finish(fileCount);
}

/**
 * One run after reading: each file goes into the model as it comes, and its documents are let go
 * (they are the bulk of the memory); then both engines, waivers and placing.
 */
class Analysis {
  private readonly locator = new Locator();
  private readonly raw: RawFinding[] = [];
  private readonly draft = new ModelDraft();
  private readonly files: ParsedFile[] = [];
  private readonly waivers: WaiverCollector;
  private documents = 0;

  constructor(private readonly options: Omit<LintOptions, 'paths' | 'cwd'>) {
    this.waivers = new WaiverCollector({
      inline: options.inlineWaivers ?? true,
      today: options.today ?? isoDate(new Date()),
    });
    if (options.config.source) this.locator.add(options.config.source.file, options.config.source);
  }

  unread(ref: FileRef, reason: string): void {
    this.raw.push({ ruleId: 'input/skipped', ref, data: { reason } });
  }

  add(file: ParsedFile): void {
    this.files.push(file);
    this.locator.add(file.file, file);
    for (const p of file.problems) {
      this.raw.push({
        ruleId: p.kind === 'parse-error' ? 'input/parse-error' : 'input/skipped',
        ref: { file: file.file, line: p.line, column: p.column, endLine: p.endLine, endColumn: p.endColumn },
        data: p.kind === 'parse-error' ? { detail: p.message } : { reason: p.message },
      });
    }
    readFile(file, this.draft);
    this.waivers.addFile(file);
    this.documents += file.documents.length;
    file.documents = [];
  }

  async finish(fileCount: number): Promise<LintResult> {
    const { config } = this.options;
    const raw = this.raw;
    const locator = this.locator;
    const { model, findings: modelFindings } = finishModel(this.draft, config);
    raw.push(...modelFindings);
    this.waivers.addConfig(config);
    const levels = { configLevels: config.rules, cliLevels: this.options.cliLevels ?? {} };
    raw.push(
      ...(await evaluateRules(model, {
        ...levels,
        policy: builtInPolicy(),
        userPolicies: this.options.policies ?? [],
      })),
    );
    const placed = toFindings(raw, locator, levels);
    const enabled = (id: string) => isOn(effectiveLevel(id, levels.configLevels, levels.cliLevels));
    const waived = applyWaivers(placed, this.waivers, enabled);
    const inScope = (file: string) => !this.options.reportOnly || this.options.reportOnly.has(file);
    const findings = [...waived.findings, ...toFindings(waived.problems, locator, levels)]
      .filter((f) => inScope(f.file))
      .sort(compareFindings);
    // Source lines only of the files a report shows.
    const byName = new Map([...this.files, ...(config.source ? [config.source] : [])].map((p) => [p.file, p]));
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
        documents: this.documents,
        errors: count(findings, 'error'),
        warnings: count(findings, 'warning'),
        infos: count(findings, 'info'),
        suppressed: waived.suppressed,
      },
    };
  }
}

function count(findings: Finding[], level: Level): number {
  return findings.filter((f) => f.level === level).length;
}
