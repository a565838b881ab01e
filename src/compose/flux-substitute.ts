/**
 * Flux's post-build variable substitution (kustomize-controller `spec.postBuild`), on the objects
 * a Kustomization applies. As the controller does: only `${name}` is a variable (`$name` is left
 * alone), `$${name}` writes `${name}`, `${name:=default}` and `${name:-default}` (and their forms
 * without the colon) fall back to the default, and an object labelled or annotated
 * `kustomize.toolkit.fluxcd.io/substitute: disabled` is left as written.
 *
 * Where edgenet cannot know a value (a variable from a Secret, a ConfigMap not in the
 * repository, one of bash's string functions), the `${...}` is kept: the model then reads it as a
 * value filled in at deployment, never as the literal text.
 */
/** What a variable is worth: a value, surely unset (every source is known), or unknown. */
export type Lookup = (name: string) => { value: string } | 'unset' | 'unknown';

const NAME = /^[_a-zA-Z][_a-zA-Z0-9]*$/;

/** `text` with its variables replaced. */
export function envsubst(text: string, lookup: Lookup): string {
  if (!text.includes('${')) return text;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const at = text.indexOf('${', i);
    if (at < 0) break;
    // `$${name}`: an escaped variable, written as `${name}`.
    if (at > 0 && text[at - 1] === '$') {
      out += `${text.slice(i, at - 1)}\${`;
      i = at + 2;
      continue;
    }
    const end = text.indexOf('}', at + 2);
    if (end < 0) break;
    out += text.slice(i, at) + (expand(text.slice(at + 2, end), lookup) ?? text.slice(at, end + 1));
    i = end + 1;
  }
  return out + text.slice(i);
}

/** The variable a value is exactly (`${name}`, with or without a default), else null. */
export function wholeVariable(text: string): string | null {
  return /^\$\{([_a-zA-Z][_a-zA-Z0-9]*)(?::?[=-][^}]*)?\}$/.exec(text)?.[1] ?? null;
}

/** The value of one `${...}`, or undefined when it stays as written (unknown, or a function edgenet does not model). */
function expand(expression: string, lookup: Lookup): string | undefined {
  const m = /^([^:=\-}]+)(?:(:?[=-])(.*))?$/s.exec(expression);
  if (!m || !NAME.test(m[1]!)) return undefined;
  const found = lookup(m[1]!);
  if (found === 'unknown') return undefined;
  const operator = m[2];
  if (operator === undefined) return found === 'unset' ? undefined : found.value;
  // `:=`/`:-` use the default when the variable is unset or empty; `=`/`-` only when unset.
  const useDefault = found === 'unset' || (operator.startsWith(':') && found.value === '');
  return useDefault ? m[3]! : (found as { value: string }).value;
}

const DISABLE = 'kustomize.toolkit.fluxcd.io/substitute';

/** Whether Flux leaves this object as written (the label or annotation says `disabled`). */
export function substitutionDisabled(object: unknown): boolean {
  const metadata = (object as { metadata?: { labels?: unknown; annotations?: unknown } } | null)?.metadata;
  const says = (map: unknown) => (map as Record<string, unknown> | undefined)?.[DISABLE] === 'disabled';
  return says(metadata?.labels) || says(metadata?.annotations);
}

/**
 * An object with every string value substituted; keys are kept, so a path into the result is a
 * path into the original.
 */
export function substituteObject(object: unknown, lookup: Lookup): unknown {
  if (typeof object === 'string') return envsubst(object, lookup);
  if (Array.isArray(object)) return object.map((v) => substituteObject(v, lookup));
  if (object !== null && typeof object === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(object)) out[k] = substituteObject(v, lookup);
    return out;
  }
  return object;
}
