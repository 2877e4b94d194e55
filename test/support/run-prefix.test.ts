import { execFileSync } from 'node:child_process';
import { afterAll, expect, inject, it } from 'vitest';
import { describeWithEngine } from './engine.js';
import { removeRunLeftovers, runName, runPrefix, testRun } from './run-prefix.js';

const docker = (...args: string[]): string => execFileSync('docker', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
const exists = (kind: 'image' | 'container' | 'network', name: string): boolean => {
  try {
    docker(kind, 'inspect', name);
    return true;
  } catch {
    return false;
  }
};

it('names this run\'s engine objects with one id shared by every test file of the run', () => {
  expect(testRun).toMatch(/^[a-z0-9][a-z0-9-]*$/);
  // The global setup chose it in the main process before the workers started.
  expect(inject('dslTestRun')).toBe(testRun);
  expect(runName('core-hello')).toBe(`dsl-test-${testRun}-core-hello`);
});

describeWithEngine('two runs on one engine', () => {
  // Two other runs' prefixes, one the start of the other's id, as a shared engine may see.
  const first = `${runPrefix}${'a'.repeat(4)}-`;
  const second = `${runPrefix}${'a'.repeat(5)}-`;
  afterAll(() => {
    removeRunLeftovers(first);
    removeRunLeftovers(second);
  });

  it('removes only its own images, containers and networks', () => {
    for (const prefix of [first, second]) {
      docker('image', 'tag', 'local/busybox:latest', `${prefix}tool:e2e`);
      docker('network', 'create', `${prefix}net`);
      docker('create', '--name', `${prefix}box`, '--network', `${prefix}net`, `${prefix}tool:e2e`, 'true');
    }
    const removed = removeRunLeftovers(first);
    expect(removed).toEqual({ containers: [`${first}box`], networks: [`${first}net`], volumes: [], images: [`${first}tool:e2e`] });
    expect(exists('container', `${first}box`)).toBe(false);
    expect(exists('network', `${first}net`)).toBe(false);
    expect(exists('image', `${first}tool:e2e`)).toBe(false);
    expect(exists('container', `${second}box`)).toBe(true);
    expect(exists('network', `${second}net`)).toBe(true);
    expect(exists('image', `${second}tool:e2e`)).toBe(true);
    // The base image the tags pointed at is untouched.
    expect(exists('image', 'local/busybox:latest')).toBe(true);
  }, 120_000);
});
