/**
 * Where a rendered value was written. A rendered object is judged as it is after Kustomize or
 * Helm, but a finding must point at the line a person would change:
 *
 * - Kustomize: the last patch that sets the value (overlays before bases; later patches of a
 *   kustomization before earlier ones; strategic merge, JSON 6902 and inline patches), else the
 *   resource file the object came from when it still holds the value, else the kustomization
 *   whose `namespace`/`namePrefix` changed it, else the resource file at the nearest path;
 *   a generated ConfigMap's key at its `literals` entry or its source file.
 * - Helm: a value written exactly once in the values (release values over value files over the
 *   chart's values.yaml) is located there; otherwise at the line of its template that names the key.
 *
 * Values are compared as rendered, so a value a later step changed is never blamed on an earlier one.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FileRef, PathSegment, SourceRef } from '../core/finding.js';
import { type ParsedFile, parseText } from '../parse/parse-documents.js';
import type { ChartObject } from './helm-template.js';
import type { KustomizeInstall } from './installed-build.js';
import { type InputGraph, isKustomizationFileName } from './kustomization.js';
import { notAsked, type RenderedObject } from './kustomize-build.js';

/** Where a chart's values come from, lowest precedence first. */
export type HelmValuesSource =
  /** A values file of the repository, as reported; `ref`: where an installer names it. */
  | { kind: 'file'; file: string; ref?: SourceRef }
  /**
   * Values written inline in a HelmRelease or Application, with their place; `embedded` when they
   * are YAML inside a string (Argo CD's `helm.values`), so a value's place is inside that string.
   */
  | { kind: 'inline'; values: unknown; ref: SourceRef; embedded?: boolean }
  /** An Argo CD `helm.parameters` entry: helm's `--set`, over every other source. */
  | { kind: 'set'; name: string; value: string; ref: SourceRef }
  /**
   * A Flux `valuesFrom` key given a `targetPath`: its text, a string, set at that path in its
   * place among the values (helm-controller's ReplacePathValue), so `spec.values` still goes over it.
   */
  | { kind: 'target'; name: string; value: string; ref: SourceRef }
  | HiddenValues;

/**
 * Values edgenet cannot read: a Secret (filled in at deployment), a ConfigMap or a value file that
 * is not in the repository. They may set any value (with a `targetPath`, only that one) over the
 * sources before them, so a value those sources give is not known for sure.
 */
export interface HiddenValues {
  kind: 'hidden';
  /**
   * What they are and why they are not read: "HelmRelease a/b takes values from Secret c (key
   * values.yaml), which is not in the repository".
   */
  words: string;
  /** Where the installer names them. */
  ref: SourceRef;
  /** The only path they set (a Flux `targetPath`); null: any. */
  at: PathSegment[] | null;
}

/** A `--set` style path (`flannel.backend`, `a\.b` for a key with a dot, `list[0]` for an element) as segments. */
export function helmPath(name: string): PathSegment[] {
  const out: PathSegment[] = [];
  for (const part of name.split(/(?<!\\)\./)) {
    const [, key, indices] = /^(.*?)((?:\[\d+\])*)$/s.exec(part)!;
    if (key !== '' || !indices) out.push(key!.replace(/\\\./g, '.'));
    for (const index of indices!.matchAll(/\[(\d+)\]/g)) out.push(Number(index[1]));
  }
  return out;
}

/**
 * `values` with `value` set at `at` (strvals: maps and lists made along the way, a list padded
 * with nulls), a new object: the sources' own values are never changed.
 */
export function setValueAt(values: unknown, at: readonly PathSegment[], value: unknown): unknown {
  if (at.length === 0) return value;
  const [head, ...rest] = at;
  if (typeof head === 'number') {
    const list: unknown[] = Array.isArray(values) ? [...values] : [];
    while (list.length < head) list.push(null);
    list[head] = setValueAt(list[head], rest, value);
    return list;
  }
  const map: Record<string, unknown> =
    values !== null && typeof values === 'object' && !Array.isArray(values) ? { ...values } : {};
  map[head!] = setValueAt(map[head!], rest, value);
  return map;
}

