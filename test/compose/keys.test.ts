import { compose } from '@dockerdsl/core';
import { describe, expect, it } from 'vitest';

describe('the camelCase → snake_case key table', () => {
  it('maps both ways, and leaves keys that are spelt the same alone', () => {
    for (const [camel, snake] of Object.entries(compose.composeKeys)) {
      expect(compose.snakeKey(camel)).toBe(snake);
      expect(compose.camelKey(snake)).toBe(camel);
      expect(snake).toMatch(/^[a-z0-9_]+$/);
    }
    expect(compose.snakeKey('image')).toBe('image');
    expect(compose.camelKey('image')).toBe('image');
  });

  it('orders spec objects: listed keys first, then alphabetical, x-* last, undefined dropped', () => {
    const out = compose.specObject({ 'x-a': 1, zeta: 2, hostIp: '::1', target: 80, alpha: undefined, beta: 3 }, ['target', 'host_ip']);
    expect(Object.entries(out)).toEqual([['target', 80], ['host_ip', '::1'], ['beta', 3], ['zeta', 2], ['x-a', 1]]);
  });
});
