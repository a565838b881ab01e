/** Command-line parsing (contract section 2), with node's own parseArgs. */
import { parseArgs } from 'node:util';
import { UsageError } from '../core/errors.js';
import type { LevelSetting } from '../core/finding.js';
import { didYouMean } from '../core/suggest.js';
import { validateRef } from '../git/git.js';
import { FORMATTERS, isFormatName, type FormatName } from '../report/formatters/index.js';
import { RULE_IDS, ruleById } from '../rules/catalogue.js';
import { COMMANDS } from './help.js';

import type { FailOn } from '../lint.js';

export type { FailOn };

export interface LintArgs {
  command: 'lint';
  paths: string[];
  config?: string;
  format: FormatName;
  /** --output: `named` when written FORMAT=FILE (a report beside stdout's), else it takes stdout's report. */
  outputs: { format: FormatName; file: string; named: boolean }[];
  failOn: FailOn;
  rules: Record<string, LevelSetting>;
  stdinFilename?: string;
  color?: boolean;
  inlineWaivers: boolean;
  /** --context DIR: build the model from DIR, report only on the named files (pre-commit). */
  context?: string;
  /** --base-ref REF: for the github format, findings on lines changed since REF come first. */
  baseRef?: string;
  /** --policy FILE: compiled user policies (bundle.tar.gz or policy.wasm). */
  policies: string[];
  /** --trust-from REF: configuration, .gitignore files and waivers as REF has them (contract section 8). */
  trustFrom?: string;
  /** --cluster NAME: only this cluster's findings. */
  cluster?: string;
  /** --cache / --no-cache (default: on with --context, the pre-commit hook). */
  cache?: boolean;
  /** --cache-location FILE. */
  cacheLocation?: string;
  /** --ignore-pattern GLOB (repeatable), relative to the working directory. */
  ignorePatterns: string[];
  /** --max-warnings N: more warnings than N fail the run too. */
  maxWarnings?: number;
  /** --quiet: errors only. */
  quiet: boolean;
  /** --print-config: the configuration as JSON, no lint. */
  printConfig: boolean;
  /** --baseline FILE: findings it knows are baselined. */
  baseline?: string;
  /** --write-baseline FILE: every finding's fingerprint written there. */
  writeBaseline?: string;
  /** --new-only REF: only findings REF does not have count. */
  newOnly?: string;
}

export type Args =
  | LintArgs
  | { command: 'rules'; format: 'text' | 'json' }
  | { command: 'explain'; rule: string | null; format: 'text' | 'markdown' }
  | { command: 'init'; dir: string; force: boolean }
  | { command: 'plan'; paths: string[]; config?: string; cluster?: string; format: 'text' | 'markdown' | 'json' }
  | { command: 'graph'; paths: string[]; config?: string; cluster?: string; format: 'mermaid' | 'dot' }
  | { command: 'clusters'; paths: string[]; config?: string; format: 'text' | 'json' }
  | { command: 'version' }
  | { command: 'help'; topic?: string };

const LEVELS = new Set(['off', 'info', 'warning', 'error']);

