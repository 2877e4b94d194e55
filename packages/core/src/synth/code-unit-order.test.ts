import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareCodeUnits } from './code-unit-order.js';

describe('compareCodeUnits', () => {
  it('orders by code units, not by locale (capitals first, "-" before "_")', () => {
    expect(['b', 'B', 'a'].sort(compareCodeUnits)).toEqual(['B', 'a', 'b']);
    expect(['api_v2', 'api-v2'].sort(compareCodeUnits)).toEqual(['api-v2', 'api_v2']);
    expect(compareCodeUnits('x', 'x')).toBe(0);
  });

  it('agrees with the default sort for any strings', () => {
    fc.assert(fc.property(fc.array(fc.string({ unit: 'binary' })), (xs) => {
      expect([...xs].sort(compareCodeUnits)).toEqual([...xs].sort());
    }));
  });
});
