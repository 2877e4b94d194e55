import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * An in-process registry speaking just enough of the distribution API for the lock's tests:
 * manifests by tag or digest (GET and HEAD, honouring Accept), blobs, and optionally a bearer
 * token service that wants basic credentials (GET) or an identity token (POST, refresh grant).
 *
 * @example
 * const reg = await fakeRegistry({ auth: { username: 'u', secret: 's' } });
 * reg.putIndex('team/base', '1', ['linux/amd64', 'linux/arm64']);
 */
export interface FakeRegistry {
  /** `127.0.0.1:<port>`. */
  host: string;
  /** Request lines seen, `GET /v2/…`. */
  requests: string[];
  /** Stores an index offering the platforms under a tag; returns its digest. */
  putIndex(repository: string, tag: string, platforms: string[]): string;
  /** Stores a single-platform manifest (with its config blob) under a tag; returns its digest. */
  putManifest(repository: string, tag: string, platform: string, salt?: string, labels?: Record<string, string>): string;
  close(): Promise<void>;
}

const indexType = 'application/vnd.oci.image.index.v1+json';
const manifestType = 'application/vnd.oci.image.manifest.v1+json';

/**
 * Starts a fake registry on a free loopback port.
 *
 * @example
 * const reg = await fakeRegistry(); try { … } finally { await reg.close(); }
 */
export async function fakeRegistry(options: { auth?: { username: string; secret: string }; identityToken?: string } = {}): Promise<FakeRegistry> {
  const manifests = new Map<string, { body: Buffer; type: string }>();
  const blobs = new Map<string, Buffer>();
  const requests: string[] = [];
  const digestOf = (body: Buffer): string => `sha256:${createHash('sha256').update(body).digest('hex')}`;
  const store = (repository: string, tag: string, body: Buffer, type: string): string => {
    const digest = digestOf(body);
    manifests.set(`${repository}:${tag}`, { body, type });
    manifests.set(`${repository}@${digest}`, { body, type });
    return digest;
  };
  const single = (repository: string, platform: string, salt: string, labels?: Record<string, string>): { body: Buffer; digest: string } => {
    const [os, architecture, variant] = platform.split('/');
    const config = Buffer.from(JSON.stringify({ architecture, os, ...(variant ? { variant } : {}), salt, ...(labels ? { config: { Labels: labels } } : {}) }));
    blobs.set(digestOf(config), config);
    const body = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: manifestType, config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: digestOf(config), size: config.length }, layers: [] }));
    manifests.set(`${repository}@${digestOf(body)}`, { body, type: manifestType });
    return { body, digest: digestOf(body) };
  };
  const token = 'fake-token';
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    requests.push(`${req.method} ${req.url}`);
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/token' && req.method === 'POST') {
      let form = '';
      req.on('data', (chunk: Buffer) => (form += chunk.toString()));
      req.on('end', () => {
        const fields = new URLSearchParams(form);
        const good = fields.get('grant_type') === 'refresh_token' && fields.get('refresh_token') === options.identityToken && fields.get('scope')?.startsWith('repository:');
        if (good) res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ access_token: token }));
        else res.writeHead(401).end();
      });
      return;
    }
    if (url.pathname === '/token') {
      const basic = `Basic ${Buffer.from(`${options.auth?.username}:${options.auth?.secret}`).toString('base64')}`;
      if (req.headers.authorization !== basic) return void res.writeHead(401).end();
      return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ token }));
    }
    if (options.auth && req.headers.authorization !== `Bearer ${token}`) {
      const scope = /^\/v2\/(.+)\/(?:manifests|blobs)\//.exec(url.pathname)?.[1];
      return void res.writeHead(401, { 'www-authenticate': `Bearer realm="http://${host}/token",service="fake",scope="repository:${scope}:pull"` }).end();
    }
    const m = /^\/v2\/(.+)\/(manifests|blobs)\/([^/]+)$/.exec(url.pathname);
    if (!m) return void res.writeHead(404).end();
    const [, repository, kind, id] = m as unknown as [string, string, string, string];
    if (kind === 'blobs') {
      const blob = blobs.get(id);
      return void (blob ? res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(req.method === 'HEAD' ? undefined : blob) : res.writeHead(404).end());
    }
    const found = manifests.get(id.startsWith('sha256:') ? `${repository}@${id}` : `${repository}:${id}`);
    if (!found || !(req.headers.accept ?? '').includes(found.type)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': found.type, 'docker-content-digest': digestOf(found.body), 'content-length': found.body.length });
    res.end(req.method === 'HEAD' ? undefined : found.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    host,
    requests,
    putIndex(repository, tag, platforms) {
      const entries = platforms.map((p) => {
        const { body, digest } = single(repository, p, tag);
        const [os, architecture, variant] = p.split('/');
        return { mediaType: manifestType, digest, size: body.length, platform: { architecture, os, ...(variant ? { variant } : {}) } };
      });
      entries.push({ mediaType: manifestType, digest: entries[0]?.digest ?? '', size: 0, platform: { architecture: 'unknown', os: 'unknown' } });
      return store(repository, tag, Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: indexType, manifests: entries })), indexType);
    },
    putManifest(repository, tag, platform, salt = tag, labels) {
      const { body } = single(repository, platform, salt, labels);
      return store(repository, tag, body, manifestType);
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