export function parseCommandLine(argv: readonly string[]): Args {
  const [command, ...rest] = argv;
  // `edgenet COMMAND --help` (before a `--`): the command's help, whatever else is there.
  const end = rest.indexOf('--');
  const help = (end < 0 ? rest : rest.slice(0, end)).some((a) => a === '--help' || a === '-h');
  if (help && command !== undefined && COMMANDS.includes(command)) return { command: 'help', topic: command };
  switch (command) {
    case undefined:
    case '--help':
    case '-h':
      return { command: 'help' };
    case 'help': {
      const topic = rest[0];
      if (topic === undefined) return { command: 'help' };
      if (!COMMANDS.includes(topic))
        throw new UsageError(
          `no help on "${topic}": not a command${didYouMean(topic, COMMANDS)} (see \`edgenet help\`)`,
        );
      return { command: 'help', topic };
    }
    case 'version':
    case '--version':
    case '-v':
      return { command: 'version' };
    case 'lint':
      return parseLint(rest);
    case 'rules': {
      const { values } = parse('rules', rest, { format: { type: 'string' } }, false);
      const format = values.format ?? 'text';
      if (format !== 'text' && format !== 'json')
        throw new UsageError(`--format for rules must be text or json, not "${format}"`);
      return { command: 'rules', format };
    }
    case 'explain': {
      const { values, positionals } = parse(
        'explain',
        rest,
        { all: { type: 'boolean' }, format: { type: 'string' } },
        true,
      );
      const format = values.format ?? 'text';
      if (format !== 'text' && format !== 'markdown')
        throw new UsageError(`--format for explain must be text or markdown, not "${format}"`);
      if (values.all) return { command: 'explain', rule: null, format };
      if (positionals.length !== 1)
        throw new UsageError('usage: edgenet explain RULE | edgenet explain --all [--format markdown]');
      const rule = positionals[0]!;
      if (!ruleById(rule))
        throw new UsageError(`unknown rule "${rule}"${didYouMean(rule, RULE_IDS)} (see \`edgenet rules\`)`);
      return { command: 'explain', rule: positionals[0]!, format };
    }
    case 'clusters': {
      const { values, positionals } = parse(
        'clusters',
        rest,
        { format: { type: 'string' }, config: { type: 'string' } },
        true,
      );
      const format = values.format ?? 'text';
      if (format !== 'text' && format !== 'json')
        throw new UsageError(`--format for clusters must be text or json, not "${format}"`);
      return { command, paths: positionals, config: values.config, format };
    }
    case 'plan':
    case 'graph': {
      const { values, positionals } = parse(
        command,
        rest,
        { format: { type: 'string' }, config: { type: 'string' }, cluster: { type: 'string' } },
        true,
      );
      const formats = command === 'plan' ? ['text', 'markdown', 'json'] : ['mermaid', 'dot'];
      const format = values.format ?? formats[0]!;
      if (!formats.includes(format))
        throw new UsageError(`--format for ${command} must be ${formats.join(', ')}, not "${format}"`);
      const common = {
        paths: positionals,
        config: values.config,
        ...(values.cluster ? { cluster: values.cluster } : {}),
      };
      return command === 'plan'
        ? { command, ...common, format: format as 'text' | 'markdown' | 'json' }
        : { command, ...common, format: format as 'mermaid' | 'dot' };
    }
    case 'init': {
      const { values, positionals } = parse('init', rest, { force: { type: 'boolean' } }, true);
      if (positionals.length > 1) throw new UsageError('usage: edgenet init [DIR] [--force]');
      return { command: 'init', dir: positionals[0] ?? '.', force: Boolean(values.force) };
    }
    default:
      throw new UsageError(
        `unknown command "${command}"${didYouMean(command, COMMANDS)} (commands: ${COMMANDS.join(', ')})`,
      );
  }
}

