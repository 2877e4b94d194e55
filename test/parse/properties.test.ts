import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileImage } from '@dockerdsl/core';
import { parseDockerfile } from '@dockerdsl/core/tooling';
import { dockerfileishText, imageArbitrary } from './arbitraries.js';
import { comparable } from './equivalence.js';

describe('parser properties', () => {
  it('parse(compile(model)) gives back the model for random valid models', () => {
    fc.assert(
      fc.property(imageArbitrary, (image) => {
        const compiled = compileImage(image);
        expect(compiled.ok ? [] : compiled.diagnostics).toEqual([]);
        const { image: parsed, diagnostics } = parseDockerfile((compiled as { dockerfile: string }).dockerfile);
        expect(diagnostics).toEqual([]);
        expect(comparable(parsed)).toEqual(comparable(image));
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on random text, and every diagnostic has a code and a position', () => {
    fc.assert(
      fc.property(fc.oneof(dockerfileishText, fc.string({ maxLength: 200 })), (text) => {
        const result = parseDockerfile(text);
        for (const d of result.diagnostics) {
          expect(d.code).toMatch(/^DSL5\d{3}$/);
          expect(d.code).not.toBe('DSL5099');
          expect(d.source!.line).toBeGreaterThanOrEqual(1);
          expect(d.source!.column).toBeGreaterThanOrEqual(1);
        }
        expect(result.image !== undefined || result.diagnostics.length > 0).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
