/**
 * One logical line: an instruction with its continuation lines joined, and a map back to the
 * physical lines so any offset in `text` has a 1-based line and column.
 */
export interface LogicalLine {
  /** The joined text, from the keyword to the end (comment lines and escapes removed). */
  text: string;
  /** 1-based line and column of the first character. */
  line: number;
  column: number;
  /** 1-based line of the last physical line, and the column just past its last character. */
  endLine: number;
  endColumn: number;
  /**
   * Flattened triples `[offset in text, line, column]`, one per physical line joined after the
   * first (whose text starts at offset 0, at `line` and `column`).
   */
  segments: readonly number[];
  /** 1-based lines of blank lines found inside the continuation (deprecated by Docker). */
  emptyContinuations: readonly number[];
}

// Most instructions fit on one line: they share these instead of allocating empty arrays.
const noNumbers: readonly number[] = Object.freeze([]);

/** A 1-based position. */
export interface Position {
  line: number;
  column: number;
}

/**
 * The position of an offset of a logical line's text in the physical file.
 *
 * @example
 * positionAt(logical, 4); // { line: 3, column: 5 }
 */
export function positionAt(logical: LogicalLine, offset: number): Position {
  const seg = logical.segments;
  let k = -1;
  for (let i = 0; i < seg.length; i += 3) {
    if (seg[i]! > offset) break;
    k = i;
  }
  if (k < 0) return { line: logical.line, column: logical.column + offset };
  return { line: seg[k + 1]!, column: seg[k + 2]! + (offset - seg[k]!) };
}

const SPACE = 32;
const TAB = 9;

function isBlankCode(c: number): boolean {
  return c === SPACE || c === TAB || c === 13 || c === 12 || c === 11;
}

/**
 * Index of the first non-blank character, or `line.length`.
 *
 * @example
 * firstNonBlank('  RUN x'); // 2
 */
export function firstNonBlank(line: string): number {
  let i = 0;
  while (i < line.length && isBlankCode(line.charCodeAt(i))) i++;
  return i;
}

/**
 * Reads a Dockerfile one physical or logical line at a time. Continuation lines (ending in
 * the escape token, trailing blanks allowed, the token itself not escaped) are joined exactly as
 * BuildKit joins them: the escape token and the line break go, every other character stays
 * (the blanks before the token and the indentation of the next line included), and comment
 * lines and blank lines inside are dropped. Only the first line's leading and the last line's
 * trailing blanks are trimmed.
 *
 * @example
 * const reader = new LineReader('RUN a \\\n  && b\n', '\\');
 * reader.nextLogical()?.text; // 'RUN a   && b'
 */
export class LineReader {
  /** Physical lines, without line terminators. */
  readonly lines: string[];
  /** Index of the next physical line to read. */
  index = 0;

  constructor(
    text: string,
    public escape: '\\' | '`' = '\\',
  ) {
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    this.lines = body.split('\n');
    if (body.endsWith('\n')) this.lines.pop();
    if (body.indexOf('\r') >= 0) {
      for (let i = 0; i < this.lines.length; i++) {
        const l = this.lines[i]!;
        if (l.charCodeAt(l.length - 1) === 13) this.lines[i] = l.slice(0, -1);
      }
    }
  }

  /** True when every line has been read. */
  get done(): boolean {
    return this.index >= this.lines.length;
  }

  /** The next physical line, consumed. */
  nextPhysical(): string | undefined {
    return this.index < this.lines.length ? this.lines[this.index++] : undefined;
  }

  /** The next physical line, not consumed. */
  peek(): string | undefined {
    return this.lines[this.index];
  }

  /**
   * Where the text before the escape token ends, when `line` (from `from`) continues onto the
   * next one. As in BuildKit, an escape token right after another one does not continue the line.
   */
  private continuationAt(line: string, from = 0): number {
    let end = line.length;
    while (end > from && (line.charCodeAt(end - 1) === SPACE || line.charCodeAt(end - 1) === TAB)) end--;
    const esc = this.escape.charCodeAt(0);
    if (end <= from || line.charCodeAt(end - 1) !== esc) return -1;
    return end - 1 > from && line.charCodeAt(end - 2) === esc ? -1 : end - 1;
  }

  /**
   * Reads the logical line that starts at the current physical line, which must hold an
   * instruction (not blank, not a comment).
   */
  nextLogical(): LogicalLine {
    const lineNo = this.index + 1;
    const first = this.lines[this.index++]!;
    const start = firstNonBlank(first);
    let cut = this.continuationAt(first, start);
    if (cut < 0 || this.index >= this.lines.length) {
      let end = cut < 0 ? first.length : cut;
      while (end > start && isBlankCode(first.charCodeAt(end - 1))) end--;
      return { text: first.slice(start, end), line: lineNo, column: start + 1, endLine: lineNo, endColumn: first.length + 1, segments: noNumbers, emptyContinuations: noNumbers };
    }
    const segments: number[] = [];
    let emptyContinuations = noNumbers as number[];
    let text = first.slice(start, cut);
    let endLine = lineNo;
    let endColumn = first.length + 1;
    while (cut >= 0 && this.index < this.lines.length) {
      const next = this.lines[this.index]!;
      const lead = firstNonBlank(next);
      if (lead === next.length) {
        if (emptyContinuations === noNumbers) emptyContinuations = [];
        emptyContinuations.push(this.index + 1);
        this.index++;
        continue;
      }
      if (next.charCodeAt(lead) === 35 /* # */) {
        this.index++;
        continue;
      }
      this.index++;
      endLine = this.index;
      endColumn = next.length + 1;
      cut = this.continuationAt(next);
      segments.push(text.length, this.index, 1);
      text += cut < 0 ? next : next.slice(0, cut);
    }
    return { text: trimEndBlank(text), line: lineNo, column: start + 1, endLine, endColumn, segments, emptyContinuations };
  }
}

function trimEndBlank(text: string): string {
  let end = text.length;
  while (end > 0 && isBlankCode(text.charCodeAt(end - 1))) end--;
  return end === text.length ? text : text.slice(0, end);
}