/** Whether hidden values that set `at` may change the value at `path` (one holds the other). */
export function hides(hidden: HiddenValues, path: readonly PathSegment[]): boolean {
  const at = hidden.at;
  if (at === null) return true;
  const n = Math.min(at.length, path.length);
  return at.slice(0, n).every((seg, i) => String(seg) === String(path[i]));
}

/** A reference into a rendered object: its index among the build's objects, a path, and the ref's options. */
export type RenderedRef = Omit<SourceRef, 'file'>;

export type Relocate = (ref: RenderedRef) => SourceRef | FileRef;

export interface TraceIo {
  /** The name a file is reported under (relative to the working directory). */
  display(abs: string): string;
  /** A repository file parsed (cached), by reported name; undefined when it cannot be read. */
  parsed(display: string): ParsedFile | undefined;
}

/** Parsed files by reported name, read once. */
export function cachedParser(cwd: string, known: (display: string) => ParsedFile | undefined): TraceIo['parsed'] {
  const cache = new Map<string, ParsedFile | undefined>();
  return (display) => {
    if (cache.has(display)) return cache.get(display);
    let parsed = known(display);
    if (!parsed?.documents.length) {
      try {
        parsed = parseText(display, readFileSync(path.resolve(cwd, display), 'utf8'), { fast: false });
      } catch {
        parsed = undefined;
      }
    }
    cache.set(display, parsed);
    return parsed;
  };
}

function at(ref: RenderedRef, file: string, doc: number, p: PathSegment[]): SourceRef {
  return {
    file,
    doc,
    path: p,
    ...(ref.inner ? { inner: ref.inner } : {}),
    ...(ref.key ? { key: ref.key } : {}),
    ...(ref.span ? { span: ref.span } : {}),
  };
}

function get(value: unknown, p: readonly PathSegment[]): unknown {
  let current = value;
  for (const seg of p) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[seg];
  }
  return current;
}

function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a === b || trailing(a) === trailing(b);
  return a !== undefined && JSON.stringify(a) === JSON.stringify(b);
}

/**
 * A string without its final line breaks: a block scalar a strategic merge patch replaces
 * (`$patch: replace`) comes out of kustomize without its last newline.
 */
function trailing(text: string): string {
  return text.replace(/\n+$/, '');
}

function startsWith(p: readonly PathSegment[], prefix: readonly PathSegment[]): boolean {
  // `-` in a JSON 6902 path is the end of a list: the element an `add` appends is one of its indices.
  return (
    prefix.length <= p.length &&
    prefix.every((seg, i) => String(seg) === String(p[i]) || (seg === '-' && typeof p[i] === 'number'))
  );
}

