#!/usr/bin/env node
// Scaffolds a rule that works as generated (Regal's `regal new rule`): the rule, its RuleTester
// test beside it, a failing and a passing fixture, its registration, and what the build
// generates from it, so that `npm test` passes before a line of the real check is written.
//   npm run new-rule -- <family>/<name>                 a TypeScript rule, src/rules/<family>/<name>.ts
//   npm run new-rule -- <family>/<name> --rego          a Rego rule, policies/<family>/<name>.rego
//   npm run new-rule -- <family>/<name> --new-family    allow a family the catalogue does not list yet
// The placeholder check reports every Node labelled edgenet.dev/example=<family>.<name> (the failing
// fixture has one), so that the rule is wired end to end: replace it, its fixtures and its test's
// positions (the label's value keeps two unfinished rules from firing on each other's fixtures).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const catalogue = path.join(root, 'src', 'rules', 'catalogue.ts');
const EXAMPLE_LABEL = 'edgenet.dev/example';

class Refusal extends Error {}

function parseArgs(argv) {
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const ids = argv.filter((a) => !a.startsWith('--'));
  for (const flag of flags) {
    if (!['--rego', '--new-family'].includes(flag)) throw new Refusal(`unknown option ${flag}`);
  }
  if (ids.length !== 1) throw new Refusal('usage: npm run new-rule -- <family>/<name> [--rego] [--new-family]');
  return { id: ids[0], rego: flags.has('--rego'), newFamily: flags.has('--new-family') };
}

/** The families the catalogue lists, in its order (FAMILIES in src/rules/catalogue.ts). */
function knownFamilies(text) {
  const m = /const FAMILIES = \[([^\]]*)\];/.exec(text);
  if (!m) throw new Error('src/rules/catalogue.ts: no FAMILIES list found');
  return [...m[1].matchAll(/'([a-z]+)'/g)].map((x) => x[1]);
}

function refuseBadId(id, newFamily, families) {
  if (!/^[a-z]+\/[a-z0-9-]+$/.test(id)) {
    throw new Refusal(`"${id}" is not a rule id: <family>/<name>, lower case, e.g. vxlan/mtu-too-small`);
  }
  const [family, name] = id.split('/');
  if (family === 'input') throw new Refusal('input/* rules are raised while reading the files, not by a check');
  if (family === 'lib' || family === 'dist')
    throw new Refusal(`"${family}" is not a family: policies/${family} is taken`);
  if (!families.includes(family) && !newFamily) {
    throw new Refusal(`unknown family "${family}" (known: ${families.join(', ')}); add --new-family to start one`);
  }
  const taken = [
    path.join('src', 'rules', family, `${name}.ts`),
    path.join('policies', family, `${name}.rego`),
    path.join('fixtures', 'rules', family, name),
  ].filter((p) => existsSync(path.join(root, p)));
  if (taken.length > 0 || ruleIds().includes(id)) {
    throw new Refusal(`${id} exists${taken.length ? ` (${taken.join(', ')})` : ''}: pick another name`);
  }
  return { family, name };
}

/** Every id declared in src/rules (defineRule, generated Rego metadata). */
function ruleIds() {
  const ids = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')) {
        for (const m of readFileSync(p, 'utf8').matchAll(/"?id"?: ['"]([a-z]+\/[a-z0-9-]+)['"]/g)) ids.push(m[1]);
      }
    }
  };
  walk(path.join(root, 'src', 'rules'));
  return ids;
}

const camel = (s) => s.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());

