/**
 * Values in ROS and CloudFormation templates. A literal is itself; `Ref` to a Parameter is the
 * Parameter's Default, placed at the Default (the line to change) with the Ref kept as `via`;
 * `Fn::FindInMap` with literal keys is its Mappings entry; anything decided at deployment time is
 * unknown, never guessed.
 */
import type { PathSegment, ResourceId, SourceRef } from '../core/finding.js';
import { get, getRecord, isRecord, refTo, type DocContext } from './document.js';

export interface TemplateResource {
  logicalId: string;
  type: string;
  properties: Record<string, unknown>;
  path: PathSegment[];
  resource: ResourceId;
}

export type Resolved =
  | { known: true; value: string | number | boolean; ref: SourceRef; via?: SourceRef }
  | { known: false; reason: string; ref: SourceRef }
  | { known: true; resourceRef: string; ref: SourceRef };

export function templateResources(ctx: DocContext): TemplateResource[] {
  const resources = getRecord(ctx.data, 'Resources');
  if (!resources) return [];
  const out: TemplateResource[] = [];
  for (const [logicalId, body] of Object.entries(resources)) {
    if (!isRecord(body) || typeof body.Type !== 'string') continue;
    out.push({
      logicalId,
      type: body.Type,
      properties: isRecord(body.Properties) ? body.Properties : {},
      path: ['Resources', logicalId, 'Properties'],
      resource: { kind: body.Type, name: logicalId, namespace: null },
    });
  }
  return out;
}

/** Resolve the value at `path` (relative to the resource's Properties). Undefined when absent. */
export function resolveProperty(ctx: DocContext, res: TemplateResource, ...path: PathSegment[]): Resolved | undefined {
  const value = get(res.properties, ...path);
  if (value === undefined || value === null) return undefined;
  return resolveValue(ctx, value, [...res.path, ...path]);
}

export function resolveValue(ctx: DocContext, value: unknown, path: PathSegment[]): Resolved {
  const ref = refTo(ctx, path);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return { known: true, value, ref };
  if (isRecord(value) && typeof value.Ref === 'string' && Object.keys(value).length === 1) {
    const name = value.Ref;
    const parameter = getRecord(ctx.data, 'Parameters', name);
    if (parameter) {
      const def = parameter.Default;
      if (typeof def === 'string' || typeof def === 'number' || typeof def === 'boolean') {
        return { known: true, value: def, ref: refTo(ctx, ['Parameters', name, 'Default']), via: ref };
      }
      return { known: false, reason: `parameter ${name} has no Default: the value is chosen at deployment`, ref };
    }
    if (getRecord(ctx.data, 'Resources', name)) return { known: true, resourceRef: name, ref };
    return {
      known: false,
      reason: `Ref to ${name}, which is neither a Parameter nor a Resource of this template`,
      ref,
    };
  }
  const findInMap = isRecord(value) && Object.keys(value).length === 1 ? value['Fn::FindInMap'] : undefined;
  if (Array.isArray(findInMap) && findInMap.length === 3 && findInMap.every((k) => typeof k === 'string')) {
    // A lookup with literal keys is static: the value is the Mappings entry, placed there.
    const [map, first, second] = findInMap as string[];
    const entry = get(ctx.data, 'Mappings', map!, first!, second!);
    if (typeof entry === 'string' || typeof entry === 'number' || typeof entry === 'boolean') {
      return { known: true, value: entry, ref: refTo(ctx, ['Mappings', map!, first!, second!]), via: ref };
    }
    return { known: false, reason: `Fn::FindInMap finds no ${map}.${first}.${second} in Mappings`, ref };
  }
  const fn = isRecord(value) ? Object.keys(value)[0] : undefined;
  return { known: false, reason: fn ? `${fn} is evaluated at deployment` : 'not a scalar value', ref };
}
