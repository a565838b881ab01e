/**
 * Origins read from a build's own files (src/compose/written-origins.ts) against kustomize's
 * origin annotations, the truth: on every kustomization of the real corpus and of the fixtures,
 * each object given an origin without the annotations has the very file and document they give.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { notAsked, type ObjectOrigin, renderKustomization } from '../../src/compose/kustomize-build.js';
import { KUSTOMIZATION_FILE_NAMES } from '../../src/compose/kustomization.js';
import { filesBelow, ROOT, sharedCorpus } from '../helpers.js';
import { tools, unless } from './tools.js';

const placeOf = (o: ObjectOrigin) => (o.kind === 'resource' ? [o.kind, o.file, o.doc] : [o.kind]);

/** Every directory holding a kustomization below `top`, with the repository it belongs to. */
function kustomizations(top: string, repositoryOf: (dir: string) => string): { dir: string; boundary: string }[] {
  const names = new RegExp(`^(?:${KUSTOMIZATION_FILE_NAMES.map((n) => n.replace('.', '\\.')).join('|')})$`);
  return filesBelow(top, names).map((file) => {
    const dir = path.dirname(file);
    return { dir, boundary: repositoryOf(dir) };
  });
}

async function compare(builds: { dir: string; boundary: string }[]) {
  const { env } = tools();
  let objects = 0;
  let read = 0;
  for (const { dir, boundary } of builds) {
    const options = { env, boundary, loadRestrictor: 'none' as const };
    const bare = await renderKustomization(dir, { ...options, origins: false });
    const full = await renderKustomization(dir, options);
    if (!bare.ok || !full.ok) {
      assert.equal(bare.ok, full.ok, dir);
      continue;
    }
    assert.equal(bare.objects.length, full.objects.length, dir);
    bare.objects.forEach((o, i) => {
      objects++;
      if (notAsked(o.origin)) return;
      read++;
      assert.deepEqual(placeOf(o.origin), placeOf(full.objects[i]!.origin), `${dir}: object ${i}`);
    });
  }
  return { objects, read };
}

test('the real corpus: every origin read from the files is the one kustomize annotates', {
  skip: unless('kustomize') || (sharedCorpus('real') ? false : '../shared/corpus/real is absent (CI has it)'),
}, async () => {
  const corpus = sharedCorpus('real')!;
  const builds = kustomizations(corpus, (dir) => path.join(corpus, path.relative(corpus, dir).split(path.sep)[0]!));
  const { objects, read } = await compare(builds);
  // Not vacuous: most of the corpus's objects are found without the annotations.
  assert.ok(builds.length > 30, `${builds.length} kustomizations`);
  assert.ok(read > objects / 2, `${read} of ${objects} objects`);
});

test('the fixtures: every origin read from the files is the one kustomize annotates', {
  skip: unless('kustomize'),
}, async () => {
  const builds = ['compose', 'fleets'].flatMap((d) => kustomizations(path.join(ROOT, 'fixtures', d), () => ROOT));
  const { objects, read } = await compare(builds);
  assert.ok(read > 0 && read < objects, `${read} of ${objects} objects`);
});

/**
 * Builds where an object's name is not what a resource file writes (found by two reviews): a List's
 * items, a Namespace the namespace transformer renames, JSON patches on `/metadata`, on the whole
 * object or through escapes, `configurations`, `labels` with `fields`, a YAML 1.1 name. Each has
 * another document that the object would otherwise seem to be.
 */
