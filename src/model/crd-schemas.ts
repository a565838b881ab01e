/**
 * Validates the `spec` of OpenYurt NodePool and Raven Gateway objects against their CRDs'
 * schemas (crd-spec-schemas.ts), with validators ajv compiled at build time
 * (crd-validators.generated.js): compiling them at run time cost about 20 ms of every run that
 * met one.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { PathSegment, ResourceId } from '../core/finding.js';
import { CRD_VALIDATORS as GENERATED } from './crd-validators.generated.js';
import { get, refTo, type DocContext } from './document.js';
import type { ModelDraft } from './draft.js';

export { CRD_SPEC_SCHEMAS } from './crd-spec-schemas.js';

/** Per `<group>/<kind>`, per served version, the spec's validator. */
const CRD_VALIDATORS = GENERATED as unknown as Record<string, Record<string, ValidateFunction>>;

/** Validates the spec of a NodePool or Gateway; each violation is an input/invalid-resource at its place. */
export function validateCrdObject(ctx: DocContext, draft: ModelDraft, resource: ResourceId): void {
  const [group, version] = String(ctx.data.apiVersion).split('/');
  const versions = CRD_VALIDATORS[`${group}/${ctx.data.kind}`];
  if (!versions) return;
  const validate = versions[version ?? ''];
  if (!validate) {
    draft.invalid(
      refTo(ctx, ['apiVersion']),
      `${ctx.data.kind} ${resource.name}: version ${version} is ` +
        `not served (served: ${Object.keys(versions).join(', ')})`,
      resource,
    );
    return;
  }
  const spec = get(ctx.data, 'spec') ?? {};
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
