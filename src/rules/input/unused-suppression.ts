/** input/unused-suppression: a valid waiver that matched no finding in this run. */
import { defineInputRule } from '../rule.js';

export const unusedSuppressionRule = defineInputRule({
  id: 'input/unused-suppression',
  level: 'warning',
  title: 'A waiver that matches no finding',
  messages: { unused: 'The waiver for {rule} matches no finding.' },
  why: 'Stale waivers hide the next real violation at that place.',
  fix: 'Delete the waiver.',
});
