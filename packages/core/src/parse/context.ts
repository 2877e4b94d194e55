import type { Diagnostic, PathSegment } from '../diagnostics/diagnostic.js';
import type { Heredoc } from '../instructions/heredoc.js';
import type { SourceLocation } from '../model/source-location.js';
import { parseDiagnostic, type ParseCode } from './codes.js';
import { readHeredocBody, type HeredocMarker } from './heredocs.js';
import { positionAt, type LineReader, type LogicalLine } from './lines.js';

/**
 * The source range of `length` characters at `offset` of a logical line.
 *
 * @example
 * rangeIn('Dockerfile', logical, 4, 6); // { file: 'Dockerfile', line: 2, column: 5, endLine: 2, endColumn: 11 }
 */
export function rangeIn(file: string, logical: LogicalLine, offset: number, length = 0): SourceLocation {
  const start = positionAt(logical, offset);
  const end = positionAt(logical, offset + length);
  return { file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

/**
 * What the argument parsers of an instruction share: the file, the escape token, the logical
 * line (to turn offsets into positions), where the instruction goes in the image (for
 * diagnostic paths), the reader (for heredoc bodies) and the diagnostics list. One context
 * serves a whole file; `start` moves it to the next instruction.
 *
 * @example
 * const ctx = new InstructionContext('Dockerfile', reader, diagnostics);
 * ctx.start(reader.nextLogical(), 0, 2);
 * ctx.report('DSL5005', 'unknown flag --foo', 4);
 */
export class InstructionContext {
  readonly escape: '\\' | '`';
  /** The instruction's logical line. */
  logical!: LogicalLine;
  // The path is built only when a diagnostic asks for it: most instructions have none.
  private stage = -1;
  private step = 0;

  constructor(
    readonly file: string,
    readonly reader: LineReader,
    readonly diagnostics: Diagnostic[],
  ) {
    this.escape = reader.escape;
  }

  /** Reports an unclosed quote (DSL5012) at an offset; one function for the whole file. */
  readonly unclosedQuote = (offset: number): void => this.report('DSL5012', 'unexpected end of statement while looking for a matching quote', offset);

  /** Moves to the instruction on `logical`, which becomes step `step` of stage `stage` (-1: global ARG `step`). */
  start(logical: LogicalLine, stage: number, step: number): void {
    this.logical = logical;
    this.stage = stage;
    this.step = step;
  }

  /** Where the instruction goes in the image. */
  get path(): PathSegment[] {
    return this.stage < 0 ? ['args', this.step] : ['stages', this.stage, 'steps', this.step];
  }

  /** The source range of `length` characters at `offset` of the logical line. */
  locate(offset: number, length = 0): SourceLocation {
    return rangeIn(this.file, this.logical, offset, length);
  }

  /** The range of the whole instruction, heredoc bodies included. */
  whole(): SourceLocation {
    const l = this.logical;
    return { file: this.file, line: l.line, column: l.column, endLine: l.endLine, endColumn: l.endColumn };
  }

  /** Adds a diagnostic at an offset of the logical line (the instruction start by default). */
  report(code: ParseCode, message: string, offset?: number, hint?: string): void {
    const source = offset === undefined ? this.whole() : this.locate(offset);
    this.diagnostics.push(parseDiagnostic(code, message, this.path, source, hint));
  }

  /**
   * Reads the bodies of the heredocs the instruction line announced, in order, from the lines
   * after it (the instruction's range then ends with the last body). `undefined`, with
   * DSL5009, when the file ends before a closing line.
   */
  readHeredocs(markers: HeredocMarker[]): Heredoc[] | undefined {
    const docs: Heredoc[] = [];
    const reader = this.reader;
    for (const marker of markers) {
      const doc = readHeredocBody(reader, marker);
      if (!doc) {
        this.report('DSL5009', `unterminated heredoc: no line '${marker.name}' closes it before the end of the file`, marker.offset);
        return undefined;
      }
      docs.push(doc);
      this.logical.endLine = reader.index;
      this.logical.endColumn = (reader.lines[reader.index - 1]?.length ?? 0) + 1;
    }
    return docs;
  }
}
