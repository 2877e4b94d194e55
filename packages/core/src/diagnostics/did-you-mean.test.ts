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
