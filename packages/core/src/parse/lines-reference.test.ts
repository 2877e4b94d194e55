import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { firstNonBlank, LineReader, type LogicalLine } from './lines.js';

// A port of how BuildKit's parser joins continuation lines (parser.go: processLine,
// trimContinuationCharacter with its `([^E])E[ \t]*$|^E[ \t]*$` pattern, isComment,
// isEmptyContinuationLine), written with regular expressions on whole lines; the reader must
// join the same text, with the same map back to lines and columns.
const isBlank = (c: number): boolean => c === 32 || c === 9 || c === 13 || c === 12 || c === 11;
function trimEnd(text: string): string {
  let end = text.length;
  while (end > 0 && isBlank(text.charCodeAt(end - 1))) end--;
  return text.slice(0, end);
}
function continuation(escape: string): RegExp {
  const e = escape === '\\' ? '\\\\' : escape;
  return new RegExp(`([^${e}])${e}[ \\t]*$|^${e}[ \\t]*$`);
}
function reference(reader: LineReader): LogicalLine {
  const pattern = continuation(reader.escape);
  const join = (line: string): [text: string, continues: boolean] => (pattern.test(line) ? [line.replace(pattern, '$1'), true] : [line, false]);
  const lineNo = reader.index + 1;
  const first = reader.lines[reader.index++]!;
  const start = firstNonBlank(first);
  const segments: number[] = [];
  const emptyContinuations: number[] = [];
  let [text, continues] = join(first.slice(start));
  let endLine = lineNo;
  let endColumn = first.length + 1;
  while (continues && reader.index < reader.lines.length) {
    const next = reader.lines[reader.index++]!;
    if (/^[ \t\r\f\v]*$/.test(next)) {
      emptyContinuations.push(reader.index);
      continue;
    }
    if (/^[ \t\r\f\v]*#/.test(next)) continue;
    endLine = reader.index;
    endColumn = next.length + 1;
    segments.push(text.length, reader.index, 1);
    let piece: string;
    [piece, continues] = join(next);
    text += piece;
  }
  return { text: trimEnd(text), line: lineNo, column: start + 1, endLine, endColumn, segments, emptyContinuations };
}

describe('LineReader.nextLogical', () => {
  test('joins continuation lines exactly as BuildKit does', () => {
    const pieces = ['RUN', 'a', ' ', '  ', '\t', '\\', '`', '"', "'", '#', '\n', '\r\n', 'x y', 'é'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), fc.constantFrom<'\\' | '`'>('\\', '`'), (parts, escape) => {
        const text = `RUN ${parts.join('')}\nCMD x\n`;
        const mine = new LineReader(text, escape);
        const theirs = new LineReader(text, escape);
        while (!mine.done) {
          if (firstNonBlank(mine.peek()!) === mine.peek()!.length || mine.peek()!.trimStart().startsWith('#')) {
            mine.index++;
            theirs.index++;
            continue;
          }
          expect(mine.nextLogical()).toEqual(reference(theirs));
          expect(mine.index).toBe(theirs.index);
        }
      }),
      { numRuns: 5000 },
    );
  });
});
