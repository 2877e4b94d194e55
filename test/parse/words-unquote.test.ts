import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { canonicalWord } from '../../packages/core/src/compile/quote.js';
import { unquote } from '../../packages/core/src/parse/words.js';

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
    const pieces = ['a', 'b c', '"', "'", '\\', '`', '$', '$A', '${B}', '=', 'é', '\u{1F600}', ' '];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), fc.constantFrom('\\', '`'), (parts, escape) => {
        const word = parts.join('');
        expect(unquote(word, escape)).toBe(reference(word, escape));
      }),
      { numRuns: 20000 },
    );
  });
});
