/**
 * The ConfigMaps kustomizations generate (`configMapGenerator`), as a HelmRelease's `valuesFrom`
 * finds them: Flux's documented way to give a release values from a file of the repository
 * (https://fluxcd.io/flux/guides/helmreleases/#refer-to-values-in-configmaps-generated-with-kustomize).
 * They are read from the kustomization before any build renders, because the release's values
 * decide how its chart renders. Each key is a file (`key=path` or the file's name) or a literal;
 * env files are not read (their keys are single lines, not values documents). A generator that
 * merges into or replaces another of the same name is a second ConfigMap of that name: the
 * release then says its values are ambiguous rather than pick one.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ConfigMapDraft, RawDocument } from '../model/draft.js';

/** A values file larger than this is not read here: its values are hidden, never guessed. */
const MAX_VALUES_BYTES = 1024 * 1024;

export interface GeneratedIo {
  /** A reported name as an absolute path, and back. */
  absolute(display: string): string;
  display(abs: string): string;
  /** Whether an absolute path is inside the repository (no generator source is read outside it). */
  inside(abs: string): boolean;
}

export function generatedConfigMaps(kustomizations: readonly RawDocument[], io: GeneratedIo): ConfigMapDraft[] {
  const out: ConfigMapDraft[] = [];
  for (const k of kustomizations) {
    const generators = k.data.configMapGenerator;
    if (!Array.isArray(generators)) continue;
    const dir = path.dirname(io.absolute(k.file));
    const namespace = typeof k.data.namespace === 'string' ? k.data.namespace : undefined;
    generators.forEach((g, index) => {
      if (!g || typeof g !== 'object' || typeof (g as { name?: unknown }).name !== 'string') return;
      const entry = g as { name: string; namespace?: unknown; files?: unknown; literals?: unknown };
      const at = ['configMapGenerator', index];
      const entries = [...fileEntries(entry.files, dir, io), ...literalEntries(entry.literals, k, at)];
      // A source edgenet could not read: the ConfigMap is not known, so its values stay hidden.
      if (entries.includes(undefined)) return;
      out.push({
        name: entry.name,
        // kustomize's namespace transformer sets the kustomization's namespace over the generator's.
        namespace: namespace ?? (typeof entry.namespace === 'string' ? entry.namespace : 'default'),
        entries: entries as ConfigMapDraft['entries'],
        ref: { file: k.file, doc: k.doc, path: at },
      });
    });
  }
  return out;
}

type Entry = ConfigMapDraft['entries'][number] | undefined;

function fileEntries(files: unknown, dir: string, io: GeneratedIo): Entry[] {
  if (!Array.isArray(files)) return [];
  return files.map((source) => {
    if (typeof source !== 'string') return undefined;
    // `key=path` names the data key; a bare path uses the file's name (kustomize api/kv/kv.go).
    const eq = source.indexOf('=');
    const file = eq > 0 ? source.slice(eq + 1) : source;
    const abs = path.resolve(dir, file);
    if (!io.inside(abs)) return undefined;
    let value: string;
    try {
      if (statSync(abs).size > MAX_VALUES_BYTES) return undefined;
      value = readFileSync(abs, 'utf8');
    } catch {
      return undefined;
    }
    const display = io.display(abs);
    return {
      key: eq > 0 ? source.slice(0, eq) : path.basename(file),
      value,
      ref: { file: display, doc: 0, path: [] },
      file: display,
    };
  });
}

function literalEntries(literals: unknown, k: RawDocument, at: (string | number)[]): Entry[] {
  if (!Array.isArray(literals)) return [];
  return literals.map((literal, i) => {
    if (typeof literal !== 'string' || literal.indexOf('=') <= 0) return undefined;
    const eq = literal.indexOf('=');
    return {
      key: literal.slice(0, eq),
      value: literal.slice(eq + 1),
      ref: { file: k.file, doc: k.doc, path: [...at, 'literals', i], span: [eq + 1, literal.length] },
    };
  });
}
