/**
 * SARIF 2.1.0 for GitHub code scanning: every rule of the catalogue in tool.driver.rules with
 * help, helpUri and security-severity; results with regions, relatedLocations and a
 * partialFingerprint that survives edits elsewhere in the file (rule, file, resource and the text
 * of the offending line, not its number).
 */
import { createHash } from 'node:crypto';
import type { Finding, Level } from '../../core/finding.js';
import { helpUri, type Formatter, type ReportContext } from '../report-context.js';
import { uriPath } from './escape.js';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SEVERITY: Record<Level, string> = { error: '7.5', warning: '5.0', info: '2.0' };
const SARIF_LEVEL: Record<Level, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

export const formatSarif: Formatter = (findings, context) => {
  const index = new Map(context.rules.map((r, i) => [r.id, i]));
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
            rules: context.rules.map((r) => ({
              id: r.id,
              name: r.id.replace(/[/-](\w)/g, (_, c: string) => c.toUpperCase()).replace(/^\w/, (c) => c.toUpperCase()),
              shortDescription: { text: r.title },
              fullDescription: { text: r.why },
              help: { text: `${r.why}\n\nFix: ${r.fix}`, markdown: `${r.why}\n\n**Fix:** ${r.fix}` },
              helpUri: helpUri(r.id),
              defaultConfiguration: { level: SARIF_LEVEL[r.level] },
              properties: {
                'security-severity': SEVERITY[r.level],
                tags: ['ack-edge', 'networking', r.id.split('/')[0]!],
              },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        invocations: [{ executionSuccessful: true }],
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The directory edgenet ran in' } } },
        results: findings.map((f) => result(f, index, context, occurrences)),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

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
    ...(f.clusters.length
      ? { properties: { cluster: f.clusters[0], ...(f.clusters.length > 1 ? { clusters: [...f.clusters] } : {}) } }
      : {}),
  };
}
