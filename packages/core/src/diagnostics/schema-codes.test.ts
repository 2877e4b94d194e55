import { expect, it } from 'vitest';
import { schemaCodes } from './schema-codes.js';

// Ranges of ten are handed to parallel work (DSL1040–DSL1049 for build inputs): a new range may
// leave a gap before it, but inside a range codes are numbered without gaps.
it('numbers schema codes DSL1001 upward without gaps inside a range, each with a PascalCase rule', () => {
  const numbers = Object.keys(schemaCodes).map((c) => Number(c.slice(3)));
  expect(numbers[0]).toBe(1001);
  numbers.slice(1).forEach((n, i) => expect(n === numbers[i]! + 1 || (n > numbers[i]! && n % 10 === 0), `DSL${n}`).toBe(true));
  for (const entry of Object.values(schemaCodes)) expect(entry.rule).toMatch(/^[A-Z][A-Za-z]+$/);
  expect(new Set(Object.values(schemaCodes).map((e) => e.rule)).size).toBe(numbers.length);
});
