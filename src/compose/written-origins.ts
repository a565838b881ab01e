/**
 * Where a build's objects came from, read from the build's own files instead of kustomize's
 * origin annotations. The annotations nearly double a build's time, so a build is rendered
 * without them and again with them only when a finding is placed in it; but a finding in a base
 * that 100 overlays include was placed in each of them, and each was rendered again (200
 * overlays: 4.3 s of 12.3 s). Most objects need no annotation to be found: each is the one
 * document, of all the build's resource files, with its kind and its name and namespace as
 * written or as the build's prefixes, suffixes and namespaces make them.
 *
 * An object gets an origin only when exactly one written document may be it, no ConfigMap or
 * Secret generator may have made it, and nothing in the build makes objects otherwise or renames
 * them: no other generator, no transformer or replacement, no chart, no patch that may change a
 * name or kind, no installer's changes. Anything else is left to kustomize's annotations.
 * test/compose/written-origins.test.ts holds every origin given here to kustomize's own on the
 * corpus's builds; on kubeflow/manifests (187 builds, 2,155 of 2,491 objects read from the files)
 * the two that differ are kustomize's: a JSON patch that replaces `/metadata/annotations` takes
 * the annotation off, and kustomize then names the patch transformer as the origin (katib's
 * webhooks), where the files name the document the object was written in.
 */
import { readFileSync } from 'node:fs';
import type { ParsedDocument } from '../parse/parse-documents.js';
import type { InputGraph, InputField } from './kustomization.js';
import { type Affixes, fitsWritten, type Identity, identityOf, nameFits, type ObjectOrigin } from './object-match.js';

/** Fields whose entries make objects or rename them: no origin is read from the files of such a build. */
const MAKERS: ReadonlySet<InputField> = new Set([
  'generators',
  'transformers',
  'helmCharts',
  'helmChartInflationGenerator',
  'replacements',
]);
/** Patch fields: a patch that names these may rename an object or change its kind. */
const PATCHES: ReadonlySet<InputField> = new Set(['patches', 'patchesStrategicMerge', 'patchesJson6902']);
const RENAMES = /allowNameChange|allowKindChange|\/metadata\/name|\/kind\b/;

/**
 * The origin of a rendered object as the build's files say it, or undefined where they leave a
 * doubt (then the build is rendered again with kustomize's annotations if a finding needs it);
 * undefined for the whole build where it may make or rename objects.
 */
export function writtenOrigins(
  inputs: InputGraph,
  affixes: Affixes,
  documents: (file: string) => ParsedDocument[] | undefined,
): ((data: Record<string, unknown>) => ObjectOrigin | undefined) | undefined {
  // The names ConfigMap and Secret generators give, by kind.
  const generated: { kind: string; name: string }[] = [];
  for (const k of inputs.kustomizations) {
    if (RENAMES.test(textOf(k.file))) return undefined;
    for (const input of k.read.inputs) {
      if (MAKERS.has(input.field)) return undefined;
      if (!PATCHES.has(input.field)) continue;
      const text = input.kind === 'inline' ? JSON.stringify(input.content ?? '') : textOf(input.path);
      if (RENAMES.test(text)) return undefined;
    }
    for (const g of k.read.generators)
      generated.push({ kind: g.field === 'configMapGenerator' ? 'ConfigMap' : 'Secret', name: g.name });
  }
  const written: { file: string; doc: number; id: Identity }[] = [];
  const seen = new Set<string>();
  for (const f of inputs.files) {
    if ((f.field !== 'resources' && f.field !== 'bases') || f.directory || seen.has(f.path)) continue;
    seen.add(f.path);
    const docs = documents(f.path);
    // A resource file that cannot be read leaves every object in doubt.
    if (!docs) return undefined;
    for (const d of docs) written.push({ file: f.path, doc: d.index, id: identityOf(d.data) });
  }
  return (data) => {
    const id = identityOf(data);
    // A generated name is prefix + name + suffix, then (unless disabled) `-` and a 10-character
    // hash: an object a generator may have made (or merged into) waits.
    const name = id.name ?? '';
    const unhashed = name.replace(/-[a-z0-9]{10}$/, '');
    if (
      generated.some(
        (g) => g.kind === id.kind && (nameFits(name, g.name, affixes) || nameFits(unhashed, g.name, affixes)),
      )
    )
      return undefined;
    // Every written document it may be, its name as written or inside prefixes and suffixes: with
    // a prefix, `x-a` is `a` prefixed as well as `x-a` as written, so neither is taken for sure.
    const fits = written.filter((w) => w.id.kind === id.kind && fitsWritten(id, w.id, affixes));
    if (fits.length !== 1) return undefined;
    const [w] = fits as [(typeof written)[number]];
    const same = w.id.name === id.name && w.id.namespace === id.namespace;
    return { kind: 'resource', file: w.file, doc: w.doc, match: same ? 'identity' : 'transformed' };
  };
}

function textOf(file: string | undefined): string {
  if (file === undefined) return '';
  try {
    return readFileSync(file, 'utf8');
  } catch {
    // Unreadable: kustomize fails on it, or reads nothing from it that renames.
    return '';
  }
}
