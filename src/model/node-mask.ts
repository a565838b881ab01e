/** The per-node block size of a family: a valid declared mask, or kube-controller-manager's default. */
import type { MaskFact, NetworkModel } from './types.js';
import type { Family } from '../net/cidr.js';

export const DEFAULT_NODE_MASK: Record<Family, number> = { 4: 24, 6: 64 };

/** A mask as a number, when it is a whole number in range for its family; otherwise undefined. */
export function maskValue(fact: MaskFact, family: Family): number | undefined {
  const n = typeof fact.value === 'number' ? fact.value : /^\s*\d+\s*$/.test(fact.value) ? Number(fact.value) : NaN;
  return Number.isInteger(n) && n >= 1 && n <= (family === 4 ? 32 : 128) ? n : undefined;
}

export type NodeMask =
  | { known: true; mask: number; fact: MaskFact | null }
  | { known: false; reason: string; at: MaskFact | NetworkModel['ackClusters'][number] };

/**
 * `--node-cidr-mask-size` (family 0) is for single-stack clusters: it applies to the one family
 * the pod CIDRs use. ACK documents NodeCidrMask's default both as 24 and 25, so an ACK cluster
 * without it has an unknown mask rather than a guessed one.
 */
export function nodeMask(model: NetworkModel, family: Family, singleStack: boolean): NodeMask {
  const candidates = model.nodeCidrMasks.filter((m) => m.family === family || (m.family === 0 && singleStack));
  for (const fact of candidates) {
    const mask = maskValue(fact, family);
    if (mask !== undefined) return { known: true, mask, fact };
  }
  if (candidates.length > 0) return { known: false, reason: 'the declared node mask is not valid', at: candidates[0]! };
  const ack = model.ackClusters.find((c) => !c.nodeCidrMaskSet);
  if (ack && family === 4)
    return { known: false, reason: 'NodeCidrMask is not set and ACK documents its default both as 24 and 25', at: ack };
  return { known: true, mask: DEFAULT_NODE_MASK[family], fact: null };
}
