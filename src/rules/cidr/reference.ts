/**
 * Which declaration of the pod CIDR is the cluster's own. The configuration is what the user says
 * the cluster is; a ROS cluster's ContainerCidr is what it was created with; then kubeadm and
 * kube-controller-manager, which allocate node blocks from it; flannel's Network comes last
 * because it may legitimately be wider than the allocated range.
 */
import type { Family } from '../../net/cidr.js';
import type { Declarer } from '../../model/types.js';
import type { ParsedFact } from '../../model/cidr-index.js';

const PRECEDENCE: Declarer[] = ['config', 'template', 'kubeadm', 'controller-manager', 'flannel'];

export function byPrecedence(facts: ParsedFact[]): ParsedFact[] {
  const rank = (f: ParsedFact) => {
    const i = PRECEDENCE.indexOf(f.fact.declaredBy);
    return i < 0 ? PRECEDENCE.length : i;
  };
  // Array.prototype.sort is stable: equal ranks keep file order.
  return [...facts].sort((a, b) => rank(a) - rank(b));
}

export function referencePodCidr(podCidrs: ParsedFact[], family: Family): ParsedFact | undefined {
  return byPrecedence(podCidrs.filter((p) => p.cidr.family === family))[0];
}
