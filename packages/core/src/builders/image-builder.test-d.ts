import { describe, expectTypeOf, it } from 'vitest';
import { image, type ImageBuilder } from './image-builder.js';
import { stage } from './stage-factory.js';
import type { CheckFromSource, CheckStageSource, ValidFromSource, ValidStageSource } from './valid-stage-source.js';

describe('stage references are validated by the type system', () => {
  it('accepts names of stages already added and rejects misspelt ones', () => {
    image('api')
      .stage('build', 'golang:1.22', (s) => s.run('go build -o /out/app .'))
      .stage('runtime', 'scratch', (s) => s.copyFrom('build', '/out/app', '/app'));
    image('api')
      .stage('build', 'golang:1.22')
      // @ts-expect-error 'biuld' is not a stage of this image
      .stage('runtime', 'scratch', (s) => s.copyFrom('biuld', '/out/app', '/app'));
  });

  it('rejects a duplicate stage name and an unknown target', () => {
    const img = image('api').stage('build', 'golang:1.22');
    // @ts-expect-error 'build' is already a stage
    img.stage('build', 'golang:1.22');
    // @ts-expect-error 'prod' is not a stage
    img.target('prod');
    expectTypeOf(img.target('build')).toEqualTypeOf(img);
  });

  it('accepts handles anywhere a stage goes', () => {
    const build = stage('build', { from: 'golang:1.22' });
    const runtime = stage('runtime', { from: 'scratch' }).copyFrom(build, '/out/app', '/app');
    expectTypeOf(image('api', { stages: [build, runtime] })).toEqualTypeOf<ImageBuilder<'build' | 'runtime'>>();
    // @ts-expect-error a standalone handle knows no stage names, so a bare string is not a stage
    stage('x', { from: 'scratch' }).copyFrom('build', '/a', '/b');
  });

  it('takes exec form as a tuple of strings (the empty one clears what the base image set); shell form only when asked for', () => {
    // @ts-expect-error a bare string is not a command
    stage('x', { from: 'busybox' }).cmd('node server.js');
    // @ts-expect-error an exec-form command holds strings
    stage('x', { from: 'busybox' }).entrypoint([8080]);
    stage('x', { from: 'busybox' }).entrypoint([]).cmd([]);
    stage('x', { from: 'busybox' }).cmd({ shell: 'node server.js' });
  });
});

describe('the deprecated names of the stage-source types', () => {
  it('are the same types as ValidStageSource and ValidFromSource', () => {
    expectTypeOf<CheckStageSource<'biuld', 'build'>>().toEqualTypeOf<ValidStageSource<'biuld', 'build'>>();
    expectTypeOf<CheckStageSource<'build', 'build'>>().toEqualTypeOf<ValidStageSource<'build', 'build'>>();
    expectTypeOf<CheckFromSource<{ stage: 'nope' }, 'build'>>().toEqualTypeOf<ValidFromSource<{ stage: 'nope' }, 'build'>>();
  });
});
