import { describe, expect, it } from 'vitest';
import { dependencyLevels } from './dependency-levels.js';

describe('dependencyLevels', () => {
  it('puts each image one level above the deepest image of the set it depends on', () => {
    const deps = new Map([['base', []], ['node', ['base']], ['api', ['node']], ['web', ['node']], ['go', ['base']], ['tool', []]]);
    expect(dependencyLevels(['base', 'node', 'api', 'web', 'go', 'tool'], deps)).toEqual([['base', 'tool'], ['node', 'go'], ['api', 'web']]);
  });

  it('ignores dependencies outside the set (already built) and does not loop on a cycle', () => {
    const deps = new Map([['api', ['base']], ['web', ['api']], ['a', ['b']], ['b', ['a']]]);
    expect(dependencyLevels(['api', 'web'], deps)).toEqual([['api'], ['web']]);
    expect(dependencyLevels(['a', 'b'], deps).flat().sort()).toEqual(['a', 'b']);
  });
});
