import { compose } from '@dockerdsl/core';
import { describe, expect, it } from 'vitest';

describe('DSL4013 secret-looking environment values', () => {
  it('warns about plain-text passwords and keys, suggesting secrets', () => {
    const found = compose.checkStack({ services: { db: { image: 'postgres', environment: { POSTGRES_PASSWORD: 'example', API_KEY: 'abc', LOG_LEVEL: 'info' } } } }, []);
    expect(found.map((d) => [d.code, d.severity, d.path.at(-1)])).toEqual([
      ['DSL4013', 'warning', 'POSTGRES_PASSWORD'],
      ['DSL4013', 'warning', 'API_KEY'],
    ]);
    expect(found[0]!.hint).toContain('POSTGRES_PASSWORD_FILE');
  });

  it('does not warn about interpolations, pass-through, empty values or *_FILE paths', () => {
    expect(compose.looksSecret('DB_PASSWORD', '${DB_PASSWORD}')).toBe(false);
    expect(compose.looksSecret('DB_PASSWORD', null)).toBe(false);
    expect(compose.looksSecret('DB_PASSWORD', '')).toBe(false);
    expect(compose.looksSecret('DB_PASSWORD_FILE', '/run/secrets/db')).toBe(false);
    expect(compose.looksSecret('PASSPORT_OFFICE', 'x')).toBe(false);
    expect(compose.looksSecret('GITHUB_TOKEN', 'x')).toBe(true);
  });
});
