import { compose } from '@dockerdsl/core';
import { describe, expect, it } from 'vitest';

describe('DSL4012 relative paths leaving the project', () => {
  it('reports bind mounts and env files that climb out with ..', () => {
    const found = compose.checkStack(
      { services: { web: { image: 'nginx', volumes: [{ type: 'bind', source: './site/../../etc', target: '/etc/x' }, { type: 'bind', source: './site', target: '/www' }], envFile: ['../.env'] } } },
      [],
    );
    expect(found.map((d) => [d.code, d.severity, d.path])).toEqual([
      ['DSL4012', 'warning', ['services', 'web', 'volumes', 0]],
      ['DSL4012', 'warning', ['services', 'web', 'envFile', 0]],
    ]);
  });

  it('leaves absolute and home paths alone', () => {
    expect(compose.leavesProject('/srv/data')).toBe(false);
    expect(compose.leavesProject('~/data')).toBe(false);
    expect(compose.leavesProject('..')).toBe(true);
    expect(compose.leavesProject('a/../b')).toBe(false);
  });
});
