/**
 * Where pods may run (contract 6.2): a workload's node constraints evaluated against each pool.
 * A pool is described by its identity labels (pool name, edge-worker) exactly, by its NodePool
 * spec.labels, and by the labels of its Nodes in the repository; a label nothing tells us about
 * may match, so placement errs towards "may run here".
 */
import type { Requirement } from './draft.js';
import { LABEL } from './kubernetes.js';
import type { NodeFact, PoolFact } from './types.js';

export interface PoolLabels {
  pool: PoolFact;
  /** Labels every node of the pool carries. */
  known: Record<string, string>;
  /** Label sets of the pool's Nodes found in the repository. */
  nodes: Record<string, string>[];
}

export function poolLabels(pool: PoolFact, spec: Record<string, string>, nodes: NodeFact[]): PoolLabels {
  const known: Record<string, string> = { ...spec };
  for (const key of LABEL.pool) known[key] = pool.name;
  for (const key of LABEL.edgeWorker) known[key] = pool.cloud ? 'false' : 'true';
  const members = nodes
    .filter((n) => n.pool === pool.name)
    .map((n) => Object.fromEntries(n.labels.map((l) => [l.key, l.value])));
  return { pool, known, nodes: members };
}

export function poolsAllowed(terms: Requirement[][], pools: PoolLabels[]): string[] {
  return pools.filter((p) => terms.some((term) => term.every((req) => mayMatch(req, p)))).map((p) => p.pool.name);
}

/**
 * Whether pods that ask for cloud nodes (an edge-worker label of "false" in their constraints)
 * may run on the cloud node pool ACK creates with every ACK Edge cluster, though git holds no
 * NodePool for it: "When the system creates an ACK Edge cluster, it automatically creates an
 * on-cloud node pool named default-nodepool ... You cannot delete the default-nodepool node pool.
 * The node pool must contain at least one node" (https://www.alibabacloud.com/help/en/ack/overview-of-edge-node-pools);
 * cloud nodes carry `alibabacloud.com/is-edge-worker: "false"` (domain.md 2.3).
 */
export function selectsCreatedCloudPool(terms: Requirement[][]): boolean {
  const known: Record<string, string> = {};
  for (const key of LABEL.edgeWorker) known[key] = 'false';
  const cloud = { known, nodes: [] };
  return terms.some(
    (term) =>
      term.some((req) => (LABEL.edgeWorker as readonly string[]).includes(req.key)) &&
      term.every((req) => mayMatch(req, cloud)),
  );
}

function mayMatch(req: Requirement, pool: Pick<PoolLabels, 'known' | 'nodes'>): boolean {
  if (Object.hasOwn(pool.known, req.key)) return matches(req, pool.known);
  if (pool.nodes.length > 0) return pool.nodes.some((labels) => matches(req, labels));
  return true;
}

function matches(req: Requirement, labels: Record<string, string>): boolean {
  const has = Object.hasOwn(labels, req.key);
  switch (req.operator) {
    case 'In':
      return has && req.values.includes(labels[req.key]!);
    case 'NotIn':
      return !has || !req.values.includes(labels[req.key]!);
    case 'Exists':
      return has;
    case 'DoesNotExist':
      return !has;
  }
}
