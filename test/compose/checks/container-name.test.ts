import { compose } from '@dockerdsl/core';
import { describe, expect, it } from 'vitest';

describe('DSL4011 container_name with replicas', () => {
  it('reports container_name on a service with two replicas', () => {
    const [d] = compose.checkStack({ services: { web: { image: 'nginx', containerName: 'web', deploy: { replicas: 2 } } } }, []);
    expect(d).toMatchObject({ code: 'DSL4011', path: ['services', 'web', 'containerName'] });
  });

  it('accepts it with one replica', () => {
    expect(compose.checkStack({ services: { web: { image: 'nginx', containerName: 'web', deploy: { replicas: 1 } } } }, [])).toEqual([]);
  });
});
