/** Small, typed access to one parsed document, and the refs that point into it. */
import type { PathSegment, ResourceId, SourceRef } from '../core/finding.js';

export interface DocContext {
  file: string;
  doc: number;
  data: Record<string, unknown>;
  /** Where `data` sits in the document, for objects nested in a kubectl List. */
  prefix?: PathSegment[];
}

export function refTo(ctx: DocContext, path: PathSegment[], extra: Partial<SourceRef> = {}): SourceRef {
  return { file: ctx.file, doc: ctx.doc, path: shared(ctx.prefix ? [...ctx.prefix, ...path] : path), ...extra };
}

/**
 * One frozen array per distinct path: a repository of 50,000 resources holds some 170,000 refs
 * but a few thousand distinct paths (`metadata.name` in every object). Refs never change a path.
 * The paths are kept in a trie by segment (a string key joined per lookup cost 0.4 s on a group
 * of 130,000 rules), up to a bound: past it, paths are new (a list's thousands of indices).
 */
interface PathNode {
  path?: PathSegment[];
  next?: Map<PathSegment, PathNode>;
}
const root: PathNode = {};
let nodes = 0;
const MAX_NODES = 20_000;

function shared(path: PathSegment[]): PathSegment[] {
  let node = root;
  for (const seg of path) {
    let next = node.next?.get(seg);
    if (!next) {
      if (nodes >= MAX_NODES) return Object.freeze(path) as PathSegment[];
      next = {};
      nodes++;
      node.next ??= new Map();
      node.next.set(seg, next);
    }
    node = next;
  }
  node.path ??= Object.freeze(path) as PathSegment[];
  return node.path;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function get(value: unknown, ...path: PathSegment[]): unknown {
  let current = value;
  for (const seg of path) {
    if (typeof seg === 'number') current = Array.isArray(current) ? current[seg] : undefined;
    else current = isRecord(current) && Object.hasOwn(current, seg) ? current[seg] : undefined;
    if (current === undefined) return undefined;
  }
  return current;
}

export function getRecord(value: unknown, ...path: PathSegment[]): Record<string, unknown> | undefined {
  const v = get(value, ...path);
  return isRecord(v) ? v : undefined;
}

export function getArray(value: unknown, ...path: PathSegment[]): unknown[] {
  const v = get(value, ...path);
  return Array.isArray(v) ? v : [];
}

/** A scalar as Kubernetes would read it into a string field (YAML 1.1 may have made it a bool). */
export function scalarString(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

export function stringMap(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isRecord(value)) return out;
  for (const [k, v] of Object.entries(value)) {
    const s = scalarString(v);
    if (s !== undefined) out[k] = s;
  }
  return out;
}

export function k8sResource(data: Record<string, unknown>): ResourceId {
  return {
    kind: scalarString(data.kind) ?? 'unknown',
    name: scalarString(get(data, 'metadata', 'name')) ?? null,
    namespace: scalarString(get(data, 'metadata', 'namespace')) ?? null,
  };
}
