import { describe, expect, it } from 'vitest';
import { LineReader, positionAt } from './lines.js';
import { codesOf, stepsOf } from './parse-helpers.test-util.js';

describe('LineReader', () => {
  it('joins continuation lines as BuildKit does, keeping the blanks before the escape and the indentation after it', () => {
    const reader = new LineReader('RUN set -eux; \\\n    apt-get update \\\n\t&& apt-get install -y curl\n');
    expect(reader.nextLogical().text).toBe('RUN set -eux;     apt-get update \t&& apt-get install -y curl');
    expect(reader.done).toBe(true);
  });

  it('keeps the text inside quotes exactly, as Docker concatenates it', () => {
    const reader = new LineReader('RUN echo "a \\\n   b" \\\n  c\n');
    expect(reader.nextLogical().text).toBe('RUN echo "a    b"   c');
  });

  it('joins with no space when neither side had white space', () => {
    expect(new LineReader('RUN ab\\\ncd\n').nextLogical().text).toBe('RUN abcd');
  });

  it('drops comment lines and blank lines inside a continuation and records the blank ones', () => {
    const reader = new LineReader('RUN a \\\n# note\n\n   \\\n  b\nCMD x\n');
    const logical = reader.nextLogical();
    expect(logical.text).toBe('RUN a      b');
    expect(logical.emptyContinuations).toEqual([3]);
    expect(reader.peek()).toBe('CMD x');
  });

  it('treats trailing blanks after the escape token as a continuation', () => {
    expect(new LineReader('RUN a \\  \n b\n').nextLogical().text).toBe('RUN a  b');
  });

  it('does not continue a line whose escape token is itself escaped', () => {
    const reader = new LineReader('RUN echo \\\\\nCMD x\n');
    expect(reader.nextLogical().text).toBe('RUN echo \\\\');
    expect(reader.nextLogical().text).toBe('CMD x');
  });

  it('uses the backtick escape when told to', () => {
    const reader = new LineReader('RUN Write-Host a; `\n    Write-Host b\n', '`');
    expect(reader.nextLogical().text).toBe('RUN Write-Host a;     Write-Host b');
  });

  it('handles CRLF and a byte-order mark', () => {
    const reader = new LineReader('\uFEFFFROM a\r\nRUN b \\\r\n  c\r\n');
    expect(reader.nextLogical().text).toBe('FROM a');
    expect(reader.nextLogical().text).toBe('RUN b   c');
  });

  it('maps offsets of the joined text back to physical lines and columns', () => {
    const logical = new LineReader('  RUN a \\\n      --flag\n').nextLogical();
    expect(logical.line).toBe(1);
    expect(logical.column).toBe(3);
    expect(positionAt(logical, 0)).toEqual({ line: 1, column: 3 });
    expect(positionAt(logical, logical.text.indexOf('--flag'))).toEqual({ line: 2, column: 7 });
    expect([logical.endLine, logical.endColumn]).toEqual([2, 13]);
  });

  it('ends a continuation at the end of the file', () => {
    expect(stepsOf('FROM a\nRUN b \\')).toEqual([{ kind: 'run', command: 'b' }]);
  });

  it('reports a blank line inside a continuation as a DSL5019 warning', () => {
    expect(codesOf('FROM a\nRUN b \\\n\n c\n')).toEqual(['DSL5019']);
  });
});
