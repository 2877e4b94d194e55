import fc from 'fast-check';
import { expect, it } from 'vitest';
import { didYouMean, editDistance } from './did-you-mean.js';

it('measures edits, counting an adjacent swap as one', () => {
  expect(editDistance('biuld', 'build')).toBe(1);
  expect(editDistance('', 'abc')).toBe(3);
  expect(editDistance('kitten', 'sitting')).toBe(3);
});

it('suggests only close candidates', () => {
  expect(didYouMean('biuld', ['build', 'runtime'])).toBe('build');
  expect(didYouMean('Build', ['build'])).toBe('build');
  expect(didYouMean('xyz', ['build'])).toBeUndefined();
  expect(didYouMean('build', ['build'])).toBeUndefined();
});

it('skipping candidates by length never changes the suggestion', () => {
  // The plain definition: the closest candidate within the limit, first one on ties.
  const reference = (word: string, candidates: string[]): string | undefined => {
    let best: string | undefined;
    let bestDistance = Infinity;
    for (const c of candidates) {
      if (c === word) continue;
      const d = editDistance(word.toLowerCase(), c.toLowerCase());
      if (d < bestDistance && d <= Math.max(1, Math.floor(word.length / 3))) [best, bestDistance] = [c, d];
    }
    return best;
  };
  const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'A', '_'), maxLength: 9 });
  fc.assert(fc.property(word, fc.array(word, { maxLength: 8 }), (w, candidates) => {
    expect(didYouMean(w, candidates)).toBe(reference(w, candidates));
  }), { numRuns: 5000 });
});
