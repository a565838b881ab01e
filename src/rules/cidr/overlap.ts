/**
 * The shape every overlap rule shares: each valid CIDR of the subject (the value to change)
 * against each declaration of the other ranges, same family only. Declarations of the same
 * other CIDR (a VPC in a template and in the config) become one finding with both in `related`.
 */
import type { RawFinding } from '../../core/finding.js';
import { describeInterval, intersection, relation } from '../../net/cidr.js';
import type { ParsedFact } from '../cidr-index.js';

export interface OtherRanges {
  facts: ParsedFact[];
  /** Words for the other range in messages: "VPC", "vSwitch", "Service". */
  kind: string;
}

export function overlapFindings(
  ruleId: string,
  subjects: ParsedFact[],
  others: OtherRanges[],
  data: (s: ParsedFact, o: ParsedFact) => Record<string, unknown> = () => ({}),
): RawFinding[] {
  const out: RawFinding[] = [];
  for (const subject of subjects) {
    for (const { facts, kind } of others) {
      const byCidr = new Map<string, ParsedFact[]>();
      for (const other of facts) {
        if (other.fact === subject.fact || !intersection(subject.cidr, other.cidr)) continue;
        byCidr.set(other.cidr.text, [...(byCidr.get(other.cidr.text) ?? []), other]);
      }
      for (const group of byCidr.values()) {
        const other = group[0]!;
        out.push({
          ruleId,
          ref: subject.fact.ref,
          resource: subject.fact.resource,
          data: {
            subject: subject.cidr.text,
            relation: relation(subject.cidr, other.cidr),
            otherKind: kind,
            other: other.cidr.text,
            otherAt: other.fact.ref,
            overlap: describeInterval(intersection(subject.cidr, other.cidr)!),
            ...data(subject, other),
          },
          related: group.map((o) => ({
            ref: o.fact.ref,
            message: `${kind} CIDR ${o.cidr.text} declared here (${o.fact.origin})`,
          })),
        });
      }
    }
  }
  return out;
}
