/**
 * The JSON Schema of .edgenet.yaml, and the configuration's TypeScript types derived from it
 * (json-schema-to-ts), so the shape is declared once. Rule ids are validated against the
 * catalogue (and loaded user policies) after the shape, with a suggestion for a typo; the schema
 * shipped for editors (schema/edgenet.schema.json, written by `npm run build`) lists them for
 * completion.
 */
import type { FromSchema } from 'json-schema-to-ts';

const cidr = {
  type: 'string',
  description: 'An IPv4 or IPv6 CIDR, e.g. 10.0.0.0/16 or fd00::/48',
  pattern: '^[0-9A-Fa-f:.]+/[0-9]{1,3}$',
} as const;
const cidrList = { type: 'array', items: cidr } as const;
const connection = { type: 'string', enum: ['public', 'express-connect'] } as const;
const level = { type: 'string', enum: ['off', 'info', 'warning', 'error'] } as const;
const names = { type: 'array', items: { type: 'string', minLength: 1 } } as const;
const globList = { type: 'array', items: { type: 'string', minLength: 1 } } as const;
/** A built-in rule id (family/name) or a user policy's package path (acme/vpc_size). */
export const RULE_ID_PATTERN = '^[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)+$';
const ruleLevels = {
  type: 'object',
  propertyNames: { pattern: RULE_ID_PATTERN },
  additionalProperties: level,
} as const;

const site = {
  type: 'object',
  additionalProperties: false,
  required: ['name'],
  properties: {
    name: { type: 'string', minLength: 1 },
    connection,
    nodePools: names,
    hostCidrs: cidrList,
    securityGroups: {
      ...names,
      description: 'Security groups guarding the edge hosts (ids or template logical names)',
    },
  },
} as const;

/** Facts manifests cannot tell, for one cluster; every key optional. */
const clusterProperties = {
  connection: { ...connection, description: 'Default connection of edge pools without an annotation' },
  vpcCidrs: cidrList,
  podCidrs: { ...cidrList, maxItems: 2, description: 'One per IP family' },
  serviceCidrs: { ...cidrList, maxItems: 2 },
  nodeCidrMask: { type: 'integer', minimum: 1, maximum: 32 },
  nodeCidrMaskIPv6: { type: 'integer', minimum: 1, maximum: 128 },
  maxNodes: { type: 'integer', minimum: 1 },
  maxPodsPerNode: { type: 'integer', minimum: 1 },
  edgeControllerManagerVersion: { type: 'string', pattern: '^v?[0-9]+(\\.[0-9]+)*([-+].*)?$' },
  apiServerReachesEdge: { type: 'boolean' },
  kubernetesVersion: {
    type: 'string',
    pattern: '^v?[0-9]+\\.[0-9]+(\\.[0-9]+)?([-+].*)?$',
    description: "The cluster's Kubernetes version, for rendering Helm charts (helm template --kube-version)",
  },
  sites: { type: 'array', items: site },
  cloudSecurityGroups: names,
} as const;

const clusterSchema = {
  type: 'object',
  description: 'Facts that manifests cannot tell; each one optional',
  additionalProperties: false,
  properties: clusterProperties,
} as const;

/** One cluster of a fleet: its name, the files that describe it, and overrides of `cluster:`. */
const clusterEntry = {
  type: 'object',
  additionalProperties: false,
  required: ['name'],
  properties: {
    // A name as the repository gives it (a clusters/<name>/ directory may hold a space): no space at either end.
    name: { type: 'string', minLength: 1, pattern: '^\\S(.*\\S)?$' },
    paths: { ...globList, description: 'Globs, relative to this file, of the files that describe the cluster' },
    vpcId: {
      type: 'string',
      minLength: 1,
      description: 'The VPC the cluster runs in: clusters naming the same VPC share it',
    },
    rules: ruleLevels,
    ...clusterProperties,
  },
} as const;

export const configSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://edgenet.dev/schema/edgenet.schema.json',
  title: 'edgenet configuration (.edgenet.yaml)',
  type: 'object',
  additionalProperties: false,
  properties: {
    cluster: clusterSchema,
    clusters: { type: 'array', items: clusterEntry, description: 'The clusters of a fleet; each inherits `cluster:`' },
    include: globList,
    exclude: globList,
    rules: ruleLevels,
    ignore: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['rule'],
        properties: {
          rule: { type: 'string', pattern: RULE_ID_PATTERN },
          paths: globList,
          clusters: { ...names, description: 'The clusters the waiver applies in (default: all)' },
          reason: { type: 'string' },
          expires: { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' },
        },
      },
    },
    maxFileSize: {
      type: 'integer',
      minimum: 1,
      description: 'Files larger than this many bytes are reported as skipped (default 16 MiB)',
    },
  },
} as const;

export type ConfigFile = FromSchema<typeof configSchema>;
export type ClusterConfig = FromSchema<typeof clusterSchema>;
export type ClusterEntry = FromSchema<typeof clusterEntry>;
export type SiteConfig = FromSchema<typeof site>;
export type IgnoreEntry = NonNullable<ConfigFile['ignore']>[number];
export type ConfigLevel = FromSchema<typeof level>;

/** The keys of `cluster:` that a `clusters[]` entry may override. */
export const CLUSTER_KEYS = Object.keys(clusterProperties) as (keyof ClusterConfig)[];

/** The schema for editors: rule ids offered for completion, other package paths still allowed. */
export function editorSchema(ruleIds: readonly string[]): object {
  const ids = { anyOf: [{ enum: [...ruleIds] }, { pattern: RULE_ID_PATTERN }] };
  const withIds = (levels: object) => ({ ...levels, propertyNames: ids });
  const copy = JSON.parse(JSON.stringify(configSchema));
  copy.properties.rules = withIds(copy.properties.rules);
  copy.properties.clusters.items.properties.rules = withIds(copy.properties.clusters.items.properties.rules);
  copy.properties.ignore.items.properties.rule = { type: 'string', ...ids };
  return copy;
}
