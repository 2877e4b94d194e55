import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The Docker Engine's unix socket when the docker CLI would use it too — `DOCKER_HOST` unset or
 * `unix://…`, and no docker context other than `default` chosen (by `DOCKER_CONTEXT` or the
 * CLI config's `currentContext`) — else undefined: then only the docker CLI knows where the
 * engine is (a TCP or SSH host, a context's endpoint and TLS files), and callers use it.
 *
 * @example
 * engineSocket({}); // '/var/run/docker.sock'
 * engineSocket({ DOCKER_HOST: 'tcp://build-host:2376' }); // undefined
 */
export function engineSocket(env: NodeJS.ProcessEnv): string | undefined {
  const host = env.DOCKER_HOST;
  if (host !== undefined && host !== '') return host.startsWith('unix://') ? host.slice('unix://'.length) : undefined;
  if (env.DOCKER_CONTEXT !== undefined && env.DOCKER_CONTEXT !== '' && env.DOCKER_CONTEXT !== 'default') return undefined;
  if (env.DOCKER_CONTEXT !== 'default' && currentContext(env) !== undefined) return undefined;
  return '/var/run/docker.sock';
}

function currentContext(env: NodeJS.ProcessEnv): string | undefined {
  try {
    const config = JSON.parse(readFileSync(join(env.DOCKER_CONFIG || join(env.HOME || homedir(), '.docker'), 'config.json'), 'utf8')) as { currentContext?: unknown };
    return typeof config.currentContext === 'string' && config.currentContext !== '' && config.currentContext !== 'default' ? config.currentContext : undefined;
  } catch {
    return undefined;
  }
}

/** What the Engine API says of one local image (`GET /images/{name}/json`). */
export interface EngineImage {
  Id: string;
  RepoTags?: string[] | null;
  Size?: number;
  Config?: { Labels?: Record<string, string> | null } | null;
}

/**
 * Inspects local images through the Engine API on its unix socket, one request per name, side
 * by side: what `docker image inspect` prints, without starting the docker CLI (which costs
 * 0.1–0.7 s, most of a no-op `dsl build`). Names the engine does not know map to undefined;
 * undefined as a whole when the socket cannot be used (the caller falls back to the CLI).
 *
 * @example
 * await inspectImages('/var/run/docker.sock', ['acme/api:1']); // Map { 'acme/api:1' => { Id: 'sha256:…', … } }
 */
export async function inspectImages(socket: string, names: readonly string[]): Promise<Map<string, EngineImage | undefined> | undefined> {
  try {
    const found = await Promise.all(names.map(async (name) => [name, await getImage(socket, name)] as const));
    return new Map(found);
  } catch {
    return undefined;
  }
}

function getImage(socket: string, name: string): Promise<EngineImage | undefined> {
  return new Promise((resolve, reject) => {
    const req = request({ socketPath: socket, path: `/images/${encodeURI(name)}/json`, method: 'GET', timeout: 10_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        if (res.statusCode === 404) return resolve(undefined);
        if (res.statusCode !== 200) return reject(new Error(`the engine answered ${res.statusCode}`));
        try {
          resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as EngineImage);
        } catch (error) {
          reject(error as Error);
        }
      });
    });
    req.on('timeout', () => req.destroy(new Error('the engine did not answer')));
    req.on('error', reject);
    req.end();
  });
}
