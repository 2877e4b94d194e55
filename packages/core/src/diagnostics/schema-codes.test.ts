import { expect, it } from 'vitest';
import { schemaCodes } from './schema-codes.js';

// Ranges of codes are handed out to parallel work, so a range may start before the one below it is full.
it('numbers schema codes DSL1001 upward in order, each with a PascalCase rule', () => {
  const codes = Object.keys(schemaCodes);
  expect(codes[0]).toBe('DSL1001');
  for (const code of codes) expect(code).toMatch(/^DSL1\d{3}$/);
  expect(codes).toEqual([...codes].sort());
  for (const entry of Object.values(schemaCodes)) expect(entry.rule).toMatch(/^[A-Z][A-Za-z]+$/);
  expect(new Set(Object.values(schemaCodes).map((e) => e.rule)).size).toBe(codes.length);
});
