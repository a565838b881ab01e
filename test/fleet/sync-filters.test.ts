/** Files Flux or Argo CD leave out of what they sync are judged in no cluster (src/fleet/source-files.ts). */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { argoDirectoryGlob, argoDirectoryKeeps, argoGlob, fluxIgnores } from '../../src/fleet/source-files.js';
import { tools, unless } from '../compose/tools.js';
import { findingsOf } from '../rule-tester.js';

const place = (dir: string) => (f: { ruleId: string; file: string; line: number; message: string }) => [
  f.ruleId,
  f.file.replace(`${dir}/`, ''),
  f.line,
];

test('an Argo CD directory.exclude leaves a file out: its stale pod CIDR is not judged, and that is said', async () => {
  const dir = 'fixtures/fleets/sync-filters/argo';
  const findings = await findingsOf({ name: 'argo exclude', dir });
  assert.deepEqual(findings.map(place(dir)), [['input/skipped', 'net/legacy/flannel-old.yaml', 1]]);
  assert.match(findings[0]!.message, /Argo CD Application net \(directory\.exclude\) leaves this file out/);
});

test("a .sourceignore leaves a file out of Flux's artifact: not judged, and that is said", async () => {
  const dir = 'fixtures/fleets/sync-filters/flux';
  const findings = await findingsOf({ name: 'flux sourceignore', dir });
  assert.deepEqual(findings.map(place(dir)), [['input/skipped', 'clusters/prod/drafts/flannel-next.yaml', 1]]);
  assert.match(findings[0]!.message, /Flux's source-controller \(\.sourceignore/);
});

test("Argo CD's globs: * crosses /, {a,b} alternates, include and exclude together", () => {
  assert.equal(argoGlob('legacy/*').test('legacy/a/b.yaml'), true);
  assert.equal(argoGlob('{config.yaml,env-use2/*}').test('env-use2/x.yaml'), true);
  assert.equal(argoGlob('{config.yaml,env-use2/*}').test('other.yaml'), false);
  assert.equal(argoGlob('*.yaml').test('a.yml'), false);
  const keeps = argoDirectoryKeeps('*.yaml', 'skip-*');
  assert.deepEqual(
    ['a.yaml', 'skip-me.yaml', 'b.json'].map((f) => keeps(f)),
    [true, false, false],
  );
});

test('.sourceignore files speak for their own directory; spec.ignore replaces the defaults', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'edgenet-sourceignore-'));
  try {
    mkdirSync(path.join(root, 'apps', 'drafts'), { recursive: true });
    mkdirSync(path.join(root, '.github', 'workflows'), { recursive: true });
    writeFileSync(path.join(root, 'apps', '.sourceignore'), '/drafts/\n');
    const at = (...p: string[]) => path.join(root, ...p);
    const defaults = fluxIgnores(root, null);
    assert.equal(defaults(at('apps', 'drafts', 'x.yaml')), true);
    assert.equal(defaults(at('drafts', 'x.yaml')), false, 'the nested /drafts/ is apps/drafts only');
    assert.equal(defaults(at('.github', 'workflows', 'ci.yaml')), true, 'a default exclusion');
    const own = fluxIgnores(root, '/tmp/\n');
    assert.equal(own(at('.github', 'workflows', 'ci.yaml')), false, 'spec.ignore replaces the defaults');
    assert.equal(own(at('tmp', 'x.yaml')), true);
    assert.equal(own(at('apps', 'drafts', 'x.yaml')), true, '.sourceignore files still apply');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('a file beside a kustomization that does not list it is not read: not a resource, and that is said', {
  skip: unless('kustomize'),
}, async () => {
  const dir = 'fixtures/fleets/unlisted';
  const findings = await findingsOf({ name: 'unlisted patch', dir, env: tools().env });
  assert.deepEqual(findings.map(place(dir)), [['input/skipped', 'flannel-patch.yaml', 1]]);
  assert.match(findings[0]!.message, /in the directory of .*unlisted\/kustomization\.yaml but not listed by it/);
});

test("Argo CD's git directory globs are Go's path.Match: no **, braces or ! of their own; linear", () => {
  const cases: [string, string, boolean][] = [
    ['apps/*', 'apps/net', true],
    ['apps/*', 'apps/net/deep', false],
    ['*', 'apps', true],
    // `**` is two stars within one segment.
    ['apps/**', 'apps/net', true],
    ['apps/**', 'apps/net/deep', false],
    ['{apps,infra}/*', 'apps/net', false],
    ['{apps,infra}/*', '{apps,infra}/net', true],
    ['apps/[!n]*', 'apps/net', true],
    ['apps/[!n]*', 'apps/x', false],
    ['apps/[^n]*', 'apps/x', true],
    ['apps/[^n]*', 'apps/net', false],
    ['!apps', '!apps', true],
    ['!apps', 'other', false],
    ['apps/*(x)', 'apps/a(x)', true],
    ['apps/a\\*', 'apps/a*', true],
    ['apps/a\\*', 'apps/ab', false],
    ['apps/?', 'apps/n', true],
    ['./apps', 'apps', false],
  ];
  for (const [glob, dir, want] of cases) assert.equal(argoDirectoryGlob(glob)(dir), want, `${glob} ${dir}`);
  const long = argoDirectoryGlob(`${'*a'.repeat(30)}*b`);
  for (let i = 0; i < 100; i++) assert.equal(long('a'.repeat(2000)), false);
});
