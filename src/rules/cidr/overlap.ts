/**
 * The shape every overlap rule shares: each valid CIDR of the subject (the value to change)
 * against each declaration of the other ranges, same family only. Declarations of the same
 * other CIDR (a VPC in a template and in the config) become one finding with both in `related`.
 */
import { contains, describeInterval, intersection, overlaps, relation } from '../../net/cidr.js';
import type { ParsedFact } from '../../model/cidr-index.js';
import type { Report } from '../rule.js';

export interface OtherRanges {
  facts: ParsedFact[];
  /** Words for the other range in messages: "VPC", "vSwitch", "Service". */
  kind: string;
}

export function overlapReports<M extends string>(
  messageId: M,
  subjects: ParsedFact[],
  others: OtherRanges[],
  data: (s: ParsedFact, o: ParsedFact) => Record<string, unknown> = () => ({}),
): Report<M>[] {
  const out: Report<M>[] = [];
  for (const subject of subjects) {
    for (const { facts, kind } of others) {
      const byCidr = new Map<string, ParsedFact[]>();
      for (const other of facts) {
        if (other.fact === subject.fact || !intersection(subject.cidr, other.cidr)) continue;
        const group = byCidr.get(other.cidr.text);
        if (group) group.push(other);
        else byCidr.set(other.cidr.text, [other]);
      }
      for (const group of byCidr.values()) {
        const other = group[0]!;
        out.push({
          messageId,
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

/** A range against the VPC and its vSwitches; a vSwitch inside a VPC already reported adds nothing. */
export function overlapsVpc<M extends string>(
  messageId: M,
  subjects: ParsedFact[],
  vpcs: ParsedFact[],
  vswitches: ParsedFact[],
): Report<M>[] {
  return subjects.flatMap((subject) => {
    const reportedVpcs = vpcs.filter((v) => overlaps(v.cidr, subject.cidr)).map((v) => v.cidr);
    const switches = vswitches.filter((s) => !reportedVpcs.some((vpc) => contains(vpc, s.cidr)));
    return [
      ...overlapReports(messageId, [subject], [{ facts: vpcs, kind: 'VPC' }]),
      ...overlapReports(messageId, [subject], [{ facts: switches, kind: 'vSwitch' }]),
    ];
  });
}
