/**
 * A Flux HelmRelease's values as helm-controller merges them: each `valuesFrom` entry in order
 * (a ConfigMap key's YAML document, or with `targetPath` the key's text at that one path), then
 * `spec.values` over them all (https://fluxcd.io/flux/components/helm/helmreleases/#values-references).
 * The ConfigMaps are those of the release's cluster, in its namespace (generated ones included,
 * once their build is rendered). A Secret, or a ConfigMap the cluster's files do not hold, is
 * hidden: its values may set anything, and are never guessed.
 */
import type { SourceRef } from '../core/finding.js';
import type { ConfigMapDraft } from '../model/draft.js';
import type { HelmReleaseHint } from '../model/gitops-hints.js';
import { parseText } from '../parse/parse-documents.js';
import { type HelmValuesSource, helmPath } from '../compose/trace.js';

export interface ReleaseValues {
  /** Lowest precedence first; a chart's own values.yaml goes before them. */
  sources: HelmValuesSource[];
  /** valuesFrom entries that name a ConfigMap of the repository without the key: Flux refuses them. */
  missingKeys: { ref: SourceRef; reason: string }[];
}

export function releaseValues(release: HelmReleaseHint, configMaps: readonly ConfigMapDraft[]): ReleaseValues {
  const sources: HelmValuesSource[] = [];
  const missingKeys: ReleaseValues['missingKeys'] = [];
  for (const from of release.valuesFrom) {
    const key = from.valuesKey ?? 'values.yaml';
    const found =
      from.kind === 'ConfigMap'
        ? configMaps.filter((c) => c.name === from.name && c.namespace === release.namespace)
        : [];
    if (found.length !== 1 || found[0]!.unknown) {
      const why =
        from.kind !== 'ConfigMap'
          ? 'which are not in the repository'
          : found.length > 1
            ? `of which the cluster's files hold ${found.length} ConfigMaps`
            : found[0]?.unknown
              ? found[0].unknown
              : `which are not in the repository${from.optional ? ' (optional: it may still be in the cluster)' : ''}`;
      sources.push({
        kind: 'hidden',
        words: `values from ${from.kind} ${from.name} (key ${key}), ${why}`,
        ref: from.ref,
        at: from.targetPath === null ? null : helmPath(from.targetPath),
      });
      continue;
    }
    const entry = found[0]!.entries.find((e) => e.key === key);
    if (!entry) {
      missingKeys.push({
        ref: from.ref,
        reason:
          `HelmRelease ${release.namespace}/${release.name} takes values from ConfigMap ${from.name} (key ` +
          `${key}), which has no such key: Flux refuses the release, and its chart is judged without them`,
      });
      continue;
    }
    if (from.targetPath !== null)
      sources.push({ kind: 'target', name: from.targetPath, value: entry.value, ref: entry.ref });
    else {
      // The key holds a YAML document: a value's place is inside that string, or, for a key a
      // generator read from a file, in that file. Inline either way, so it keeps its place in
      // the order (helm would take a values file before every inline value).
      // helm reads the first document only: an empty one gives no values.
      const first = parseText(key, entry.value, { fast: false }).documents[0];
      const parsed = first?.index === 0 ? first.data : undefined;
      if (entry.file !== undefined) sources.push({ kind: 'inline', values: parsed ?? {}, ref: entry.ref });
      else sources.push({ kind: 'inline', values: parsed ?? {}, ref: entry.ref, embedded: true });
    }
  }
  if (release.values !== null) sources.push({ kind: 'inline', values: release.values, ref: release.valuesRef });
  return { sources, missingKeys };
}
