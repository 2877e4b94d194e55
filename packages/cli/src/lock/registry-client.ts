import { createHash } from 'node:crypto';
import type { Credentials } from './docker-credentials.js';
import { httpGet, type HttpClient, type HttpResponse } from './http-transport.js';
import { registryReference, type RegistryReference } from './image-reference.js';
import { authorization, parseChallenge, RegistryError } from './registry-auth.js';

/** Manifest media types asked for, multi-platform first: OCI index, Docker manifest list, OCI and Docker image manifests. */
export const manifestMediaTypes = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
] as const;

/**
 * What a tag points at: the manifest's digest and media type, and the platforms it offers.
 *
 * @example
 * const r: ResolvedImage = { digest: 'sha256:…', mediaType: 'application/vnd.oci.image.index.v1+json', platforms: ['linux/amd64', 'linux/arm64'] };
 */
export interface ResolvedImage {
  digest: string;
  mediaType: string;
  platforms: string[];
}

/**
 * Options of the registry client: how to send requests (default: `httpGet`) and where
 * credentials come from (docker's config and helpers, by default).
 *
 * @example
 * new RegistryClient({ credentials: (registry) => registryCredentials(registry, process.env) });
 */
export interface RegistryClientOptions {
  http?: HttpClient;
  credentials?: (registry: string) => Promise<Credentials | undefined>;
  timeoutMs?: number;
}

interface Manifest {
  mediaType?: string;
  manifests?: { platform?: { os?: string; architecture?: string; variant?: string } }[];
  config?: { digest?: string };
}

/**
 * A small client of the OCI distribution API, enough to pin tags: it reads manifests (an index
 * or manifest list names its platforms; a single manifest's platform is in its config blob),
 * answers bearer and basic auth challenges once per repository, and checks that what it read
 * has the digest the registry claims.
 *
 * @example
 * const image = await new RegistryClient().resolve('127.0.0.1:5000/team/base:1');
 */
export class RegistryClient {
  private readonly http: HttpClient;
  private readonly auth = new Map<string, string>();

  constructor(private readonly options: RegistryClientOptions = {}) {
    this.http = options.http ?? httpGet;
  }

  /**
   * The digest, media type and platforms of what `ref`'s tag names now.
   *
   * @example
   * (await client.resolve('busybox:1.36')).platforms; // ['linux/amd64', 'linux/arm64', …]
   */
  async resolve(ref: string): Promise<ResolvedImage> {
    const at = registryReference(ref);
    const response = await this.request(at, `manifests/${at.tag}`, 'GET', manifestMediaTypes.join(', '), ref);
    const body = response.body;
    const digest = `sha256:${createHash('sha256').update(body).digest('hex')}`;
    const claimed = response.headers.get('docker-content-digest');
    if (claimed?.startsWith('sha256:') && claimed !== digest) throw new RegistryError('request', `${at.registry} sent a manifest for ${ref} whose digest is ${digest}, not ${claimed}`);
    let manifest: Manifest;
    try {
      manifest = JSON.parse(body.toString('utf8')) as Manifest;
    } catch {
      throw new RegistryError('request', `${at.registry} sent a manifest for ${ref} that is not JSON`);
    }
    const mediaType = manifest.mediaType ?? response.headers.get('content-type')?.split(';')[0]?.trim() ?? '';
    return { digest, mediaType, platforms: Array.isArray(manifest.manifests) ? indexPlatforms(manifest) : await this.configPlatform(at, manifest, ref) };
  }

  /**
   * The digest `ref`'s tag names now, from a HEAD request (no body; registries do not count it
   * as a pull). Falls back to reading the manifest when the registry sends no digest header.
   *
   * @example
   * await client.digest('busybox:1.36'); // 'sha256:…'
   */
  async digest(ref: string): Promise<string> {
    const at = registryReference(ref);
    const response = await this.request(at, `manifests/${at.tag}`, 'HEAD', manifestMediaTypes.join(', '), ref);
    return response.headers.get('docker-content-digest') ?? (await this.resolve(ref)).digest;
  }

