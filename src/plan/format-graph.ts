/** The graph as Mermaid (GitHub renders it in Markdown, so the Action's job summary shows it) and as Graphviz DOT. */
import type { Graph, GraphNode } from './build-graph.js';

const mermaidId = (id: string) => id.replace(/[^A-Za-z0-9_]/g, '_');
const mermaidText = (s: string) => s.replace(/"/g, '#quot;');

function mermaidNode(n: GraphNode): string {
  const id = mermaidId(n.id);
  const text = mermaidText(n.label);
  return n.kind === 'gateway' ? `${id}(["${text}"])` : n.kind === 'cloud' ? `${id}[("${text}")]` : `${id}["${text}"]`;
}

export function formatMermaid(graph: Graph): string {
  const out = ['flowchart LR'];
  for (const d of graph.domains) {
    out.push(`  subgraph ${mermaidId(d.id)}["${mermaidText(d.label)}"]`);
    for (const n of d.nodes) out.push(`    ${mermaidNode(n)}`);
    out.push('  end');
  }
  const red: number[] = [];
  graph.edges.forEach((e, i) => {
    const arrow = e.kind === 'express-connect' ? '<-->' : e.kind === 'public' ? '-.-' : '==>';
    out.push(`  ${mermaidId(e.from)} ${arrow}|"${mermaidText(e.label)}"| ${mermaidId(e.to)}`);
    if (e.broken) red.push(i);
  });
  if (red.length) out.push(`  linkStyle ${red.join(',')} stroke:#d73a49,stroke-width:3px,color:#d73a49`);
  return `${out.join('\n')}\n`;
}

const dotText = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

export function formatDot(graph: Graph): string {
  const out = [
    'digraph edgenet {',
    '  rankdir=LR;',
    '  node [shape=box, fontname="Helvetica"];',
    '  edge [fontname="Helvetica"];',
  ];
  graph.domains.forEach((d, i) => {
    out.push(`  subgraph cluster_${i} {`, `    label=${dotText(d.label)};`);
    for (const n of d.nodes)
      out.push(
        `    ${dotText(n.id)} [label=${dotText(n.label)}${n.kind === 'gateway' ? ', shape=ellipse' : n.kind === 'cloud' ? ', shape=cylinder' : ''}];`,
      );
    out.push('  }');
  });
  for (const e of graph.edges) {
    const style = [
      `label=${dotText(e.label)}`,
      e.kind === 'public' ? 'style=dashed' : '',
      e.kind === 'express-connect' ? 'dir=both' : '',
      e.broken ? 'color="#d73a49", fontcolor="#d73a49", penwidth=2' : '',
    ].filter(Boolean);
    out.push(`  ${dotText(e.from)} -> ${dotText(e.to)} [${style.join(', ')}];`);
  }
  out.push('}');
  return `${out.join('\n')}\n`;
}
