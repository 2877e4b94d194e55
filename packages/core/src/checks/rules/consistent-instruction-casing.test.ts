import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkDockerfile } from '../../tooling.js';
import { consistentInstructionCasing } from './consistent-instruction-casing.js';
import { ruleCases } from './rule-cases.test-util.js';

ruleCases(consistentInstructionCasing, {
  fires: [
    "FROM alpine:3.20\nRun echo hi",
    "from alpine:3.20\nrun echo a\nRUN echo b",
  ],
  passes: [
    "FROM alpine:3.20\nRUN echo hi",
    "from alpine:3.20\nrun echo hi",
  ],
});

describe('ConsistentInstructionCasing without slicing keywords', () => {
  // The rule as first written: keywords read with a regular expression, casings compared by
  // upper- and lower-casing the whole word. The character-code version must agree on every file.
  function reference(text: string): string[] {
    const keywords = text.split('\n').flatMap((line, i) => {
      const m = /^\s*([A-Za-z]+)/.exec(line);
      return m && !line.trimStart().startsWith('#') ? [{ keyword: m[1]!, line: i + 1 }] : [];
    });
    const upper = keywords.filter((k) => k.keyword === k.keyword.toUpperCase()).length;
    const lower = keywords.filter((k) => k.keyword === k.keyword.toLowerCase()).length;
    return keywords.flatMap(({ keyword, line }) => {
      const expected = lower > upper ? keyword.toLowerCase() : keyword.toUpperCase();
      return keyword === expected ? [] : [`${line}: instruction '${keyword}' should be written '${expected}' like the rest of the file`];
    });
  }
  const cased = (word: string) => fc.array(fc.boolean(), { minLength: word.length, maxLength: word.length }).map((ups) => [...word].map((c, i) => (ups[i] ? c.toUpperCase() : c)).join(''));
  const line = fc.oneof(
    fc.tuple(fc.constantFrom('', ' ', '\t  '), cased('run'), fc.constant(' echo hi')).map((p) => p.join('')),
    fc.tuple(cased('env'), fc.constant(' A=1')).map((p) => p.join('')),
    fc.tuple(cased('workdir'), fc.constant(' /srv')).map((p) => p.join('')),
    fc.constant('# a comment'),
  );

  test('reports exactly what the regular-expression version reports', () => {
    fc.assert(
      fc.property(cased('from'), fc.array(line, { maxLength: 8 }), (from, body) => {
        const text = [`${from} alpine:3.20`, ...body].join('\n');
        const found = checkDockerfile(text, { rules: [consistentInstructionCasing] }).diagnostics.filter((d) => d.code === consistentInstructionCasing.code);
        expect(found.map((d) => `${d.source?.line}: ${d.message}`)).toEqual(reference(text));
      }),
      { numRuns: 500 },
    );
  });
});
