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
  /** `parameter`: the Parameter whose value is missing, when one Ref is the whole cause. */
  | { known: false; reason: string; ref: SourceRef; parameter?: string }
  | { known: true; resourceRef: string; ref: SourceRef };

type Scalar = string | number | boolean;
const isScalar = (v: unknown): v is Scalar => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

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
  if (isScalar(value)) return { known: true, value, ref };
  if (isRecord(value) && typeof value.Ref === 'string' && Object.keys(value).length === 1) {
    const name = value.Ref;
    const parameter = getRecord(ctx.data, 'Parameters', name);
    if (parameter) {
      const def = parameter.Default;
      if (isScalar(def)) {
        return { known: true, value: def, ref: refTo(ctx, ['Parameters', name, 'Default']), via: ref };
      }
      return {
        known: false,
        reason: `parameter ${name} has no Default: the value is chosen at deployment`,
        ref,
        parameter: name,
      };
    }
    if (getRecord(ctx.data, 'Resources', name)) return { known: true, resourceRef: name, ref };
    return {
      known: false,
      reason: `Ref to ${name}, which is neither a Parameter nor a Resource of this template`,
      ref,
    };
  }
  const fn = isRecord(value) && Object.keys(value).length === 1 ? Object.keys(value)[0]! : undefined;
  const args = fn ? (value as Record<string, unknown>)[fn] : undefined;
  const findInMap = fn === 'Fn::FindInMap' ? args : undefined;
  if (Array.isArray(findInMap) && findInMap.length === 3 && findInMap.every((k) => typeof k === 'string')) {
    // A lookup with literal keys is static: the value is the Mappings entry, placed there.
    const [map, first, second] = findInMap as string[];
    const entry = get(ctx.data, 'Mappings', map!, first!, second!);
    if (isScalar(entry)) {
      return { known: true, value: entry, ref: refTo(ctx, ['Mappings', map!, first!, second!]), via: ref };
    }
    return { known: false, reason: `Fn::FindInMap finds no ${map}.${first}.${second} in Mappings`, ref };
  }
  // Functions over literals are literals: ROS and CloudFormation evaluate them before anything
  // is created (https://www.alibabacloud.com/help/en/ros/user-guide/functions).
  if (fn === 'Fn::Sub') return substitute(ctx, args, [...path, fn], ref);
  if (fn === 'Fn::Join') return join(ctx, args, [...path, fn], ref);
  if (fn === 'Fn::Select') return select(ctx, args, [...path, fn], ref);
  return { known: false, reason: fn ? `${fn} is evaluated at deployment` : 'not a scalar value', ref };
}

/** A known value found through a function, placed at the function. */
const through = (value: Scalar, ref: SourceRef): Resolved => ({ known: true, value, ref });

/** The first unknown part, its reason kept, placed at the function (or at the part's Ref). */
function unknownPart(part: Resolved, fn: string, ref: SourceRef): Resolved {
  if (part.known) return { known: false, reason: `${fn} uses a resource's value, known only at deployment`, ref };
  return part;
}

/** `Fn::Sub: text` or `[text, {Var: value}]`: `${Name}` is a variable, a Parameter or a resource. */
function substitute(ctx: DocContext, args: unknown, path: PathSegment[], ref: SourceRef): Resolved {
  const [text, vars] = Array.isArray(args) ? [args[0], args[1]] : [args, undefined];
  if (typeof text !== 'string') return { known: false, reason: 'Fn::Sub is evaluated at deployment', ref };
  let failed: Resolved | undefined;
  const out = text.replace(/\$\{(!?)([^}]*)\}/g, (whole, bang: string, name: string) => {
    if (bang) return `\${${name}}`;
    if (failed) return whole;
    const part =
      isRecord(vars) && Object.hasOwn(vars, name)
        ? resolveValue(ctx, vars[name], [...path, 1, name])
        : name.includes('.')
          ? ({ known: false, reason: `Fn::Sub reads \${${name}}, known only at deployment`, ref } as Resolved)
          : resolveValue(ctx, { Ref: name }, path);
    if (part.known && 'value' in part) return String(part.value);
    failed = unknownPart(part, 'Fn::Sub', ref);
    return whole;
  });
  return failed ?? through(out, ref);
}

/** `Fn::Join: [delimiter, [parts]]`. */
function join(ctx: DocContext, args: unknown, path: PathSegment[], ref: SourceRef): Resolved {
  if (!Array.isArray(args) || typeof args[0] !== 'string')
    return { known: false, reason: 'Fn::Join is evaluated at deployment', ref };
  const list = listOf(ctx, args[1], [...path, 1], ref);
  if (!Array.isArray(list)) return { known: false, reason: 'Fn::Join is evaluated at deployment', ref };
  const parts: string[] = [];
  for (const part of list) {
    if (!part.known || !('value' in part)) return unknownPart(part, 'Fn::Join', ref);
    parts.push(String(part.value));
  }
  return through(parts.join(args[0]), ref);
}

/** `Fn::Select: [index, list]`: a literal list (or Fn::Split over a literal), a literal index. */
function select(ctx: DocContext, args: unknown, path: PathSegment[], ref: SourceRef): Resolved {
  if (!Array.isArray(args) || args.length !== 2)
    return { known: false, reason: 'Fn::Select is evaluated at deployment', ref };
  const index = resolveValue(ctx, args[0], [...path, 0]);
  if (!index.known || !('value' in index)) return unknownPart(index, 'Fn::Select', ref);
  const list = listOf(ctx, args[1], [...path, 1], ref);
  if (!Array.isArray(list)) return { known: false, reason: 'Fn::Select is evaluated at deployment', ref };
  const i = Number(index.value);
  const picked = Number.isInteger(i) ? list[i] : undefined;
  if (!picked) return { known: false, reason: `Fn::Select index ${String(index.value)} is outside the list`, ref };
  return picked;
}

/** A list of values: written out, or Fn::Split of a known string. */
function listOf(ctx: DocContext, value: unknown, path: PathSegment[], ref: SourceRef): Resolved[] | Resolved {
  if (Array.isArray(value)) return value.map((v, i) => resolveValue(ctx, v, [...path, i]));
  const split = isRecord(value) && Object.keys(value).length === 1 ? value['Fn::Split'] : undefined;
  if (Array.isArray(split) && typeof split[0] === 'string') {
    const text = resolveValue(ctx, split[1], [...path, 'Fn::Split', 1]);
    if (!text.known || !('value' in text)) return unknownPart(text, 'Fn::Split', ref);
    return String(text.value)
      .split(split[0])
      .map((v) => through(v, ref));
  }
  return { known: false, reason: 'the list is evaluated at deployment', ref };
}
