import { execFileSync } from 'node:child_process';
import { describe, it } from 'vitest';

/**
 * Whether a Docker engine answers here. Checked once per test file.
 *
 * @example
 * if (engineAvailable()) { … }
 */
export function engineAvailable(): boolean {
  if (cached !== undefined) return cached;
  try {
    execFileSync('docker', ['info', '--format', '{{.ServerVersion}}'], { stdio: 'pipe', timeout: 15_000 });
    cached = true;
  } catch {
    cached = false;
  }
  return cached;
}
let cached: boolean | undefined;

/**
 * `describe` for tests that need the real Docker engine. Without an engine the suite is skipped
 * with a loud notice — and under `CI=true` a missing engine is a failure, not a skip.
 *
 * @example
 * describeWithEngine('ENTRYPOINT + CMD', () => { it('prints Hello, world!', …) });
 */
export function describeWithEngine(name: string, body: () => void): void {
  if (engineAvailable()) {
    describe(name, body);
    return;
  }
  if (process.env.CI === 'true') {
    describe(name, () => {
      it('has a Docker engine to run against', () => {
        throw new Error(`CI=true but no Docker engine answers: the end-to-end suite '${name}' cannot run`);
      });
    });
    return;
  }
  process.stderr.write(`\n!!! SKIPPED (no Docker engine): ${name}\n!!! start one with: bash ../shared/tools/start-docker-engine.sh --debian\n\n`);
  describe.skip(`${name} [SKIPPED: no Docker engine]`, body);
}
