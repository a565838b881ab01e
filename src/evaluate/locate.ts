/** Turns a SourceRef into a file position, using the SourceMap of the file it names. */
import { isFileRef, type FileRef, type Position, type SourceRef } from '../core/finding.js';
import type { SourceMap } from '../parse/source-map.js';

/** Anything that can give a file's SourceMap, on demand (a ParsedFile builds it on first use). */
export interface HasSourceMap {
  readonly sourceMap: SourceMap;
}

export class Locator {
  private readonly maps = new Map<string, HasSourceMap>();

  add(file: string, source: HasSourceMap): void {
    this.maps.set(file, source);
  }

  locate(ref: SourceRef | FileRef): { file: string } & Position {
    if (isFileRef(ref)) {
      return {
        file: ref.file,
        line: ref.line,
        column: ref.column,
        endLine: ref.endLine ?? ref.line,
        endColumn: ref.endColumn ?? ref.column,
      };
    }
    const source = this.maps.get(ref.file);
    if (!source) return { file: ref.file, line: 1, column: 1, endLine: 1, endColumn: 1 };
    return {
      file: ref.file,
      ...source.sourceMap.locate(ref.doc, ref.path, { key: ref.key, inner: ref.inner, span: ref.span }),
    };
  }

  /** "file:line", for messages that name the other end of a finding. */
  describe(ref: SourceRef | FileRef): string {
    const at = this.locate(ref);
    return `${at.file}:${at.line}`;
  }
}
