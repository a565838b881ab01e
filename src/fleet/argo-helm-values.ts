/**
 * The Helm values an Argo CD Application gives one chart source, lowest precedence first:
 * `helm.valueFiles` in order, then `helm.valuesObject` or `helm.values` (YAML in a string,
 * placed inside it), then `helm.parameters` (Argo CD passes them to helm as --set, last)
 * (https://argo-cd.readthedocs.io/en/stable/user-guide/helm/#helm-value-precedence).
 *
 * A value file `$<ref>/<path>` is a file of the source whose `ref` is `<ref>` (a multi-source
 * Application: https://argo-cd.readthedocs.io/en/stable/user-guide/multiple_sources/). It is
 * read when the path is a file of this repository, as an Argo CD `path` is; otherwise it is
 * another repository's, and what it sets is unknown.
 */
import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { SourceRef } from '../core/finding.js';
import type { ArgoApplicationHint, ArgoSourceHint } from '../model/gitops-hints.js';
import { parseText } from '../parse/parse-documents.js';
import type { HelmValuesSource } from './fleet.js';

export interface ArgoValuesIo {
  /** A repository-relative file, as reported, when this repository has it. */
  repositoryFile(repoPath: string): string | undefined;
  /**
   * A value file named relative to the chart (a chart of this repository); undefined: the chart
   * is fetched, so is the file.
   */
  chartFile?(file: string): string;
}

export function argoHelmValues(app: ArgoApplicationHint, source: ArgoSourceHint, io: ArgoValuesIo): HelmValuesSource[] {
  const helm = source.helm;
  if (!helm) return [];
  const at = (...rest: (string | number)[]): SourceRef => ({
    file: app.ref.file,
    doc: app.ref.doc,
    path: [...source.at, 'helm', ...rest],
  });
  const values: HelmValuesSource[] = [];
  for (const { file, index } of helm.valueFiles) values.push(valueFile(app, source, file, at('valueFiles', index), io));
  if (typeof helm.values === 'string') {
    // helm.values is YAML in a string: its values are placed inside it.
    const parsed = parseText('values.yaml', helm.values, { fast: false }).documents[0]?.data;
    values.push({ kind: 'inline', values: parsed ?? {}, ref: at('values'), embedded: true });
  } else if (helm.values) {
    values.push({ kind: 'inline', values: helm.values, ref: at('valuesObject') });
  }
  helm.parameters.forEach((p, i) => {
    values.push({ kind: 'set', name: p.name, value: p.value, ref: at('parameters', i, 'value') });
  });
  return values;
}

/** A repository-relative file on disk (absolute), under the first root that has it. */
export function repositoryFile(roots: readonly string[], repoPath: string): string | undefined {
  for (const root of roots) {
    const abs = path.resolve(root, repoPath);
    try {
      // Where the file really is: a symbolic link out of the repository is not followed.
      const rel = path.relative(realpathSync(root), realpathSync(abs));
      if (rel.startsWith('..') || path.isAbsolute(rel)) continue;
      if (statSync(abs).isFile()) return abs;
    } catch {
      // Not under this root.
    }
  }
  return undefined;
}

function valueFile(
  app: ArgoApplicationHint,
  source: ArgoSourceHint,
  file: string,
  ref: SourceRef,
  io: ArgoValuesIo,
): HelmValuesSource {
  const hidden = (words: string): HelmValuesSource => ({
    kind: 'hidden',
    words: `value file ${file} ${words}`,
    ref,
    at: null,
  });
  const named = /^\$([^/]+)\/(.+)$/.exec(file);
  if (!named) {
    if (io.chartFile) return { kind: 'file', file: io.chartFile(file), ref };
    return hidden(
      `of chart ${source.chart} from ${source.repoURL ?? 'a Helm repository'}, which edgenet does not fetch`,
    );
  }
  const refSource = app.sources.find((s) => s.refName === named[1]);
  if (!refSource) return hidden(`of no source (no source of Application ${app.name} has ref: ${named[1]})`);
  const repoPath = path.posix.normalize(named[2]!);
  // Argo CD refuses a value file outside its repository; edgenet never reads one.
  if (repoPath.startsWith('../') || repoPath === '..' || path.posix.isAbsolute(repoPath))
    return hidden(`is outside the repository of the source ${named[1]}: not read`);
  const found = io.repositoryFile(repoPath);
  if (found) return { kind: 'file', file: found, ref };
  return hidden(`of ${refSource.repoURL ?? `the source ${named[1]}`}, which is not in this repository`);
}
