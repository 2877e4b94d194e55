import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { engineSocket, inspectImages } from './engine-socket.js';

const made: string[] = [];
let server: Server | undefined;
afterEach(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  server = undefined;
  made.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
});

const scratch = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'dsl-engine-'));
  made.push(dir);
  return dir;
};

describe('engineSocket', () => {
  it('uses the socket the docker CLI would use, and nothing when only the CLI knows the engine', () => {
    const home = scratch();
    expect(engineSocket({ HOME: home })).toBe('/var/run/docker.sock');
    expect(engineSocket({ HOME: home, DOCKER_HOST: 'unix:///run/user/1000/docker.sock' })).toBe('/run/user/1000/docker.sock');
    expect(engineSocket({ HOME: home, DOCKER_HOST: 'tcp://build-host:2376' })).toBeUndefined();
    expect(engineSocket({ HOME: home, DOCKER_HOST: 'ssh://me@build-host' })).toBeUndefined();
    expect(engineSocket({ HOME: home, DOCKER_CONTEXT: 'remote' })).toBeUndefined();
    expect(engineSocket({ HOME: home, DOCKER_CONTEXT: 'default' })).toBe('/var/run/docker.sock');
    const config = scratch();
    writeFileSync(join(config, 'config.json'), JSON.stringify({ currentContext: 'colima' }));
    expect(engineSocket({ HOME: home, DOCKER_CONFIG: config })).toBeUndefined();
    expect(engineSocket({ HOME: home, DOCKER_CONFIG: config, DOCKER_CONTEXT: 'default' })).toBe('/var/run/docker.sock');
  });
});

describe('inspectImages', () => {
  it('asks the Engine API for each image, a 404 meaning "not here"; an unusable socket gives undefined', async () => {
    const socket = join(scratch(), 'engine.sock');
    const asked: string[] = [];
    server = createServer((req, res) => {
      asked.push(req.url ?? '');
      if (req.url === '/images/127.0.0.1:5000/acme/api:1/json') return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ Id: 'sha256:1', Size: 42, RepoTags: ['127.0.0.1:5000/acme/api:1'], Config: { Labels: { a: 'b' } } }));
      res.writeHead(404).end('{"message":"No such image"}');
    });
    await new Promise<void>((resolve) => server!.listen(socket, resolve));
    const found = await inspectImages(socket, ['127.0.0.1:5000/acme/api:1', 'acme/none:1']);
    expect([...found!]).toEqual([['127.0.0.1:5000/acme/api:1', { Id: 'sha256:1', Size: 42, RepoTags: ['127.0.0.1:5000/acme/api:1'], Config: { Labels: { a: 'b' } } }], ['acme/none:1', undefined]]);
    expect(asked.sort()).toEqual(['/images/127.0.0.1:5000/acme/api:1/json', '/images/acme/none:1/json']);
    expect(await inspectImages(join(scratch(), 'nobody.sock'), ['acme/api:1'])).toBeUndefined();
  });
});
