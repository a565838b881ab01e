/**
 * cidr/pod-cidr-mismatch: the pod CIDR is declared differently in two places, or a Node's
 * podCIDR lies outside flannel's Network (flannel then refuses the node, with the error quoted
 * from pkg/subnet/kube/kube.go).
 */
import type { RawFinding } from '../../core/finding.js';
import { contains, type Family } from '../../net/cidr.js';
import type { ParsedFact } from '../cidr-index.js';
import type { RuleContext, TsRule } from '../ts-rule.js';
import { byPrecedence } from './reference.js';

export const podCidrMismatch: TsRule = {
  id: 'cidr/pod-cidr-mismatch',
  check({ model, cidrs }: RuleContext): RawFinding[] {
    const out: RawFinding[] = [];
    const pods = cidrs.valid(model.podCidrs);
    for (const family of [4, 6] as Family[]) {
      const declared = byPrecedence(pods.filter((p) => p.cidr.family === family));
      const reference = declared[0];
      if (!reference) continue;
      for (const other of declared.slice(1)) {
        if (other.cidr.text === reference.cidr.text) continue;
        // flannel's Network only has to contain every node block, so it may be wider.
        if (other.fact.declaredBy === 'flannel' && contains(other.cidr, reference.cidr)) continue;
        const wider =
          other.fact.declaredBy === 'flannel' && reference.fact.declaredBy !== 'flannel'
            ? ": flannel's Network must contain the cluster's pod CIDR"
            : '';
        out.push(
          finding(
            this.id,
            other,
            reference,
            `Pod CIDR ${other.cidr.text} (${other.fact.origin}) differs from ${reference.cidr.text} (${reference.fact.origin})${wider}.`,
          ),
        );
      }
      out.push(...nodesOutside(this.id, cidrs.valid(model.nodes.flatMap((n) => n.podCidrs)), declared, family));
    }
    return out;
  },
};

function nodesOutside(ruleId: string, nodeCidrs: ParsedFact[], declared: ParsedFact[], family: Family): RawFinding[] {
  const flannel = declared.filter((d) => d.fact.declaredBy === 'flannel');
  const reference = declared.find((d) => d.fact.declaredBy !== 'flannel');
  const out: RawFinding[] = [];
  for (const node of nodeCidrs.filter((n) => n.cidr.family === family)) {
    const name = node.fact.resource.name ?? '';
    if (flannel.length > 0) {
      const network = flannel[0]!;
      if (flannel.some((f) => contains(f.cidr, node.cidr))) continue;
      const v6 = family === 6 ? 'IPv6 ' : '';
      out.push(
        finding(
          ruleId,
          node,
          network,
          `subnet "${network.cidr.text}" specified in the flannel net config doesn't contain "${node.cidr.text}" ${v6}PodCIDR of the "${name}" node: flannel will not start on it.`,
        ),
      );
    } else if (reference && !contains(reference.cidr, node.cidr)) {
      out.push(
        finding(
          ruleId,
          node,
          reference,
          `Node ${name} podCIDR ${node.cidr.text} lies outside the cluster's pod CIDR ${reference.cidr.text} (${reference.fact.origin}).`,
        ),
      );
    }
  }
  return out;
}

function finding(ruleId: string, at: ParsedFact, other: ParsedFact, detail: string): RawFinding {
  return {
    ruleId,
    ref: at.fact.ref,
    resource: at.fact.resource,
    data: { detail },
    related: [{ ref: other.fact.ref, message: `${other.fact.origin}: ${other.cidr.text}` }],
  };
}
