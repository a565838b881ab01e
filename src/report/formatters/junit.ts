/** JUnit XML: one test case per finding (errors and warnings fail, infos are skipped), or one passing case. */
import type { Formatter } from '../report-context.js';

const xml = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

export const formatJunit: Formatter = (findings, context) => {
  const failures = findings.filter((f) => f.level !== 'info').length;
  const skipped = findings.length - failures;
  const cases = findings.map((f) => {
    const name = xml(`${f.ruleId} ${f.file}:${f.line}:${f.column}`);
    const body = xml(
      [f.message, ...f.related.map((r) => `related: ${r.file}:${r.line}:${r.column} ${r.message}`)].join('\n'),
    );
    const inner =
      f.level === 'info'
        ? `<skipped message="${xml(f.message)}"/>`
        : `<failure type="${xml(f.ruleId)}" message="${xml(f.message)}">${body}</failure>`;
    return `    <testcase classname="${xml(f.file)}" name="${name}">${inner}</testcase>`;
  });
  if (cases.length === 0)
    cases.push(`    <testcase classname="edgenet" name="edgenet lint (${context.summary.files} files)"/>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="edgenet" tests="${cases.length}" failures="${failures}">`,
    `  <testsuite name="edgenet ${xml(context.toolVersion)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
};
