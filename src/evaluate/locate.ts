/**
 * Turns a SourceRef into a file position, using the SourceMap of the file it names. A rendered
 * build's objects are "files" of their own whose refs are first relocated to the lines that
 * wrote the values (src/compose/trace.ts).
 */
import { isFileRef, type FileRef, type Position, type SourceRef } from '../core/finding.js';
import type { SourceMap } from '../parse/source-map.js';

/** Anything that can give a file's SourceMap, on demand (a ParsedFile builds it on first use). */
export interface HasSourceMap {
  readonly sourceMap: SourceMap;
}

/** Where a ref into a rendered object is written; the result may be a ref into another file. */
export type Relocator = (ref: Omit<SourceRef, 'file'>) => SourceRef | FileRef;

export class Locator {
  private readonly maps = new Map<string, HasSourceMap>();
  private readonly relocators = new Map<string, Relocator>();

  add(file: string, source: HasSourceMap): void {
    this.maps.set(file, source);
  }

  has(file: string): boolean {
    return this.maps.has(file);
  }

  /** A rendered build's objects, known by `file`, placed through `relocate`. */
  addRendered(file: string, relocate: Relocator): void {
    this.relocators.set(file, relocate);
  }

  /**
   * The ref a rendered value relocates to (the written place); other refs are their own. A copy
   * of a rendered build (Flux substitution) relocates into the build, which relocates again.
   */
  resolve(ref: SourceRef | FileRef): SourceRef | FileRef {
    let at = ref;
    for (let step = 0; step < 4 && !isFileRef(at); step++) {
      const relocate = this.relocators.get(at.file);
      if (!relocate) break;
      at = relocate(at);
    }
    return at;
  }

  locate(ref: SourceRef | FileRef): { file: string } & Position {
    const real = this.resolve(ref);
    if (isFileRef(real)) {
      return {
        file: real.file,
        line: real.line,
        column: real.column,
        endLine: real.endLine ?? real.line,
        endColumn: real.endColumn ?? real.column,
      };
    }
    const source = this.maps.get(real.file);
    if (!source) return { file: real.file, line: 1, column: 1, endLine: 1, endColumn: 1 };
    return {
      file: real.file,
      ...source.sourceMap.locate(real.doc, real.path, { key: real.key, inner: real.inner, span: real.span }),
    };
  }

  /** "file:line", for messages that name the other end of a finding. */
  describe(ref: SourceRef | FileRef): string {
    const at = this.locate(ref);
    return `${at.file}:${at.line}`;
  }
}
