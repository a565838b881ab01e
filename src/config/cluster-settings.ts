/**
 * The configuration one cluster sees: `cluster:` as defaults, its `clusters[]` entry (when the
 * configuration names it) overriding key by key, and rule levels likewise. Each value keeps the
 * place it is written, so a finding about a configured fact points into .edgenet.yaml.
 */
import type { LevelSetting, PathSegment, SourceRef } from '../core/finding.js';
import type { EdgenetConfig } from './load-config.js';
import { CLUSTER_KEYS, type ClusterConfig } from './schema.js';

export interface ClusterSettings {
  /** The cluster's name; null for the one cluster of a repository that is not split. */
  name: string | null;
  /** The effective facts. */
  values: ClusterConfig;
  /** Where a key of `values` (and a path below it) is written in the configuration. */
  ref(path: readonly PathSegment[]): SourceRef;
  /** How messages name a key: `cluster.podCidrs`, or `clusters[prod].podCidrs`. */
  origin(key: keyof ClusterConfig): string;
  /** Rule levels from the configuration: the entry's over the file's. */
  rules: Record<string, LevelSetting>;
  /** The VPC the configuration says the cluster runs in. */
  vpcId: { value: string; ref: SourceRef } | null;
}

export function clusterSettings(config: EdgenetConfig, name: string | null): ClusterSettings {
  const file = config.source?.file ?? '.edgenet.yaml';
  const doc = config.source?.documents[0]?.index ?? 0;
  const index = name === null ? -1 : config.clusters.findIndex((c) => c.name === name);
  const entry = index < 0 ? undefined : config.clusters[index];
  const values: ClusterConfig = { ...config.cluster };
  const fromEntry = new Set<string>();
  if (entry) {
    for (const key of CLUSTER_KEYS) {
      if (entry[key] === undefined) continue;
      (values as Record<string, unknown>)[key] = entry[key];
      fromEntry.add(key);
    }
  }
  const base = (key: unknown): PathSegment[] =>
    typeof key === 'string' && fromEntry.has(key) ? ['clusters', index] : ['cluster'];
  return {
    name,
    values,
    ref: (path) => ({ file, doc, path: [...base(path[0]), ...path] }),
    origin: (key) => (fromEntry.has(key) ? `clusters[${name}].${key}` : `cluster.${key}`),
    rules: { ...config.rules, ...(entry?.rules ?? {}) },
    vpcId: entry?.vpcId ? { value: entry.vpcId, ref: { file, doc, path: ['clusters', index, 'vpcId'] } } : null,
  };
}
