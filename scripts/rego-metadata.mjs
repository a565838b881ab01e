#!/usr/bin/env node
// The Rego rules' catalogue entries come from their own files: the `# METADATA` annotation above
// each `package edgenet.rules.<family>["<name>"]` (title, description = why, custom: level, fix,
// messages), as Regal and trivy-checks declare theirs. This script reads them and writes
// src/rules/rego-rules.generated.ts, with the top-level `input` keys the policies read, so the
// engine hands the policy exactly what it reads (a key nobody passes can never be read), and the
// keys each rule reads itself or through the lib functions it calls (the engine's slices carry
// only what the rules that read a sliced list read).
//   node scripts/rego-metadata.mjs           write the generated file
//   node scripts/rego-metadata.mjs --check   exit 1 when the committed file is stale
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const policies = path.join(root, 'policies');
const target = path.join(root, 'src', 'rules', 'rego-rules.generated.ts');

function regoFiles(dir = policies) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'dist') out.push(...regoFiles(p));
    else if (entry.isFile() && entry.name.endsWith('.rego') && !entry.name.endsWith('_test.rego')) out.push(p);
  }
  return out;
}

function fail(file, message) {
  throw new Error(`${path.relative(root, file)}: ${message}`);
}

/** The METADATA block right above the package line, as YAML. */
function packageMetadata(text) {
  const lines = text.split('\n');
  const pkg = lines.findIndex((l) => l.startsWith('package '));
  let start = pkg - 1;
  while (start >= 0 && lines[start].startsWith('#') && lines[start].trim() !== '# METADATA') start--;
  if (start < 0 || lines[start].trim() !== '# METADATA') return undefined;
  const body = lines.slice(start + 1, pkg).map((l) => l.replace(/^# ?/, ''));
  return parse(body.join('\n'));
}

function ruleOf(file) {
  const text = readFileSync(file, 'utf8');
  const pkg = /^package edgenet\.rules\.([a-z]+)\["([a-z0-9-]+)"\]$/m.exec(text);
  if (!pkg) return undefined;
  const id = `${pkg[1]}/${pkg[2]}`;
  const meta = packageMetadata(text);
  if (!meta) fail(file, `rule ${id} has no # METADATA block above its package line`);
  const custom = meta.custom ?? {};
  for (const key of ['title', 'description']) if (typeof meta[key] !== 'string') fail(file, `METADATA needs ${key}`);
  if (!['error', 'warning', 'info'].includes(custom.level))
    fail(file, 'METADATA custom.level is error, warning or info');
  if (typeof custom.fix !== 'string') fail(file, 'METADATA needs custom.fix');
  const messages = custom.messages;
  if (!messages || typeof messages !== 'object' || Object.keys(messages).length === 0) {
    fail(file, 'METADATA needs custom.messages: message id -> template');
  }
  // Every messageId the policy returns must be declared (a literal "messageId": "x" in the file).
  for (const m of text.matchAll(/"messageId":\s*"([^"]+)"/g)) {
    if (!(m[1] in messages)) fail(file, `messageId "${m[1]}" is not declared in METADATA custom.messages`);
  }
  const rule = {
    id,
    level: custom.level,
    title: meta.title,
    engine: 'rego',
    messages,
    why: meta.description.trim(),
    fix: custom.fix.trim(),
    ...(custom.tags ? { tags: custom.tags } : {}),
  };
  return rule;
}

/** Top-level keys of `input` the policies read; a computed key (`input[x]`) cannot be projected. */
function inputKeys(files) {
  const keys = new Set();
  for (const file of files) {
    const text = readFileSync(file, 'utf8').replace(/#.*$/gm, '');
    if (/\binput\s*\[/.test(text)) fail(file, 'reads input[...] with a computed key: read input.<key> instead');
    if (/\binput\b(?!\s*\.)/.test(text.replace(/\bwith input as\b/g, '')))
      fail(file, 'uses input as a whole: read input.<key> instead');
    for (const m of text.matchAll(/\binput\.([A-Za-z_][A-Za-z0-9_]*)/g)) keys.add(m[1]);
  }
  return [...keys].sort();
}

/** A policy file's text without comments. */
function code(file) {
  return readFileSync(file, 'utf8').replace(/#.*$/gm, '');
}

/** The `input.<key>` names a text reads. */
function keysIn(text) {
  return new Set([...text.matchAll(/\binput\.([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]));
}

/**
 * The lib package's rules (policies/lib): each name's input keys, with those of the other lib
 * rules its blocks name (transitively). A block starts at a line at column 0 that is not `}`.
 */
function libKeys(files) {
  const blocks = new Map();
  for (const file of files.filter((f) => /^package edgenet\.lib$/m.test(code(f)))) {
    for (const block of code(file).split(/\n(?=[^\s}])/)) {
      const name = /^([a-z_][a-z0-9_]*)/.exec(block)?.[1];
      if (!name || name === 'package' || name === 'import') continue;
      blocks.set(name, [...(blocks.get(name) ?? []), block]);
    }
  }
  const memo = new Map();
  const keysOf = (name, seen = new Set()) => {
    if (memo.has(name)) return memo.get(name);
    seen.add(name);
    const keys = new Set();
    for (const block of blocks.get(name) ?? []) {
      for (const k of keysIn(block)) keys.add(k);
      for (const other of blocks.keys()) {
        if (other !== name && !seen.has(other) && new RegExp(`\\b${other}\\b`).test(block))
          for (const k of keysOf(other, seen)) keys.add(k);
      }
    }
    memo.set(name, keys);
    return keys;
  };
  return { names: [...blocks.keys()], keysOf };
}

/** Each rule's input keys: its own `input.<key>`s and those of the `lib.<name>`s it calls. */
function ruleInputKeys(files) {
  const lib = libKeys(files);
  const out = {};
  for (const file of files) {
    const text = code(file);
    const pkg = /^package edgenet\.rules\.([a-z]+)\["([a-z0-9-]+)"\]$/m.exec(text);
    if (!pkg) continue;
    const others = text.replace(/\bdata\.edgenet\.lib\b/g, '');
    if (/\bdata\./.test(others)) fail(file, 'reads data.* beyond data.edgenet.lib: its input keys cannot be known');
    const keys = keysIn(text);
    for (const m of text.matchAll(/\blib\.([a-z_][a-z0-9_]*)/g)) {
      if (!lib.names.includes(m[1])) fail(file, `calls lib.${m[1]}, which policies/lib does not define`);
      for (const k of lib.keysOf(m[1])) keys.add(k);
    }
    out[`${pkg[1]}/${pkg[2]}`] = [...keys].sort();
  }
  return out;
}

export function generate() {
  const files = regoFiles();
  const rules = files.map(ruleOf).filter(Boolean);
  const body = [
    '// Generated by `npm run build` (scripts/rego-metadata.mjs) from the # METADATA of policies/**/*.rego.',
    '// Do not edit: change the policy and rebuild.',
    "import type { RuleMeta } from './rule.js';",
    '',
    `export const REGO_RULES = ${JSON.stringify(rules, null, 2)} as const satisfies readonly RuleMeta[];`,
    '',
    '/** The top-level keys of the network model that the built-in policies read. */',
    `export const REGO_INPUT_KEYS = ${JSON.stringify(inputKeys(files))} as const;`,
    '',
    '/** Per rule, the input keys it reads itself or through the lib rules it calls. */',
    `export const REGO_RULE_INPUT_KEYS: Readonly<Record<string, readonly string[]>> = ${JSON.stringify(
      ruleInputKeys(files),
      null,
      2,
    )};`,
    '',
  ];
  return body.join('\n');
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  try {
    const text = generate();
    if (process.argv.includes('--check')) {
      if (readFileSync(target, 'utf8') !== text) {
        console.error('src/rules/rego-rules.generated.ts is stale: run `npm run build`.');
        process.exit(1);
      }
    } else {
      writeFileSync(target, text);
    }
  } catch (error) {
    console.error(`rego metadata: ${error.message}`);
    process.exit(1);
  }
}
