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
 * the escape token, trailing blanks allowed) are joined as BuildKit joins them: comment lines
 * and blank lines inside are dropped. Outside quotes, the white space around a join collapses
 * to one space, which the shell and the word splitter cannot tell apart; inside quotes the text
 * is kept exactly.
 *
 * @example
 * const reader = new LineReader('RUN a \\\n  && b\n', '\\');
 * reader.nextLogical()?.text; // 'RUN a && b'
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

  /** Where the text before the escape token ends, when `line` continues onto the next one. */
  private continuationAt(line: string): number {
    let end = line.length;
    while (end > 0 && (line.charCodeAt(end - 1) === SPACE || line.charCodeAt(end - 1) === TAB)) end--;
    return end > 0 && line.charCodeAt(end - 1) === this.escape.charCodeAt(0) ? end - 1 : -1;
  }

  /**
   * Reads the logical line that starts at the current physical line, which must hold an
   * instruction (not blank, not a comment).
   */
  nextLogical(): LogicalLine {
    const lineNo = this.index + 1;
    const first = this.lines[this.index++]!;
    const start = firstNonBlank(first);
    let cut = this.continuationAt(first);
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
    let quote = scanQuotes(text, this.escape);
    // The text grows by concatenation (head + tail); reading a character of it, or slicing it,
    // would flatten the whole string again on every line of a long RUN. Trailing blanks are
    // trimmed in the last piece (the tail) and quotes are scanned in the piece alone.
    let head = '';
    let tail = text;
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
      let from = 0;
      if (quote === 0) {
        const kept = trimEndBlank(tail);
        // A tail of blanks only (rare) may leave blanks before it: trim the whole text then.
        const trimmed = kept.length === 0 ? trimEndBlank(text) : kept.length === tail.length ? text : head + kept;
        const gap = trimmed.length < text.length || lead > 0;
        text = gap && trimmed.length > 0 ? trimmed + ' ' : trimmed;
        from = lead;
      }
      const piece = cut < 0 ? next.slice(from) : next.slice(from, cut);
      segments.push(text.length, this.index, from + 1);
      head = text;
      tail = piece;
      text += piece;
      quote = scanQuotes(piece, this.escape, quote);
    }
    return { text: trimEndBlank(text), line: lineNo, column: start + 1, endLine, endColumn, segments, emptyContinuations };
  }
}

function trimEndBlank(text: string): string {
  let end = text.length;
  while (end > 0 && isBlankCode(text.charCodeAt(end - 1))) end--;
  return end === text.length ? text : text.slice(0, end);
}

/**
 * The quote state (0 outside, else the char code of the open quote) after scanning `text`,
 * starting in state `state`. It jumps from quote to quote with `indexOf` rather than reading
 * every character: most pieces hold no quote at all, and a character loop costs several times
 * more here.
 */
function scanQuotes(text: string, escape: string, state = 0): number {
  const esc = escape.charCodeAt(0);
  let i = 0;
  for (;;) {
    // Inside single quotes the escape token is plain text.
    if (state === 39) {
      const q = text.indexOf("'", i);
      if (q < 0) return state;
      state = 0;
      i = q + 1;
      continue;
    }
    let q = text.indexOf('"', i);
    if (state === 0) {
      const single = text.indexOf("'", i);
      if (single >= 0 && (q < 0 || single < q)) q = single;
    }
    if (q < 0) return state;
    if (!escaped(text, q, i, esc)) state = state === 0 ? text.charCodeAt(q) : 0;
    i = q + 1;
  }
}

/** Whether the character at `at` follows an odd run of escape tokens (which starts at or after `from`). */
function escaped(text: string, at: number, from: number, esc: number): boolean {
  let k = at;
  while (k > from && text.charCodeAt(k - 1) === esc) k--;
  return (at - k) % 2 === 1;
}
