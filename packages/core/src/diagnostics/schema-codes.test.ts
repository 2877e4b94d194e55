import { expect, it } from 'vitest';
import { schemaCodes } from './schema-codes.js';

it('numbers schema codes DSL1001 upward without gaps, each with a PascalCase rule', () => {
  const codes = Object.keys(schemaCodes);
  expect(codes).toEqual(codes.map((_, i) => `DSL${1001 + i}`));
  for (const entry of Object.values(schemaCodes)) expect(entry.rule).toMatch(/^[A-Z][A-Za-z]+$/);
  expect(new Set(Object.values(schemaCodes).map((e) => e.rule)).size).toBe(codes.length);
});
