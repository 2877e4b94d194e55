import type { ParseEntry } from 'shell-quote';
import { quotedBraces, variable } from './shell-variables.js';

// A scanner for the shell text most RUN lines are made of: words, single and double quotes,
// backslash escapes, `$NAME` / `${NAME}` (kept as written, as the analysis asks shell-quote to
// do), comments and the operators && || ; ;; | |& & ( ) < <& > >> >&. It gives exactly what
// shell-quote's `parse` gives with variables kept (a differential property test holds it to
// that) in one pass with no regular expression. Anything rarer — `$'…'`, here-strings, process
// substitution, unterminated quotes, a backslash before a line break or at the end, non-ASCII
// text — is refused and goes to shell-quote.

const BLANK = 1;
const OP = 2;
/** Characters a word needs to look at one by one (quotes, `$`, `\`, `#`); the rest are copied in runs. */
const SPECIAL = 3;
const kind = new Uint8Array(128);
for (const c of ' \t\n\r\v\f') kind[c.charCodeAt(0)] = BLANK;
for (const c of '|&;()<>') kind[c.charCodeAt(0)] = OP;
for (const c of '\'"$\\#') kind[c.charCodeAt(0)] = SPECIAL;

/**
 * Receives what {@link scanShell} reads, in order. Scanning straight into a consumer spares the
 * entry list and the operator objects shell-quote's format needs.
 *
 * @example
 * const names: string[] = [];
 * scanShell('a | b', { word: (w) => names.push(w), operator: () => {}, comment: () => {} }); // names: ['a', 'b']
 */
export interface ShellTokenSink {
  /** A word; `glob` when shell-quote would give it as `{ op: 'glob', pattern }`. */
  word(text: string, glob: boolean): void;
  /** An operator such as `&&`, `|` or `>` (the strings shell-quote gives as `{ op }`). */
  operator(op: string): void;
  /** The rest of the text after an unquoted `#`. */
  comment(text: string): void;
}

/** Collects tokens in shell-quote's format. */
class EntryList implements ShellTokenSink {
  readonly entries: ParseEntry[] = [];
  word(text: string, glob: boolean): void {
    this.entries.push(glob ? ({ op: 'glob', pattern: text } as ParseEntry) : text);
  }
  operator(op: string): void {
    this.entries.push({ op } as ParseEntry);
  }
  comment(text: string): void {
    this.entries.push({ comment: text });
  }
}

/**
 * Tokenises common shell text the way shell-quote does, or returns undefined when the text
 * needs shell-quote.
 *
 * @example
 * scanShellWords('apt-get install -y "$PKG" > /dev/null'); // ['apt-get', 'install', '-y', '$PKG', { op: '>' }, '/dev/null']
 */
export function scanShellWords(text: string): ParseEntry[] | undefined {
  const list = new EntryList();
  return scanShell(text, list) ? list.entries : undefined;
}

/**
 * Scans common shell text into `sink`, token by token as shell-quote would give them. Returns
 * false when the text needs shell-quote; the sink may then have received a part of it.
 *
 * @example
 * scanShell('echo "$HOME" > out', sink); // word('echo'), word('$HOME'), operator('>'), word('out')
 */
export function scanShell(text: string, sink: ShellTokenSink): boolean {
  const bytes = new Uint8Array(text.length + 4);
  encoder.encodeInto(text, bytes);
  return scanBytes(text, bytes, sink);
}

/**
 * Reading character codes from a UTF-8 copy of the text is several times faster than
 * `charCodeAt` on the sliced and joined strings RUN text is made of. Up to the first non-ASCII
 * character (where the scan stops) byte and character positions are the same.
 */
const encoder = new TextEncoder();

