/**
 * JUnit XML: one test case per finding (errors and warnings fail, infos are skipped), or one
 * passing case. Always well-formed XML 1.0 (escape.ts xmlText), whatever the names hold.
 */
import type { Formatter } from '../report-context.js';
import { xmlText } from './escape.js';

const xml = (s: string) => xmlText(s, true);
const body = (s: string) => xmlText(s);

export const formatJunit: Formatter = (findings, context) => {
  const failures = findings.filter((f) => f.level !== 'info').length;
  const skipped = findings.length - failures;
  const cases = findings.map((f) => {
    const name = xml(`${f.ruleId} ${f.file}:${f.line}:${f.column}`);
    const text = body(
      [f.message, ...f.related.map((r) => `related: ${r.file}:${r.line}:${r.column} ${r.message}`)].join('\n'),
    );
    const inner =
      f.level === 'info'
        ? `<skipped message="${xml(f.message)}"/>`
        : `<failure type="${xml(f.ruleId)}" message="${xml(f.message)}">${text}</failure>`;
    return `    <testcase classname="${xml(f.file)}" name="${name}">${inner}</testcase>`;
  });
  if (cases.length === 0)
    cases.push(`    <testcase classname="edgenet" name="edgenet lint (${context.summary.files} files)"/>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="edgenet" tests="${cases.length}" failures="${failures}">`,
    `  <testsuite name="edgenet ${xml(context.toolVersion)}" tests="${cases.length}" ` +
      `failures="${failures}" errors="0" skipped="${skipped}">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
};
