import { afterAll, beforeAll, expect, it } from 'vitest';
import { toDockerfile } from '@dockerdsl/core';
import { entrypointCmdHello } from '../../examples/seeds/index.js';
import { describeWithEngine } from '../support/engine.js';
import { build, docker, removeImages } from './core-docker.js';
import { runName } from '../support/run-prefix.js';

const tag = runName('core-hello');

describeWithEngine('ENTRYPOINT + CMD seed twin on the real engine', () => {
  beforeAll(() => build(tag, toDockerfile(entrypointCmdHello({ base: 'local/busybox:latest' }))), 300_000);
  afterAll(() => removeImages([tag]));

  // echo joins its arguments with a space, so 'Hello, ' + 'world!' prints with two spaces.
  it('prints Hello, world! with no arguments (CMD supplies them)', () => {
    expect(docker(['run', '--rm', tag])).toBe('Hello,  world!\n');
  });

  it('prints Hello, Goodbye when the run arguments replace CMD', () => {
    expect(docker(['run', '--rm', tag, 'Goodbye'])).toBe('Hello,  Goodbye\n');
  });
});
