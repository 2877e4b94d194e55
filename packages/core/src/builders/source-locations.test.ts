import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { copy } from '../instructions/copy.js';
import { env } from '../instructions/env.js';
import { run } from '../instructions/run.js';
import { sourceOf } from '../model/source-location.js';
import { image } from './image-builder.js';
import type { AnyStage } from './stage-builder.js';
import { stage, toStage } from './stage-factory.js';

// A capture keeps only the few stack frames between an instruction factory and the user's call
// (see source-location.ts); these are the paths a user's code takes, each checked for the line
// it was written on. Lines are found by the `// at:<name>` marks.

const file = fileURLToPath(import.meta.url);
const lines = readFileSync(file, 'utf8').split('\n');
const lineOf = (mark: string): number => lines.findIndex((l) => l.endsWith(`// at:${mark}`)) + 1;

function expectAt(node: unknown, mark: string): void {
  const where = sourceOf(node);
  expect({ file: where?.file, line: where?.line }, mark).toEqual({ file, line: lineOf(mark) });
}

/** A helper of the user's own (as a third-party package of helpers would be): its line is where the steps were written. */
function addTooling(s: AnyStage): AnyStage {
  return s.run('apt-get update && apt-get install -y --no-install-recommends curl'); // at:helper
}

/** A user's code several calls deep, as in a config that builds images in functions. */
function nested(depth: number, make: () => AnyStage): AnyStage {
  return depth === 0 ? make() : nested(depth - 1, make);
}

describe('a captured location', () => {
  it('is the line of a direct factory call', () => {
    const steps = [run('make'), copy('.', '/src'), env({ A: '1' })]; // at:factory
    for (const step of steps) expectAt(step, 'factory');
    const s = stage('x', { from: 'busybox' }).step(run('make')); // at:step
    expectAt(toStage(s).steps[0], 'step');
  });

  it('is the line of each builder method in a chain', () => {
    const build = stage('build', { from: 'golang:1.23' }); // at:stage
    const s = build
      .add('https://example.com/a.tar.gz', '/opt/') // at:add
      .env({ A: '1' }) // at:env
      .label({ team: 'x' }) // at:label
      .arg('V', '1') // at:arg
      .expose(8080) // at:expose
      .volume('/data') // at:volume
      .user('app') // at:user
      .workdir('/app') // at:workdir
      .shell(['/bin/bash', '-c']) // at:shell
      .healthcheck(['/app', 'health']) // at:healthcheck
      .healthcheckNone() // at:healthcheckNone
      .stopsignal('SIGTERM') // at:stopsignal
      .onbuild({ kind: 'run', command: 'make' }) // at:onbuild
      .cmd(['serve']) // at:cmd
      .entrypoint(['/app']) // at:entrypoint
      .comment('note') // at:comment
      .run('make', { mounts: [{ type: 'bind', target: '/src', from: build }] }) // at:run
      .script('set -e\nmake') // at:script
      .copy('.', '.', { from: build }) // at:copy
      .copyFrom(build, '/out', '/app'); // at:copyFrom
    const marks = ['add', 'env', 'label', 'arg', 'expose', 'volume', 'user', 'workdir', 'shell', 'healthcheck', 'healthcheckNone', 'stopsignal', 'onbuild', 'cmd', 'entrypoint', 'comment', 'run', 'script', 'copy', 'copyFrom'];
    const steps = toStage(s).steps;
    expect(steps.map((step) => step.kind)).toEqual(marks.map((m) => (m === 'healthcheckNone' ? 'healthcheck' : m === 'script' ? 'run' : m === 'copyFrom' ? 'copy' : m)));
    steps.forEach((step, n) => expectAt(step, marks[n]!));
    expectAt(toStage(s), 'stage');
  });

  it('is the line of image() and of a stage added with a callback', () => {
    const app = image('app') // at:image
      .stage('main', 'busybox', (s) => s.workdir('/app')); // at:imageStage
    const plain = app.toImage();
    expectAt(plain, 'image');
    expectAt(plain.stages[0], 'imageStage');
    expectAt(plain.stages[0]!.steps[0], 'imageStage');
  });

  it('is the line in the user’s helper that made the step, however deep the user’s own calls', () => {
    const s = nested(20, () => addTooling(stage('x', { from: 'debian:bookworm' })));
    expectAt(toStage(s).steps[0], 'helper');
  });
});
