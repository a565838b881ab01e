/** input/skipped: anything not analysed, named with its reason so that nothing disappears silently. */
import { defineInputRule, prose } from '../rule.js';

export const skippedRule = defineInputRule({
  id: 'input/skipped',
  level: 'info',
  title: 'A file or a value was not analysed',
  messages: { skipped: 'Not analysed: {reason}.' },
  why: prose`
    Nothing is skipped silently: a template, an oversized or binary file, an alias bomb, or a template
    value chosen at deployment is named so that a violation cannot hide in it.
  `,
  fix: 'Render templates before linting, or exclude the file in .edgenet.yaml if it does not describe the cluster.',
});
