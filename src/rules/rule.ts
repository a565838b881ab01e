/**
 * The shape of a rule, declared once in the rule's own file (ESLint's `meta` + `create`,
 * typescript-eslint's `createRule` with typed message ids): its id, level, words and, for a
 * TypeScript rule, its check. The catalogue (catalogue.ts) is built from these declarations and
 * from the `# METADATA` of the Rego policies; `rules`, `explain`, docs/rules.md, the README's
 * table, the configuration schema and SARIF's rule list all derive from it.
 */
import type { Level, RawFinding, RawRelated, ResourceId, SourceRef, FileRef } from '../core/finding.js';
import type { JudgedCluster } from '../fleet/fleet.js';
import type { CidrIndex } from '../model/cidr-index.js';
import type { FirewallIndex } from '../model/firewall-index.js';
import type { NetworkModel } from '../model/types.js';

export type Engine = 'input' | 'ts' | 'rego';

/** Tags that change how a report treats a rule: `security` gives SARIF a security-severity. */
export type RuleTag = 'security';

export interface RuleMeta<Id extends string = string, M extends string = string> {
  id: Id;
  level: Level;
  title: string;
  engine: Engine;
  /** Message templates by id; `{name}` is filled from the finding's data (see renderMessage). */
  messages: Readonly<Record<M, string>>;
  why: string;
  fix: string;
  /** Sources and further reading, for docs/rules.md. */
  docs?: string;
  tags?: readonly RuleTag[];
}

export interface RuleContext {
  model: NetworkModel;
  cidrs: CidrIndex;
  firewall: FirewallIndex;
}

/** What a rule reports: the message id and the data its template reads, at a place. */
export interface Report<M extends string> {
  messageId: M;
  ref: SourceRef | FileRef;
  data?: Record<string, unknown>;
  resource?: ResourceId;
  related?: RawRelated[];
}

/**
 * A rule reports its own findings by message id; it may also report an input finding (built
 * with src/core/input-findings.ts), e.g. that a value it needs is unknown and so not analysed.
 */
export type Reporter<M extends string> = (r: Report<M> | RawFinding) => void;

export interface TsRule<Id extends string = string, M extends string = string> extends RuleMeta<Id, M> {
  engine: 'ts';
  check(context: RuleContext, report: Reporter<M>): void;
}

type Declaration<Id extends string, M extends string> = Omit<RuleMeta<Id, M>, 'engine'>;

/** A cluster of the fleet, as fleet rules see it. */
export interface FleetMember extends JudgedCluster {
  cidrs: CidrIndex;
}

/** A rule that compares clusters with each other; its reports name the cluster they are about. */
export interface FleetRule<Id extends string = string, M extends string = string> extends RuleMeta<Id, M> {
  engine: 'ts';
  checkFleet(clusters: readonly FleetMember[], report: (r: Report<M> & { cluster: string | null }) => void): void;
}

/** A rule checked in TypeScript: its metadata and its check, in one object. */
export function defineRule<const Id extends string, M extends string>(
  rule: Declaration<Id, M> & { check: TsRule<Id, M>['check'] },
): TsRule<Id, M> {
  return { ...rule, engine: 'ts' };
}

/** A rule whose findings come from reading the input (parse errors, waivers): no check of its own. */
export function defineInputRule<const Id extends string, M extends string>(
  rule: Declaration<Id, M>,
): RuleMeta<Id, M> & { engine: 'input' } {
  return { ...rule, engine: 'input' };
}

/** A rule over the whole fleet: its metadata and its check, in one object. */
export function defineFleetRule<const Id extends string, M extends string>(
  rule: Declaration<Id, M> & { checkFleet: FleetRule<Id, M>['checkFleet'] },
): FleetRule<Id, M> {
  return { ...rule, engine: 'ts' };
}

export function runFleetRule(rule: FleetRule, clusters: readonly FleetMember[]): RawFinding[] {
  const out: RawFinding[] = [];
  rule.checkFleet(clusters, ({ cluster, ...r }) => {
    const finding = toRaw(rule.id, r);
    out.push(cluster === null ? finding : { ...finding, cluster });
  });
  return out;
}

function toRaw(ruleId: string, r: Report<string>): RawFinding {
  return {
    ruleId,
    messageId: r.messageId,
    ref: r.ref,
    data: r.data ?? {},
    ...(r.resource ? { resource: r.resource } : {}),
    ...(r.related?.length ? { related: r.related } : {}),
  };
}

/** Runs one TypeScript rule: its reports become raw findings under its id. */
export function runRule(rule: TsRule, context: RuleContext): RawFinding[] {
  const out: RawFinding[] = [];
  rule.check(context, (r) => {
    out.push('ruleId' in r ? r : toRaw(rule.id, r));
  });
  return out;
}

/** Prose written over several source lines, read as one line: `prose\`one\n  two\`` is "one two". */
export function prose(strings: TemplateStringsArray, ...values: unknown[]): string {
  return String.raw({ raw: strings }, ...values)
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}
