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
 * Secret generator may have made it, no document of its kind is named other than with plain
 * strings (YAML 1.1's `on`, a U+2029 kustomize ends the name at), it is not a Namespace the
 * namespace transformer renames, and nothing in the build makes objects otherwise or renames them:
 * no other generator, transformer, replacement, `configurations`, `crds`, chart or List, no
 * `labels` with `fields`, no patch that may change a name, a namespace or a kind, no kustomize
 * annotation written by hand, no key kustomize reads that edgenet does not (kustomize matches
 * keys case-insensitively), no file that does not read cleanly, no installer's changes. Anything
 * else is left to kustomize's annotations.
 * test/compose/written-origins.test.ts holds every origin given here to kustomize's own on the
 * corpus's builds (297 of 303 objects read from the files) and on the renaming builds two reviews
 * found. On kubeflow/manifests (187 builds, 1,530 of 2,491 objects read from the files) the two
 * that differ are kustomize's: a JSON patch that replaces `/metadata/annotations` takes the
 * annotation off, and kustomize then names the patch transformer as the origin (katib's
 * webhooks), where the files name the document the object was written in.
 */
import { readFileSync } from 'node:fs';
import { isRecord } from '../model/document.js';
import { type ParsedDocument, parseText } from '../parse/parse-documents.js';
import type { InputGraph, InputField } from './kustomization.js';
import { type Affixes, fitsWritten, type Identity, identityOf, nameFits, type ObjectOrigin } from './object-match.js';

/**
 * Fields whose entries make objects or rename them: no origin is read from the files of such a
 * build (`configurations` may point a name or namespace transformer, or a var, at metadata.name;
 * `crds` may make a label or annotation transformer write into it).
 */
const MAKERS: ReadonlySet<InputField> = new Set([
  'generators',
  'transformers',
  'helmCharts',
  'helmChartInflationGenerator',
  'replacements',
  'configurations',
  'crds',
]);
const PATCHES: ReadonlySet<InputField> = new Set(['patches', 'patchesStrategicMerge', 'patchesJson6902']);
/**
 * In a kustomization's or a patch's text, or among an object's annotation keys: a patch allowed to
 * rename or change a kind (in any case: kustomize reads keys as Go's JSON decoder does), or
 * kustomize's own annotations (`internal.config.kubernetes.io/allowNameChange`,
 * `kustomize.config.k8s.io/needs-hash`), which rename as well.
 */
const RENAMES = /allow(?:name|kind)change|internal\.config\.kubernetes\.io\/|kustomize\.config\.k8s\.io\/(?!v\d)/i;
/**
 * What a name or namespace is made of here: anything else (a line break of YAML 1.1, U+2029, that
 * kustomize's reader ends the value at) may be read otherwise by kustomize.
 */
const PLAIN = /^[A-Za-z0-9._:@/-]*$/;
/** What a JSON patch may not touch, nor anything above it (`/metadata`, the whole object). */
const IDENTITY_PATHS = ['/metadata/name', '/metadata/namespace', '/kind'];

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
    const text = textOf(k.file);
    if (RENAMES.test(text) || !plainKustomization(text)) return undefined;
    for (const input of k.read.inputs) {
      if (MAKERS.has(input.field)) return undefined;
      if (!PATCHES.has(input.field)) continue;
      if (mayRename(input.kind === 'inline' ? input.content : { file: input.path })) return undefined;
    }
    for (const g of k.read.generators)
      generated.push({ kind: g.field === 'configMapGenerator' ? 'ConfigMap' : 'Secret', name: g.name });
  }
  const written: { file: string; doc: number; id: Identity }[] = [];
  // Kinds some document names other than with a plain string (YAML 1.1's `on` is true here, "on"
  // to kustomize; a U+2029 kustomize ends the name at): their objects are left to kustomize.
  const unnamed = new Set<string | undefined>();
  const seen = new Set<string>();
  for (const f of inputs.files) {
    if ((f.field !== 'resources' && f.field !== 'bases') || f.directory || seen.has(f.path)) continue;
    seen.add(f.path);
    const docs = documents(f.path);
    // A resource file that does not read cleanly leaves every object in doubt; so does a List,
    // whose items kustomize makes objects of.
    if (!docs || docs.some((d) => isRecord(d.data) && Array.isArray(d.data.items))) return undefined;
    for (const d of docs) {
      const id = identityOf(d.data);
      const metadata = isRecord(d.data) && isRecord(d.data.metadata) ? d.data.metadata : {};
      // kustomize's own annotations on an object (needs-hash) rename it.
      if (isRecord(metadata.annotations) && Object.keys(metadata.annotations).some((k) => RENAMES.test(k)))
        return undefined;
      const { name, namespace } = metadata;
      if (typeof name !== 'string' || !PLAIN.test(name) || !(namespace === undefined || plain(namespace)))
        unnamed.add(id.kind);
      written.push({ file: f.path, doc: d.index, id });
    }
  }
  return (data) => {
    const id = identityOf(data);
    if (unnamed.has(id.kind)) return undefined;
    // The namespace transformer names a Namespace after the namespace it sets.
    if (id.kind === 'Namespace' && affixes.namespaces.size > 0) return undefined;
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

/**
 * Whether a patch (inline as written, or a patch file) may change an object's name, namespace or
 * kind: a JSON patch operation whose `path` or `from` is one of them or above them (`/metadata`,
 * the whole object), its pointer read as kustomize's JSON patch library reads it (`~1` decoded,
 * and nothing before the first `/`: `#/metadata/name` is `/metadata/name`, a pointer without one
 * is the whole object); a pointer of anything but plain characters, a patch that does not read
 * cleanly, or one that names kustomize's own annotations, is taken to. A strategic merge patch
 * renames only with allowNameChange, which the kustomization or those annotations say.
 */
function mayRename(patch: unknown): boolean {
  let values: unknown[] = [patch];
  const text =
    typeof patch === 'string'
      ? patch
      : isRecord(patch) && typeof patch.file === 'string'
        ? textOf(patch.file)
        : undefined;
  if (text !== undefined) {
    const parsed = parseText('patch.yaml', text);
    if (parsed.problems.length > 0 || RENAMES.test(text)) return true;
    values = parsed.documents.map((d) => d.data);
  } else if (RENAMES.test(JSON.stringify(patch ?? null))) return true;
  for (const value of values) {
    if (!Array.isArray(value)) continue;
    for (const op of value) {
      if (!isRecord(op)) continue;
      for (const pointer of [op.path, op.from]) {
        if (pointer === undefined) continue;
        if (typeof pointer !== 'string' || !PLAIN.test(pointer.replace(/[~ #]/g, ''))) return true;
        const slash = pointer.indexOf('/');
        const decoded = slash < 0 ? '' : pointer.slice(slash).replace(/~1/g, '/').replace(/~0/g, '~');
        if (decoded === '' || IDENTITY_PATHS.some((p) => p === decoded || p.startsWith(`${decoded}/`))) return true;
      }
    }
  }
  return false;
}

/**
 * Kustomize reads a kustomization's keys as Go's JSON decoder does, case-insensitively: a key
 * spelled otherwise than edgenet reads it (`NamePrefix`, `Resources`, `patches[].Path`) is read
 * by kustomize and not here, so such a kustomization is not plain. Nor is one whose `labels` write
 * into fields of their own choosing (metadata.name among them), or one that does not read cleanly.
 */
function plainKustomization(text: string): boolean {
  const parsed = parseText('kustomization.yaml', text);
  if (parsed.problems.length > 0) return false;
  return parsed.documents.every(
    (d) =>
      !(isRecord(d.data) && Array.isArray(d.data.labels) && d.data.labels.some((l) => isRecord(l) && 'fields' in l)) &&
      keysSpelled(d.data),
  );
}

/** Every field name of a kustomization and its entries, by the key Go's decoder would match (case-folded). */
const FIELDS = new Map(
  [
    'apiVersion',
    'kind',
    'metadata',
    'openapi',
    'namePrefix',
    'nameSuffix',
    'namespace',
    'commonLabels',
    'labels',
    'commonAnnotations',
    'patchesStrategicMerge',
    'patchesJson6902',
    'patches',
    'images',
    'imageTags',
    'replacements',
    'replicas',
    'vars',
    'sortOptions',
    'resources',
    'components',
    'crds',
    'bases',
    'configMapGenerator',
    'secretGenerator',
    'helmGlobals',
    'helmCharts',
    'helmChartInflationGenerator',
    'generatorOptions',
    'configurations',
    'generators',
    'transformers',
    'validators',
    'buildMetadata',
    'path',
    'patch',
    'target',
    'options',
    'group',
    'version',
    'name',
    'labelSelector',
    'annotationSelector',
    'allowNameChange',
    'allowKindChange',
    'pairs',
    'includeSelectors',
    'includeTemplates',
    'fields',
    'behavior',
    'files',
    'literals',
    'envs',
    'env',
    'type',
    'disableNameSuffixHash',
    'immutable',
    'annotations',
    'newName',
    'newTag',
    'digest',
    'tagSuffix',
    'count',
    'source',
    'targets',
    'select',
    'reject',
    'fieldPaths',
    'create',
    'delimiter',
    'index',
    'objref',
    'fieldref',
    'fieldPath',
    'order',
    'legacySortOptions',
    'orderFirst',
    'orderLast',
    'chartHome',
    'configHome',
    'repo',
    'releaseName',
    'valuesFile',
    'valuesInline',
    'valuesMerge',
    'additionalValuesFiles',
    'includeCRDs',
    'skipHooks',
    'apiVersions',
    'kubeVersion',
    'skipTests',
    'nameTemplate',
  ].map((f) => [fold(f), f]),
);

/**
 * Whether no key of `value`, at any depth, is a field name spelled otherwise (free-form maps
 * included: a label key `Name` only costs a render).
 */
function keysSpelled(value: unknown): boolean {
  if (Array.isArray(value)) return value.every(keysSpelled);
  if (!isRecord(value)) return true;
  return Object.entries(value).every(([key, v]) => {
    const field = FIELDS.get(fold(key));
    return (field === undefined || field === key) && keysSpelled(v);
  });
}

/** A key as Go's JSON decoder compares it (bytes.EqualFold: case, and the Kelvin sign and long s). */
function fold(key: string): string {
  return key
    .toLowerCase()
    .replace(/\u212a/g, 'k')
    .replace(/\u017f/g, 's');
}

function plain(value: unknown): boolean {
  return typeof value === 'string' && PLAIN.test(value);
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
