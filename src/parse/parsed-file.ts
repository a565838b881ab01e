/** What reading a file gives: its documents, its problems, and the positions to place a finding. */
import type { SourceMap } from './source-map.js';

export interface ParsedDocument {
  index: number;
  data: unknown;
}

export interface FileProblem {
  kind: 'parse-error' | 'skipped';
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

export interface ParsedFile {
  file: string;
  text: string;
  /** Documents without errors, with their index in the file. Empty documents are left out. */
  documents: ParsedDocument[];
  problems: FileProblem[];
  /** Positions; built on first use for files read by the fast path. */
  readonly sourceMap: SourceMap;
  /** Lines of the file, for comment waivers and the text report; split on first use. */
  readonly lines: string[];
  /**
   * What read the documents: JSON.parse, the line-by-line reader or js-yaml (the fast path),
   * `yaml` (the careful path), or nothing (a Helm template, skipped unread).
   */
  readonly readBy: 'json' | 'lines' | 'js-yaml' | 'yaml' | 'none';
}

export interface ParseOptions {
  /** false: always compose with `yaml` (the careful path), as tests of the two paths do. */
  fast?: boolean;
  /** false: the fast path without the line-by-line reader (block-load.ts), as tests of js-yaml's reading do. */
  lines?: boolean;
  /** Nodes that alias expansion may add to one document; past it the document is skipped. */
  maxAliasNodes?: number;
  /** YAML version: manifests are read as 1.1 like Kubernetes; edgenet's own configuration as 1.2. */
  version?: '1.1' | '1.2';
  /**
   * The file is in a Helm chart's templates/ (a Chart.yaml in the directory above templates/):
   * Helm renders it, so any `{{` makes it a template, skipped with the reason. The caller knows
   * the file system; the default is a file of its own.
   */
  helmChartTemplate?: boolean;
  /**
   * Only the text's positions are wanted (its documents were read before): nothing is composed
   * until a position is asked for, and a large block-style YAML text is followed by its
   * indentation rather than composed whole (block-yaml-map.ts).
   */
  positionsOnly?: boolean;
}
