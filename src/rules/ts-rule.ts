/** The shape of a rule written in TypeScript: a pure function of the network model. */
import type { RawFinding } from '../core/finding.js';
import type { NetworkModel } from '../model/types.js';
import type { CidrIndex } from './cidr-index.js';
import type { FirewallIndex } from './firewall-index.js';

export interface RuleContext {
  model: NetworkModel;
  cidrs: CidrIndex;
  firewall: FirewallIndex;
}

export interface TsRule {
  id: string;
  check(context: RuleContext): RawFinding[];
}
