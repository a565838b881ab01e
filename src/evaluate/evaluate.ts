/**
 * Runs both engines over the model and turns raw results into findings: placed by the Locator,
 * worded from the catalogue, at the level the configuration gives.
 */
import { compareFindings, isFileRef, type Finding, type RawFinding, type SourceRef } from '../core/finding.js';
import type { NetworkModel } from '../model/types.js';
import { RULES, renderMessage, ruleById } from '../rules/catalogue.js';
import { CidrIndex } from '../rules/cidr-index.js';
import { FirewallIndex } from '../rules/firewall-index.js';
import { TS_RULES } from '../rules/ts-rules.js';
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
  for (const rule of TS_RULES) if (enabled(rule.id)) raw.push(...rule.check(context));
  if (RULES.some((r) => r.engine === 'rego' && r.implemented && enabled(r.id)))
    raw.push(...(await options.policy.evaluate(model)).filter((f) => enabled(f.ruleId)));
  for (const policy of options.userPolicies)
    raw.push(...(await policy.evaluate(model)).filter((f) => enabled(f.ruleId)));
  return raw;
}

export function toFindings(
  raw: readonly RawFinding[],
  locator: Locator,
  levels: Pick<EvaluateOptions, 'configLevels' | 'cliLevels'>,
): Finding[] {
  const out: Finding[] = [];
  const seen = new Map<string, Finding>();
  for (const r of raw) {
    const meta = ruleById(r.ruleId);
    const level = effectiveLevel(r.ruleId, levels.configLevels, levels.cliLevels, r.level);
    if (!isOn(level)) continue;
    const at = locator.locate(r.ref);
    const data = Object.fromEntries(Object.entries(r.data).map(([k, v]) => [k, isRef(v) ? locator.describe(v) : v]));
    const message = meta ? renderMessage(meta.message, data) : String(r.data.message ?? r.ruleId);
    const finding: Finding = {
      ruleId: r.ruleId,
      level,
      message,
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
        if (
          !earlier.related.some(
            (r) => r.file === rel.file && r.line === rel.line && r.column === rel.column && r.message === rel.message,
          )
        )
          earlier.related.push(rel);
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
