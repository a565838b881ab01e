/**
 * One file from disk to facts: read (bounded), parse, extract into a draft fragment, and keep
 * only what later stages need (problems, what the file holds, the text of its waivers). The
 * same function runs on the main thread for small runs and in worker threads for large ones,
 * and its result is what the facts cache stores: plain data, no text, no documents.
 */
import { INLINE_WAIVER, WAIVER_ANNOTATION } from '../core/waiver-syntax.js';
import type { DiscoveredFile } from '../discover/discover-files.js';
import { readSource } from '../discover/read-source.js';
import { type FileKind, readFile } from '../model/build-model.js';
import { type DraftFragment, ModelDraft } from '../model/draft.js';
import { splitLines } from '../parse/lines.js';
import { type FileProblem, type ParsedFile, parseText } from '../parse/parse-documents.js';

/** What waivers need of a file: its text when it has an inline waiver, its annotated documents. */
export interface WaiverInput {
  text?: string;
  annotations: { index: number; value: unknown }[];
}

export type FileRead =
  | {
      ok: true;
      file: string;
      problems: FileProblem[];
      kinds: FileKind[];
      documents: number;
      readBy: ParsedFile['readBy'];
      facts: DraftFragment;
      waivers: WaiverInput | null;
    }
  | { ok: false; file: string; reason: string; line?: number; column?: number };

export interface ReadOptions {
  maxBytes: number;
  helmChartTemplate: boolean;
}

/** Reads one file; `readStdin` only for `-`, which stays on the main thread. */
export function readOne(
  file: DiscoveredFile,
  options: ReadOptions,
  readStdin: (limit: number) => Buffer = () => Buffer.alloc(0),
): { read: FileRead; parsed?: ParsedFile } {
  const source = readSource(file, options.maxBytes, readStdin);
  if (!source.ok) {
    const where = source.line === undefined ? {} : { line: source.line, column: source.column ?? 1 };
    return { read: { ok: false, file: file.display, reason: source.reason, ...where } };
  }
  const parsed = parseText(file.display, source.text, { helmChartTemplate: options.helmChartTemplate });
  return { read: factsOf(parsed), parsed };
}

/** The facts of a parsed file. */
export function factsOf(parsed: ParsedFile): FileRead {
  const draft = new ModelDraft();
  const kinds = readFile(parsed, draft);
  const facts = draft.toFragment();
  return {
    ok: true,
    file: parsed.file,
    problems: ownProblems(parsed),
    // Only a file that adds facts matters to which cluster it joins (an RBAC manifest does not).
    kinds: draft.factCount() > 0 ? [...kinds] : [],
    documents: parsed.documents.length,
    readBy: parsed.readBy,
    facts,
    waivers: waiverInput(parsed),
  };
}

/** Keys that only a Kubernetes object or a ROS/CloudFormation template has at its top. */
const MANIFEST_KEY =
  /(?:^[ \t]*(?:-[ \t]+)?|[{,][ \t]*)["']?(?:apiVersion|kind|(?:ROS|AWS)TemplateFormatVersion|Resources)["']?[ \t]*:/m;

/**
 * A file that cannot be read and holds no Kubernetes object or template (a snapcraft.yaml, a
 * cfssl CSR repeating a key) is not edgenet's to refuse: its problems are said as infos, not
 * parse errors a pipeline fails on.
 */
function ownProblems(parsed: ParsedFile): FileProblem[] {
  if (!parsed.problems.some((p) => p.kind === 'parse-error') || MANIFEST_KEY.test(parsed.text)) return parsed.problems;
  return parsed.problems.map((p) =>
    p.kind === 'parse-error'
      ? {
          ...p,
          kind: 'skipped',
          message:
            `not read (${p.message.replace(/\.$/, '')}); it holds no Kubernetes ` +
            'object or ROS/CloudFormation template, so edgenet does not judge it',
        }
      : p,
  );
}

function waiverInput(parsed: ParsedFile): WaiverInput | null {
  const annotations: WaiverInput['annotations'] = [];
  for (const doc of parsed.documents) {
    const value = (doc.data as { metadata?: { annotations?: Record<string, unknown> } } | null)?.metadata
      ?.annotations?.[WAIVER_ANNOTATION];
    if (value !== undefined) annotations.push({ index: doc.index, value });
  }
  // The text goes along for an inline waiver, and for an annotation in a file with a lone CR
  // (trust counts its lines as git does, by \n only).
  const inline = parsed.text.includes(INLINE_WAIVER) || (annotations.length > 0 && /\r(?!\n)/.test(parsed.text));
  if (!inline && annotations.length === 0) return null;
  return { ...(inline ? { text: parsed.text } : {}), annotations };
}

/**
 * A file as waivers read it: its lines and its annotated documents, and the positions of the
 * file itself (`positions`, read again on demand) for an annotation's lines.
 */
export function waiverFile(file: string, input: WaiverInput, positions?: Pick<ParsedFile, 'sourceMap'>): ParsedFile {
  const text = input.text ?? '';
  const documents = input.annotations.map((a) => ({
    index: a.index,
    data: { metadata: { annotations: { [WAIVER_ANNOTATION]: a.value } } },
  }));
  const parsed = parseText(file, '');
  const lines = splitLines(text);
  return {
    file,
    text,
    documents,
    problems: [],
    lines,
    readBy: 'none',
    get sourceMap() {
      return positions?.sourceMap ?? parsed.sourceMap;
    },
  };
}