  /**
   * The digest of what `ref`'s tag names now and the labels of its image config (of the first
   * platform's image when the tag names an index; BuildKit gives every platform the same labels).
   *
   * @example
   * (await client.labels('127.0.0.1:5000/acme/api:1')).labels['dev.dockerdsl.input-digest']; // 'sha256:…'
   */
  async labels(ref: string): Promise<{ digest: string; labels: Record<string, string> }> {
    const at = registryReference(ref);
    const top = await this.request(at, `manifests/${at.tag}`, 'GET', manifestMediaTypes.join(', '), ref);
    const digest = top.headers.get('docker-content-digest') ?? `sha256:${createHash('sha256').update(top.body).digest('hex')}`;
    let manifest = parseJson<Omit<Manifest, 'manifests'> & { manifests?: { digest?: string; platform?: { os?: string } }[] }>(top.body, at, ref);
    const first = manifest.manifests?.find((m) => m.platform?.os !== 'unknown' && typeof m.digest === 'string');
    if (first) manifest = parseJson<Manifest>((await this.request(at, `manifests/${first.digest}`, 'GET', manifestMediaTypes.join(', '), ref)).body, at, ref);
    if (!manifest.config?.digest) return { digest, labels: {} };
    const config = parseJson<{ config?: { Labels?: Record<string, string> | null } }>((await this.request(at, `blobs/${manifest.config.digest}`, 'GET', '*/*', ref)).body, at, ref);
    return { digest, labels: config.config?.Labels ?? {} };
  }

  private async configPlatform(at: RegistryReference, manifest: Manifest, ref: string): Promise<string[]> {
    const digest = manifest.config?.digest;
    if (!digest) return [];
    const response = await this.request(at, `blobs/${digest}`, 'GET', '*/*', ref);
    const config = JSON.parse(response.body.toString('utf8')) as { os?: string; architecture?: string; variant?: string };
    return config.os && config.architecture ? [platformText(config)] : [];
  }

  private async request(at: RegistryReference, path: string, method: 'GET' | 'HEAD', accept: string, ref: string): Promise<HttpResponse> {
    const url = `${at.endpoint}/v2/${at.repository}/${path}`;
    const key = `${at.registry}/${at.repository}`;
    let response = await this.send(url, method, accept, this.auth.get(key), at);
    if (response.status === 401) {
      const header = response.headers.get('www-authenticate');
      const credentials = await this.options.credentials?.(at.registry);
      const answer = header ? await authorization(parseChallenge(header), at.repository, credentials, this.http) : undefined;
      if (!answer) throw new RegistryError('auth', `${at.registry} asks for credentials for ${at.repository}${credentials ? '' : ', and docker has none for it (docker login)'}`);
      this.auth.set(key, answer);
      response = await this.send(url, method, accept, answer, at);
      if (response.status === 401 || response.status === 403) throw new RegistryError('auth', `${at.registry} refused the credentials for ${at.repository} (${response.status})`);
    }
    if (response.status === 404) throw new RegistryError('not-found', `${at.registry} has no ${path.startsWith('blobs/') ? 'blob' : 'manifest'} for ${ref}`);
    if (response.status === 403) throw new RegistryError('auth', `${at.registry} denied access to ${at.repository} (403)`);
    if (!response.ok) throw new RegistryError('request', `${at.registry} answered ${response.status} ${response.statusText} for ${ref}`.trim());
    return response;
  }

  private async send(url: string, method: string, accept: string, auth: string | undefined, at: RegistryReference): Promise<HttpResponse> {
    try {
      return await this.http(url, { method, headers: { accept, ...(auth ? { authorization: auth } : {}) }, signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000) });
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      throw new RegistryError('request', `cannot reach ${at.endpoint}: ${cause?.code ?? cause?.message ?? (error as Error).message}`);
    }
  }
}

function parseJson<T>(body: Buffer, at: RegistryReference, ref: string): T {
  try {
    return JSON.parse(body.toString('utf8')) as T;
  } catch {
    throw new RegistryError('request', `${at.registry} sent a document for ${ref} that is not JSON`);
  }
}

function indexPlatforms(manifest: Manifest): string[] {
  const platforms = new Set<string>();
  for (const entry of manifest.manifests ?? []) {
    const p = entry.platform;
    // Attestation manifests of BuildKit are listed as unknown/unknown.
    if (p?.os && p.architecture && p.os !== 'unknown') platforms.add(platformText(p));
  }
  return [...platforms].sort();
}

function platformText(p: { os?: string; architecture?: string; variant?: string }): string {
  return `${p.os}/${p.architecture}${p.variant ? `/${p.variant}` : ''}`;
}
