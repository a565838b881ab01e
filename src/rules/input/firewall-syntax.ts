/** Malformed security group rules and ACL entries (input/invalid-resource), found once by the FirewallIndex. */
import type { RuleContext, TsRule } from '../ts-rule.js';

export const firewallSyntax: TsRule = {
  id: 'input/invalid-resource',
  check: ({ firewall }: RuleContext) => firewall.problems,
};
