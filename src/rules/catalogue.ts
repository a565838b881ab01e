/**
 * Every rule, built from the rules' own declarations (contract section 5): the TypeScript rules'
 * defineRule objects, the input rules, and the Rego rules' # METADATA (generated into
 * rego-rules.generated.ts). `rules`, `explain`, the report's wording, docs/rules.md, the README's
 * table, the config schema's id list and SARIF's rule list all come from here.
 */
import { clusterPodCidrsOverlap } from './cidr/cluster-pod-cidrs-overlap.js';
import { nodeCapacity } from './cidr/node-capacity.js';
import { nodePodCidrOverlap } from './cidr/node-podcidr-overlap.js';
import { notPrivate } from './cidr/not-private.js';
import { overlapsEdgeHosts } from './cidr/overlaps-edge-hosts.js';
import { podCidrMismatch } from './cidr/pod-cidr-mismatch.js';
import { podOverlapsService } from './cidr/pod-overlaps-service.js';
import { podOverlapsVpc } from './cidr/pod-overlaps-vpc.js';
import { serviceOverlapsVpc } from './cidr/service-overlaps-vpc.js';
import { invalidResourceRule } from './input/invalid-resource.js';
import { invalidSuppressionRule } from './input/invalid-suppression.js';
import { parseErrorRule } from './input/parse-error.js';
import { skippedRule } from './input/skipped.js';
import { untrustedWaiverRule } from './input/untrusted-waiver.js';
import { unusedSuppressionRule } from './input/unused-suppression.js';
import { ravenPortsBlocked } from './raven/ports-blocked.js';
import { REGO_RULES } from './rego-rules.generated.js';
import type { FleetRule, RuleMeta, TsRule } from './rule.js';
import { backendNotVxlan } from './vxlan/backend-not-vxlan.js';
import { vxlanPortBlocked } from './vxlan/port-blocked.js';

/** The TypeScript rules, in the order they run (the report is sorted, so order only matters for speed). */
export const TS_RULES = [
  podOverlapsVpc,
  serviceOverlapsVpc,
  podOverlapsService,
  overlapsEdgeHosts,
  podCidrMismatch,
  nodePodCidrOverlap,
  nodeCapacity,
  notPrivate,
  vxlanPortBlocked,
  backendNotVxlan,
  ravenPortsBlocked,
] as const satisfies readonly TsRule[];

/** TypeScript rules that compare the clusters of a fleet with each other. */
export const FLEET_RULES = [clusterPodCidrsOverlap] as const satisfies readonly FleetRule[];

const INPUT_RULES = [
  parseErrorRule,
  invalidResourceRule,
  skippedRule,
  invalidSuppressionRule,
  unusedSuppressionRule,
  untrustedWaiverRule,
] as const;

/** Families in the order the catalogue lists them: what is read first, then addresses, then topology. */
const FAMILIES = ['input', 'cidr', 'vxlan', 'gateway', 'raven', 'reach'];

const ALL = [...INPUT_RULES, ...TS_RULES, ...FLEET_RULES, ...REGO_RULES];

export type RuleId = (typeof ALL)[number]['id'];

export const RULES: readonly RuleMeta<RuleId>[] = sortRules(ALL);

function sortRules(rules: readonly RuleMeta<RuleId>[]): RuleMeta<RuleId>[] {
  const family = (id: string) => {
    const i = FAMILIES.indexOf(id.split('/')[0]!);
    return i < 0 ? FAMILIES.length : i;
  };
  // Input rules keep their declared order (parse, resource, skipped, then waivers); others by id.
  const inputOrder = (id: string) => INPUT_RULES.findIndex((r) => r.id === id);
  return [...rules].sort(
    (a, b) => family(a.id) - family(b.id) || inputOrder(a.id) - inputOrder(b.id) || (a.id < b.id ? -1 : 1),
  );
}

const BY_ID = new Map<string, RuleMeta<RuleId>>(RULES.map((r) => [r.id, r]));

export function ruleById(id: string): RuleMeta<RuleId> | undefined {
  return BY_ID.get(id);
}

export function isRuleId(id: string): id is RuleId {
  return BY_ID.has(id);
}

export const RULE_IDS: readonly RuleId[] = RULES.map((r) => r.id);
