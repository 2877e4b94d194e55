import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseJsonArray } from './json-form.js';

// The exec-form reader as first written: JSON.parse on anything bracketed. The one-pass reader
// for plain string arrays must give the same answer for every text.
function reference(text: string): string[] | undefined {
  let start = 0;
  while (start < text.length && text.charCodeAt(start) <= 32) start++;
  let end = text.length;
  while (end > start && text.charCodeAt(end - 1) <= 32) end--;
  if (text[start] !== '[' || text[end - 1] !== ']') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : undefined;
}

describe('parseJsonArray', () => {
  test('reads plain string arrays in one pass and escapes through JSON.parse', () => {
    expect(parseJsonArray(' ["node", "server.js"]\t')).toEqual(['node', 'server.js']);
    expect(parseJsonArray('[]')).toEqual([]);
    expect(parseJsonArray('["a\\"b", "c\\\\d", "\\u00e9"]')).toEqual(['a"b', 'c\\d', 'é']);
    expect(parseJsonArray("['node']")).toBeUndefined();
    expect(parseJsonArray('["a",]')).toBeUndefined();
    expect(parseJsonArray('["a", 1]')).toBeUndefined();
  });

  test('gives what JSON.parse gives for any text', () => {
    const pieces = ['[', ']', '"', '"', ',', ' ', '\t', '\n', '\r', '\f', '\v', '\\', '\\"', '\\n', 'a', 'b c', 'é', '1', 'null', '\u0001', '\u2028'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), (parts) => {
        const text = parts.join('');
        expect(parseJsonArray(text)).toEqual(reference(text));
      }),
      { numRuns: 20000 },
    );
  });
});
