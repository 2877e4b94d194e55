import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { fileURLToPath } from 'node:url';
import { execa, type ResultPromise } from 'execa';
import { runPrefix } from '../support/run-prefix.js';

/** The repository root. */
export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The built `dsl` command (the root `npm test` builds the packages first). */
export const dslBin = join(repoRoot, 'packages', 'cli', 'bin', 'dsl.js');

/** Environment for runs against the local engine: local base images, this run's tag prefix, no colour. */
export const e2eEnv = { DSL_TEST_BUSYBOX: 'local/busybox:latest', DSL_TEST_PREFIX: runPrefix, NO_COLOR: '1', CI: process.env.CI ?? '' };

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
 * removeImages([runName('cli-app:e2e')]);
 */
export function removeImages(tags: readonly string[]): void {
  try {
    execFileSync('docker', ['image', 'rm', '-f', ...tags], { stdio: 'ignore' });
  } catch {
    // already gone
  }
}

/**
 * A fresh output folder for the suite it is called in, removed afterwards together with the
 * images the suite tagged. Returns a getter, since the folder exists only once the suite runs.
 *
 * @example
 * const out = scratchOutput('dsl-test-cli-', [runName('cli-app:e2e')]);
 * it('…', () => dsl(['synth', '--out', out()], cwd));
 */
export function scratchOutput(prefix: string, tags: readonly string[]): () => string {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), prefix));
  });
  afterAll(() => {
    removeImages(tags);
    rmSync(dir, { recursive: true, force: true });
  });
  return () => dir;
}

/**
 * Polls a running container until Docker reports it `healthy` (20 s at most) and returns the
 * last status seen; the container is removed whatever happens.
 *
 * @example
 * expect(await healthOf(name)).toBe('healthy');
 */
export async function healthOf(name: string): Promise<string> {
  try {
    let health = '';
    for (let i = 0; i < 40 && health !== 'healthy'; i++) {
      await new Promise((r) => setTimeout(r, 500));
      health = docker(['inspect', '--format', '{{.State.Health.Status}}', name]);
    }
    return health;
  } finally {
    docker(['rm', '-f', name]);
  }
}
