/**
 * The JSON Schema of .edgenet.yaml. The rule ids come from the catalogue, so the schema can never
 * accept an id the catalogue lacks. `npm run build` writes it to schema/edgenet.schema.json for
 * editors (yaml-language-server: `# yaml-language-server: $schema=...`).
 */
import { RULE_IDS } from '../rules/catalogue.js';

const cidr = {
  type: 'string',
  description: 'An IPv4 or IPv6 CIDR, e.g. 10.0.0.0/16 or fd00::/48',
  pattern: '^[0-9A-Fa-f:.]+/[0-9]{1,3}$',
};
const cidrList = { type: 'array', items: cidr };
const connection = { enum: ['public', 'express-connect'] };
const level = { enum: ['off', 'info', 'warning', 'error'] };
const ruleId = { enum: [...RULE_IDS] };
const globList = { type: 'array', items: { type: 'string', minLength: 1 } };

export const configSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://edgenet.dev/schema/edgenet.schema.json',
  title: 'edgenet configuration (.edgenet.yaml)',
  type: 'object',
  additionalProperties: false,
  properties: {
    cluster: {
      type: 'object',
      description: 'Facts that manifests cannot tell; each one optional',
      additionalProperties: false,
      properties: {
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
        sites: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['name'],
            properties: {
              name: { type: 'string', minLength: 1 },
              connection,
              nodePools: { type: 'array', items: { type: 'string', minLength: 1 } },
              hostCidrs: cidrList,
              securityGroups: {
                type: 'array',
                items: { type: 'string', minLength: 1 },
                description: 'Security groups guarding the edge hosts (ids or template logical names)',
              },
            },
          },
        },
        cloudSecurityGroups: { type: 'array', items: { type: 'string', minLength: 1 } },
      },
    },
    include: globList,
    exclude: globList,
    rules: {
      type: 'object',
      propertyNames: ruleId,
      additionalProperties: level,
    },
    ignore: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['rule'],
        properties: {
          rule: ruleId,
          paths: globList,
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
