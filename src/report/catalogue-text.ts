/** The catalogue as text or JSON for `edgenet rules`, and one rule's explanation for `edgenet explain`. */
import { RULES, ruleById } from '../rules/catalogue.js';

export function formatRules(format: 'text' | 'json'): string {
  if (format === 'json') {
    const rules = RULES.map((r) => ({ id: r.id, level: r.level, title: r.title, engine: r.engine, implemented: r.implemented }));
    return JSON.stringify({ rules }, null, 2) + '\n';
  }
  const width = Math.max(...RULES.map((r) => r.id.length));
  const lines = RULES.map((r) => `${r.id.padEnd(width)}  ${r.level.padEnd(7)}  ${r.title}${r.implemented ? '' : ' (planned: not checked yet)'}`);
  return lines.join('\n') + '\n';
}

export function formatExplain(id: string): string {
  const rule = ruleById(id)!;
  return [`${rule.id} (${rule.level}${rule.implemented ? '' : ', planned: not checked yet'})`, '', rule.title, '', `Why: ${rule.why}`, '', `Fix: ${rule.fix}`, ''].join('\n');
}
