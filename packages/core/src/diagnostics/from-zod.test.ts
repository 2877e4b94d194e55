import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { attachSource } from '../model/source-location.js';
import { diagnosticsFromZod } from './from-zod.js';

describe('diagnosticsFromZod', () => {
  it('names stages in paths and finds the nearest source location', () => {
    const step = attachSource({ kind: 'x' }, { file: 'dsl.ts', line: 7, column: 5 });
    const input = { stages: [{ name: 'build', steps: [step] }] };
    const issues = [{ code: 'custom', message: 'bad', path: ['stages', 0, 'steps', 0, 'kind'], params: { code: 'DSL1011' } }] as unknown as z.core.$ZodIssue[];
    expect(diagnosticsFromZod(issues, input, ['images', 'api'])).toEqual([
      { code: 'DSL1011', rule: 'WhitespaceInFlag', severity: 'error', message: "'kind': bad", path: ['images', 'api', 'stages', 'build', 'steps', 0, 'kind'], source: { file: 'dsl.ts', line: 7, column: 5 } },
    ]);
  });

  it('maps zod issue kinds to codes with readable sentences', () => {
    const schema = z.strictObject({ a: z.string(), b: z.enum(['x', 'y']).optional(), c: z.array(z.string()).max(1).optional(), d: z.union([z.string(), z.number()]).optional() });
    const run = (v: unknown) => {
      const r = schema.safeParse(v);
      return r.success ? [] : diagnosticsFromZod(r.error.issues, v).map((d) => `${d.code} ${d.message}`);
    };
    expect(run({})).toEqual(["DSL1001 'a' is required"]);
    expect(run({ a: 1 })).toEqual(["DSL1002 'a' must be a string, not a number"]);
    expect(run({ a: 'x', b: 'z' })).toEqual(['DSL1004 \'b\' must be one of "x", "y"']);
    expect(run({ a: 'x', c: ['1', '2'] })[0]).toMatch(/^DSL1009 'c': /);
    expect(run({ a: 'x', d: true })).toEqual(["DSL1002 'd' must be a string or a number, not a boolean"]);
    expect(run({ a: 'x', e: 1 })).toEqual(["DSL1003 the image has unknown field 'e'"]);
    expect(run({ a: null })).toEqual(["DSL1002 'a' must be a string, not null"]);
  });
});
