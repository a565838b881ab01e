/** `edgenet explain`: a rule's words plus its examples, linted for real to show what is reported. */
import path from 'node:path';
import { existsSync } from 'node:fs';
import { loadConfig, loadTrustedConfig } from '../config/load-config.js';
import { GitError } from '../git/git.js';
import { BASE_DIR, pullRequestRepo } from '../git/pull-request-example.js';
import { packageRoot } from '../core/package-files.js';
import { lint } from '../lint.js';
import { formatExplain, formatExplainMarkdown, type Explained } from './catalogue-text.js';
import { RULES, ruleById } from '../rules/catalogue.js';
import { ruleExample, type Example } from '../rules/examples.js';

async function run(example: Example | undefined): Promise<Explained['fail']> {
  if (!example) return undefined;
  const dir = path.join(packageRoot(), example.dir);
  // An example with the base's files in trust-from/ is a pull request, linted with --trust-from.
  if (existsSync(path.join(dir, BASE_DIR))) {
    let repo: ReturnType<typeof pullRequestRepo>;
    try {
      repo = pullRequestRepo(dir);
    } catch (error) {
      // Without git this example cannot be shown as a pull request: the rule is explained without it.
      if (error instanceof GitError) return undefined;
      throw error;
    }
    try {
      const { cwd, trust } = repo;
      const config = loadTrustedConfig({ trust, searchFrom: cwd, cwd });
      return { example, findings: (await lint({ paths: ['.'], cwd, config, today: '2026-01-01', trust })).findings };
    } finally {
      repo.dispose();
    }
  }
  const configFile = path.join(dir, '.edgenet.yaml');
  const config = loadConfig(existsSync(configFile) ? configFile : undefined, dir);
  // A fixed date keeps the examples' output the same on every day (waiver expiry).
  const result = await lint({ paths: ['.'], cwd: dir, config, today: '2026-01-01' });
  return { example, findings: result.findings };
}

export async function explain(id: string): Promise<Explained> {
  const rule = ruleById(id)!;
  return { rule, fail: await run(ruleExample(id, 'fail')), pass: await run(ruleExample(id, 'pass')) };
}

export async function explainText(id: string): Promise<string> {
  return formatExplain(await explain(id));
}

export async function explainAllMarkdown(): Promise<string> {
  const all: Explained[] = [];
  for (const rule of RULES) all.push(await explain(rule.id));
  return formatExplainMarkdown(all);
}
