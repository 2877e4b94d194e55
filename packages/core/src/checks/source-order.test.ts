import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { compareBySource, sortBySource } from './source-order.js';

const at = (line: number | undefined, column = 1, message = ''): Diagnostic => ({
  code: 'DSL3001', rule: 'R', severity: 'warning', message, path: [],
  ...(line === undefined ? {} : { source: { file: 'Dockerfile', line, column } }),
});

describe('sortBySource', () => {
  it('orders by line, then column, with sourceless diagnostics first', () => {
    const sorted = sortBySource([at(3, 2), at(1), at(undefined), at(3, 1)]);
    expect(sorted.map((d) => [d.source?.line, d.source?.column])).toEqual([[undefined, undefined], [1, 1], [3, 1], [3, 2]]);
  });

  it('returns the same array, and leaves an ordered list as it is', () => {
    const list = [at(1), at(2), at(2, 5)];
    const copy = [...list];
    expect(sortBySource(list)).toBe(list);
    expect(list).toEqual(copy);
  });

  it('agrees with a stable sort on any input', () => {
    const diagnostic = fc.record({ line: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }), column: fc.integer({ min: 1, max: 3 }) });
    fc.assert(fc.property(fc.array(diagnostic, { maxLength: 12 }), (specs) => {
      const list = specs.map((s, i) => at(s.line, s.column, String(i)));
      const expected = [...list].sort(compareBySource).map((d) => d.message);
      expect(sortBySource(list).map((d) => d.message)).toEqual(expected);
    }));
  });
});
