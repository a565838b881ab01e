/**
 * What a run of the command line or the Action sets up before it lints: the user policies, then
 * the configuration (trusted or not), checked against every rule id the run knows: the
 * catalogue's and those of the policies loaded (a user policy's package path may be re-levelled,
 * switched off and waived like a built-in rule). An id that no rule has is an error with the
 * nearest known id.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { type EdgenetConfig, findConfig, loadConfig, loadTrustedConfig } from '../config/load-config.js';
import { UsageError } from '../core/errors.js';
import type { LevelSetting } from '../core/finding.js';
import { didYouMean } from '../core/suggest.js';
import { toDisplay } from '../discover/discover-files.js';
import type { RegoPolicy } from '../evaluate/rego-engine.js';
import { loadUserPolicy, POLICY_LIMITS, policyFromBytes } from '../evaluate/user-policy.js';
import { readBounded } from '../discover/bounded-read.js';
import type { Trust } from '../git/trust.js';
import { RULE_IDS } from '../rules/catalogue.js';

export interface SetUpOptions {
  cwd: string;
  /** Where the configuration is looked for (the first path linted), then the working directory. */
  searchFrom: string;
  /** --config / the `config` input, as written. */
  config?: string;
  trust?: Trust;
  /** --policy files / the `policy` input, as written. */
  policies?: readonly string[];
  /** --rule levels, whose ids are checked once the policies are loaded. */
  rules?: Readonly<Record<string, LevelSetting>>;
  /** Where a policy's finding without a ref is placed when there is no configuration file. */
  fallback: string;
}

export interface SetUp {
  config: EdgenetConfig;
  policies: RegoPolicy[];
  /** Every rule id of the run: the catalogue's, then the policies'. */
  ruleIds: string[];
  /** What the run should say before it lints (a policy taken from the trusted ref). */
  warnings: string[];
}

export async function setUp(options: SetUpOptions): Promise<SetUp> {
  const { cwd, searchFrom, trust } = options;
  let config: EdgenetConfig | undefined;
  const fallback = () => config?.source?.file ?? options.fallback;
  const policies: RegoPolicy[] = [];
  const warnings: string[] = [];
  for (const p of options.policies ?? []) {
    const trusted = trust ? trustedPolicy(trust, path.resolve(cwd, p), p) : undefined;
    if (trusted?.warning) warnings.push(trusted.warning);
    policies.push(
      trusted?.bytes
        ? await policyFromBytes(trusted.bytes, p, fallback)
        : await loadUserPolicy(path.resolve(cwd, p), p, fallback),
    );
  }
  const ruleIds: string[] = [...RULE_IDS];
  const known = new Set<string>(ruleIds);
  for (const id of policies.flatMap((p) => p.ruleIds ?? [])) {
    if (known.has(id)) continue;
    known.add(id);
    ruleIds.push(id);
  }
  for (const id of Object.keys(options.rules ?? {}))
    if (!known.has(id))
      throw new UsageError(`--rule: unknown rule "${id}"${didYouMean(id, ruleIds)} (see \`edgenet rules\`)`);
  const explicit = options.config;
  if (explicit && !existsSync(path.resolve(cwd, explicit)))
    throw new UsageError(`configuration file not found: ${explicit}`);
  config = trust
    ? loadTrustedConfig({ trust, explicit, searchFrom, cwd, knownRules: ruleIds })
    : loadConfig(explicit ? path.resolve(cwd, explicit) : (findConfig(searchFrom) ?? findConfig(cwd)), cwd, ruleIds);
  return { config, policies, ruleIds, warnings };
}

/**
 * A policy inside the repository, under --trust-from, is the one REF has: a change that swaps a
 * bundle for one that reports nothing would otherwise silence it. One REF does not have yet is
 * the change's (it can only add findings).
 */
function trustedPolicy(trust: Trust, abs: string, shown: string): { bytes?: Buffer; warning?: string } {
  const rel = trust.topRelative(abs);
  if (rel === undefined) return {};
  const entry = trust.entry(rel);
  if (!entry) return { warning: `--policy ${shown}: ${trust.ref} has no such file; the change's is used` };
  const bytes = trust.blob(entry, POLICY_LIMITS.maxBytes);
  if (!bytes) return { warning: `--policy ${shown}: ${trust.ref}'s is over the limit; the change's is used` };
  const mine = readBounded(abs, POLICY_LIMITS.maxBytes);
  const same = mine.ok && mine.buffer.equals(bytes);
  return {
    bytes,
    ...(same ? {} : { warning: `--policy ${shown}: the file differs from ${trust.ref}'s, which is used` }),
  };
}

/** Where a run's findings without a place go when there is no configuration: the first path, as reported. */
export function fallbackPlace(cwd: string, firstPath: string | undefined): string {
  return toDisplay(cwd, path.resolve(cwd, firstPath ?? '.'));
}
