import { describe, expect, it } from 'vitest';
import { hiddenSlot } from './hidden-slot.js';

describe('hiddenSlot', () => {
  it('keeps a value no key, JSON, spread or equality sees', () => {
    const slot = hiddenSlot<string>('dockerdsl.test.note');
    const obj = slot.set({ a: 1 }, 'hello');
    expect(slot.get(obj)).toBe('hello');
    expect(Reflect.ownKeys(obj)).toEqual(['a']);
    expect(JSON.stringify(obj)).toBe('{"a":1}');
    expect(obj).toEqual({ a: 1 });
    expect(obj).toStrictEqual({ a: 1 });
    expect(Object.getPrototypeOf(obj)).toBe(Object.prototype);
    expect(slot.get({ ...obj })).toBeUndefined();
  });

  it('replaces a stored value and answers undefined for objects it never saw', () => {
    const slot = hiddenSlot<number>('dockerdsl.test.count');
    const obj = slot.set(slot.set([], 1), 2);
    expect(slot.get(obj)).toBe(2);
    expect(slot.get({})).toBeUndefined();
  });

  it('is one per name in the process, so copies of core share values', () => {
    const first = hiddenSlot<string>('dockerdsl.test.shared');
    const obj = first.set({}, 'from one copy');
    expect(hiddenSlot<string>('dockerdsl.test.shared')).toBe(first);
    expect(hiddenSlot<string>('dockerdsl.test.shared').get(obj)).toBe('from one copy');
    expect(hiddenSlot<string>('dockerdsl.test.other').get(obj)).toBeUndefined();
  });
});
