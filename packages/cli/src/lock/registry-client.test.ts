import { createServer, type AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeRegistry, type FakeRegistry } from '../test-support/fake-registry.js';
import { registryReference } from './image-reference.js';
import { parseChallenge, RegistryError } from './registry-auth.js';
import { RegistryClient } from './registry-client.js';

/** A loopback port that nothing listens on (a server's, closed before use). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

let registry: FakeRegistry | undefined;
afterEach(async () => {
  await registry?.close();
  registry = undefined;
});

describe('RegistryClient', () => {
  it('resolves an index to its digest and platforms, leaving attestations out', async () => {
    registry = await fakeRegistry();
    const digest = registry.putIndex('team/base', '1', ['linux/arm64/v8', 'linux/amd64']);
    const resolved = await new RegistryClient().resolve(`${registry.host}/team/base:1`);
    expect(resolved).toEqual({ digest, mediaType: 'application/vnd.oci.image.index.v1+json', platforms: ['linux/amd64', 'linux/arm64/v8'] });
  });

  it('reads a single manifest\'s platform from its config blob', async () => {
    registry = await fakeRegistry();
    const digest = registry.putManifest('team/one', 'latest', 'linux/arm/v7');
    const resolved = await new RegistryClient().resolve(`${registry.host}/team/one`);
    expect(resolved).toEqual({ digest, mediaType: 'application/vnd.oci.image.manifest.v1+json', platforms: ['linux/arm/v7'] });
    expect(registry.requests.some((r) => r.startsWith('GET /v2/team/one/blobs/sha256:'))).toBe(true);
  });

  it('reads the labels of a tag\'s image config, through an index to its first platform', async () => {
    registry = await fakeRegistry();
    const digest = registry.putManifest('team/app', '1', 'linux/amd64', 'x', { 'dev.dockerdsl.input-digest': 'sha256:abc' });
    const index = registry.putIndex('team/multi', '1', ['linux/amd64', 'linux/arm64']);
    const client = new RegistryClient();
    expect(await client.labels(`${registry.host}/team/app:1`)).toEqual({ digest, labels: { 'dev.dockerdsl.input-digest': 'sha256:abc' } });
    expect(await client.labels(`${registry.host}/team/multi:1`)).toEqual({ digest: index, labels: {} });
    expect(registry.requests.filter((r) => r.startsWith('GET /v2/team/multi/manifests/sha256:'))).toHaveLength(1);
    await expect(client.labels(`${registry.host}/team/none:1`)).rejects.toThrow(RegistryError);
  });

  it('answers a bearer challenge with docker\'s credentials, once per repository, and checks digests with HEAD', async () => {
    registry = await fakeRegistry({ auth: { username: 'ci', secret: 's3cret' } });
    const digest = registry.putIndex('team/base', '1', ['linux/amd64']);
    const asked: string[] = [];
    const client = new RegistryClient({ credentials: async (r) => (asked.push(r), { username: 'ci', secret: 's3cret' }) });
    expect(await client.digest(`${registry.host}/team/base:1`)).toBe(digest);
    expect(await client.digest(`${registry.host}/team/base:1`)).toBe(digest);
    expect(asked).toEqual([registry.host]);
    expect(registry.requests.filter((r) => r.startsWith('GET /token'))).toHaveLength(1);
    expect(registry.requests.filter((r) => r.startsWith('HEAD '))).toHaveLength(3);
  });

  it('exchanges an identity token for an access token with a POST', async () => {
    registry = await fakeRegistry({ auth: { username: 'unused', secret: 'unused' }, identityToken: 'refresh-me' });
    const digest = registry.putIndex('team/base', '1', ['linux/amd64']);
    const client = new RegistryClient({ credentials: async () => ({ username: '<token>', secret: 'refresh-me' }) });
    expect((await client.resolve(`${registry.host}/team/base:1`)).digest).toBe(digest);
    expect(registry.requests.filter((r) => r.startsWith('POST /token'))).toHaveLength(1);
  });

  it('tells missing images, refused credentials and unreachable registries apart', async () => {
    registry = await fakeRegistry({ auth: { username: 'ci', secret: 's3cret' } });
    const kind = (p: Promise<unknown>) => p.then(() => 'ok', (e: RegistryError) => `${e.kind}: ${e.message}`);
    const good = new RegistryClient({ credentials: async () => ({ username: 'ci', secret: 's3cret' }) });
    expect(await kind(good.resolve(`${registry.host}/team/none:1`))).toBe(`not-found: ${registry.host} has no manifest for ${registry.host}/team/none:1`);
    expect(await kind(new RegistryClient({ credentials: async () => ({ username: 'ci', secret: 'wrong' }) }).resolve(`${registry.host}/team/none:1`))).toBe(`auth: the token service http://${registry.host} answered 401 to the credentials of ci`);
    expect(await kind(new RegistryClient().resolve(`${registry.host}/team/none:1`))).toBe(`auth: the token service http://${registry.host} answered 401 to an anonymous request (docker has no credentials for it: docker login)`);
    const free = await freePort();
    expect(await kind(new RegistryClient().resolve(`127.0.0.1:${free}/team/none:1`))).toBe(`request: cannot reach http://127.0.0.1:${free}: ECONNREFUSED`);
  });
});

describe('registryReference', () => {
  it('splits references as Docker does', () => {
    expect(registryReference('busybox')).toEqual({ registry: 'docker.io', endpoint: 'https://registry-1.docker.io', repository: 'library/busybox', tag: 'latest' });
    expect(registryReference('acme/api:1')).toMatchObject({ registry: 'docker.io', repository: 'acme/api', tag: '1' });
    expect(registryReference('ghcr.io/acme/api:1')).toEqual({ registry: 'ghcr.io', endpoint: 'https://ghcr.io', repository: 'acme/api', tag: '1' });
    expect(registryReference('localhost:5000/x')).toMatchObject({ endpoint: 'http://localhost:5000', repository: 'x' });
    expect(registryReference('127.0.0.1:5000/run/base:1').endpoint).toBe('http://127.0.0.1:5000');
    expect(registryReference('127.example:5000/run/base:1').endpoint).toBe('https://127.example:5000');
  });
});

describe('parseChallenge', () => {
  it('reads quoted and bare parameters', () => {
    expect(parseChallenge('Bearer realm="https://auth.example/token",service=reg,scope="repository:a/b:pull"')).toEqual({ scheme: 'bearer', params: { realm: 'https://auth.example/token', service: 'reg', scope: 'repository:a/b:pull' } });
    expect(parseChallenge('Basic realm="Registry Realm"')).toEqual({ scheme: 'basic', params: { realm: 'Registry Realm' } });
  });
});
