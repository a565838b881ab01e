/**
 * What differs between edgenet's reading of one input and kubectl's (the oracle's), in a shape
 * the table of accepted differences (accepted-differences.ts) can name.
 */
import type { FileProblem, ParsedFile } from '../../src/parse/parse-documents.js';
import { brief, compareJson } from './compare-readings.js';
import type { OracleAnswer, OracleDocument } from './yaml-oracle.js';

export type Shape =
  /** kubectl reads every document; edgenet reports a problem. */
  | 'edgenet-refuses'
  /** edgenet reads every document; kubectl fails on one. */
  | 'kubectl-refuses'
  /** Both fail somewhere, and the documents they do read differ. */
  | 'both-refuse'
  /** Both read every document, and the documents differ. */
  | 'values-differ';

export type Reading = { equal: true; intrinsics: number } | { equal: false; shape: Shape; detail: string };

/** One input read both ways. */
export interface Case {
  /** Relative to ../shared/corpus, or a name for a generated input. */
  name: string;
  text: string;
  parsed: ParsedFile;
  oracle: OracleAnswer;
  helmChartTemplate: boolean;
}

/**
 * Documents are compared in order, empty ones left out on both sides (kubectl skips them too);
 * problems only by whether there are any, since kubectl's errors name no column.
 */
export function compareReading(
  parsed: ParsedFile,
  oracle: OracleAnswer,
  /** Leave out documents of the oracle and problems of edgenet that an accepted difference explains. */
  options: { skipOracle?: (d: OracleDocument) => boolean; skipProblem?: (p: FileProblem) => boolean } = {},
): Reading {
  const ours = parsed.documents.map((d) => d.data);
  const theirs = oracle.documents.flatMap((d) => (d.json !== undefined && !options.skipOracle?.(d) ? [d.json] : []));
  const ourErrors = parsed.problems.some((p) => !options.skipProblem?.(p));
  const theirErrors = oracle.documents.some((d) => d.error !== undefined);
  let intrinsics = 0;
  let detail = '';
  if (ours.length !== theirs.length) detail = `${ours.length} documents, kubectl reads ${theirs.length}`;
  else
    for (let i = 0; i < ours.length; i++) {
      const c = compareJson(ours[i], theirs[i]);
      if (!c.equal) {
        detail = `document ${i + 1} at ${c.path}: edgenet ${brief(c.edgenet)}, kubectl ${brief(c.oracle)}`;
        break;
      }
      intrinsics += c.intrinsics;
    }
  if (!detail && ourErrors === theirErrors) return { equal: true, intrinsics };
  const problems = parsed.problems.map((p) => `${p.line}:${p.column} ${p.message}`).join('; ');
  const errors = oracle.documents.flatMap((d) => (d.error ? [`line ${d.line ?? '?'}: ${d.error}`] : [])).join('; ');
  const shape: Shape =
    ourErrors && theirErrors
      ? 'both-refuse'
      : ourErrors
        ? 'edgenet-refuses'
        : theirErrors
          ? 'kubectl-refuses'
          : 'values-differ';
  const said = [detail, problems && `edgenet: ${problems}`, errors && `kubectl: ${errors}`].filter(Boolean);
  return { equal: false, shape, detail: said.join(' | ') };
}
