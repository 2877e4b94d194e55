import { compose } from '@dockerdsl/core';
import { describe, expect, it } from 'vitest';

const started = { condition: 'service_started' } as const;

describe('DSL4006 dependency cycle', () => {
  it('reports services that wait for each other, with the path around the cycle', () => {
    const stack: compose.ComposeStack = {
      services: {
        web: { image: 'nginx', dependsOn: { api: started } },
        api: { image: 'api', dependsOn: { worker: started } },
        worker: { image: 'worker', dependsOn: { web: started } },
      },
    };
    const found = compose.checkStack(stack, []);
    expect(found).toHaveLength(1);
    expect(found[0]!.code).toBe('DSL4006');
    expect(found[0]!.message).toBe('services depend on each other in a cycle: api → worker → web → api');
    expect(found[0]!.path).toEqual(['services', 'api', 'dependsOn', 'worker']);
  });

  it('counts extends as an edge', () => {
    const stack: compose.ComposeStack = { services: { a: { image: 'x', extends: { service: 'b' } }, b: { image: 'x', dependsOn: { a: started } } } };
    expect(compose.checkStack(stack, []).map((d) => d.code)).toEqual(['DSL4006']);
  });

  it('accepts a diamond', () => {
    const stack: compose.ComposeStack = {
      services: { web: { image: 'x', dependsOn: { api: started, cache: started } }, api: { image: 'x', dependsOn: { db: started } }, cache: { image: 'x', dependsOn: { db: started } }, db: { image: 'x' } },
    };
    expect(compose.checkStack(stack, [])).toEqual([]);
  });
});
