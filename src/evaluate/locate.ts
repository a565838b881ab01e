/** Turns a SourceRef into a file position, using the SourceMap of the file it names. */
import { isFileRef, type FileRef, type Position, type SourceRef } from '../core/finding.js';
import type { SourceMap } from '../parse/source-map.js';

export class Locator {
  private readonly maps = new Map<string, SourceMap>();

  add(file: string, map: SourceMap): void {
    this.maps.set(file, map);
  }

  locate(ref: SourceRef | FileRef): { file: string } & Position {
    if (isFileRef(ref)) {
      return { file: ref.file, line: ref.line, column: ref.column, endLine: ref.endLine ?? ref.line, endColumn: ref.endColumn ?? ref.column };
    }
    const map = this.maps.get(ref.file);
    if (!map) return { file: ref.file, line: 1, column: 1, endLine: 1, endColumn: 1 };
    return { file: ref.file, ...map.locate(ref.doc, ref.path, { key: ref.key, inner: ref.inner, span: ref.span }) };
  }

  /** "file:line", for messages that name the other end of a finding. */
  describe(ref: SourceRef | FileRef): string {
    const at = this.locate(ref);
    return `${at.file}:${at.line}`;
  }
}
