/** The report formats by name. Adding one is one file and one line here. */
import type { Formatter } from '../report-context.js';
import { formatJson } from './json.js';
import { formatText } from './text.js';

export const FORMATTERS = {
  text: formatText,
  json: formatJson,
} satisfies Record<string, Formatter>;

export type FormatName = keyof typeof FORMATTERS;

export function isFormatName(name: string): name is FormatName {
  return Object.prototype.hasOwnProperty.call(FORMATTERS, name);
}
