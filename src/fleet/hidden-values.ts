/**
 * A chart rendered without some of its values (a HelmRelease's valuesFrom Secret, an Argo CD
 * value file of another repository) renders the values below them (the chart's values.yaml, an
 * earlier ConfigMap) where the cluster may get others. Such a rendered CIDR, node mask or flannel
 * backend is unknown, said as input/skipped, never judged: the finding it would give could be
 * about a value the cluster never receives.
 */
import type { HiddenValues, RenderedRef } from '../compose/trace.js';
import type { ResourceId, SourceRef } from '../core/finding.js';
import type { ModelDraft } from '../model/draft.js';

/** Turns the facts of one rendered chart (alone in `draft`) that hidden values may change into unknowns. */
export function unknownWhereHidden(
  draft: ModelDraft,
  hiddenBy: (ref: RenderedRef) => HiddenValues | undefined,
  installer: string,
): void {
  const keep = <T>(list: T[], test: (item: T) => boolean) => {
    const kept = list.filter(test);
    list.length = 0;
    for (const item of kept) list.push(item);
  };
  const known = (fact: { ref: SourceRef; origin: string; resource: ResourceId }) => {
    const hidden = hiddenBy(fact.ref);
    if (hidden)
      draft.unknowns.push({
        what: fact.origin,
        reason: `${installer} takes ${hidden.words}, and those may replace the value written here`,
        ref: fact.ref,
        resource: fact.resource,
      });
    return hidden === undefined;
  };
  for (const kind of ['pod', 'service', 'vpc', 'vswitch'] as const) keep(draft.cidrs[kind], known);
  keep(draft.masks, known);
  keep(draft.flannel, (f) =>
    known({ ref: f.backendTypeRef, origin: 'flannel net-conf.json Backend.Type', resource: f.resource }),
  );
}
