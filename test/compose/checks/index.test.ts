import { compose } from '@dockerdsl/core';
import { describe, expect, it } from 'vitest';

describe('checkStack', () => {
  it('reports a project name Compose rejects (DSL4014)', () => {
    const [d] = compose.checkStack({ name: 'My Shop', services: { web: { image: 'nginx' } } });
    expect(d).toMatchObject({ code: 'DSL4014', path: ['compose', 'My Shop', 'name'] });
  });

  it('has one catalogue entry per code, with a rule name', () => {
    for (const [code, entry] of Object.entries(compose.composeCodes)) {
      expect(code).toMatch(/^DSL4\d{3}$/);
      expect(entry.rule).toMatch(/^[A-Z][A-Za-z]+$/);
    }
    expect(new Set(Object.values(compose.composeCodes).map((e) => e.rule)).size).toBe(Object.keys(compose.composeCodes).length);
  });
});
