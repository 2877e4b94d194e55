import { parseImageRef } from '@dockerdsl/core/tooling';

/**
 * Where an image reference lives: the registry as Docker names it (`docker.io` for Docker
 * Hub), the base URL of its distribution API, the repository and the tag.
 *
 * @example
 * const r: RegistryReference = { registry: 'docker.io', endpoint: 'https://registry-1.docker.io', repository: 'library/busybox', tag: '1.36' };
 */
export interface RegistryReference {
  registry: string;
  endpoint: string;
  repository: string;
  tag: string;
}

const dockerHub = 'docker.io';

/**
 * Splits a reference the way Docker does: the first component is a registry when it has a `.`
 * or a `:` or is `localhost`, else the image is on Docker Hub (`library/` for official images);
 * the tag defaults to `latest`. Loopback registries are spoken to over plain HTTP, as Docker
 * does without configuration; every other one over HTTPS.
 *
 * @example
 * registryReference('127.0.0.1:5000/team/base:1').endpoint; // 'http://127.0.0.1:5000'
 */
export function registryReference(ref: string): RegistryReference {
  const { name, tag } = parseImageRef(ref);
  const slash = name.indexOf('/');
  const first = slash < 0 ? '' : name.slice(0, slash);
  const hasRegistry = first !== '' && (first.includes('.') || first.includes(':') || first === 'localhost');
  const registry = hasRegistry ? first : dockerHub;
  const path = hasRegistry ? name.slice(slash + 1) : name;
  const repository = registry === dockerHub && !path.includes('/') ? `library/${path}` : path;
  const endpoint = registry === dockerHub ? 'https://registry-1.docker.io' : `${isLoopback(registry) ? 'http' : 'https'}://${registry}`;
  return { registry, endpoint, repository, tag: tag ?? 'latest' };
}

/**
 * Whether a registry host (with an optional port) is this machine.
 *
 * @example
 * isLoopback('localhost:5000'); // true
 */
export function isLoopback(registry: string): boolean {
  const host = registry.startsWith('[') ? registry.slice(0, registry.indexOf(']') + 1) : registry.replace(/:\d+$/, '');
  return host === 'localhost' || host === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(host);
}