const RENAMING: Record<string, Record<string, string>> = {
  list: {
    'kustomization.yaml': '{resources: [sub, cm.yaml]}',
    'cm.yaml': '{apiVersion: v1, kind: ConfigMap, metadata: {name: x}}',
    'sub/kustomization.yaml': '{namePrefix: p-, resources: [list.yaml]}',
    'sub/list.yaml': '{apiVersion: v1, kind: List, items: [{apiVersion: v1, kind: ConfigMap, metadata: {name: x}}]}',
  },
  namespace: {
    'kustomization.yaml': '{resources: [a, b]}',
    'a/kustomization.yaml': '{namespace: team, resources: [ns.yaml]}',
    'a/ns.yaml': '{apiVersion: v1, kind: Namespace, metadata: {name: old}}',
    'b/kustomization.yaml': '{namespace: other, resources: [ns.yaml]}',
    'b/ns.yaml': '{apiVersion: v1, kind: Namespace, metadata: {name: team}}',
  },
  ...Object.fromEntries(
    Object.entries({
      metadata: '- op: replace\n  path: /metadata\n  value: {name: zz}\n',
      whole: '- op: replace\n  path: ""\n  value: {apiVersion: v1, kind: ConfigMap, metadata: {name: zz}}\n',
      escaped: '[{"op":"replace","path":"\\/metadata\\/name","value":"zz"}]\n',
      unicode: '- op: replace\n  path: "/metadata/\\u006eame"\n  value: zz\n',
    }).map(([name, patch]) => [
      `json-${name}`,
      {
        'kustomization.yaml':
          '{resources: [a.yaml, sub], patches: [{target: {kind: ConfigMap, name: a}, path: p.yaml}]}',
        'a.yaml': '{apiVersion: v1, kind: ConfigMap, metadata: {name: a}}',
        'p.yaml': patch,
        'sub/kustomization.yaml': '{namespace: n1, resources: [zz.yaml]}',
        'sub/zz.yaml': '{apiVersion: v1, kind: ConfigMap, metadata: {name: zz}}',
      },
    ]),
  ),
  configurations: {
    'kustomization.yaml': '{resources: [sub, b.yaml]}',
    'b.yaml': '{apiVersion: v1, kind: ConfigMap, metadata: {name: team, namespace: other}}',
    'sub/kustomization.yaml': '{namespace: team, resources: [a.yaml], configurations: [conf.yaml]}',
    'sub/a.yaml': '{apiVersion: v1, kind: ConfigMap, metadata: {name: a}}',
    'sub/conf.yaml': '{namespace: [{path: metadata/name, kind: ConfigMap}]}',
  },
  labels: {
    'kustomization.yaml': '{resources: [inner, sub]}',
    'inner/kustomization.yaml':
      '{resources: [a.yaml], labels: [{pairs: {name: zz}, fields: [{path: metadata, kind: ConfigMap}]}]}',
    'inner/a.yaml': '{apiVersion: v1, kind: ConfigMap, metadata: {name: a}}',
    'sub/kustomization.yaml': '{namespace: n1, resources: [zz.yaml]}',
    'sub/zz.yaml': '{apiVersion: v1, kind: ConfigMap, metadata: {name: zz}}',
  },
  // A second review: kustomize reads keys case-insensitively, reads a JSON pointer from its first
  // `/`, takes its own annotations from patches and resources, lets `crds` point transformers at
  // names, and ends a value at line breaks of YAML 1.1 (U+2028, U+2029).
  ...Object.fromEntries(
    Object.entries<Record<string, string>>({
      'key-case': { kustomization: 'NamePrefix: p-\n' },
      'pointer-prefix': {
        kustomization:
          'patches: [{target: {kind: ConfigMap}, ' +
          `patch: '[{"op":"replace","path":"#/metadata/name","value":"p-a"}]'}]\n`,
      },
      'internal-annotation': {
        kustomization: 'patches: [{target: {kind: ConfigMap}, path: p.yaml}]\n',
        'p.yaml':
          'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: p-a\n' +
          '  annotations: {internal.config.kubernetes.io/allowNameChange: enabled}\n',
      },
      crds: {
        kustomization: 'crds: [crd.json]\ncommonAnnotations: {name: p-a}\n',
        'crd.json':
          '{"v1.ConfigMap": {"Schema": {"properties": {"apiVersion": {}, "kind": {}, ' +
          '"metadata": {"x-kubernetes-annotation": ""}}}}}\n',
      },
      'line-separator': { 'a.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: p-a\u2028  labels: {x: y}\n' },
      'paragraph-separator': { 'a.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: p-a\u2029' },
    }).map(([name, { kustomization = '', ...files }]) => [
      name,
      {
        'kustomization.yaml': 'resources: [sub, decoy.yaml]\n',
        'decoy.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: p-a, namespace: n2}\n',
        'sub/kustomization.yaml': `namespace: n1\nresources: [a.yaml]\n${kustomization}`,
        'sub/a.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n',
        ...Object.fromEntries(Object.entries(files).map(([file, text]) => [`sub/${file}`, text])),
      },
    ]),
  ),
  'yaml-1.1': {
    'kustomization.yaml': '{resources: [sub, b.yaml]}',
    'b.yaml': '{apiVersion: v1, kind: ConfigMap, metadata: {name: "on", namespace: n2}}',
    'sub/kustomization.yaml': '{namespace: n1, resources: [a.yaml]}',
    'sub/a.yaml': '{apiVersion: v1, kind: ConfigMap, metadata: {name: on}}',
  },
};

