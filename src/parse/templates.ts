/**
 * Template text that is not YAML until rendered. A Helm chart's templates/ (a Chart.yaml above
 * it; the caller knows the file system) is rendered by Helm whole, comments included: any `{{`
 * makes the file a template. Anywhere else a file is YAML first; only when it cannot be read is
 * template syntax in its YAML structure (not in a comment, a quoted string or a block scalar,
 * and not a CloudFormation dynamic reference `{{resolve:...}}`) the reason, named Jinja
 * (Ansible's `{% %}`, `{{ name }}`) or Go template (`{{ .Values.x }}`) by its look.
 */
import { CST, Lexer } from 'yaml';
import { position } from './lines.js';

export interface TemplateSyntax {
  line: number;
  column: number;
  message: string;
}

export const HELM_MESSAGE =
  'Helm template syntax ({{ ... }}) is not YAML: render the chart (helm template) and lint the output';
const GO_MESSAGE =
  'Go template syntax ({{ .x }}) is not YAML: render it (helm template, or the tool that owns it) and lint the output';
const JINJA_MESSAGE =
  'Jinja template syntax ({{ x }}, {% ... %}) is not YAML: ' +
  'render it (ansible, or the tool that owns it) and lint the output';

/** The first `{{` of a Helm chart's template, if any. */
export function helmTemplateSyntax(text: string): TemplateSyntax | undefined {
  const at = text.indexOf('{{');
  return at < 0 ? undefined : { ...position(text, at), message: HELM_MESSAGE };
}

/** Template syntax in the YAML structure of a file that could not be read. */
export function templateSyntax(text: string): TemplateSyntax | undefined {
  if (!text.includes('{{') && !text.includes('{%')) return undefined;
  const masked = maskData(text);
  const marker = /\{\{(?!\s*resolve:)|\{%/g;
  const first = marker.exec(masked);
  if (!first) return undefined;
  // Go templates name fields and variables (`.Values`, `$x`) or start with an action keyword.
  const go = /\{\{-?\s*(?:[.$]|(?:if|else|end|range|with|define|template|block|include|toYaml|tpl)\b)/.test(masked);
  const jinja = /\{%|\{#/.test(masked);
  return { ...position(text, first.index), message: go && !jinja ? GO_MESSAGE : JINJA_MESSAGE };
}

/** The text with comments, quoted scalars and block scalars blanked: what is left is structure. */
function maskData(text: string): string {
  const out: string[] = [];
  // A block scalar's content is the token after the scalar marker that follows its header.
  let block: 'no' | 'header' | 'content' = 'no';
  for (const token of new Lexer().lex(text)) {
    if (token === '\x02' || token === '\x18' || token === '\x1f') {
      if (token === '\x1f' && block === 'header') block = 'content';
      continue;
    }
    const type = CST.tokenType(token);
    let data = type === 'comment' || type === 'double-quoted-scalar' || type === 'single-quoted-scalar';
    if (type === 'block-scalar-header') block = 'header';
    else if (block === 'content') {
      data = true;
      block = 'no';
    }
    out.push(data ? token.replace(/[^\n]/g, ' ') : token);
  }
  return out.join('');
}
