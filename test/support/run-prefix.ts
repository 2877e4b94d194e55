import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';

/**
 * This test run's id: `DSL_TEST_RUN` when set (the global setup sets it once per `vitest run`,
 * so every worker shares it), else a random one for this process.
 */
export const testRun: string = (process.env.DSL_TEST_RUN ||= randomBytes(4).toString('hex'));

/**
 * What every image, container, network, volume and Compose project of this run is named with:
 * two runs on one engine never share a name, and a run removes only what starts with its own.
 *
 * @example
 * `${runPrefix}core-hello`; // 'dsl-test-1a2b3c4d-core-hello'
 */
export const runPrefix = `dsl-test-${testRun}-`;

/**
 * A Docker name (image, container, network, Compose project) that belongs to this run.
 *
 * @example
 * const tag = runName('core-hello'); // 'dsl-test-1a2b3c4d-core-hello'
 */
export function runName(name: string): string {
  return `${runPrefix}${name}`;
}

const list = (args: readonly string[]): string[] => {
  try {
    return execFileSync('docker', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 60_000 }).split('\n').filter(Boolean);
  } catch {
    return [];
  }
};

const remove = (args: readonly string[], names: readonly string[]): void => {
  if (names.length === 0) return;
  try {
    execFileSync('docker', [...args, ...names], { stdio: 'ignore', timeout: 120_000 });
  } catch {
    // gone already, or in use by something that is itself being removed
  }
};

/**
 * Removes what is left on the engine with names starting with `prefix` — containers (including
 * Compose projects' ones), then networks, volumes and images — and returns what it found.
 * Names are matched by prefix here, not by Docker's substring filters, so another run's
 * objects are never touched.
 *
 * @example
 * afterAll(() => removeRunLeftovers(runPrefix));
 */
export function removeRunLeftovers(prefix: string): { containers: string[]; networks: string[]; volumes: string[]; images: string[] } {
  const mine = (names: string[]): string[] => [...new Set(names.filter((name) => name.startsWith(prefix)))];
  const containers = list(['ps', '-a', '--format', '{{.Names}}\t{{.Label "com.docker.compose.project"}}'])
    .map((line) => line.split('\t') as [string, string?])
    .filter(([name, project]) => name.startsWith(prefix) || (project ?? '').startsWith(prefix))
    .map(([name]) => name);
  remove(['rm', '-f', '-v'], containers);
  const networks = mine(list(['network', 'ls', '--format', '{{.Name}}']));
  remove(['network', 'rm'], networks);
  const volumes = mine(list(['volume', 'ls', '--format', '{{.Name}}']));
  remove(['volume', 'rm', '-f'], volumes);
  const images = mine(list(['image', 'ls', '--format', '{{.Repository}}:{{.Tag}}']));
  remove(['image', 'rm', '-f'], images);
  return { containers, networks, volumes, images };
}
