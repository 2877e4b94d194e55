import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * A user name and secret for a registry (a password or a token).
 *
 * @example
 * const c: Credentials = { username: 'ci', secret: 'token' };
 */
export interface Credentials {
  username: string;
  secret: string;
}

/** Runs `docker-credential-<helper> get` for a server; resolves to its stdout, or undefined when it has nothing. */
export type HelperRunner = (helper: string, server: string) => Promise<string | undefined>;

interface DockerConfig {
  auths?: Record<string, { auth?: string; username?: string; password?: string; identitytoken?: string }>;
  credsStore?: string;
  credHelpers?: Record<string, string>;
}

/**
 * Where Docker keeps its client config: `$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`.
 *
 * @example
 * dockerConfigPath({}); // '/home/me/.docker/config.json'
 */
export function dockerConfigPath(env: NodeJS.ProcessEnv): string {
  return join(env.DOCKER_CONFIG ?? join(homedir(), '.docker'), 'config.json');
}

/**
 * The credentials Docker would use for a registry: its credential helper (`credHelpers`), else
 * the default store (`credsStore`), else the `auths` entry of config.json; undefined when there
 * are none (anonymous access). Docker Hub's entry is keyed `https://index.docker.io/v1/`.
 *
 * @example
 * await registryCredentials('ghcr.io', process.env); // { username: 'me', secret: 'ghp_…' }
 */
export async function registryCredentials(registry: string, env: NodeJS.ProcessEnv, runHelper: HelperRunner = runCredentialHelper): Promise<Credentials | undefined> {
  let config: DockerConfig;
  try {
    config = JSON.parse(await readFile(dockerConfigPath(env), 'utf8')) as DockerConfig;
  } catch {
    return undefined;
  }
  const server = registry === 'docker.io' ? 'https://index.docker.io/v1/' : registry;
  const helper = config.credHelpers?.[registry] ?? config.credHelpers?.[server] ?? config.credsStore;
  if (helper) {
    const out = await runHelper(helper, server);
    if (out) {
      const parsed = JSON.parse(out) as { Username?: string; Secret?: string };
      if (parsed.Secret) return { username: parsed.Username ?? '', secret: parsed.Secret };
    }
  }
  const entry = Object.entries(config.auths ?? {}).find(([key]) => hostOf(key) === hostOf(server))?.[1];
  if (!entry) return undefined;
  if (entry.identitytoken) return { username: '<token>', secret: entry.identitytoken };
  if (entry.auth) {
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon > 0) return { username: decoded.slice(0, colon), secret: decoded.slice(colon + 1) };
  }
  if (entry.username && entry.password) return { username: entry.username, secret: entry.password };
  return undefined;
}

/**
 * Asks a `docker-credential-*` program for a server's credentials (the server on stdin, JSON on
 * stdout); a helper that has none, or is not installed, gives undefined.
 *
 * @example
 * await runCredentialHelper('desktop', 'ghcr.io'); // '{"ServerURL":"ghcr.io","Username":"me","Secret":"…"}'
 */
export async function runCredentialHelper(helper: string, server: string): Promise<string | undefined> {
  // Loaded on demand: most registries need no helper, and execa costs a noticeable part of a start.
  const { execa } = await import('execa');
  const result = await execa(`docker-credential-${helper}`, ['get'], { input: server, reject: false, timeout: 30_000 });
  return result.exitCode === 0 && result.stdout.trim() !== '' ? result.stdout : undefined;
}

function hostOf(key: string): string {
  return key.replace(/^[a-z]+:\/\//, '').replace(/\/.*$/, '');
}
