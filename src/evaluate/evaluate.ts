/**
 * Runs both engines over a model and turns raw results into findings: placed by the Locator,
 * worded from the catalogue, at the level the configuration gives.
 */
import { compareFindings, isFileRef, type Finding, type RawFinding, type SourceRef } from '../core/finding.js';
import { CidrIndex } from '../model/cidr-index.js';
import { FirewallIndex } from '../model/firewall-index.js';
import type { NetworkModel } from '../model/types.js';
import { RULES, ruleById, TS_RULES } from '../rules/catalogue.js';
import { modelInputChecks } from '../rules/input/model-checks.js';
import { renderMessage } from '../rules/messages.js';
import { runRule } from '../rules/rule.js';
import { effectiveLevel, isOn, type LevelOverrides } from './levels.js';
import type { Locator } from './locate.js';
import type { RegoPolicy } from './rego-engine.js';

export interface EvaluateOptions {
  configLevels: LevelOverrides;
  cliLevels: LevelOverrides;
  /** The compiled built-in policy. */
  policy: RegoPolicy;
  /** --policy: users' own compiled policies, always evaluated. */
  userPolicies: RegoPolicy[];
}

export async function evaluateRules(model: NetworkModel, options: EvaluateOptions): Promise<RawFinding[]> {
  const enabled = (id: string) => isOn(effectiveLevel(id, options.configLevels, options.cliLevels));
  const context = { model, cidrs: new CidrIndex(model), firewall: new FirewallIndex(model) };
  const raw: RawFinding[] = [];
  const add = (findings: readonly RawFinding[]) => {
    for (const f of findings) if (enabled(f.ruleId)) raw.push(f);
  };
  add(modelInputChecks(context));
  for (const rule of TS_RULES) if (enabled(rule.id)) add(runRule(rule, context));
  if (RULES.some((r) => r.engine === 'rego' && enabled(r.id))) add(await options.policy.evaluate(model));
  for (const policy of options.userPolicies) add(await policy.evaluate(model));
  return raw;
}

/** The words of a raw finding: its rule's template for its message id, or a user policy's own message. */
export function messageOf(r: RawFinding, data: Record<string, unknown>): { messageId?: string; message: string } {
  const meta = ruleById(r.ruleId);
  if (!meta) return { message: String(r.data.message ?? r.ruleId) };
  const ids = Object.keys(meta.messages);
  const messageId = r.messageId ?? (ids.length === 1 ? ids[0]! : undefined);
  const template = messageId === undefined ? undefined : (meta.messages as Record<string, string>)[messageId];
  // A built-in rule reporting a message id it does not declare is a bug, not a user's problem.
  if (template === undefined) throw new Error(`${r.ruleId} reported an undeclared message id "${r.messageId}"`);
  return { messageId: messageId!, message: renderMessage(template, data) };
}

export function toFindings(
  raw: readonly RawFinding[],
  locator: Locator,
  levels: Pick<EvaluateOptions, 'configLevels' | 'cliLevels'>,
): Finding[] {
  const out: Finding[] = [];
  const seen = new Map<string, Finding>();
  for (const r of raw) {
    const level = effectiveLevel(r.ruleId, levels.configLevels, levels.cliLevels, r.level);
    if (!isOn(level)) continue;
    const at = locator.locate(r.ref);
    const data = Object.fromEntries(Object.entries(r.data).map(([k, v]) => [k, isRef(v) ? locator.describe(v) : v]));
    const finding: Finding = {
      ruleId: r.ruleId,
      ...messageOf(r, data),
      level,
      file: at.file,
      line: at.line,
      column: at.column,
      endLine: at.endLine,
      endColumn: at.endColumn,
      ...(r.resource ? { resource: r.resource } : {}),
      ...(isFileRef(r.ref) ? {} : { doc: r.ref.doc }),
      data: r.data,
      related: (r.related ?? []).map((rel) => {
        const p = locator.locate(rel.ref);
        return { file: p.file, line: p.line, column: p.column, message: rel.message };
      }),
    };
    // Two routes to one fact (a Ref used twice, a Service declared twice) make one finding that
    // lists every other end.
    const key = `${finding.ruleId}\0${finding.file}\0${finding.line}\0${finding.column}\0${finding.message}`;
    const earlier = seen.get(key);
    if (earlier) {
      for (const rel of finding.related) {
        const known = earlier.related.some(
          (r) => r.file === rel.file && r.line === rel.line && r.column === rel.column && r.message === rel.message,
        );
        if (!known) earlier.related.push(rel);
      }
      continue;
    }
    seen.set(key, finding);
    out.push(finding);
  }
  return out.sort(compareFindings);
}

function isRef(value: unknown): value is SourceRef {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as SourceRef).file === 'string' &&
    (Array.isArray((value as SourceRef).path) || isFileRef(value as SourceRef))
  );
}
