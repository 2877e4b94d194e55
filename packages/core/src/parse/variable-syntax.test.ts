import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { reportVariableSyntax } from './variable-syntax.js';
import type { InstructionContext } from './context.js';
import { variableReferences } from './variables.js';

describe('reportVariableSyntax', () => {
  test('reports exactly the problems the full reference reader finds, plain ${NAME} skipped or not', () => {
    const pieces = ['${A}', '${_b1}', '${', '}', '{', '$', 'A', '1', ':-', '!', '%', "'", '"', '\\', '`', ' ', '${1}', '${A:-${B}}'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), fc.constantFrom<'\\' | '`'>('\\', '`'), (parts, escape) => {
        const text = parts.join('');
        const reported: Array<[string, number | undefined]> = [];
        const ctx = { escape, report: (_code: string, message: string, offset?: number) => reported.push([message, offset]) } as unknown as InstructionContext;
        reportVariableSyntax(text, 7, ctx);
        expect(reported).toEqual(variableReferences(text, escape).problems.map((p) => [p.message, p.offset + 7]));
      }),
      { numRuns: 10000 },
    );
  });
});
