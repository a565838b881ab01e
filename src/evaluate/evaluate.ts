/**
 * Runs both engines over a model and turns raw results into findings: placed by the Locator,
 * worded from the catalogue, at the level the configuration gives.
 */
import {
  compareFindings,
  compareStrings,
  isFileRef,
  type Finding,
  type RawFinding,
  type SourceRef,
} from '../core/finding.js';
import { CidrIndex } from '../model/cidr-index.js';
import { FirewallIndex } from '../model/firewall-index.js';
import type { NetworkModel } from '../model/types.js';
import { FLEET_RULES, RULES, ruleById, TS_RULES } from '../rules/catalogue.js';
import { modelInputChecks } from '../rules/input/model-checks.js';
import { renderMessage } from '../rules/messages.js';
import type { JudgedCluster } from '../fleet/fleet.js';
import { runFleetRule, runRule } from '../rules/rule.js';
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
  // The policy first: on a large model its slices are evaluated on another core while the
  // TypeScript rules run here (src/evaluate/rego-engine.ts).
  const rego = RULES.some((r) => r.engine === 'rego' && enabled(r.id)) ? options.policy.evaluate(model) : undefined;
  rego?.catch(() => {});
  add(modelInputChecks(context));
  for (const rule of TS_RULES) if (enabled(rule.id)) add(runRule(rule, context));
  if (rego) add(await rego);
  for (const policy of options.userPolicies) add(await policy.evaluate(model));
  return raw;
}

/** The rules that compare clusters with each other (clusters sharing a VPC). */
export function evaluateFleetRules(clusters: readonly JudgedCluster[], levels: Levels): RawFinding[] {
  const enabled = (id: string) => isOn(effectiveLevel(id, levels.configLevels, levels.cliLevels));
  const fleet = clusters.map((c) => ({ scope: c.scope, model: c.model, cidrs: new CidrIndex(c.model) }));
  return FLEET_RULES.filter((r) => enabled(r.id)).flatMap((r) => runFleetRule(r, fleet));
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

type Levels = Pick<EvaluateOptions, 'configLevels' | 'cliLevels'>;

/**
 * Places and words raw findings, at the level their cluster's configuration gives. Findings of
 * one cluster that land on one place with one message are one finding (two routes to one fact:
 * a Ref used twice, a Service declared twice); across clusters they stay apart until waivers are
 * applied (a waiver may name a cluster), then mergeClusters joins them.
 */
export function toFindings(
  raw: readonly RawFinding[],
  locator: Locator,
  levelsOf: Levels | ((cluster: string | undefined) => Levels),
): Finding[] {
  const out: Finding[] = [];
  const seen = new Map<string, Finding>();
  for (const r of raw) {
    const levels = typeof levelsOf === 'function' ? levelsOf(r.cluster) : levelsOf;
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
      // The document the finding is in, after a rendered value is placed where it is written.
      ...((real) => (isFileRef(real) ? {} : { doc: real.doc }))(locator.resolve(r.ref)),
      data: r.data,
      clusters: r.cluster === undefined ? [] : [r.cluster],
      related: (r.related ?? []).map((rel) => {
        const p = locator.locate(rel.ref);
        return { file: p.file, line: p.line, column: p.column, message: rel.message };
      }),
    };
    const key = `${findingKey(finding)}\0${r.cluster ?? ''}`;
    const earlier = seen.get(key);
    if (earlier) {
      addRelated(earlier, finding);
      continue;
    }
    seen.set(key, finding);
    out.push(finding);
  }
  return out.sort(compareFindings);
}

function findingKey(f: Finding): string {
  return `${f.ruleId}\0${f.file}\0${f.line}\0${f.column}\0${f.message}`;
}

/**
 * Every other end of `from` that `into` does not list yet. Merged ends are put in the order of
 * their places: which route came first depends on how the policy engine ordered its results.
 */
function addRelated(into: Finding, from: Finding): void {
  let added = false;
  for (const rel of from.related) {
    const known = into.related.some(
      (r) => r.file === rel.file && r.line === rel.line && r.column === rel.column && r.message === rel.message,
    );
    if (!known) {
      into.related.push(rel);
      added = true;
    }
  }
  if (added) {
    into.related.sort(
      (a, b) =>
        compareStrings(a.file, b.file) ||
        a.line - b.line ||
        a.column - b.column ||
        compareStrings(a.message, b.message),
    );
  }
}

/**
 * The same finding (rule, place, message, level) in several clusters (a base in two overlays) is
 * one finding that names every cluster, in name order (contract section 7).
 */
export function mergeClusters(findings: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  const seen = new Map<string, Finding>();
  for (const f of findings) {
    // Clusters that give the rule different levels keep their own findings: an error in one is
    // never reported at another cluster's warning.
    const key = `${findingKey(f)}\0${f.level}`;
    const earlier = seen.get(key);
    if (!earlier) {
      const copy = { ...f, clusters: [...f.clusters], related: [...f.related] };
      seen.set(key, copy);
      out.push(copy);
      continue;
    }
    addRelated(earlier, f);
    for (const c of f.clusters) if (!earlier.clusters.includes(c)) earlier.clusters.push(c);
    earlier.clusters.sort(compareStrings);
    // A finding about a file that no cluster holds stays one finding without clusters.
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