/** JSON Pointer segments (RFC 6901), array indices as numbers. */
function pointer(text: string): PathSegment[] {
  return text
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

// -------------------------------------------------------------------------------------------
// Kustomize

interface PatchCandidate {
  /** The patch file (reported name), or the file (kustomization, installer) that writes the patch. */
  file: string;
  doc: number;
  /**
   * Where a patch written inside `doc` is: a string holding its text (`embedded`; a value it
   * sets is placed inside the text when the text is one document) or YAML under a path. Absent
   * for a patch file, whose document is the patch.
   */
  within?: { path: PathSegment[]; embedded: boolean; oneDocument?: boolean };
  data: unknown;
  target?: Record<string, unknown>;
}

export function kustomizeRelocator(
  objects: readonly RenderedObject[],
  inputs: InputGraph,
  buildFile: string,
  io: TraceIo,
  /** The installer that built it, when one changed the build (its patches apply last). */
  install?: KustomizeInstall,
  /**
   * Called when a value is placed at the build because its object's origin waits for kustomize's
   * annotations (a render with them places it: src/compose/render-builds.ts).
   */
  onNotAsked?: () => void,
): Relocate {
  const patches = [...installerPatches(install, inputs, io), ...patchCandidates(inputs, io)];
  const kustomizations = inputs.kustomizations.map((k) => ({ ...k, display: io.display(k.file) }));
  return (ref) => {
    const object = objects[ref.doc];
    if (!object) return { file: buildFile, line: 1, column: 1 };
    const value = get(object.data, ref.path);
    for (const patch of patches) {
      const found = patchSets(patch, object.data, ref.path, value);
      if (found) return patchPlace(patch, found, ref);
    }
    const origin = object.origin;
    if (origin.kind === 'resource' && origin.doc !== null) {
      const file = io.display(origin.file);
      const doc = io.parsed(file)?.documents.find((d) => d.index === origin.doc);
      const written = get(doc?.data, ref.path);
      if (doc && same(written, value)) return at(ref, file, origin.doc, ref.path);
      const installed = install && installerSets(install, object.data, ref.path, value, written);
      if (installed) return installed;
      // A name or namespace a kustomization changed is written there.
      const transformer =
        ref.path.join('.') === 'metadata.namespace'
          ? 'namespace'
          : ref.path.join('.') === 'metadata.name'
            ? 'namePrefix'
            : undefined;
      const setter =
        transformer &&
        kustomizations.find(
          (k) => k.read[transformer] !== undefined || (transformer === 'namePrefix' && k.read.nameSuffix !== undefined),
        );
      if (setter)
        return {
          file: setter.display,
          doc: setter.doc,
          path: [setter.read[transformer!] !== undefined ? transformer! : 'nameSuffix'],
        };
      return at(ref, file, origin.doc, ref.path);
    }
    if (origin.kind === 'generated') return generatedAt(ref, origin, io);
    if (notAsked(origin)) onNotAsked?.();
    return { file: buildFile, line: 1, column: 1 };
  };
}

/** Every patch of the build, the one applied last first. */
function patchCandidates(inputs: InputGraph, io: TraceIo): PatchCandidate[] {
  const out: PatchCandidate[] = [];
  // kustomize builds bases first and applies an overlay's patches after them: the root's last.
  for (const k of inputs.kustomizations) {
    const display = io.display(k.file);
    const own: PatchCandidate[] = [];
    for (const input of k.read.inputs) {
      if (!['patches', 'patchesStrategicMerge', 'patchesJson6902'].includes(input.field)) continue;
      if (input.kind === 'inline') {
        const target = input.target ? { target: input.target } : {};
        for (const c of writtenPatch(display, k.doc, input.at, input.content)) own.push({ ...c, ...target });
      } else if (input.kind === 'local' && input.path) {
        const file = io.display(input.path);
        for (const d of io.parsed(file)?.documents ?? []) {
          own.push({ file, doc: d.index, data: d.data, ...(input.target ? { target: input.target } : {}) });
        }
      }
    }
    for (const item of own.reverse()) out.push(item);
  }
  return out;
}

/** A patch written in a document: text in a string (each of its documents), or YAML itself. */
function writtenPatch(file: string, doc: number, at: PathSegment[], content: unknown): PatchCandidate[] {
  if (typeof content !== 'string')
    return content !== null && typeof content === 'object'
      ? [{ file, doc, within: { path: at, embedded: false }, data: content }]
      : [];
  const documents = parseText('inline-patch.yaml', content, { fast: false }).documents;
  const oneDocument = documents.length === 1;
  return documents.map((d) => ({ file, doc, within: { path: at, embedded: true, oneDocument }, data: d.data }));
}

/**
 * The patches an installer adds, the one applied last first: kustomize applies the
 * kustomization's patchesStrategicMerge, then patches, then patchesJson6902, each in order, and
 * the installer's come after the path's own in each field.
 */
function installerPatches(install: KustomizeInstall | undefined, inputs: InputGraph, io: TraceIo): PatchCandidate[] {
  if (!install) return [];
  const dir = isKustomizationFileName(path.basename(inputs.root)) ? path.dirname(inputs.root) : inputs.root;
  const order = ['patchesJson6902', 'patches', 'patchesStrategicMerge'];
  const patches = [...install.changes.patches]
    .reverse()
    .sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
  const out: PatchCandidate[] = [];
  for (const p of patches) {
    const target = p.target ? { target: p.target } : {};
    if (p.content.kind === 'file') {
      const file = io.display(path.resolve(dir, p.content.path));
      for (const d of io.parsed(file)?.documents ?? []) out.push({ file, doc: d.index, data: d.data, ...target });
      continue;
    }
    const content = p.content.kind === 'text' ? p.content.text : p.content.data;
    for (const c of writtenPatch(p.ref.file, p.ref.doc, p.ref.path, content)) out.push({ ...c, ...target });
  }
  return out;
}

/** Where a patch writes the value at `found` (a path inside the patch). */
function patchPlace(patch: PatchCandidate, found: PathSegment[], ref: RenderedRef): SourceRef {
  const w = patch.within;
  if (!w) return at(ref, patch.file, patch.doc, found);
  if (!w.embedded) return at(ref, patch.file, patch.doc, [...w.path, ...found]);
  // Inside the patch's text, and inside a string it sets in turn (net-conf.json).
  if (!w.oneDocument) return { file: patch.file, doc: patch.doc, path: w.path };
  return { file: patch.file, doc: patch.doc, path: w.path, inner: [...found, ...(ref.inner ?? [])] };
}

/** The path inside the patch that sets `value` at `target` of the object, if this patch does. */
function patchSets(
  patch: PatchCandidate,
  object: Record<string, unknown>,
  target: PathSegment[],
  value: unknown,
): PathSegment[] | undefined {
  if (Array.isArray(patch.data)) {
    // JSON 6902: the last add or replace whose path covers the target.
    for (let i = patch.data.length - 1; i >= 0; i--) {
      const op = patch.data[i] as { op?: unknown; path?: unknown; value?: unknown };
      if ((op.op !== 'add' && op.op !== 'replace') || typeof op.path !== 'string') continue;
      const segments = pointer(op.path);
      if (!startsWith(target, segments) || !targets(patch, object)) continue;
      const rest = target.slice(segments.length);
      if (same(get(op.value, rest), value)) return [i, 'value', ...rest];
    }
    return undefined;
  }
  if (patch.data === null || typeof patch.data !== 'object') return undefined;
  const doc = patch.data as Record<string, unknown>;
  const matches = patch.target ? targets(patch, object) : doc.kind === object.kind && sameName(doc, object);
  if (!matches || !same(get(doc, target), value)) return undefined;
  return target;
}

function sameName(patch: Record<string, unknown>, object: Record<string, unknown>): boolean {
  const written = (patch.metadata as { name?: unknown } | undefined)?.name;
  const rendered = (object.metadata as { name?: unknown } | undefined)?.name;
  // The rendered name may carry prefixes and suffixes the patch's does not.
  return typeof written === 'string' && typeof rendered === 'string' && rendered.includes(written);
}

/**
 * A patch target selects the object: group, version, kind, name and namespace (regular
 * expressions as kustomize reads them), and equality terms of its label and annotation selectors.
 */
function targets(patch: PatchCandidate, object: Record<string, unknown>): boolean {
  const t = patch.target;
  if (!t) return true;
  const meta = (object.metadata ?? {}) as Record<string, unknown>;
  const test = (want: unknown, have: unknown) => {
    if (typeof want !== 'string' || want === '') return true;
    try {
      return new RegExp(`^(?:${want})$`).test(String(have ?? ''));
    } catch {
      return want === have;
    }
  };
  // A target names the object before namePrefix/nameSuffix renamed it in the output.
  const name = (want: unknown) =>
    test(want, meta.name) ||
    (typeof want === 'string' && /^[\w.-]+$/.test(want) && String(meta.name ?? '').includes(want));
  const apiVersion = String(object.apiVersion ?? '');
  const group = apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '';
  const version = apiVersion.slice(apiVersion.indexOf('/') + 1);
  return (
    test(t.group, group) &&
    test(t.version, version) &&
    test(t.kind, object.kind) &&
    name(t.name) &&
    test(t.namespace, meta.namespace) &&
    selects(t.labelSelector, meta.labels) &&
    selects(t.annotationSelector, meta.annotations)
  );
}

/** Whether a selector's equality terms (`k=v`, `k==v`, `k!=v`, `k`, `!k`) hold; other terms are not judged here. */
function selects(selector: unknown, map: unknown): boolean {
  if (typeof selector !== 'string' || selector.trim() === '') return true;
  const have = (map ?? {}) as Record<string, unknown>;
  for (const term of selector.split(',').map((x) => x.trim())) {
    const m = /^(!?)([\w./-]+)(?:\s*(==|=|!=)\s*([\w.-]*))?$/.exec(term);
    if (!m) continue;
    const [, not, key, op, want] = m;
    if (op === undefined) {
      if (key! in have === (not === '!')) return false;
    } else if ((String(have[key!] ?? '') === want) !== (op !== '!=')) return false;
  }
  return true;
}

/**
 * A value an installer's own settings wrote: the namespace it sets, its name prefix or suffix,
 * an image it replaces, Argo CD's replicas, labels and annotations.
 */
function installerSets(
  install: KustomizeInstall,
  object: Record<string, unknown>,
  p: PathSegment[],
  value: unknown,
  written: unknown,
): SourceRef | undefined {
  const k = install.changes;
  const dotted = p.join('.');
  if (dotted === 'metadata.namespace') {
    const namespace = install.by === 'flux' ? install.changes.targetNamespace : install.changes.namespace;
    return namespace && namespace.value === value ? namespace.ref : undefined;
  }
  if (dotted === 'metadata.name' && typeof value === 'string') {
    if (k.namePrefix && k.namePrefix.value !== '' && value.startsWith(k.namePrefix.value)) return k.namePrefix.ref;
    if (k.nameSuffix && k.nameSuffix.value !== '' && value.endsWith(k.nameSuffix.value)) return k.nameSuffix.ref;
    return undefined;
  }
  if (p.at(-1) === 'image' && typeof value === 'string') {
    const name = imageName(typeof written === 'string' ? written : value);
    if (install.by === 'flux') return install.changes.images.find((i) => i.name === name)?.ref;
    return install.changes.images.find((i) => {
      const eq = i.value.indexOf('=');
      return (eq >= 0 ? i.value.slice(0, eq) : imageName(i.value)) === name;
    })?.ref;
  }
  if (install.by !== 'argo') return undefined;
  const argo = install.changes;
  const objectName = String((object.metadata as { name?: unknown } | undefined)?.name ?? '');
  if (dotted === 'spec.replicas')
    return argo.replicas.find((r) => objectName.includes(r.name) && String(value) === r.count)?.ref;
  const key = p.at(-1);
  const map = p.at(-2);
  const entries =
    map === 'annotations' ? argo.commonAnnotations : map === 'labels' || map === 'matchLabels' ? argo.commonLabels : [];
  return entries.find((e) => e.key === key && e.value === value)?.ref;
}

/** An image reference without its tag and digest. */
function imageName(image: string): string {
  return image.replace(/@.*$/, '').replace(/:[^/:]*$/, '');
}

function generatedAt(
  ref: RenderedRef,
  origin: Extract<RenderedObject['origin'], { kind: 'generated' }>,
  io: TraceIo,
): SourceRef | FileRef {
  const file = io.display(origin.file);
  const base = origin.at ?? [];
  const key = ref.path[0] === 'data' || ref.path[0] === 'stringData' ? ref.path[1] : undefined;
  const entry = origin.at
    ? get(io.parsed(file)?.documents.find((d) => d.index === origin.doc)?.data, origin.at)
    : undefined;
  if (typeof key === 'string' && entry && typeof entry === 'object') {
    const e = entry as { literals?: unknown; files?: unknown; envs?: unknown };
    const literals = Array.isArray(e.literals) ? e.literals : [];
    const i = literals.findIndex((l) => typeof l === 'string' && l.startsWith(`${key}=`));
    if (i >= 0) {
      const text = literals[i] as string;
      // The value after `key=`, so the finding underlines what to change.
      return { file, doc: origin.doc, path: [...base, 'literals', i], span: [key.length + 1, text.length] };
    }
    const files = Array.isArray(e.files) ? e.files : [];
    const j = files.findIndex((f) => typeof f === 'string' && (f.startsWith(`${key}=`) || path.basename(f) === key));
    if (j >= 0) {
      const source = io.display(path.resolve(path.dirname(origin.file), (files[j] as string).replace(/^[^=]*=/, '')));
      // A value inside the key's text (Helm values a HelmRelease reads from it) is written in the file.
      const doc = ref.inner?.length ? io.parsed(source)?.documents[0] : undefined;
      if (doc) return { file: source, doc: doc.index, path: ref.inner! };
      return { file: source, line: 1, column: 1 };
    }
  }
  return { file, doc: origin.doc, path: base };
}

// -------------------------------------------------------------------------------------------
// Helm

/** A scalar written in the values, with its place and its path in the values. */
interface ValueLeaf {
  value: string;
  ref: SourceRef;
  at: PathSegment[];
}

export function helmRelocator(
  objects: readonly ChartObject[],
  values: readonly HelmValuesSource[],
  chartFile: string,
  io: TraceIo,
): Relocate {
  // Highest precedence first: --set, then inline values, then files (later ones win), the chart's last.
  const leaves = effectiveLeaves([...values].reverse().map((v) => leavesOf(v, io)));
  const texts = new Map<string, string | undefined>();
  const templateText = (object: ChartObject) => {
    if (object.inArchive) return undefined;
    if (!texts.has(object.template)) texts.set(object.template, readText(object.template));
    return texts.get(object.template);
  };
  return (ref) => {
    const object = objects[ref.doc];
    if (!object) return { file: chartFile, line: 1, column: 1 };
    const leaf = leafValue(get(object.data, ref.path), ref.inner);
    if (leaf !== undefined) {
      const found = leaves.filter((l) => l.value === leaf);
      // The same text under two keys (a CIDR that is also an egress rule's): the key the
      // template reads decides; when it does not say, the template line is the place.
      const chosen = found.length === 1 ? found : found.filter((l) => readsValue(templateText(object), l.at));
      if (chosen.length === 1) return chosen[0]!.ref;
    }
    return templateLine(object, ref, io) ?? { file: chartFile, line: 1, column: 1 };
  };
}

/**
 * The leaves helm's merged values keep, highest precedence first. Maps merge: a leaf is gone only
 * when a higher source writes a scalar or a list at its path or above it, or a map at its path.
 */
function effectiveLeaves(sources: readonly ValueLeaf[][]): ValueLeaf[] {
  const scalars = new Set<string>();
  const maps = new Set<string>();
  const out: ValueLeaf[] = [];
  for (const leaves of sources) {
    for (const l of leaves) {
      const replaced = maps.has(pathKey(l.at)) || l.at.some((_, i) => scalars.has(pathKey(l.at.slice(0, i + 1))));
      if (!replaced) out.push(l);
    }
    for (const l of leaves) {
      scalars.add(pathKey(l.at));
      for (let i = 0; i < l.at.length; i++) maps.add(pathKey(l.at.slice(0, i)));
      // Lists are not merged: a list a higher source writes replaces the lower one whole.
      const list = l.at.findIndex((s) => typeof s === 'number');
      if (list > 0) scalars.add(pathKey(l.at.slice(0, list)));
    }
  }
  return out;
}

const pathKey = (p: readonly PathSegment[]) => JSON.stringify(p);

/** Whether a template names `.Values.<path>` (the path's keys up to its first list index). */
function readsValue(text: string | undefined, at: readonly PathSegment[]): boolean {
  const keys: string[] = [];
  for (const s of at) {
    if (typeof s !== 'string' || !/^[A-Za-z_][\w]*$/.test(s)) break;
    keys.push(s);
  }
  if (text === undefined || keys.length === 0) return false;
  const name = `.Values.${keys.join('.')}`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`${name}(?![\\w.])`).test(text);
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * The values edgenet cannot read that may change a rendered value: those above the highest
 * source that writes it (and that may set its path). None when a readable source above every
 * hidden one writes it, or when no source writes it (the template's own text).
 */
export function helmHiddenBy(
  objects: readonly ChartObject[],
  values: readonly HelmValuesSource[],
  io: TraceIo,
): (ref: RenderedRef) => HiddenValues | undefined {
  if (!values.some((v) => v.kind === 'hidden')) return () => undefined;
  const sources = [...values].reverse().map((source) => ({ source, leaves: leavesOf(source, io) }));
  return (ref) => {
    const object = objects[ref.doc];
    const leaf = object && leafValue(get(object.data, ref.path), ref.inner);
    if (leaf === undefined) return undefined;
    const above: HiddenValues[] = [];
    for (const { source, leaves } of sources) {
      if (source.kind === 'hidden') {
        above.push(source);
        continue;
      }
      const found = leaves.filter((l) => l.value === leaf);
      if (found.length > 0) return above.find((h) => found.some((l) => hides(h, l.at)));
    }
    return undefined;
  };
}

/** The scalar at a ref, inside an embedded JSON or YAML string when the ref has an inner path. */
function leafValue(value: unknown, inner: readonly PathSegment[] | undefined): string | undefined {
  let v = value;
  if (inner && typeof v === 'string') {
    const parsed = parseText('inner.yaml', v, { fast: false }).documents[0]?.data;
    v = get(parsed, inner);
  }
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
}

function leavesOf(source: HelmValuesSource, io: TraceIo): ValueLeaf[] {
  if (source.kind === 'hidden') return [];
  if (source.kind === 'set' || source.kind === 'target')
    return [{ value: source.value, ref: source.ref, at: helmPath(source.name) }];
  if (source.kind === 'inline') {
    const { ref, embedded } = source;
    // Values read from a file of their own (a generator's): the file is parsed for its positions.
    if (!embedded) io.parsed(ref.file);
    return walkLeaves(source.values, (p) => (embedded ? { ...ref, inner: p } : { ...ref, path: [...ref.path, ...p] }));
  }
  const parsed = io.parsed(source.file);
  const doc = parsed?.documents[0];
  if (!doc) return [];
  return walkLeaves(doc.data, (p) => ({ file: source.file, doc: doc.index, path: p }));
}

function walkLeaves(value: unknown, ref: (p: PathSegment[]) => SourceRef, p: PathSegment[] = []): ValueLeaf[] {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return [{ value: String(value), ref: ref(p), at: p }];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => walkLeaves(v, ref, [...p, i]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => walkLeaves(v, ref, [...p, k]));
  }
  return [];
}

/** The first line of the template that names the key the ref ends in. */
function templateLine(object: ChartObject, ref: RenderedRef, io: TraceIo): FileRef | undefined {
  if (object.inArchive) return undefined;
  const file = io.display(object.template);
  let text: string;
  try {
    text = readFileSync(object.template, 'utf8');
  } catch {
    return undefined;
  }
  // The most specific key first: the last of the inner path, then the last of the path.
  const key = [...[...(ref.inner ?? [])].reverse(), ...[...ref.path].reverse()].find(
    (s): s is string => typeof s === 'string',
  );
  const lines = text.split(/\r?\n/);
  if (key !== undefined) {
    for (let i = 0; i < lines.length; i++) {
      const column = lines[i]!.search(new RegExp(`["']?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*:`));
      if (column >= 0) return { file, line: i + 1, column: column + 1 };
    }
  }
  return { file, line: 1, column: 1 };
}
