/**
 * Which written document a rendered object is: by kind, name and namespace as written, or as the
 * build's name prefixes and suffixes and namespace change them.
 */
import type { PathSegment } from '../core/finding.js';
import { isRecord } from '../model/document.js';
import type { ParsedDocument } from '../parse/parse-documents.js';

/**
 * How a document of a resource file was recognised as the one an object came from:
 * `only-document` (the file has one), `identity` (kind, name and namespace as written),
 * `transformed` (kind, and a name that is the written one inside the build's name prefixes and
 * suffixes, in a namespace that is the written one or one the build sets), `only-of-kind` (the
 * one document of that kind, whatever its name: a patch renamed it, or the namespace
 * transformer renamed a Namespace), `ambiguous` and `none` (doc is null).
 */
export type DocumentMatch = 'only-document' | 'identity' | 'transformed' | 'only-of-kind' | 'ambiguous' | 'none';

/** Where a rendered object came from. */
export type ObjectOrigin =
  | {
      kind: 'resource';
      /** Absolute path of the file the object was read from. */
      file: string;
      /** Index of its document in that file (as parseText counts), or null when not recognised. */
      doc: number | null;
      match: DocumentMatch;
    }
  | {
      kind: 'generated';
      /** Absolute path of the kustomization whose generator made the object. */
      file: string;
      doc: number;
      /** `ConfigMapGenerator`, `SecretGenerator`, `HelmChartInflationGenerator`, or a custom generator's kind. */
      generator: string;
      /** The generator's entry in that kustomization (`['configMapGenerator', 1]`), when recognised. */
      at: PathSegment[] | null;
    }
  | { kind: 'unknown'; reason: string };

/** What a build does to names and namespaces: every prefix, suffix and namespace its kustomizations set. */
export interface Affixes {
  prefixes: string[];
  suffixes: string[];
  namespaces: Set<string>;
}

export interface Identity {
  apiVersion?: string;
  kind?: string;
  name?: string;
  namespace?: string;
}

export function identityOf(data: unknown): Identity {
  if (!isRecord(data)) return {};
  const metadata = isRecord(data.metadata) ? data.metadata : {};
  const id: Identity = {};
  if (typeof data.apiVersion === 'string') id.apiVersion = data.apiVersion;
  if (typeof data.kind === 'string') id.kind = data.kind;
  if (typeof metadata.name === 'string') id.name = metadata.name;
  if (typeof metadata.namespace === 'string' && metadata.namespace !== '') id.namespace = metadata.namespace;
  return id;
}

/** Which document of a resource file the rendered object (identity `id`) was read from: see DocumentMatch. */
export function matchDocument(
  id: Identity,
  docs: ParsedDocument[],
  affixes: Affixes,
): { doc: number | null; match: DocumentMatch } {
  if (docs.length === 1) return { doc: docs[0]!.index, match: 'only-document' };
  const written = docs.map((d) => ({ index: d.index, id: identityOf(d.data) }));
  const sameKind = written.filter((w) => w.id.kind === id.kind);
  if (sameKind.length === 0) return { doc: null, match: 'none' };
  const exact = sameKind.filter((w) => w.id.name === id.name && w.id.namespace === id.namespace);
  if (exact.length === 1) return { doc: exact[0]!.index, match: 'identity' };
  let fits = sameKind.filter((w) => fitsWritten(id, w.id, affixes));
  if (fits.length > 1) {
    const sameVersion = fits.filter((w) => w.id.apiVersion === id.apiVersion);
    if (sameVersion.length > 0) fits = sameVersion;
  }
  if (fits.length > 1) {
    // Two written names may both fit ("a" and "edge-a" inside "edge-a-..."): the longest is the one.
    const longest = fits.reduce((max, w) => Math.max(max, (w.id.name ?? '').length), 0);
    fits = fits.filter((w) => (w.id.name ?? '').length === longest);
  }
  if (fits.length === 1) return { doc: fits[0]!.index, match: 'transformed' };
  if (fits.length > 1) return { doc: null, match: 'ambiguous' };
  if (sameKind.length === 1) return { doc: sameKind[0]!.index, match: 'only-of-kind' };
  return { doc: null, match: 'none' };
}

/**
 * Whether the rendered object `id` may be the written one: its name is the written name inside
 * the build's prefixes and suffixes (or as written), its namespace as written or one the build sets.
 */
export function fitsWritten(id: Identity, written: Identity, affixes: Affixes): boolean {
  return (
    nameFits(id.name ?? '', written.name ?? '', affixes) && namespaceFits(id.namespace, written.namespace, affixes)
  );
}

/** Whether `rendered` is `written` inside some concatenation of the build's prefixes and suffixes. */
export function nameFits(rendered: string, written: string, affixes: Affixes): boolean {
  if (rendered === written) return true;
  if (written === '') return false;
  for (let i = rendered.indexOf(written); i >= 0; i = rendered.indexOf(written, i + 1)) {
    if (
      concatenation(rendered.slice(0, i), affixes.prefixes) &&
      concatenation(rendered.slice(i + written.length), affixes.suffixes)
    )
      return true;
  }
  return false;
}

export function namespaceFits(rendered: string | undefined, written: string | undefined, affixes: Affixes): boolean {
  return rendered === written || (rendered !== undefined && affixes.namespaces.has(rendered));
}

/** Whether `text` is a concatenation of zero or more of `parts` (each may repeat). */
function concatenation(text: string, parts: string[]): boolean {
  if (text === '') return true;
  const reachable = new Array<boolean>(text.length + 1).fill(false);
  reachable[0] = true;
  for (let i = 0; i < text.length; i++) {
    if (!reachable[i]) continue;
    for (const part of parts) if (part && text.startsWith(part, i)) reachable[i + part.length] = true;
  }
  return reachable[text.length] === true;
}
