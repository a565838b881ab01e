/**
 * SARIF 2.1.0 for GitHub code scanning: every rule of the catalogue in tool.driver.rules with
 * help and helpUri, and every user-policy rule that produced a result; results with regions,
 * relatedLocations and a partialFingerprint that survives edits elsewhere in the file (rule,
 * file, resource and the text of the offending line, not its number).
 *
 * Waived and known findings are results too, with `suppressions` (SARIF 2.1.0 section 3.35):
 * `inSource` for a comment or an annotation in the file, `external` for a configuration `ignore`
 * entry, the baseline and --new-only, each with its justification; code scanning closes them
 * instead of losing their history. `automationDetails.id` (`edgenet/<cluster or repository>/`)
 * keeps two uploads of one repository apart. Only a rule tagged `security` has a
 * `security-severity` (none today: docs/rules.md says why), so that no finding becomes a
 * "High" security alert by its level alone.
 */
import { createHash } from 'node:crypto';
import { compareFindings, type Finding, type Level, type Suppression } from '../../core/finding.js';
import { helpUri, type Formatter, type ReportContext, type ReportRule } from '../report-context.js';
import { uriPath } from './escape.js';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** GitHub's bands: over 9.0 critical, 7.0 to 8.9 high, 4.0 to 6.9 medium, 0.1 to 3.9 low. */
const SEVERITY: Record<Level, string> = { error: '7.5', warning: '5.0', info: '2.0' };
const SARIF_LEVEL: Record<Level, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };
const SUPPRESSION_KIND: Record<Suppression['kind'], 'inSource' | 'external'> = {
  comment: 'inSource',
  annotation: 'inSource',
  config: 'external',
  baseline: 'external',
  'pre-existing': 'external',
};

export const formatSarif: Formatter = (active, context) => {
  const findings = [...active, ...(context.accepted ?? []), ...(context.suppressed ?? [])].sort(compareFindings);
  const rules = withPolicyRules(context.rules, findings);
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const occurrences = new Map<string, number>();
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'edgenet',
            version: context.toolVersion,
            semanticVersion: context.toolVersion,
            informationUri: 'https://github.com/edgenet-dev/edgenet',
            rules: rules.map(ruleDescriptor),
          },
        },
        ...(context.automationId ? { automationDetails: { id: context.automationId } } : {}),
        columnKind: 'utf16CodeUnits',
        invocations: [{ executionSuccessful: true }],
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The directory edgenet ran in' } } },
        results: findings.map((f) => result(f, index, context, occurrences)),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

/** A user policy's rule, known only by the results it gave: its id and the level of its first result. */
type PolicyRule = ReportRule & { policy: true };

function withPolicyRules(catalogue: readonly ReportRule[], findings: readonly Finding[]): (ReportRule | PolicyRule)[] {
  const known = new Set(catalogue.map((r) => r.id));
  const extra = new Map<string, PolicyRule>();
  for (const f of findings) {
    if (known.has(f.ruleId) || extra.has(f.ruleId)) continue;
    const words = `A rule of a user policy (package ${f.ruleId}), loaded with --policy.`;
    extra.set(f.ruleId, { id: f.ruleId, level: f.level, title: f.ruleId, why: words, fix: '', policy: true });
  }
  return [...catalogue, ...[...extra.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))];
}

function ruleDescriptor(r: ReportRule | PolicyRule) {
  const name = r.id.replace(/[/_.-](\w)/g, (_, c: string) => c.toUpperCase()).replace(/^\w/, (c) => c.toUpperCase());
  const security = r.tags?.includes('security') ?? false;
  const tags = 'policy' in r ? ['user-policy'] : ['ack-edge', 'networking', r.id.split('/')[0]!];
  if (security) tags.push('security');
  return {
    id: r.id,
    name,
    shortDescription: { text: r.title },
    fullDescription: { text: r.why },
    ...('policy' in r
      ? {}
      : {
          help: { text: `${r.why}\n\nFix: ${r.fix}`, markdown: `${r.why}\n\n**Fix:** ${r.fix}` },
          helpUri: helpUri(r.id),
        }),
    defaultConfiguration: { level: SARIF_LEVEL[r.level] },
    properties: { ...(security ? { 'security-severity': SEVERITY[r.level] } : {}), tags },
  };
}

function location(file: string, line: number, column: number, endLine?: number, endColumn?: number) {
  return {
    physicalLocation: {
      // RFC 3986: encodeURI left `#` and `?`, which end a URI's path.
      artifactLocation: { uri: uriPath(file), uriBaseId: '%SRCROOT%' },
      region: { startLine: line, startColumn: column, ...(endLine ? { endLine, endColumn } : {}) },
    },
  };
}

function result(f: Finding, index: Map<string, number>, context: ReportContext, occurrences: Map<string, number>) {
  const lineText = context.sources.get(f.file)?.[f.line - 1]?.trim() ?? '';
  const key = [f.ruleId, f.file, f.resource?.kind ?? '', f.resource?.name ?? '', lineText].join('\0');
  const n = occurrences.get(key) ?? 0;
  occurrences.set(key, n + 1);
  const fingerprint = createHash('sha256').update(`${key}\0${n}`).digest('hex').slice(0, 32);
  return {
    ruleId: f.ruleId,
    ...(index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId) } : {}),
    level: SARIF_LEVEL[f.level],
    message: { text: f.message },
    locations: [location(f.file, f.line, f.column, f.endLine, f.endColumn)],
    ...(f.related.length
      ? {
          relatedLocations: f.related.map((r, i) => ({
            id: i + 1,
            ...location(r.file, r.line, r.column),
            message: { text: r.message },
          })),
        }
      : {}),
    partialFingerprints: { 'edgenet/v1': fingerprint },
    ...(f.suppression
      ? {
          suppressions: [
            {
              kind: SUPPRESSION_KIND[f.suppression.kind],
              status: 'accepted',
              justification: f.suppression.justification,
            },
          ],
        }
      : {}),
    ...(f.clusters.length
      ? { properties: { cluster: f.clusters[0], ...(f.clusters.length > 1 ? { clusters: [...f.clusters] } : {}) } }
      : {}),
  };
}
