/** input/invalid-suppression: a waiver that suppresses nothing because it is malformed (src/evaluate/waivers). */
import { defineInputRule } from '../rule.js';

export const invalidSuppressionRule = defineInputRule({
  id: 'input/invalid-suppression',
  level: 'warning',
  title: 'A waiver without a reason, past its expiry, or naming an unknown rule',
  messages: {
    'unknown-rule': 'The waiver names {names}, which {notRules} (see `edgenet rules`); it suppresses nothing.',
    'no-reason': 'The waiver for {rules} gives no reason ("-- why" after the rule); it suppresses nothing.',
    expired: 'The waiver for {rule} expired on {expires}; it suppresses nothing.',
    'not-a-string': 'The {annotation} annotation must be a string "rule: reason"; it suppresses nothing.',
  },
  why: 'A waiver must say why and may expire; one that does not suppresses nothing.',
  fix: 'Add a reason after "--", renew the expiry, or correct the rule id.',
});
