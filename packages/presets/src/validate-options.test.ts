import { describe, expect, it } from 'vitest';
import { DslError } from '@dockerdsl/core';
import { z } from 'zod';
import { checkOptions, validateOptions } from './validate-options.js';

describe('validateOptions', () => {
  const schema = z.object({ name: z.string(), port: z.number().optional() });

  it('keeps its deprecated name checkOptions', () => {
    expect(checkOptions).toBe(validateOptions);
  });

  it('returns the input itself when it is valid', () => {
    const input = { name: 'api' };
    expect(validateOptions('demo', schema, input)).toBe(input);
  });

  it('throws a DslError with a DSL1xxx code and a presets.<preset> path', () => {
    try {
      validateOptions('demo', schema, { name: 'api', port: '80' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DslError);
      const [d] = (error as DslError).diagnostics;
      expect(d?.code).toMatch(/^DSL1\d{3}$/);
      expect(d?.path).toEqual(['presets', 'demo', 'port']);
    }
  });

  it('rejects an option the preset does not take, with a suggestion (DSL1070), with the other errors', () => {
    try {
      validateOptions('demo', schema, { name: 'api', prot: 80, port: '80' });
      expect.unreachable();
    } catch (error) {
      const found = (error as DslError).diagnostics.map((d) => [d.code, d.path.join('.'), d.message]);
      expect(found).toEqual([
        ['DSL1070', 'presets.demo.prot', "preset 'demo' has no option 'prot' (did you mean 'port'?)"],
        [expect.stringMatching(/^DSL1\d{3}$/), 'presets.demo.port', expect.any(String)],
      ]);
    }
  });
});
