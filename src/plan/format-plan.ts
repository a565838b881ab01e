/** The address plan as an aligned text table, a Markdown table, or JSON for scripts. */
import type { Plan, PlanGuard, PlanRow } from './build-plan.js';

const HEADERS = ['range', 'kind', 'declared at', 'node mask', 'node blocks', 'nodes', 'pod IPs/node', 'overlaps'];

function cells(row: PlanRow): string[] {
  const pod = row.kind === 'pod';
  return [
    row.cidr,
    row.kind,
    row.declaredAt.join(', '),
    pod ? (row.nodeMask === null ? `unknown (${row.nodeMaskSource})` : `/${row.nodeMask} (${row.nodeMaskSource})`) : '',
    pod ? (row.nodeBlocks ?? '') : '',
    pod && row.nodesUsed !== undefined ? String(row.nodesUsed) : '',
    pod ? (row.podIpsPerNode ?? '') : '',
    row.overlaps.length ? `⚠ ${row.overlaps.join('; ')}` : '',
  ];
}

/** A cluster's plan; the name is null when the repository is one cluster. */
export interface NamedPlan {
  name: string | null;
  plan: Plan;
}

export function formatPlanText(plans: readonly NamedPlan[]): string {
  return sections(
    plans,
    (p) => `cluster ${p.name}:\n`,
    (p) => planText(p.plan),
  );
}

export function formatPlanMarkdown(plans: readonly NamedPlan[]): string {
  return sections(
    plans,
    (p) => `### Cluster \`${p.name}\`\n\n`,
    (p) => planMarkdown(p.plan),
  );
}

/** Version 1: one cluster's plan as {rows, unknown}; a fleet's as {clusters: [{name, rows, unknown}]}. */
export function formatPlanJson(plans: readonly NamedPlan[]): string {
  const only = plans.length === 1 && plans[0]!.name === null ? plans[0]!.plan : undefined;
  const body = only ? { ...only } : { clusters: plans.map((p) => ({ name: p.name, ...p.plan })) };
  return `${JSON.stringify({ version: 1, ...body }, null, 2)}\n`;
}

function sections(plans: readonly NamedPlan[], heading: (p: NamedPlan) => string, body: (p: NamedPlan) => string) {
  return plans.map((p) => (p.name === null ? body(p) : heading(p) + body(p))).join('\n');
}

function planText(plan: Plan): string {
  const table = [HEADERS, ...plan.rows.map(cells)];
  const widths = HEADERS.map((_, i) => table.reduce((w, r) => Math.max(w, r[i]!.length), 0));
  const lines = table.map((r) =>
    r
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd(),
  );
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  if (plan.rows.length === 0) lines.push('(no address ranges found)');
  for (const u of plan.unknown) lines.push(`unknown: ${u}`);
  for (const g of plan.guards) lines.push(`guards: ${guardWords(g)}`);
  return `${lines.join('\n')}\n`;
}

function planMarkdown(plan: Plan): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  const lines = [
    `| ${HEADERS.join(' | ')} |`,
    `|${HEADERS.map(() => '---').join('|')}|`,
    ...plan.rows.map((r) => `| ${cells(r).map(esc).join(' | ')} |`),
  ];
  for (const u of plan.unknown) lines.push('', `Unknown: ${esc(u)}`);
  for (const g of plan.guards) lines.push('', `Guards: ${esc(guardWords(g))}`);
  return `${lines.join('\n')}\n`;
}

/** "the cloud nodes: CloudNodes (the scaling group of node pool CloudPool)". */
function guardWords(g: PlanGuard): string {
  const groups = g.groups.map((t) => `${t.id} (${t.why.join('; ')})`);
  const missing = g.missing.map((m) => `${m}, not in the repository`);
  const all = [...groups, ...missing];
  const none = 'none known: nothing in the repository ties a security group to them (set cluster.cloudSecurityGroups)';
  return `${g.hosts}: ${all.length ? all.join(', ') : none}`;
}
