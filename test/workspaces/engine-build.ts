import { spawn } from 'node:child_process';
import { docker } from '../cli/run-dsl.js';

/**
 * `--secret` arguments that hand the machine's extra CA bundle (a TLS-intercepting proxy's or a
 * private registry's, named by `NODE_EXTRA_CA_CERTS`) to builds as the secret `npm-ca`; none
 * when the machine has no such bundle. The bundle never enters a build context.
 *
 * @example
 * spawnSync('docker', ['buildx', 'build', ...npmCaSecretArgs, '.']);
 */
export const npmCaSecretArgs: readonly string[] = process.env.NODE_EXTRA_CA_CERTS ? ['--secret', `id=npm-ca,src=${process.env.NODE_EXTRA_CA_CERTS}`] : [];

/**
 * The bytes BuildKit reports for the last context transfer of a `--progress=plain` log (0 when
 * it sends none: an all-excluding `.dockerignore` leaves nothing to transfer and no such line).
 * BuildKit prints three digits, so `2.00MB` reads as 2,000,000.
 *
 * @example
 * contextBytes('#5 transferring context: 2.01kB done'); // 2010
 */
export function contextBytes(log: string): number {
  const sizes = [...log.matchAll(/transferring context: ([\d.]+)([kMG]?B)/g)];
  if (sizes.length === 0) return 0;
  const [, value, unit] = sizes.at(-1)!;
  return Number(value) * ({ B: 1, kB: 1e3, MB: 1e6, GB: 1e9 } as Record<string, number>)[unit!]!;
}

/**
 * Builds and loads one image with `docker buildx build --progress=plain` without blocking the
 * test process, so independent builds share the engine at once. Resolves to the context bytes
 * BuildKit reports; rejects with the end of the log when the build fails.
 *
 * @example
 * const bytes = await buildLoaded({ dockerfile: 'out/api.Dockerfile', tag: 'x/api:dev', context: '.', args: npmCaSecretArgs });
 */
export function buildLoaded(build: { dockerfile: string; tag: string; context: string; args?: readonly string[] }): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn('docker', ['buildx', 'build', '--progress=plain', '--load', ...(build.args ?? []), '-f', build.dockerfile, '-t', build.tag, build.context], { stdio: ['ignore', 'ignore', 'pipe'] });
    let log = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      log = (log + chunk).slice(-2_000_000);
    });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(contextBytes(log)) : reject(new Error(`building ${build.tag} failed:\n${log.slice(-4000)}`))));
  });
}

/**
 * Waits up to 90 s for a container's HEALTHCHECK to pass or fail (Node starts slowly on a
 * loaded machine), returns the last status, and removes the container.
 *
 * @example
 * expect(await settledHealth(name)).toBe('healthy');
 */
export async function settledHealth(name: string): Promise<string> {
  try {
    let health = '';
    for (let i = 0; i < 180 && health !== 'healthy' && health !== 'unhealthy'; i++) {
      await new Promise((r) => setTimeout(r, 500));
      health = docker(['inspect', '--format', '{{.State.Health.Status}}', name]);
    }
    return health;
  } finally {
    docker(['rm', '-f', name]);
  }
}
