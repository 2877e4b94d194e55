import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { firstNonBlank, LineReader, type LogicalLine } from '../../packages/core/src/parse/lines.js';

// Continuation joining as first written: trailing blanks and quotes read on the whole joined
// text after every line. The version that reads only the last piece must join the same way.
const isBlank = (c: number): boolean => c === 32 || c === 9 || c === 13 || c === 12 || c === 11;
function trimEnd(text: string): string {
  let end = text.length;
  while (end > 0 && isBlank(text.charCodeAt(end - 1))) end--;
  return text.slice(0, end);
}
function quotes(text: string, from: number, escape: string, state = 0): number {
  const esc = escape.charCodeAt(0);
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (state === 39) {
      if (c === 39) state = 0;
    } else if (c === esc) i++;
    else if (state === 34) {
      if (c === 34) state = 0;
    } else if (c === 34 || c === 39) state = c;
  }
  return state;
}
function continuationAt(line: string, escape: string): number {
  let end = line.length;
  while (end > 0 && (line.charCodeAt(end - 1) === 32 || line.charCodeAt(end - 1) === 9)) end--;
  return end > 0 && line[end - 1] === escape ? end - 1 : -1;
}
function reference(reader: LineReader): LogicalLine {
  const lineNo = reader.index + 1;
  const first = reader.lines[reader.index++]!;
  const start = firstNonBlank(first);
  // The first line's triple [0, line, column] is implied by the logical line's own position.
  const segments: number[] = [];
  const emptyContinuations: number[] = [];
  let cut = continuationAt(first, reader.escape);
  let text = cut < 0 ? first.slice(start) : first.slice(start, cut);
  let endLine = lineNo;
  let endColumn = first.length + 1;
  let quote = cut >= 0 ? quotes(text, 0, reader.escape) : 0;
  while (cut >= 0 && reader.index < reader.lines.length) {
    const next = reader.lines[reader.index]!;
    const lead = firstNonBlank(next);
    if (lead === next.length) {
      emptyContinuations.push(reader.index + 1);
      reader.index++;
      continue;
    }
    if (next.charCodeAt(lead) === 35) {
      reader.index++;
      continue;
    }
    reader.index++;
    endLine = reader.index;
    endColumn = next.length + 1;
    cut = continuationAt(next, reader.escape);
    let from = 0;
    if (quote === 0) {
      const trimmed = trimEnd(text);
      const gap = trimmed.length < text.length || lead > 0;
      text = gap && trimmed.length > 0 ? `${trimmed} ` : trimmed;
      from = lead;
    }
    const piece = cut < 0 ? next.slice(from) : next.slice(from, cut);
    segments.push(text.length, reader.index, from + 1);
    const before = text.length;
    text += piece;
    quote = quotes(text, before, reader.escape, quote);
  }
  return { text: trimEnd(text), line: lineNo, column: start + 1, endLine, endColumn, segments, emptyContinuations };
}

describe('LineReader.nextLogical', () => {
  test('joins continuation lines exactly as the whole-text version did', () => {
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
