/**
 * Compares one document as edgenet read it with the same document as the oracle (kubectl) read
 * it. Values are compared as JSON: the oracle's output is JSON, and edgenet's documents go to the
 * policy engine as JSON.
 */

/** A CloudFormation/ROS intrinsic as edgenet writes a short tag: `!Ref X` is `{Ref: X}`. */
const INTRINSIC_KEY = /^(?:Ref|Condition|Fn::\w+)$/;

export type Comparison =
  | { equal: true; intrinsics: number }
  | { equal: false; path: string; edgenet: unknown; oracle: unknown };

/**
 * Whether two JSON values are equal, where edgenet's long-form intrinsics may stand for the tagged
 * value go-yaml keeps (go-yaml drops a local tag: `!Ref X` is "X", `!GetAtt A.B` is "A.B").
 * `intrinsics` counts the places where that was needed.
 */
export function compareJson(edgenet: unknown, oracle: unknown, path = ''): Comparison {
  const e = toJson(edgenet);
  let intrinsics = 0;
  const walk = (a: unknown, b: unknown, at: string): Comparison | undefined => {
    if (a === b) return undefined;
    if (Array.isArray(a) && Array.isArray(b)) {
      if (a.length !== b.length) return { equal: false, path: `${at} (length)`, edgenet: a, oracle: b };
      for (let i = 0; i < a.length; i++) {
        const d = walk(a[i], b[i], `${at}[${i}]`);
        if (d) return d;
      }
      return undefined;
    }
    if (isObject(a) && isObject(b)) {
      const ka = Object.keys(a).sort();
      const kb = Object.keys(b).sort();
      if (ka.join('\0') === kb.join('\0')) {
        for (const k of ka) {
          const d = walk(a[k], b[k], `${at}.${k}`);
          if (d) return d;
        }
        return undefined;
      }
    }
    if (isObject(a)) {
      const keys = Object.keys(a);
      if (keys.length === 1 && INTRINSIC_KEY.test(keys[0]!)) {
        const inner = a[keys[0]!];
        const asWritten =
          keys[0] === 'Fn::GetAtt' && Array.isArray(inner) && typeof b === 'string' ? inner.join('.') : inner;
        if (!walk(asWritten, b, `${at}.${keys[0]}`)) {
          intrinsics++;
          return undefined;
        }
      }
    }
    return { equal: false, path: at || '(document)', edgenet: a, oracle: b };
  };
  const d = walk(e, oracle, path);
  return d ?? { equal: true, intrinsics };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A value as it goes out as JSON (Infinity is null, undefined is dropped). */
export function toJson(value: unknown): unknown {
  const text = JSON.stringify(value);
  return text === undefined ? undefined : JSON.parse(text);
}

/** A short, one-line rendering of a value for a failure message. */
export function brief(value: unknown, max = 160): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