function parseLint(argv: string[]): LintArgs {
  const { values, positionals } = parse(
    'lint',
    argv,
    {
      config: { type: 'string' },
      format: { type: 'string' },
      output: { type: 'string', multiple: true },
      'fail-on': { type: 'string' },
      'max-warnings': { type: 'string' },
      quiet: { type: 'boolean' },
      rule: { type: 'string', multiple: true },
      'stdin-filename': { type: 'string' },
      color: { type: 'boolean' },
      'no-color': { type: 'boolean' },
      'no-inline-ignores': { type: 'boolean' },
      context: { type: 'string' },
      'base-ref': { type: 'string' },
      'trust-from': { type: 'string' },
      policy: { type: 'string', multiple: true },
      cluster: { type: 'string' },
      cache: { type: 'boolean' },
      'no-cache': { type: 'boolean' },
      'cache-location': { type: 'string' },
      'ignore-pattern': { type: 'string', multiple: true },
      'print-config': { type: 'boolean' },
      baseline: { type: 'string' },
      'write-baseline': { type: 'string' },
      'new-only': { type: 'string' },
    },
    true,
  );
  const format = values.format ?? 'text';
  const formats = Object.keys(FORMATTERS);
  if (!isFormatName(format))
    throw new UsageError(`unknown --format "${format}"${didYouMean(format, formats)} (formats: ${formats.join(', ')})`);
  const failOn = values['fail-on'] ?? 'error';
  if (failOn !== 'error' && failOn !== 'warning' && failOn !== 'never')
    throw new UsageError(`--fail-on must be error, warning or never, not "${failOn}"`);
  // Rule ids are checked once the policies are loaded (session/set-up.ts): a policy's ids count too.
  const rules: Record<string, LevelSetting> = {};
  for (const spec of values.rule ?? []) {
    const eq = spec.lastIndexOf('=');
    const id = spec.slice(0, eq);
    const level = spec.slice(eq + 1);
    if (eq < 0 || !LEVELS.has(level))
      throw new UsageError(`--rule takes ID=LEVEL with LEVEL off, info, warning or error, not "${spec}"`);
    rules[id] = level as LevelSetting;
  }
  const outputs = (values.output ?? []).map((spec) => parseOutput(spec, format));
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!/^\d+$/.test(values['max-warnings']) || !Number.isSafeInteger(maxWarnings))
      throw new UsageError(`--max-warnings takes a number of warnings (0 or more), not "${values['max-warnings']}"`);
  }
  const color = values['no-color'] ? false : values.color ? true : undefined;
  if (values.context !== undefined && positionals.length === 0)
    throw new UsageError('--context needs the files to report on (pre-commit passes them)');
  const ref = (option: 'base-ref' | 'trust-from' | 'new-only') =>
    values[option] === undefined ? undefined : validateRef(values[option], `--${option}`);
  for (const option of ['baseline', 'write-baseline', 'cache-location'] as const)
    if (values[option] === '') throw new UsageError(`--${option} needs a file name`);
  return {
    command: 'lint',
    paths: positionals,
    config: values.config,
    format,
    outputs,
    failOn,
    rules,
    stdinFilename: values['stdin-filename'],
    color,
    inlineWaivers: !values['no-inline-ignores'],
    context: values.context,
    baseRef: ref('base-ref'),
    ...(values['trust-from'] === undefined ? {} : { trustFrom: ref('trust-from') }),
    policies: values.policy ?? [],
    ...(values.cluster ? { cluster: values.cluster } : {}),
    ...(values['no-cache'] ? { cache: false } : values.cache ? { cache: true } : {}),
    ...(values['cache-location'] ? { cacheLocation: values['cache-location'] } : {}),
    ignorePatterns: values['ignore-pattern'] ?? [],
    ...(maxWarnings === undefined ? {} : { maxWarnings }),
    quiet: Boolean(values.quiet),
    printConfig: Boolean(values['print-config']),
    ...(values.baseline === undefined ? {} : { baseline: values.baseline }),
    ...(values['write-baseline'] === undefined ? {} : { writeBaseline: values['write-baseline'] }),
    ...(values['new-only'] === undefined ? {} : { newOnly: ref('new-only') }),
  };
}

/**
 * `--output FORMAT=FILE` is a report in FORMAT beside stdout's; `--output FILE` takes the
 * --format report off stdout into FILE. A word before `=` that names no format is a mistake
 * (`xml=r.xml`), not a file name: `./x=y` names such a file.
 */
function parseOutput(spec: string, format: FormatName): LintArgs['outputs'][number] {
  const m = /^([A-Za-z0-9_-]+)=(.*)$/s.exec(spec);
  if (!m) {
    if (spec === '') throw new UsageError('--output needs a file name');
    return { format, file: spec, named: false };
  }
  const [, name, file] = m as unknown as [string, string, string];
  const formats = Object.keys(FORMATTERS);
  if (!isFormatName(name))
    throw new UsageError(
      `--output ${spec}: unknown format "${name}"${didYouMean(name, formats)} (formats: ${formats.join(', ')}; ` +
        `a file whose name holds "=": --output ./${spec})`,
    );
  if (file === '') throw new UsageError(`--output ${spec}: no file after "="`);
  return { format: name, file, named: true };
}

type Options = NonNullable<Parameters<typeof parseArgs>[0]>['options'];

/** node's parseArgs, its errors as one line with the nearest option and where help is. */
function parse<T extends NonNullable<Options>>(command: string, args: string[], options: T, allowPositionals: boolean) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    const e = error as Error & { code?: string };
    const help = `see \`edgenet ${command} --help\``;
    if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const option = /'([^']+)'/.exec(e.message)?.[1] ?? e.message;
      const names = Object.keys(options).map((o) => `--${o}`);
      throw new UsageError(`unknown option ${option} for ${command}${didYouMean(option, names)} (${help})`);
    }
    if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const option = /'(--[^ ']+)/.exec(e.message)?.[1];
      if (option && /argument missing/.test(e.message)) throw new UsageError(`${option} needs a value (${help})`);
      if (option) throw new UsageError(`${option} takes no value (${help})`);
    }
    if (e.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
      const word = /'([^']*)'/.exec(e.message)?.[1] ?? '';
      throw new UsageError(`${command} takes no argument "${word}" (${help})`);
    }
    throw new UsageError(`${e.message.split('. ')[0]} (${help})`);
  }
}
