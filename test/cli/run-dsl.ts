import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa, type ResultPromise } from 'execa';

/** The repository root. */
export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The built `dsl` command (the root `npm test` builds the packages first). */
export const dslBin = join(repoRoot, 'packages', 'cli', 'bin', 'dsl.js');

/** Environment for runs against the local engine: local base images, no colour. */
export const e2eEnv = { DSL_TEST_BUSYBOX: 'local/busybox:latest', NO_COLOR: '1', CI: process.env.CI ?? '' };

/**
 * Runs `dsl` as a user would (a separate Node process), never rejecting.
 *
 * @example
 * const r = await dsl(['build'], fixture('multi'));
 */
export function dsl(args: readonly string[], cwd: string, env: Record<string, string> = {}): ResultPromise<{ reject: false; all: true }> {
  return execa(process.execPath, [dslBin, ...args], { cwd, env: { ...e2eEnv, ...env }, reject: false, all: true });
}

/**
 * The folder of a fixture project under test/cli/fixtures.
 *
 * @example
 * fixture('multi');
 */
export function fixture(name: string): string {
  return join(repoRoot, 'test', 'cli', 'fixtures', name);
}

/**
 * Runs docker and returns its stdout (throws on failure).
 *
 * @example
 * docker(['image', 'inspect', 'x']);
 */
export function docker(args: readonly string[]): string {
  return execFileSync('docker', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/**
 * Removes images and containers the tests made, ignoring those that do not exist.
 *
 * @example
 * removeImages(['dsl-test-cli-app:e2e']);
 */
export function removeImages(tags: readonly string[]): void {
  try {
    execFileSync('docker', ['image', 'rm', '-f', ...tags], { stdio: 'ignore' });
  } catch {
    // already gone
  }
}
