/**
 * CloudFormation and ROS short-form tags (`!Ref X`, `!GetAtt A.B`, `!Sub ...`) turned into the
 * long form a template processor sees, so extractors handle one shape:
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference.html
 * Other local tags (`!foo`) keep their plain value.
 */
export const INTRINSICS = [
  'Ref',
  'Condition',
  'GetAtt',
  'Sub',
  'Join',
  'Select',
  'Split',
  'If',
  'Equals',
  'And',
  'Or',
  'Not',
  'FindInMap',
  'Base64',
  'Cidr',
  'GetAZs',
  'ImportValue',
  'Transform',
  'Length',
  'ToJsonString',
] as const;
const KNOWN = new Set<string>(INTRINSICS);
const PLAIN_KEYS: Record<string, string> = { Ref: 'Ref', Condition: 'Condition' };

export function intrinsicFromTag(tag: string, value: unknown): unknown | undefined {
  if (!tag.startsWith('!') || tag.startsWith('!!')) return undefined;
  const name = tag.slice(1);
  if (!KNOWN.has(name)) return undefined;
  const key = PLAIN_KEYS[name];
  if (key) return { [key]: value };
  // `!GetAtt Resource.Attribute` is the only short form whose scalar splits into a list.
  if (name === 'GetAtt' && typeof value === 'string') {
    const dot = value.indexOf('.');
    return { 'Fn::GetAtt': dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)] };
  }
  return { [`Fn::${name}`]: value };
}
