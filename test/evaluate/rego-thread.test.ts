/**
 * The policy thread (src/evaluate/rego-thread.ts) evaluates what it is sent as the main thread
 * would, and a thread that cannot evaluate fails the evaluation rather than hang the run.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { loadPolicy } from '@open-policy-agent/opa-wasm';
import { POLICY_ENTRYPOINT } from '../../src/evaluate/rego-engine.js';
import { RegoThread } from '../../src/evaluate/rego-thread.js';
import { ROOT } from '../helpers.js';

const wasm = new Uint8Array(readFileSync(path.join(ROOT, 'policies', 'dist', 'policy.wasm')));

/** A cluster whose call crosses from the VPC to an edge pool on the public network. */
const input = {
  cluster: { connection: 'public' },
  raven: { enableL3Tunnel: false },
  serviceCalls: [
    {
      client: 'Deployment a/web',
      clientRef: 1,
      clientDomains: ['vpc'],
      service: 'db',
      namespace: 'a',
      targets: [{ name: 'db', namespace: 'a', ref: 2, pools: ['edge-1'], domains: ['edge-1'], topologyAware: false }],
      ref: 3,
    },
  ],
  services: [],
  nodes: [],
  pools: [],
};

test('the policy thread gives the findings of an evaluation on this thread, for each input sent', async () => {
  const here = await loadPolicy(wasm);
  here.setData({});
  const expected = (here.evaluate(input, POLICY_ENTRYPOINT) as { result: { findings: unknown[] } }[])[0]!.result
    .findings;
  assert.ok(expected.length > 0, 'the input has a finding');
  const thread = new RegoThread(wasm, {}, POLICY_ENTRYPOINT);
  try {
    const bytes = () => new TextEncoder().encode(JSON.stringify(input)).buffer as ArrayBuffer;
    const empty = new TextEncoder().encode('{}').buffer as ArrayBuffer;
    // Sent before any reply: they queue, and each reply answers its own input.
    const replies = await Promise.all([
      thread.evaluate(bytes(), 64),
      thread.evaluate(empty, 64),
      thread.evaluate(bytes(), 64),
    ]);
    assert.deepEqual(replies, [expected, [], expected]);
  } finally {
    thread.close();
  }
});

test('a policy thread that cannot load its module fails each evaluation with the reason', async () => {
  const thread = new RegoThread(new Uint8Array([0, 97, 115, 109, 9, 9, 9, 9]), {}, POLICY_ENTRYPOINT);
  try {
    const input = new TextEncoder().encode('{}').buffer as ArrayBuffer;
    await assert.rejects(thread.evaluate(input, 64), /WebAssembly|wasm|magic|version/i);
    // Later evaluations fail at once with the same reason.
    await assert.rejects(thread.evaluate(new ArrayBuffer(2), 64), /WebAssembly|wasm|magic|version/i);
  } finally {
    thread.close();
  }
});
