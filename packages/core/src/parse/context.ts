import type { Diagnostic, PathSegment } from '../diagnostics/diagnostic.js';
import type { SourceLocation } from '../model/source-location.js';
import { parseDiagnostic, type ParseCode } from './codes.js';
import { positionAt, type LogicalLine } from './lines.js';

/**
 * What the argument parsers of one instruction share: the file, the escape token, the logical
 * line (to turn offsets into positions) and the diagnostics list.
 *
 * @example
 * const ctx = new InstructionContext('Dockerfile', '\\', logical, ['stages', 0, 'steps', 2], diagnostics);
 * ctx.report('DSL5005', 'unknown flag --foo', 4);
 */
export class InstructionContext {
  constructor(
    readonly file: string,
    readonly escape: '\\' | '`',
    readonly logical: LogicalLine,
    public path: PathSegment[],
    readonly diagnostics: Diagnostic[],
  ) {}

  /** The source range of `length` characters at `offset` of the logical line. */
  locate(offset: number, length = 0): SourceLocation {
    const start = positionAt(this.logical, offset);
    const end = positionAt(this.logical, offset + length);
    return { file: this.file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
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
}
