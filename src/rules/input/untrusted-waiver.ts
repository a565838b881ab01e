/**
 * input/untrusted-waiver: with --trust-from REF (contract section 8), a waiver or a configuration
 * change that REF does not have yet. It waives nothing: a pull request cannot silence its own
 * findings. Raised by src/evaluate/suppressions.ts (waivers in files) and
 * src/config/load-config.ts (the configuration).
 */
import { defineInputRule, prose } from '../rule.js';

export const untrustedWaiverRule = defineInputRule({
  id: 'input/untrusted-waiver',
  level: 'warning',
  title: 'A waiver or configuration change that the trusted ref does not have yet',
  messages: {
    waiver: prose`
      This waiver of {rules} is new since {ref}, or covers a line changed since: it waives nothing until
      {ref} has it.
    `,
    config: '{what} changed since {ref} and is not applied: the run uses the configuration as it is at {ref}.',
    'config-file': 'This configuration is not the one at {ref} and is not applied: the run uses {used}.',
  },
  why: prose`
    In a pull request the files are written by the author whose change is judged. A waiver, a rule
    switched off, an exclude glob, a .gitignore line or a raised maxFileSize that the change itself adds
    would silence the change's own findings, so with --trust-from (the Action's trust-from, on pull
    requests by default) they are taken as the trusted ref has them, and what the change adds is
    reported here instead.
  `,
  fix: prose`
    Nothing to fix in the change if the waiver is right: a reviewer sees it here, and once it is merged
    it works. To waive a finding of the change itself, merge the waiver first, or lint without
    --trust-from.
  `,
});