test('objects a build renames are left to kustomize: never taken for the document they seem to be', {
  skip: unless('kustomize'),
}, async () => {
  const top = mkdtempSync(path.join(tmpdir(), 'edgenet-renaming-'));
  try {
    for (const [name, files] of Object.entries(RENAMING)) {
      for (const [file, text] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(top, name, file)), { recursive: true });
        writeFileSync(path.join(top, name, file), text);
      }
    }
    const { objects } = await compare(
      Object.keys(RENAMING).map((name) => ({ dir: path.join(top, name), boundary: top })),
    );
    assert.ok(objects >= 2 * Object.keys(RENAMING).length, `${objects} objects`);
  } finally {
    rmSync(top, { recursive: true, force: true });
  }
});

test('a build that makes or renames objects, and an object two files could be, wait for the annotations', {
  skip: unless('kustomize'),
}, async () => {
  const { env } = tools();
  const dir = mkdtempSync(path.join(tmpdir(), 'edgenet-written-origins-'));
  try {
    const object = (kind: string, name: string) => `apiVersion: v1\nkind: ${kind}\nmetadata:\n  name: ${name}\n`;
    const build = async (kustomization: string, files: Record<string, string>) => {
      writeFileSync(path.join(dir, 'kustomization.yaml'), kustomization);
      for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
      const bare = await renderKustomization(dir, { env, origins: false });
      assert.ok(bare.ok, JSON.stringify(bare));
      return bare.objects.map((o) => [
        o.data.kind,
        notAsked(o.origin) ? 'waits' : path.basename(String(o.origin.kind === 'resource' ? o.origin.file : '')),
      ]);
    };
    // Plain: each object from its one document.
    assert.deepEqual(
      await build('resources: [a.yaml, b.yaml]\n', {
        'a.yaml': object('Service', 'a'),
        'b.yaml': object('ConfigMap', 'b'),
      }),
      [
        ['ConfigMap', 'b.yaml'],
        ['Service', 'a.yaml'],
      ],
    );
    // A generator: a ConfigMap it may have made (or merged into) waits, the others are read.
    assert.deepEqual(
      await build('resources: [a.yaml, b.yaml]\nconfigMapGenerator:\n  - name: g\n    literals: [k=v]\n', {}),
      [
        ['ConfigMap', 'b.yaml'],
        ['ConfigMap', 'waits'],
        ['Service', 'a.yaml'],
      ],
    );
    assert.deepEqual(
      await build(
        'resources: [a.yaml, b.yaml]\nconfigMapGenerator:\n  - name: b\n    behavior: merge\n    literals: [k=v]\n',
        {},
      ),
      [
        ['ConfigMap', 'waits'],
        ['Service', 'a.yaml'],
      ],
    );
    // A prefix: `x-a` may be `a` prefixed or `x-a` as written, and `x-x-a` either of them prefixed.
    assert.deepEqual(
      await build('namePrefix: x-\nresources: [a.yaml, xa.yaml]\n', { 'xa.yaml': object('Service', 'x-a') }),
      [
        ['Service', 'waits'],
        ['Service', 'waits'],
      ],
    );
    // A patch that may rename: the whole build waits.
    assert.deepEqual(
      await build(
        'resources: [a.yaml, b.yaml]\npatches:\n  - target: {kind: Service}\n    patch: |-\n' +
          '      - op: replace\n        path: /metadata/name\n        value: c\n',
        {},
      ),
      [
        ['ConfigMap', 'waits'],
        ['Service', 'waits'],
      ],
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
