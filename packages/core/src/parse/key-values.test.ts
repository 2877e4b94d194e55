import fc from 'fast-check';
import { describe, expect, it, test } from 'vitest';
import { equalsAt } from './key-values.js';
import { splitWords } from './words.js';
import { codesOf, stepsOf } from './parse-helpers.test-util.js';

describe('ENV, LABEL and ARG', () => {
  it('reads key=value pairs with quotes and escapes removed', () => {
    expect(stepsOf('FROM a\nENV A=1 B="two words" C=three\\ words PATH=/app/bin:$PATH\n')).toEqual([
      { kind: 'env', vars: { A: '1', B: 'two words', C: 'three words', PATH: '/app/bin:$PATH' } },
    ]);
  });

  it('reads the legacy ENV k v form, the rest of the line being the value', () => {
    expect(stepsOf('FROM a\nENV JAVA_OPTS -Xmx512m -Dfile.encoding=UTF-8\n')).toEqual([{ kind: 'env', vars: { JAVA_OPTS: '-Xmx512m -Dfile.encoding=UTF-8' } }]);
  });

  it('keeps variable references and writes literal dollars as \\$', () => {
    expect(stepsOf("FROM a\nENV A=${B:-x} C='$D' E=\\$F G=cost$5\n")).toEqual([{ kind: 'env', vars: { A: '${B:-x}', C: '\\$D', E: '\\$F', G: 'cost\\$5' } }]);
  });

  it('reads quoted label keys and multi-line labels', () => {
    expect(stepsOf('FROM a\nLABEL "com.example.vendor"="ACME Inc" \\\n      version=1.0\n')).toEqual([{ kind: 'label', labels: { 'com.example.vendor': 'ACME Inc', version: '1.0' } }]);
  });

  it('splits ARG with several names into one ARG each', () => {
    expect(stepsOf('FROM a\nARG TARGETOS TARGETARCH=amd64\n')).toEqual([
      { kind: 'arg', name: 'TARGETOS' },
      { kind: 'arg', name: 'TARGETARCH', default: 'amd64' },
    ]);
  });

  it('reports words without = and a missing value', () => {
    expect(codesOf('FROM a\nENV A=1 B\n')).toEqual(['DSL5017']);
    expect(codesOf('FROM a\nENV A\n')).toEqual(['DSL5017']);
    expect(codesOf('FROM a\nLABEL =x\n')).toEqual(['DSL5017']);
    expect(codesOf('FROM a\nENV A="unclosed\n')).toEqual(['DSL5012']);
  });
});

describe('equalsAt', () => {
  // The = finder as first written: one character at a time, quotes and escapes followed.
  function reference(word: string, escape: string): number {
    let quote = '';
    for (let i = 0; i < word.length; i++) {
      const ch = word[i]!;
      if (quote === "'") {
        if (ch === "'") quote = '';
      } else if (ch === escape) i++;
      else if (quote === '"') {
        if (ch === '"') quote = '';
      } else if (ch === '"' || ch === "'") quote = ch;
      else if (ch === '=') return i;
    }
    return -1;
  }

  test('finds the first = outside quotes as the character-by-character version did', () => {
    const pieces = ['a', '=', '"', "'", '\\', '`', '$', 'b c'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), fc.constantFrom('\\', '`'), (parts, escape) => {
        for (const word of splitWords(parts.join(''), 0, escape)) expect(equalsAt(word, escape)).toBe(reference(word.text, escape));
      }),
      { numRuns: 10000 },
    );
  });
});
