/**
 * The `spec` of OpenYurt NodePool and Raven Gateway objects, per served version, as JSON Schemas
 * written from the upstream CRDs (openyurtio/openyurt charts/yurt-manager/crds, Apache-2.0) and
 * made strict: the API server silently prunes unknown fields, so an invented field such as
 * `proxyConfig.allocate` would do nothing, and we say so. test/crd-schemas.test.ts checks these
 * against the CRDs themselves. NodePool `type` is constrained to Edge|Cloud, as OpenYurt's
 * validating webhook does ("pool type should be Edge or Cloud").
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { PathSegment, ResourceId } from '../core/finding.js';
import { get, refTo, type DocContext } from './document.js';
import type { ModelDraft } from './draft.js';

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

let ajv: Ajv | undefined;
const compiled = new Map<object, ValidateFunction>();

function validator(schema: object): ValidateFunction {
  ajv ??= new Ajv({ allErrors: true, strict: true });
  let v = compiled.get(schema);
  if (!v) {
    v = ajv.compile(schema);
    compiled.set(schema, v);
  }
  return v;
}

/** Validates the spec of a NodePool or Gateway; each violation is an input/invalid-resource at its place. */
export function validateCrdObject(ctx: DocContext, draft: ModelDraft, resource: ResourceId): void {
  const [group, version] = String(ctx.data.apiVersion).split('/');
  const versions = CRD_SPEC_SCHEMAS[`${group}/${ctx.data.kind}`];
  if (!versions) return;
  const schema = versions[version ?? ''];
  if (!schema) {
    draft.invalid(
      refTo(ctx, ['apiVersion']),
      `${ctx.data.kind} ${resource.name}: version ${version} is ` +
        `not served (served: ${Object.keys(versions).join(', ')})`,
      resource,
    );
    return;
  }
  const spec = get(ctx.data, 'spec') ?? {};
  const validate = validator(schema);
  if (validate(spec)) return;
  for (const error of validate.errors ?? []) {
    const { path, key, words } = describe(error);
    draft.invalid(
      refTo(ctx, ['spec', ...path], key ? { key: true } : {}),
      `${ctx.data.kind} ${resource.name}: ${['spec', ...path].join('.')} ${words}`,
      resource,
    );
  }
}

function describe(error: ErrorObject): { path: PathSegment[]; key: boolean; words: string } {
  const path: PathSegment[] = error.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'additionalProperties') {
    return {
      path: [...path, String(params.additionalProperty)],
      key: true,
      words: 'is not a field of the CRD (the API server would drop it silently)',
    };
  }
  if (error.keyword === 'enum')
    return { path, key: false, words: `must be one of ${(params.allowedValues as unknown[]).join(', ')}` };
  if (error.keyword === 'required')
    return { path, key: false, words: `must have the field ${String(params.missingProperty)}` };
  return { path, key: false, words: error.message ?? 'is invalid' };
}
