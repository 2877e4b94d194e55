import { afterAll, beforeAll, expect, it } from 'vitest';
import { toDockerfile } from '@dockerdsl/core';
import { goUbuntuScratch } from '../../examples/seeds/index.js';
import { describeWithEngine } from '../support/engine.js';
import { build, docker, removeImages } from './core-docker.js';
import { runName } from '../support/run-prefix.js';

const finalTag = runName('core-go');
const buildTag = runName('core-go-build');
const program = `package main

import "fmt"

func main() {
\tfmt.Println("hello from a static Go binary on scratch")
}
`;

const size = (tag: string) => Number(docker(['image', 'inspect', '-f', '{{.Size}}', tag]).trim());

describeWithEngine('Go on Debian → scratch seed twin on the real engine', () => {
  beforeAll(() => {
    const text = toDockerfile(goUbuntuScratch({ buildBase: 'local/debian:bookworm' }));
    build(finalTag, text, { 'main.go': program });
    build(buildTag, text, { 'main.go': program }, ['--target', 'build']);
  }, 900_000);
  afterAll(() => removeImages([finalTag, buildTag]));

  it('runs the binary from the final image', () => {
    expect(docker(['run', '--rm', finalTag])).toBe('hello from a static Go binary on scratch\n');
  });

  it('ships only the binary: under 10 MB, while the build stage is hundreds of MB', () => {
    expect(size(finalTag)).toBeLessThan(10 * 1024 * 1024);
    expect(size(buildTag)).toBeGreaterThan(200 * 1024 * 1024);
  });
});
