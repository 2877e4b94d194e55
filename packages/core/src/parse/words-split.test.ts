import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { splitWords } from './words.js';

// Word splitting as first written: one state machine step per character, in one order.
function reference(text: string, base: number, escape: string): Array<{ text: string; offset: number; plain: boolean; unclosed?: number }> {
  const isBlank = (c: number): boolean => c === 32 || c === 9 || c === 13 || c === 10 || c === 12 || c === 11;
  const esc = escape.charCodeAt(0);
  const words = [];
  let i = 0;
  for (;;) {
    while (i < text.length && isBlank(text.charCodeAt(i))) i++;
    if (i >= text.length) return words;
    const start = i;
    let quote = 0;
    let quoteAt = -1;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (quote === 39) {
        if (c === 39) quote = 0;
      } else if (c === esc) i++;
      else if (quote === 34) {
        if (c === 34) quote = 0;
      } else if (c === 34 || c === 39) {
        quote = c;
        quoteAt = i;
      } else if (isBlank(c)) break;
    }
    const word = text.slice(start, Math.min(i, text.length));
    const plain = !/["']/.test(word) && !word.includes(escape);
    words.push(quote === 0 ? { text: word, offset: base + start, plain } : { text: word, offset: base + start, plain, unclosed: base + quoteAt });
    i = Math.min(i, text.length);
  }
}

describe('splitWords', () => {
  test('splits and marks plain words as the character-by-character version did', () => {
    const pieces = ['a', 'bc', ' ', '  ', '\t', '\n', '"', "'", '\\', '`', '$', '=', '#', '!', '(', '~'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 16 }), fc.constantFrom('\\', '`'), (parts, escape) => {
        const text = parts.join('');
        const unclosed: number[] = [];
        const words = splitWords(text, 5, escape, (at) => unclosed.push(at));
        const expected = reference(text, 5, escape);
        expect(words).toEqual(expected.map(({ unclosed: _, ...word }) => word));
        expect(unclosed).toEqual(expected.flatMap((w) => (w.unclosed === undefined ? [] : [w.unclosed])));
      }),
      { numRuns: 10000 },
    );
  });
});
