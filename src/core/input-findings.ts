/**
 * Findings about the input itself (a file that does not parse, a value that breaks its schema,
 * something not analysed), raised by every stage from reading to waivers. Their rules are
 * declared in src/rules/input/; the ids and message ids live here so that stages below the rules
 * (parse, model) raise them by a typed constructor, never by a string that could be misspelled.
 */
import type { FileRef, RawFinding, ResourceId, SourceRef } from './finding.js';

export const INPUT_RULES = {
  'input/parse-error': ['parse-error'],
  'input/invalid-resource': ['invalid'],
  'input/skipped': ['skipped'],
  'input/invalid-suppression': ['unknown-rule', 'no-reason', 'expired', 'not-a-string'],
  'input/unused-suppression': ['unused'],
  'input/untrusted-waiver': ['waiver', 'config', 'config-file'],
} as const;

export type InputRuleId = keyof typeof INPUT_RULES;
export type InputMessageId<Id extends InputRuleId> = (typeof INPUT_RULES)[Id][number];

type Place = SourceRef | FileRef;

export function inputFinding<Id extends InputRuleId>(
  ruleId: Id,
  messageId: InputMessageId<Id>,
  ref: Place,
  data: Record<string, unknown>,
  resource?: ResourceId,
): RawFinding {
  return { ruleId, messageId, ref, data, ...(resource ? { resource } : {}) };
}

/** A value edgenet understands that breaks its schema; `detail` is the whole sentence. */
export function invalidResource(ref: Place, detail: string, resource?: ResourceId): RawFinding {
  return inputFinding('input/invalid-resource', 'invalid', ref, { detail }, resource);
}

/** Something not analysed, and why: `reason` completes "Not analysed: ...". */
export function skipped(ref: Place, reason: string, resource?: ResourceId): RawFinding {
  return inputFinding('input/skipped', 'skipped', ref, { reason }, resource);
}

export function parseError(ref: FileRef, detail: string): RawFinding {
  return inputFinding('input/parse-error', 'parse-error', ref, { detail });
}
