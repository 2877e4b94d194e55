import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { httpGet } from './http-transport.js';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

async function serve(handler: Parameters<typeof createServer>[1]): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('httpGet', () => {
  it('follows a redirect to another origin without the Authorization header, and closes each connection', async () => {
    const seen: { auth?: string; connection?: string }[] = [];
    const storage = await serve((req, res) => {
      seen.push({ ...(req.headers.authorization ? { auth: req.headers.authorization } : {}) });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"os":"linux"}');
    });
    const registry = await serve((req, res) => {
      seen.push({ ...(req.headers.authorization ? { auth: req.headers.authorization } : {}), ...(req.headers.connection ? { connection: req.headers.connection } : {}) });
      res.writeHead(307, { location: `${storage}/blob` }).end();
    });
    const response = await httpGet(`${registry}/v2/a/blobs/sha256:1`, { headers: { authorization: 'Bearer t' } });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body.toString())).toEqual({ os: 'linux' });
    expect(seen).toEqual([{ auth: 'Bearer t', connection: 'close' }, {}]);
  });

  it('gives HEAD responses their headers and no body', async () => {
    const url = await serve((_, res) => res.writeHead(200, { 'docker-content-digest': 'sha256:ab', 'content-length': '5' }).end());
    const response = await httpGet(url, { method: 'HEAD' });
    expect(response.headers.get('docker-content-digest')).toBe('sha256:ab');
    expect(response.body.length).toBe(0);
  });
});
