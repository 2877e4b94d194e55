import { compose, image, stage } from '@dockerdsl/core';
import { describe, expect, it } from 'vitest';

const api = image('api', { stages: [stage('build', { from: 'golang:1.22' }), stage('runtime', { from: 'scratch' })] }).toImage();

describe('DSL4009 build target and DSL4010 image or build', () => {
  it('reports a target that is not a stage of the DSL image, with a suggestion', () => {
    const [d] = compose.checkStack({ services: { api: { build: { image: api, target: 'runtme' } } } }, []);
    expect(d).toMatchObject({ code: 'DSL4009', path: ['services', 'api', 'build', 'target'], hint: 'stages: build, runtime' });
    expect(d!.message).toBe("service 'api' builds target 'runtme', which is not a stage of image 'api' (did you mean 'runtime'?)");
  });

  it('accepts a stage of the image', () => {
    expect(compose.checkStack({ services: { api: { build: { image: api, target: 'build' } } } }, [])).toEqual([]);
  });

  it('reports a service with neither image nor build, but not one that extends another', () => {
    const found = compose.checkStack({ services: { a: { command: ['x'] }, b: { image: 'x' }, c: { extends: { service: 'b' } } } }, []);
    expect(found.map((d) => [d.code, d.path])).toEqual([['DSL4010', ['services', 'a']]]);
  });
});
