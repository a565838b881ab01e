/**
 * Words for messages: a rule's template (`{name}` or `{name:format}`) filled from the data its
 * finding carries. Rego rules return data (domain ids, pairs); the wording happens here, once,
 * in TypeScript (OPA's wasm sprintf is not Go's: `%v` of an array differs).
 */

/** "vpc" is the cloud VPC; "pool:<name>" a public-network pool's own domain (model/build-model.ts). */
function domainWords(domain: string): string {
  if (domain === 'vpc') return 'the cloud VPC';
  return domain.startsWith('pool:') ? `edge pool ${domain.slice('pool:'.length)}` : domain;
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const FORMATS: Record<string, (value: unknown) => string> = {
  /** Network domain ids as words, sorted as words. */
  domains: (value) =>
    Array.isArray(value) ? value.map(String).map(domainWords).sort(byCodeUnits).join(', ') : String(value),
  /** [from, to] domain pairs as "X cannot reach pods in Y", sorted, joined by "; ". */
  pairs: (value) =>
    Array.isArray(value)
      ? value
          .map((p) =>
            Array.isArray(p)
              ? `${domainWords(String(p[0]))} cannot reach pods in ${domainWords(String(p[1]))}`
              : String(p),
          )
          .sort(byCodeUnits)
          .join('; ')
      : String(value),
};

export const MESSAGE_FORMATS = Object.keys(FORMATS);

/** Renders a message template; a placeholder without data stays visible rather than vanishing. */
export function renderMessage(template: string, data: Record<string, unknown>): string {
  return template.replace(/\{(\w+)(?::(\w+))?\}/g, (whole, name: string, format: string | undefined) => {
    const value = data[name];
    if (value === undefined || value === null) return whole;
    if (format) {
      const fn = FORMATS[format];
      if (!fn) throw new Error(`unknown message format "${format}" in "${template}"`);
      return fn(value);
    }
    return Array.isArray(value) ? value.join(', ') : String(value);
  });
}

/** The placeholders of a template, for the catalogue's own test. */
export function placeholders(template: string): { name: string; format?: string }[] {
  return [...template.matchAll(/\{(\w+)(?::(\w+))?\}/g)].map((m) => ({
    name: m[1]!,
    ...(m[2] ? { format: m[2] } : {}),
  }));
}
