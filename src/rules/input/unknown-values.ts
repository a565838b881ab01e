/**
 * Values a template leaves to deployment time (a Ref to a Parameter without Default, Fn::Select
 * ...) are reported as not analysed rather than guessed.
 */
import type { RawFinding } from '../../core/finding.js';
import type { RuleContext, TsRule } from '../ts-rule.js';

export const unknownValues: TsRule = {
  id: 'input/skipped',
  check({ model }: RuleContext): RawFinding[] {
    return model.unknowns.map((u) => ({
      ruleId: 'input/skipped',
      ref: u.ref,
      resource: u.resource,
      data: { reason: `${u.what} is unknown: ${u.reason}` },
    }));
  },
};
