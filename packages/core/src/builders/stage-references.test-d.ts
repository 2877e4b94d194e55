import { describe, expectTypeOf, it } from 'vitest';
import { bind, cache } from '../instructions/mount.js';
import { image, type ImageBuilder } from './image-builder.js';
import { stage } from './stage-factory.js';

describe('stage references that do not exist are type errors', () => {
  const chain = image('api').stage('deps', 'golang:1.22');

  it('COPY --from a stage that does not exist, itself, or a later stage', () => {
    chain.stage('build', 'golang:1.22', (s) => s.copyFrom('deps', '/go/pkg', '/go/pkg'));
    // @ts-expect-error 'dpes' is not a stage
    chain.stage('build', 'golang:1.22', (s) => s.copyFrom('dpes', '/go/pkg', '/go/pkg'));
    // @ts-expect-error a stage cannot copy from itself
    chain.stage('build', 'golang:1.22', (s) => s.copyFrom('build', '/a', '/b'));
    // @ts-expect-error 'runtime' comes later, so it is not known yet
    chain.stage('build', 'golang:1.22', (s) => s.copy('/a', '/b', { from: 'runtime' })).stage('runtime', 'scratch');
  });

  it('RUN --mount from a stage that does not exist, itself, or a later stage', () => {
    chain.stage('build', 'golang:1.22', (s) => s.run('go build', { mounts: [bind('/src', { from: 'deps' }), cache('/c', { from: { stage: 'deps' } })] }));
    // @ts-expect-error 'dpes' is not a stage
    chain.stage('build', 'golang:1.22', (s) => s.run('go build', { mounts: [bind('/src', { from: 'dpes' })] }));
    // @ts-expect-error a stage cannot mount itself
    chain.stage('build', 'golang:1.22', (s) => s.run('go build', { mounts: [{ type: 'bind', target: '/src', from: 'build' }] }));
    // @ts-expect-error { stage } must name a known stage
    chain.stage('build', 'golang:1.22', (s) => s.run('go build', { mounts: [cache('/c', { from: { stage: 'later' } })] }));
    // images and named contexts stay allowed
    chain.stage('build', 'golang:1.22', (s) => s.run('x', { mounts: [bind('/b', { from: { image: 'busybox:1.36' } }), bind('/c', { from: { context: 'assets' } })] }));
  });

  it('FROM a stage that does not exist, itself, or a later stage', () => {
    chain.stage('build', { stage: 'deps' });
    // @ts-expect-error 'dpes' is not a stage
    chain.stage('build', { stage: 'dpes' });
    // @ts-expect-error a stage cannot start from itself
    chain.stage('build', { stage: 'build' });
    // @ts-expect-error 'later' is not known yet
    chain.stage('build', { stage: 'later' }).stage('later', 'scratch');
  });

  it('a target that is not a stage', () => {
    const build = stage('build', { from: 'golang:1.22' });
    image('api', { stages: [build], target: 'build' });
    // @ts-expect-error 'prod' is not a stage of the image
    image('api', { stages: [build], target: 'prod' });
  });

  it('a duplicate stage name where the names are literal', () => {
    const a = stage('build', { from: 'golang:1.22' });
    const b = stage('build', { from: 'alpine:3.20' });
    const c = stage('runtime', { from: 'scratch' });
    expectTypeOf(image('api', { stages: [a, c] })).toEqualTypeOf<ImageBuilder<'build' | 'runtime'>>();
    // @ts-expect-error two stages named 'build'
    image('api', { stages: [a, b, c] });
    // @ts-expect-error a plain stage object with the same literal name
    image('api', { stages: [a, { name: 'build', from: 'scratch', steps: [] }] });
  });
});
