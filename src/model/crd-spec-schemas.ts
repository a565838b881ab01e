/**
 * The `spec` of OpenYurt NodePool and Raven Gateway objects, per served version, as JSON Schemas
 * written from the upstream CRDs (openyurtio/openyurt charts/yurt-manager/crds, Apache-2.0) and
 * made strict: the API server silently prunes unknown fields, so an invented field such as
 * `proxyConfig.allocate` would do nothing, and we say so. test/crd-schemas.test.ts checks these
 * against the CRDs themselves. NodePool `type` is constrained to Edge|Cloud, as OpenYurt's
 * validating webhook does ("pool type should be Edge or Cloud"). Compiled at build time
 * (scripts/validators.mjs) into crd-validators.generated.js.
 */
const str = { type: 'string' };
const bool = { type: 'boolean' };
const int = { type: 'integer' };
const stringMap = { type: 'object', additionalProperties: str };
const strict = (properties: Record<string, unknown>, required?: string[]) => ({
  type: 'object',
  additionalProperties: false,
  properties,
  ...(required ? { required } : {}),
});
const labelSelector = strict({
  matchLabels: stringMap,
  matchExpressions: {
    type: 'array',
    items: strict({ key: str, operator: str, values: { type: 'array', items: str } }, ['key', 'operator']),
  },
});
const taints = {
  type: 'array',
  items: strict({ key: str, value: str, effect: str, timeAdded: str }, ['effect', 'key']),
};
const poolType = { enum: ['Edge', 'Cloud'] };

const nodePoolV1beta1 = { type: poolType, hostNetwork: bool, annotations: stringMap, labels: stringMap, taints };

export const CRD_SPEC_SCHEMAS: Record<string, Record<string, object>> = {
  'apps.openyurt.io/NodePool': {
    v1alpha1: strict({ type: poolType, selector: labelSelector, annotations: stringMap, labels: stringMap, taints }),
    v1beta1: strict(nodePoolV1beta1),
    v1beta2: strict({
      ...nodePoolV1beta1,
      interConnectivity: bool,
      enableLeaderElection: bool,
      leaderElectionStrategy: str,
      leaderNodeLabelSelector: stringMap,
      leaderReplicas: int,
      poolScopeMetadata: {
        type: 'array',
        items: strict({ group: str, resource: str, version: str }, ['group', 'resource', 'version']),
      },
    }),
  },
  'raven.openyurt.io/Gateway': {
    v1alpha1: strict(
      {
        endpoints: {
          type: 'array',
          items: strict({ nodeName: str, underNAT: bool, publicIP: str, config: stringMap }, ['nodeName']),
        },
        exposeType: str,
        nodeSelector: labelSelector,
      },
      ['endpoints'],
    ),
    v1beta1: strict({
      nodeSelector: labelSelector,
      proxyConfig: strict({ Replicas: int, proxyHTTPPort: str, proxyHTTPSPort: str }, ['Replicas']),
      tunnelConfig: strict({ Replicas: int }, ['Replicas']),
      endpoints: {
        type: 'array',
        items: strict(
          {
            nodeName: str,
            type: str,
            port: int,
            underNAT: bool,
            natType: str,
            publicIP: str,
            publicPort: int,
            config: stringMap,
          },
          ['nodeName', 'type'],
        ),
      },
      exposeType: str,
    }),
  },
};