function write(rel, text, written) {
  const file = path.join(root, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  written.push(rel);
}

// --- what is written --------------------------------------------------------------------------

/** The placeholder's label value: a label value cannot hold "/". */
const labelValue = (id) => id.replace('/', '.');

const failFixture = (id) => `# The failing example of ${id} (what \`edgenet explain\` shows): replace it with the
# smallest repository that breaks the rule.
apiVersion: v1
kind: Node
metadata:
  name: example-node
  labels:
    ${EXAMPLE_LABEL}: ${labelValue(id)}
`;

const passFixture = (
  id,
) => `# The passing example of ${id}: replace it with the smallest repository that keeps the rule.
apiVersion: v1
kind: Node
metadata:
  name: example-node
`;

const placeholderMessage = (id) => `Node {node} carries the label ${EXAMPLE_LABEL}: replace this check (${id}).`;

function tsRule(id, exportName) {
  return `/**
 * ${id}: TODO what goes wrong on the cluster,
 * and the source that says so (a link, a quoted error).
 */
import { defineRule, prose } from '../rule.js';

export const ${exportName} = defineRule({
  id: '${id}',
  level: 'warning',
  title: 'TODO what is wrong, in one line',
  // One message id per way a finding is worded; {name} is filled from the report's data.
  messages: {
    example: '${placeholderMessage(id)}',
  },
  why: prose\`
    TODO why it breaks the cluster, quoting the source.
  \`,
  fix: 'TODO what to change.',
  check({ model }, report) {
    // TODO write the check. This placeholder reports every Node labelled ${EXAMPLE_LABEL}=${labelValue(id)}
    // (the failing fixture has one), so that the rule runs end to end until then.
    for (const node of model.nodes) {
      const label = node.labels.find((l) => l.key === '${EXAMPLE_LABEL}' && l.value === '${labelValue(id)}');
      if (label) report({ messageId: 'example', ref: label.ref, resource: node.resource, data: { node: node.name } });
    }
  },
});
`;
}

function ruleTest(id, testerImport) {
  return `import { ruleTester } from '${testerImport}';

const dir = 'fixtures/rules/${id}';

// TODO when the check is written: the fixtures' findings, each at its place, and an in-memory case
// (\`files: { 'name.yaml': '...' }\`) for every message id and for the default that decides.
ruleTester('${id}', {
  valid: [{ name: 'the passing fixture', dir: \`\${dir}/pass\`, others: [] }],
  invalid: [
    {
      name: 'the failing fixture',
      dir: \`\${dir}/fail\`,
      others: [],
      errors: [
        {
          messageId: 'example',
          line: 8,
          column: 5,
          message: '${placeholderMessage(id).replace('{node}', 'example-node')}',
        },
      ],
    },
  ],
});
`;
}

function regoRule(id, family, name) {
  return `# TODO what goes wrong on the cluster, and the source that says so (a link, a quoted error).

# METADATA
# title: TODO what is wrong, in one line
# description: TODO why it breaks the cluster, quoting the source.
# custom:
#   level: warning
#   fix: TODO what to change.
#   messages:
#     example: >-
#       ${placeholderMessage(id)}
package edgenet.rules.${family}["${name}"]

# TODO write the check. This placeholder reports every Node labelled ${EXAMPLE_LABEL}=${labelValue(id)}
# (the failing fixture has one), so that the rule runs end to end until then. Read input.<key> only:
# the policy is handed the keys it reads (src/rules/rego-rules.generated.ts), checked with opa check
# --strict against schema/model.schema.json.
deny contains result if {
\tsome node in input.nodes
\tsome label in node.labels
\tlabel.key == "${EXAMPLE_LABEL}"
\tlabel.value == "${labelValue(id)}"
\tresult := {
\t\t"ref": label.ref,
\t\t"messageId": "example",
\t\t"resource": object.get(node, "resource", null),
\t\t"data": {"node": node.name},
\t\t"related": [],
\t}
}
`;
}

function regoTest(id, family, name) {
  return `package edgenet.rules.${family}["${name}_test"]

import data.edgenet.rules.${family}["${name}"] as rule

ref(p) := {"file": "f.yaml", "doc": 0, "path": [p]}

node(labels) := {"name": "n", "labels": labels, "ref": ref("node")}

# TODO replace with the cases of the real check.
test_quiet_without_the_label if count(rule.deny) == 0 with input as {"nodes": [node([])]}

test_the_label if {
\tlabel := {"key": "${EXAMPLE_LABEL}", "value": "${labelValue(id)}", "ref": ref("label")}
\tresults := rule.deny with input as {"nodes": [node([label])]}
\tcount(results) == 1
\tsome r in results
\tr.ref == ref("label")
}
`;
}

// --- registering a TypeScript rule in src/rules/catalogue.ts ------------------------------------

/**
 * An import line among the catalogue's imports (kept in path order), and an entry in TS_RULES
 * after the last rule of its family (the list runs family by family), or at the end.
 */
export function register(text, { family, name, exportName }) {
  const importLine = `import { ${exportName} } from './${family}/${name}.js';`;
  const lines = text.split('\n');
  const imports = lines.map((l, i) => [l, i]).filter(([l]) => /^import .* from '\.\/.*';$/.test(l));
  const modulePath = (l) => /from '(\.\/[^']+)'/.exec(l)[1];
  const target = `./${family}/${name}.js`;
  const after = imports.filter(([l]) => modulePath(l) < target).pop();
  const at = after ? after[1] + 1 : imports[0][1];
  lines.splice(at, 0, importLine);
  let out = lines.join('\n');

  const list = /export const TS_RULES = \[\n([\s\S]*?)\] as const/.exec(out);
  if (!list) throw new Error('src/rules/catalogue.ts: no TS_RULES list found');
  const familyOf = new Map([...out.matchAll(/^import \{ (\w+) \} from '\.\/([a-z]+)\//gm)].map((m) => [m[1], m[2]]));
  const entries = list[1].split('\n').filter((l) => l.trim());
  const last = entries.map((e) => familyOf.get(e.trim().replace(/,$/, ''))).lastIndexOf(family);
  entries.splice(last < 0 ? entries.length : last + 1, 0, `  ${exportName},`);
  out = out.replace(list[0], `export const TS_RULES = [\n${entries.join('\n')}\n] as const`);
  return out;
}

function addFamily(text, family) {
  return text.replace(/const FAMILIES = \[([^\]]*)\];/, (_, inner) => `const FAMILIES = [${inner}, '${family}'];`);
}

function exportNameFor(text, family, name) {
  const plain = camel(name);
  const taken = new Set([...text.matchAll(/^import \{ (\w+)/gm)].map((m) => m[1]));
  return taken.has(plain) ? camel(`${family}-${name}`) : plain;
}

function run(cmd, args) {
  console.log(`\n$ ${[cmd, ...args].join(' ')}`);
  execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });
}

