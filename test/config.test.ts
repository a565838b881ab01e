import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { ConfigError } from '../src/core/errors.js';
import { checkRuleIds, parseConfig } from '../src/config/load-config.js';
import { Ajv } from 'ajv';
import { configSchema, editorSchema } from '../src/config/schema.js';
import { RULE_IDS } from '../src/rules/catalogue.js';
import { ROOT, cli } from './helpers.js';

function configError(text: string): ConfigError {
  try {
    parseConfig('.edgenet.yaml', text, ROOT);
  } catch (error) {
    assert.ok(error instanceof ConfigError, String(error));
    return error;
  }
  assert.fail('expected a ConfigError');
}

test('the contract example configuration is valid', () => {
  const config = parseConfig(
    '.edgenet.yaml',
    `cluster:
  connection: public
  vpcCidrs: [192.168.0.0/16]
  podCidrs: [10.0.0.0/16]
  serviceCidrs: [172.21.0.0/20]
  nodeCidrMask: 24
  maxNodes: 300
  maxPodsPerNode: 110
  edgeControllerManagerVersion: "2.1.3"
  apiServerReachesEdge: true
  sites:
    - name: idc-hangzhou
      connection: express-connect
      nodePools: [hz-pool]
      hostCidrs: [10.10.0.0/16]
  cloudSecurityGroups: [sg-cloud-nodes]
include: ["**/*.{yaml,yml,json}"]
exclude: ["charts/**/templates/**"]
rules:
  vxlan/backend-not-vxlan: off
ignore:
  - rule: cidr/not-private
    paths: ["legacy/**"]
    reason: "migrating in Q3"
    expires: 2027-06-30
`,
    ROOT,
  );
  assert.equal(config.cluster.sites?.[0]?.name, 'idc-hangzhou');
  assert.equal(config.rules['vxlan/backend-not-vxlan'], 'off');
  assert.equal(config.ignore[0]?.expires, '2027-06-30');
});

test('an unknown key is named at its own line and column', () => {
  const error = configError('cluster:\n  conection: public\n');
  assert.equal(error.line, 2);
  assert.equal(error.column, 3);
  assert.match(error.message, /^\.edgenet\.yaml:2:3: cluster\.conection is not a known key/);
});

test('a wrong type is named at the value', () => {
  const error = configError('cluster:\n  maxNodes: many\n');
  assert.deepEqual([error.line, error.column], [2, 13]);
  assert.match(error.message, /cluster\.maxNodes must be integer/);
});

test('unknown rule ids are refused at their keys, all in one error, with the nearest id', () => {
  const config = parseConfig(
    '.edgenet.yaml',
    'rules:\n  cidr/no-such-rule: off\n  cidr/pod-overlap-vpc: warning\nignore:\n  - rule: vxlan/port-blockd\n',
    ROOT,
  );
  let error: unknown;
  try {
    checkRuleIds(config, RULE_IDS);
  } catch (e) {
    error = e;
  }
  assert.ok(error instanceof ConfigError);
  assert.deepEqual([error.line, error.column], [2, 3]);
  const lines = error.message.split('\n');
  assert.equal(
    lines[0],
    '.edgenet.yaml:2:3: rules.cidr/no-such-rule: "cidr/no-such-rule" is not a rule (see `edgenet rules`)',
  );
  assert.equal(
    lines[1],
    '.edgenet.yaml:3:3: rules.cidr/pod-overlap-vpc: "cidr/pod-overlap-vpc" ' +
      'is not a rule (did you mean cidr/pod-overlaps-vpc?) (see `edgenet rules`)',
  );
  assert.match(
    lines[2]!,
    /^\.edgenet\.yaml:5:11: ignore\.0\.rule: "vxlan\/port-blockd" is not a rule \(did you mean vxlan\/port-blocked\?\)/,
  );
});

test('the CLI refuses an unknown rule id in the configuration (exit 2)', async () => {
  const result = await cli(['lint', 'fixtures/example', '--config', 'test/data/unknown-rule.yaml']);
  assert.equal(result.code, 2);
  assert.match(result.stderr, /test\/data\/unknown-rule\.yaml:2:3: .*"cidr\/no-such-rule" is not a rule/);
});

test('every error is listed, each with its place', () => {
  const error = configError('cluster:\n  connection: wired\n  sites:\n    - connection: public\n');
  assert.match(error.message, /cluster\.connection must be one of public, express-connect/);
  assert.match(error.message, /\.edgenet\.yaml:4:7: cluster\.sites\.0 must have required property 'name'/);
});

test('a YAML error in the configuration is a ConfigError at its position', () => {
  const error = configError('cluster: [\n');
  assert.equal(error.file, '.edgenet.yaml');
  assert.ok(error.line! >= 1);
});

test('a broken configuration exits 2 with file, line and key on stderr', async () => {
  const result = await cli(['lint', 'fixtures/example', '--config', 'test/data/broken-config.yaml']);
  assert.equal(result.code, 2);
  assert.equal(result.stdout, '');
  assert.match(
    result.stderr,
    /^edgenet: test\/data\/broken-config\.yaml:3:7: cluster\.sites\.0\.hostCidr is not a known key/,
  );
});

test('the configuration schema is a valid JSON Schema (the loader skips this check for start-up time)', () => {
  const ajv = new Ajv({ strict: true, validateSchema: true });
  assert.equal(ajv.validateSchema(configSchema), true, JSON.stringify(ajv.errors));
});

test('the schema shipped for editors is the one the code validates with, with every rule id', () => {
  const shipped = JSON.parse(readFileSync(path.join(ROOT, 'schema', 'edgenet.schema.json'), 'utf8'));
  assert.deepEqual(
    shipped,
    JSON.parse(JSON.stringify(editorSchema(RULE_IDS))),
    'schema/edgenet.schema.json is stale: run npm run build',
  );
  assert.deepEqual(shipped.properties.rules.propertyNames.anyOf[0].enum, [...RULE_IDS]);
  // What editors see and what the code validates differ only in the rule ids offered.
  assert.deepEqual(shipped.properties.cluster, JSON.parse(JSON.stringify(configSchema.properties.cluster)));
});

test('a cluster may be named as its clusters/<name>/ directory is, spaces inside included, not at either end', () => {
  const config = parseConfig('.edgenet.yaml', 'clusters:\n  - name: "edge a"\n', ROOT);
  assert.deepEqual(
    config.clusters.map((c) => c.name),
    ['edge a'],
  );
  assert.throws(
    () => parseConfig('.edgenet.yaml', 'clusters:\n  - name: " edge"\n', ROOT),
    (error: unknown) => error instanceof ConfigError && /clusters\.0\.name must match pattern/.test(error.message),
  );
});
