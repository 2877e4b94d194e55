import { image, stage, toImage } from '@dockerdsl/core';
import { sourceOf } from '@dockerdsl/core/tooling';
import { describe, expect, it } from 'vitest';
import { dockerfileLine, failedInstruction } from './failed-step-source.js';

describe('failedInstruction', () => {
  const build = stage('build', { from: 'golang:1.22' }).comment('modules first').run('go mod download').run('go build ./...');
  const runtime = stage('runtime', { from: 'scratch' }).copyFrom(build, '/out/app', '/app');
  const api = toImage(image('api', { stages: [build, runtime] }));

  it('finds the step BuildKit names, by stage and position after FROM (comments are not steps)', () => {
    expect(failedInstruction(api, '[build 3/3] RUN go build ./...')).toMatchObject({ kind: 'run', command: 'go build ./...' });
    expect(failedInstruction(api, '[runtime 2/2] COPY --from=build /out/app /app')).toMatchObject({ kind: 'copy' });
    expect(failedInstruction(api, '[build 1/3] FROM docker.io/library/golang:1.22')).toMatchObject({ name: 'build' });
    expect(sourceOf(failedInstruction(api, '[build 3/3] RUN go build ./...'))?.file).toMatch(/failed-step-source\.test\.ts$/);
  });

  it('reads the single-stage and stage-N forms, and gives up on what it cannot place', () => {
    const one = toImage(image('one', { stages: [stage({ from: 'busybox' }).run('true').run('false')] }));
    expect(failedInstruction(one, '[3/3] RUN false')).toMatchObject({ command: 'false' });
    const two = toImage(image('two', { stages: [stage({ from: 'busybox' }).run('a'), stage({ from: 'busybox' }).run('b')] }));
    expect(failedInstruction(two, '[stage-1 2/2] RUN b')).toMatchObject({ command: 'b' });
    expect(failedInstruction(api, '[nope 2/2] RUN x')).toBeUndefined();
    expect(failedInstruction(api, 'RUN x')).toBeUndefined();
  });
});

describe('dockerfileLine', () => {
  it("reads BuildKit's file:line error line", () => {
    expect(dockerfileLine(['process "/bin/sh -c false" did not complete', '------', 'broken.Dockerfile:4', 'ERROR: failed to solve'])).toBe(4);
    expect(dockerfileLine(['ERROR: failed to solve'])).toBeUndefined();
  });
});