function main() {
  const { id, rego, newFamily } = parseArgs(process.argv.slice(2));
  let cat = readFileSync(catalogue, 'utf8');
  const families = knownFamilies(cat);
  const { family, name } = refuseBadId(id, newFamily, families);
  const written = [];
  if (!families.includes(family)) cat = addFamily(cat, family);

  if (rego) {
    write(path.join('policies', family, `${name}.rego`), regoRule(id, family, name), written);
    write(path.join('policies', family, `${name}_test.rego`), regoTest(id, family, name), written);
    write(path.join('policies', family, `${name}.test.ts`), ruleTest(id, '../../test/rule-tester.js'), written);
  } else {
    const exportName = exportNameFor(cat, family, name);
    write(path.join('src', 'rules', family, `${name}.ts`), tsRule(id, exportName), written);
    write(path.join('src', 'rules', family, `${name}.test.ts`), ruleTest(id, '../../../test/rule-tester.js'), written);
    cat = register(cat, { family, name, exportName });
  }
  write(path.join('fixtures', 'rules', family, name, 'fail', 'nodes.yaml'), failFixture(id), written);
  write(path.join('fixtures', 'rules', family, name, 'pass', 'nodes.yaml'), passFixture(id), written);
  if (cat !== readFileSync(catalogue, 'utf8')) write(path.join('src', 'rules', 'catalogue.ts'), cat, written);
  console.log(`new rule ${id}:\n${written.map((f) => `  ${f}`).join('\n')}`);

  // The TypeScript as biome formats it (a long id can push a generated line past 120 columns).
  run('npx', ['biome', 'format', '--write', ...written.filter((f) => f.endsWith('.ts'))]);
  // What the build generates from a rule, so that the freshness tests pass as generated: the Rego
  // catalogue and the wasm, the bundle and the configuration schema (`npm run build` without the
  // model's schema, which a rule does not change), docs/rules.md and the README's table.
  if (rego) {
    run('node', ['scripts/rego-metadata.mjs']);
    run('npm', ['run', '--silent', 'build:policy']);
  }
  run('node', ['scripts/build.mjs']);
  run('npm', ['run', '--silent', 'docs']);

  const home = rego ? `policies/${family}/${name}.rego` : `src/rules/${family}/${name}.ts`;
  const test = home.replace(/\.(ts|rego)$/, '.test.ts');
  const opaTests = rego ? `, and its opa tests in policies/${family}/${name}_test.rego` : '';
  console.log(`
${id} is wired in and \`npm test\` passes. Next:
  1. Write the check in ${home}: its title, messages, why (with the source), fix;
     replace the placeholder that reports Nodes labelled ${EXAMPLE_LABEL}=${labelValue(id)}${opaTests}.
  2. Fill fixtures/rules/${id}/fail and /pass with the smallest repositories that break and keep it;
     \`npx edgenet explain ${id}\` shows what edgenet reports on them.
  3. Assert every finding at its place in ${test},
     with an in-memory case for each message id.
  4. ${rego ? 'npm run build:policy && ' : ''}npm run build && npm run docs, then npm test;
     commit what they wrote with the rule.`);
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  try {
    main();
  } catch (error) {
    console.error(`new-rule: ${error.message.split('\n')[0]}`);
    process.exit(error instanceof Refusal ? 2 : 1);
  }
}
