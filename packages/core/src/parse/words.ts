import { canonicalWord } from '../print/quote.js';
import { isPlainReference } from './variables.js';

/**
 * A whitespace-separated word of an instruction, as written (quotes and escapes kept), with
 * its offset in the logical line.
 */
export interface RawWord {
  text: string;
  offset: number;
  /** No quote and no escape token in it: unquoting changes at most its dollars. */
  plain: boolean;
}

/**
 * Splits text into words at white space outside quotes, keeping each word raw. Quotes and the
 * escape token only protect white space here; `unquote` removes them. Reports an unclosed quote
 * through `unclosed` (the offset of the opening quote) rather than throwing.
 *
 * @example
 * splitWords('a "b c" d', 0, '\\').map((w) => w.text); // ['a', '"b c"', 'd']
 */
export function splitWords(text: string, base: number, escape: string, unclosed?: (offset: number) => void): RawWord[] {
  const words: RawWord[] = [];
  let i = 0;
  for (;;) {
    const word = nextWord(text, i, base, escape, unclosed);
    if (!word) return words;
    words.push(word);
    i = word.offset - base + word.text.length;
  }
}

/**
 * The next raw word of `text` at or after index `from` (see `splitWords`), or `undefined`.
 *
 * @example
 * nextWord('--a=1 rest', 0, 0, '\\'); // { text: '--a=1', offset: 0, plain: true }
 */
export function nextWord(text: string, from: number, base: number, escape: string, unclosed?: (offset: number) => void): RawWord | undefined {
  const esc = escape.charCodeAt(0);
  const n = text.length;
  let i = from;
  while (i < n && isBlank(text.charCodeAt(i))) i++;
  if (i >= n) return undefined;
  const start = i;
  let quote = 0;
  let quoteAt = -1;
  let plain = true;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (quote === 0) {
      // Blanks and quotes are all below 40; the escape token (\\ or `) is above.
      if (c > 39) {
        if (c === esc) {
          i++;
          plain = false;
        }
      } else if (c === 34 || c === 39) {
        quote = c;
        quoteAt = i;
        plain = false;
      } else if (isBlank(c)) {
        break;
      }
    } else if (quote === 39) {
      if (c === 39) quote = 0;
    } else if (c === esc) {
      i++;
    } else if (c === 34) {
      quote = 0;
    }
  }
  if (quote !== 0) unclosed?.(base + quoteAt);
  return { text: text.slice(start, Math.min(i, n)), offset: base + start, plain };
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 10 || c === 12 || c === 11;
}

/**
 * Removes quotes and escapes from a word the way the builder lexes ENV, LABEL, ARG, COPY and
 * the other expanded instructions, in the model's convention: `$NAME`/`${…}` stay variable
 * references and a literal dollar becomes `\$` (from `\$`, `$` inside single quotes, or a `$`
 * that starts no reference, as `canonicalWord` reads it).
 *
 * @example
 * unquote('"hello world"', '\\'); // 'hello world'
 * unquote("'$HOME'", '\\'); // '\\$HOME'
 */
export function unquote(word: string, escape: string): string {
  return canonicalDollars(lexWord(word, escape));
}

/**
 * `unquote` of a raw word, or of its characters `from` to `to`; a plain word (no quotes, no
 * escapes) skips the lexing.
 *
 * @example
 * unquoteWord({ text: 'APP=/app/$NAME', offset: 4, plain: true }, '\\', 4); // '/app/$NAME'
 */
export function unquoteWord(word: RawWord, escape: string, from = 0, to = word.text.length): string {
  const text = from === 0 && to === word.text.length ? word.text : word.text.slice(from, to);
  return canonicalDollars(word.plain ? text : lexWord(text, escape));
}

/**
 * `canonicalWord(text)`, answered without it when every dollar is escaped or starts a plain
 * `$NAME` or `${NAME}` (which it leaves as they are): most words hold no other form.
 */
function canonicalDollars(text: string): string {
  for (let at = text.indexOf('$'); at >= 0; at = text.indexOf('$', at + 1)) {
    // canonicalWord keeps a dollar right after a backslash as it is, whatever comes before.
    if (at > 0 && text.charCodeAt(at - 1) === 0x5c /* \ */) continue;
    if (!isPlainReference(text, at)) return canonicalWord(text);
  }
  return text;
}

function lexWord(word: string, escape: string): string {
  const double = word.indexOf('"');
  const single = word.indexOf("'");
  if (double < 0 && single < 0 && word.indexOf(escape) < 0) return word;
  // One quoted string and nothing else ("a b", or 'a b' without dollars) is its inside.
  const n = word.length;
  if (double === 0 && single < 0 && word.indexOf('"', 1) === n - 1 && word.indexOf(escape) < 0) return word.slice(1, n - 1);
  if (single === 0 && double < 0 && word.indexOf("'", 1) === n - 1 && word.indexOf('$') < 0) return word.slice(1, n - 1);
  // Characters kept as they are accumulate in a run [from, i) copied with one slice.
  const esc = escape.charCodeAt(0);
  let out = '';
  let quote = 0;
  let from = 0;
  for (let i = 0; i < n; i++) {
    const c = word.charCodeAt(i);
    if (quote === 0x27 /* ' */) {
      if (c === 0x27) {
        out += word.slice(from, i);
        quote = 0;
        from = i + 1;
      } else if (c === 0x24 /* $ */) {
        out += word.slice(from, i) + '\\$';
        from = i + 1;
      }
    } else if (c === esc && i + 1 < n) {
      const next = word.charCodeAt(i + 1);
      // Inside double quotes the escape keeps its meaning only before " $ and itself.
      if (quote === 0x22 && next !== 0x22 && next !== 0x24 && next !== esc) continue;
      out += word.slice(from, i) + (next === 0x24 ? '\\$' : word[i + 1]!);
      i++;
      from = i + 1;
    } else if (quote === 0x22 /* " */) {
      if (c === 0x22) {
        out += word.slice(from, i);
        quote = 0;
        from = i + 1;
      }
    } else if (c === 0x22 || c === 0x27) {
      out += word.slice(from, i);
      quote = c;
      from = i + 1;
    }
  }
  return out + word.slice(from);
}
