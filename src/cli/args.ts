/** Command-line parsing (contract section 2), with node's own parseArgs. */
import { parseArgs } from 'node:util';
import { UsageError } from '../core/errors.js';
import type { LevelSetting } from '../core/finding.js';
import { validateRef } from '../git/git.js';
import { FORMATTERS, isFormatName, type FormatName } from '../report/formatters/index.js';
import { ruleById } from '../rules/catalogue.js';

import type { FailOn } from '../lint.js';

export type { FailOn };

export interface LintArgs {
  command: 'lint';
  paths: string[];
  config?: string;
  format: FormatName;
  outputs: { format: FormatName; file: string }[];
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
  | { command: 'help' };

const LEVELS = new Set(['off', 'info', 'warning', 'error']);

export function parseCommandLine(argv: readonly string[]): Args {
  const [command, ...rest] = argv;
  switch (command) {
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      return { command: 'help' };
    case 'version':
    case '--version':
    case '-v':
      return { command: 'version' };
    case 'lint':
      return parseLint(rest);
    case 'rules': {
      const { values } = parse(rest, { format: { type: 'string' } }, false);
      const format = values.format ?? 'text';
      if (format !== 'text' && format !== 'json')
        throw new UsageError(`--format for rules must be text or json, not "${format}"`);
      return { command: 'rules', format };
    }
    case 'explain': {
      const { values, positionals } = parse(rest, { all: { type: 'boolean' }, format: { type: 'string' } }, true);
      const format = values.format ?? 'text';
      if (format !== 'text' && format !== 'markdown')
        throw new UsageError(`--format for explain must be text or markdown, not "${format}"`);
      if (values.all) return { command: 'explain', rule: null, format };
      if (positionals.length !== 1)
        throw new UsageError('usage: edgenet explain RULE | edgenet explain --all [--format markdown]');
      if (!ruleById(positionals[0]!)) throw new UsageError(`unknown rule "${positionals[0]}" (see \`edgenet rules\`)`);
      return { command: 'explain', rule: positionals[0]!, format };
    }
    case 'clusters': {
      const { values, positionals } = parse(rest, { format: { type: 'string' }, config: { type: 'string' } }, true);
      const format = values.format ?? 'text';
      if (format !== 'text' && format !== 'json')
        throw new UsageError(`--format for clusters must be text or json, not "${format}"`);
      return { command, paths: positionals, config: values.config, format };
    }
    case 'plan':
    case 'graph': {
      const { values, positionals } = parse(
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
      const { values, positionals } = parse(rest, { force: { type: 'boolean' } }, true);
      if (positionals.length > 1) throw new UsageError('usage: edgenet init [DIR] [--force]');
      return { command: 'init', dir: positionals[0] ?? '.', force: Boolean(values.force) };
    }
    default:
      throw new UsageError(
        `unknown command "${command}" (commands: lint, clusters, plan, graph, rules, explain, init, version)`,
      );
  }
}

function parseLint(argv: string[]): LintArgs {
  const { values, positionals } = parse(
    argv,
    {
      config: { type: 'string' },
      format: { type: 'string' },
      output: { type: 'string', multiple: true },
      'fail-on': { type: 'string' },
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
    },
    true,
  );
  const format = values.format ?? 'text';
  if (!isFormatName(format))
    throw new UsageError(`unknown --format "${format}" (formats: ${Object.keys(FORMATTERS).join(', ')})`);
  const failOn = values['fail-on'] ?? 'error';
  if (failOn !== 'error' && failOn !== 'warning' && failOn !== 'never')
    throw new UsageError(`--fail-on must be error, warning or never, not "${failOn}"`);
  const rules: Record<string, LevelSetting> = {};
  for (const spec of values.rule ?? []) {
    const eq = spec.lastIndexOf('=');
    const id = spec.slice(0, eq);
    const level = spec.slice(eq + 1);
    if (eq < 0 || !LEVELS.has(level))
      throw new UsageError(`--rule takes ID=LEVEL with LEVEL off, info, warning or error, not "${spec}"`);
    if (!ruleById(id)) throw new UsageError(`--rule: unknown rule "${id}" (see \`edgenet rules\`)`);
    rules[id] = level as LevelSetting;
  }
  const outputs = (values.output ?? []).map((spec) => {
    const eq = spec.indexOf('=');
    const named = eq > 0 ? spec.slice(0, eq) : undefined;
    if (named !== undefined && isFormatName(named)) return { format: named, file: spec.slice(eq + 1) };
    return { format, file: spec };
  });
  const color = values['no-color'] ? false : values.color ? true : undefined;
  if (values.context !== undefined && positionals.length === 0)
    throw new UsageError('--context needs the files to report on (pre-commit passes them)');
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
    baseRef: values['base-ref'] === undefined ? undefined : validateRef(values['base-ref'], '--base-ref'),
    ...(values['trust-from'] === undefined ? {} : { trustFrom: validateRef(values['trust-from'], '--trust-from') }),
    policies: values.policy ?? [],
    ...(values.cluster ? { cluster: values.cluster } : {}),
    ...(values['no-cache'] ? { cache: false } : values.cache ? { cache: true } : {}),
    ...(values['cache-location'] ? { cacheLocation: values['cache-location'] } : {}),
  };
}

function parse<
  T extends Parameters<typeof parseArgs>[0] extends infer C ? (C extends { options?: infer O } ? O : never) : never,
>(args: string[], options: T, allowPositionals: boolean) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
