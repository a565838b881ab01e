/** The graph as Mermaid (GitHub renders it in Markdown, so the Action's job summary shows it) and as Graphviz DOT. */
import { type Graph, type GraphNode, summariseGraph } from './build-graph.js';

const mermaidId = (id: string) => id.replace(/[^A-Za-z0-9_]/g, '_');
/**
 * A label's text inside its quotes, with Mermaid's entity codes (`#60;` for `<`, decimal:
 * mermaid.js.org "Entity codes to escape characters") for the characters that could end or
 * change it: quotes, backticks, `<>&#;|[]{}\`, and every control, format or separator character
 * but the space. A name from the repository then cannot close the quotes, the diagram, or the
 * Markdown fence around it (no backtick or newline survives), nor open HTML in the label.
 */
const mermaidText = (s: string) => s.replace(/[^\P{C}]|[^\P{Z} ]|["'`<>&#;|[\]{}\\]/gu, (c) => `#${c.codePointAt(0)};`);

function mermaidNode(n: GraphNode): string {
  const id = mermaidId(n.id);
  const text = mermaidText(n.label);
  return n.kind === 'gateway' ? `${id}(["${text}"])` : n.kind === 'cloud' ? `${id}[("${text}")]` : `${id}["${text}"]`;
}

/** A cluster's graph; the name is null when the repository is one cluster. */
export interface NamedGraph {
  name: string | null;
  graph: Graph;
}

/**
 * One diagram: a repository that is one cluster as its domains; a fleet with a box per cluster,
 * node ids prefixed so that two clusters' "cloud" stay two nodes.
 */
export function formatMermaid(graphs: readonly NamedGraph[]): string {
  const out = ['flowchart LR'];
  const red: number[] = [];
  let edge = 0;
  graphs.forEach(({ name, graph }, g) => {
    const id = (raw: string) => mermaidId(name === null ? raw : `c${g}_${raw}`);
    const indent = name === null ? '  ' : '    ';
    if (name !== null) out.push(`  subgraph ${id('cluster')}["${mermaidText(`cluster ${name}`)}"]`);
    for (const d of graph.domains) {
      out.push(`${indent}subgraph ${id(d.id)}["${mermaidText(d.label)}"]`);
      for (const n of d.nodes)
        out.push(`${indent}  ${mermaidNode({ ...n, id: name === null ? n.id : `c${g}_${n.id}` })}`);
      out.push(`${indent}end`);
    }
    if (name !== null) out.push('  end');
    for (const e of graph.edges) {
      const arrow = e.kind === 'express-connect' ? '<-->' : e.kind === 'public' ? '-.-' : '==>';
      out.push(`  ${id(e.from)} ${arrow}|"${mermaidText(e.label)}"| ${id(e.to)}`);
      if (e.broken) red.push(edge);
      edge++;
    }
  });
  if (red.length) out.push(`  linkStyle ${red.join(',')} stroke:#d73a49,stroke-width:3px,color:#d73a49`);
  return `${out.join('\n')}\n`;
}

/** Mermaid's defaults (mermaid.js.org config: maxTextSize 50,000, maxEdges 500), with room to spare. */
export const MERMAID_LIMITS = { maxChars: 40_000, maxEdges: 400 };

/**
 * A diagram Mermaid will draw: the graphs as they are when they fit its limits; else each
 * summarised (pools grouped by connection and site, then by connection alone: summariseGraph);
 * else as many clusters as fit, and a count of those left out.
 */
export function fitMermaid(
  graphs: readonly NamedGraph[],
  limits = MERMAID_LIMITS,
): { text: string; summarised: boolean; omitted: number } {
  const fits = (text: string) => text.length <= limits.maxChars && edgeCount(text) <= limits.maxEdges;
  const full = formatMermaid(graphs);
  if (fits(full)) return { text: full, summarised: false, omitted: 0 };
  // Grouped by connection and site; then, when the sites alone are too many, by connection.
  for (const bySite of [true, false]) {
    const text = formatMermaid(graphs.map((g) => ({ name: g.name, graph: summariseGraph(g.graph, bySite) })));
    if (fits(text)) return { text, summarised: true, omitted: 0 };
  }
  // Too many clusters even so: the first ones, halving until they fit.
  const small = graphs.map((g) => ({ name: g.name, graph: summariseGraph(g.graph, false) }));
  let kept = small.length;
  while (kept > 1 && !fits(formatMermaid(small.slice(0, kept)))) kept = Math.floor(kept / 2);
  return { text: formatMermaid(small.slice(0, kept)), summarised: true, omitted: small.length - kept };
}

function edgeCount(text: string): number {
  return (text.match(/ (<-->|-\.-|==>)\|/g) ?? []).length;
}

const dotText = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

export function formatDot(graphs: readonly NamedGraph[]): string {
  const out = [
    'digraph edgenet {',
    '  rankdir=LR;',
    '  node [shape=box, fontname="Helvetica"];',
    '  edge [fontname="Helvetica"];',
  ];
  let box = 0;
  graphs.forEach(({ name, graph }, g) => {
    const id = (raw: string) => dotText(name === null ? raw : `c${g}_${raw}`);
    const indent = name === null ? '  ' : '    ';
    if (name !== null) out.push(`  subgraph cluster_${box++} {`, `    label=${dotText(`cluster ${name}`)};`);
    for (const d of graph.domains) {
      out.push(`${indent}subgraph cluster_${box++} {`, `${indent}  label=${dotText(d.label)};`);
      for (const n of d.nodes) {
        const shape = n.kind === 'gateway' ? ', shape=ellipse' : n.kind === 'cloud' ? ', shape=cylinder' : '';
        out.push(`${indent}  ${id(n.id)} [label=${dotText(n.label)}${shape}];`);
      }
      out.push(`${indent}}`);
    }
    if (name !== null) out.push('  }');
    for (const e of graph.edges) {
      const style = [
        `label=${dotText(e.label)}`,
        e.kind === 'public' ? 'style=dashed' : '',
        e.kind === 'express-connect' ? 'dir=both' : '',
        e.broken ? 'color="#d73a49", fontcolor="#d73a49", penwidth=2' : '',
      ].filter(Boolean);
      out.push(`  ${id(e.from)} -> ${id(e.to)} [${style.join(', ')}];`);
    }
  });
  out.push('}');
  return `${out.join('\n')}\n`;
}