function scanBytes(text: string, bytes: Uint8Array, sink: ShellTokenSink): boolean {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = bytes[i]!;
    if (code >= 128) return false;
    const k = kind[code];
    if (k === BLANK) {
      i++;
      continue;
    }
    if (k === OP) {
      const op = operator(text, i);
      if (op === undefined) return false;
      sink.operator(op);
      i += op.length;
      continue;
    }
    // A word: runs until a blank or an operator outside quotes.
    let word = '';
    let glob = false;
    let quoted = false;
    while (i < n) {
      const c = bytes[i]!;
      if (c >= 128) return false;
      const k = kind[c];
      if (k === BLANK || k === OP) break;
      if (k === 0) {
        // A run of ordinary characters, copied with one slice.
        let j = i;
        for (; j < n; j++) {
          const d = bytes[j]!;
          if (d >= 128 || kind[d] !== 0) break;
          if (d === 0x2a /* * */ || d === 0x3f /* ? */) glob = true;
        }
        word += text.slice(i, j);
        i = j;
        continue;
      }
      if (c === 0x27 /* ' */) {
        let end = i + 1;
        for (; end < n; end++) {
          const d = bytes[end]!;
          if (d === 0x27) break;
          if (d >= 128) return false;
        }
        if (end >= n) return false;
        word += text.slice(i + 1, end);
        i = end + 1;
        quoted = true;
      } else if (c === 0x22 /* " */) {
        i++;
        for (;;) {
          if (i >= n) return false;
          const d = bytes[i]!;
          if (d >= 128) return false;
          if (d === 0x22) break;
          if (d === 0x5c /* \ */) {
            // Inside double quotes only \" \\ and \$ lose their backslash.
            const e = escapable(text, i + 1);
            if (e === 0) return false;
            word += e === 0x22 || e === 0x5c || e === 0x24 ? text[i + 1] : text.slice(i, i + 2);
            i += 2;
          } else if (d === 0x24 /* $ */) {
            const v = text.charCodeAt(i + 1) === 0x7b /* { */ ? quotedBraces(text, i) : variable(text, i);
            if (v === undefined) return false;
            word += v.text;
            i = v.end;
          } else {
            let j = i + 1;
            for (; j < n; j++) {
              const e = bytes[j]!;
              if (e >= 128 || e === 0x22 || e === 0x24 || e === 0x5c) break;
            }
            word += text.slice(i, j);
            i = j;
          }
        }
        i++;
        quoted = true;
      } else if (c === 0x24 /* $ */) {
        const v = variable(text, i);
        if (v === undefined) return false;
        word += v.text;
        i = v.end;
      } else if (c === 0x5c /* \ */) {
        // Outside quotes a backslash keeps the next character as it is. shell-quote decides
        // "glob" before it looks at the escape, so an escaped * or ? still makes a glob.
        const d = escapable(text, i + 1);
        if (d === 0) return false;
        if (d === 0x2a || d === 0x3f) glob = true;
        word += text[i + 1];
        i += 2;
      } else {
        // A comment (`#` outside quotes, even inside a word): shell-quote keeps the word read so
        // far as a plain string, gives the rest of the text as one comment and stops.
        if (word !== '') sink.word(word, false);
        sink.comment(text.slice(i + 1));
        return true;
      }
    }
    // shell-quote keeps an empty quoted word ('' or "") as an empty string.
    if (word !== '' || quoted) sink.word(word, glob);
  }
  return true;
}

/**
 * The character code an escape at `i` keeps, or 0 when the scanner leaves the escape to
 * shell-quote: at the end of the text, before a line break or other control blank (where the
 * chunking differs), or before non-ASCII text.
 */
function escapable(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  return c >= 128 || (c < 0x20 && c !== 0x09) || c === 0x7f ? 0 : c;
}

/** The operator at `i`, as shell-quote's alternation picks it, or undefined for the rare ones. */
function operator(text: string, i: number): string | undefined {
  const c = text[i];
  const next = text[i + 1];
  switch (c) {
    case '|':
      return next === '|' ? '||' : next === '&' ? '|&' : '|';
    case '&':
      return next === '&' ? '&&' : next === '>' ? undefined : '&';
    case ';':
      if (next === ';') return text[i + 2] === '&' ? undefined : ';;';
      return next === '&' ? undefined : ';';
    case '<':
      if (next === '<') {
        // Heredoc markers (`<<EOF`, `<<-EOF`); here-strings and `<<(` are left to shell-quote.
        const third = text[i + 2];
        if (third === '<' || third === '(') return undefined;
        return third === '-' ? '<<-' : '<<';
      }
      if (next === '(' || next === '>') return undefined;
      return next === '&' ? '<&' : '<';
    case '>':
      if (next === '|' || next === '(') return undefined;
      return next === '>' ? '>>' : next === '&' ? '>&' : '>';
    default:
      return c; // ( or )
  }
}
