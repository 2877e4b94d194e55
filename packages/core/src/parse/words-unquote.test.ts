import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { canonicalWord } from '../print/quote.js';
import { splitWords, unquote, unquoteWord } from './words.js';

// unquote as first written: one character at a time. The version that copies runs of plain
// characters by slice must give the same text for any word and either escape token.
function reference(word: string, escape: string): string {
  let plain = word;
  if (/["'\\`]/.test(word)) {
    plain = '';
    let quote = '';
    for (let i = 0; i < word.length; i++) {
      const ch = word[i]!;
      if (quote === "'") {
        if (ch === "'") quote = '';
        else plain += ch === '$' ? '\\$' : ch;
      } else if (ch === escape && i + 1 < word.length) {
        const next = word[i + 1]!;
        if (quote === '"' && next !== '"' && next !== '$' && next !== escape) {
          plain += ch;
          continue;
        }
        plain += next === '$' ? '\\$' : next;
        i++;
      } else if (quote === '"') {
        if (ch === '"') quote = '';
        else plain += ch;
      } else if (ch === '"' || ch === "'") {
        quote = ch;
      } else {
        plain += ch;
      }
    }
  }
  return plain.indexOf('$') < 0 ? plain : canonicalWord(plain);
}

describe('unquote', () => {
  test('gives what the character-by-character version gave', () => {
    const pieces = ['a', 'b c', '"', "'", '\\', '`', '$', '$A', '${B}', '${_b1}', '${1}', '${A:-x}', '$$', '{', '}', '_', '9', '=', 'é', '\u{1F600}', ' '];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), fc.constantFrom('\\', '`'), (parts, escape) => {
        const word = parts.join('');
        expect(unquote(word, escape)).toBe(reference(word, escape));
      }),
      { numRuns: 20000 },
    );
  });

  test('of a raw word or a part of it gives what unquote gives for that text (plain words skip the lexing)', () => {
    const pieces = ['a', ' ', '\t', '"', "'", '\\', '`', '$', '$A', '${B}', '${A:-x}', '$1', '=', '/', 'é'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 16 }), fc.constantFrom('\\', '`'), fc.nat(), fc.nat(), (parts, escape, a, b) => {
        for (const word of splitWords(parts.join(''), 3, escape)) {
          expect(unquoteWord(word, escape)).toBe(unquote(word.text, escape));
          const from = a % (word.text.length + 1);
          const to = from + (b % (word.text.length - from + 1));
          expect(unquoteWord(word, escape, from, to)).toBe(unquote(word.text.slice(from, to), escape));
        }
      }),
      { numRuns: 10000 },
    );
  });
});
