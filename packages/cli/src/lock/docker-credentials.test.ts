import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { registryCredentials, runCredentialHelper } from './docker-credentials.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function dockerConfig(config: unknown): NodeJS.ProcessEnv {
  const dir = mkdtempSync(join(tmpdir(), 'dsl-docker-config-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'config.json'), JSON.stringify(config));
  return { DOCKER_CONFIG: dir };
}

describe('registryCredentials', () => {
  it('reads auths entries, keyed by host or URL, Docker Hub by its index URL', async () => {
    const env = dockerConfig({ auths: { 'https://ghcr.io': { auth: Buffer.from('me:p:w').toString('base64') }, 'https://index.docker.io/v1/': { username: 'hub', password: 'pw' } } });
    expect(await registryCredentials('ghcr.io', env)).toEqual({ username: 'me', secret: 'p:w' });
    expect(await registryCredentials('docker.io', env)).toEqual({ username: 'hub', secret: 'pw' });
    expect(await registryCredentials('quay.io', env)).toBeUndefined();
  });

  it('prefers an identity token to a password', async () => {
    const env = dockerConfig({ auths: { 'ghcr.io': { auth: Buffer.from('me:pw').toString('base64'), identitytoken: 'refresh' } } });
    expect(await registryCredentials('ghcr.io', env)).toEqual({ username: '<token>', secret: 'refresh' });
  });

  it('asks the registry\'s credential helper first, then the default store', async () => {
    const env = dockerConfig({ credsStore: 'store', credHelpers: { 'ghcr.io': 'gh' }, auths: { 'ghcr.io': { auth: Buffer.from('old:old').toString('base64') } } });
    const asked: string[] = [];
    const runner = async (helper: string, server: string) => (asked.push(`${helper} ${server}`), JSON.stringify({ ServerURL: server, Username: helper, Secret: 'tok' }));
    expect(await registryCredentials('ghcr.io', env, runner)).toEqual({ username: 'gh', secret: 'tok' });
    expect(await registryCredentials('docker.io', env, runner)).toEqual({ username: 'store', secret: 'tok' });
    expect(asked).toEqual(['gh ghcr.io', 'store https://index.docker.io/v1/']);
    expect(await registryCredentials('ghcr.io', env, async () => undefined)).toEqual({ username: 'old', secret: 'old' });
  });

  it('has none without a config', async () => {
    expect(await registryCredentials('ghcr.io', { DOCKER_CONFIG: join(tmpdir(), 'dsl-no-such-dir') })).toBeUndefined();
  });
});

describe('runCredentialHelper', () => {
  it('runs docker-credential-<name> get with the server on stdin', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dsl-helper-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'docker-credential-dsltest'), '#!/bin/sh\n[ "$1" = get ] || exit 1\nread server\nprintf \'{"ServerURL":"%s","Username":"u","Secret":"s"}\' "$server"\n');
    chmodSync(join(dir, 'docker-credential-dsltest'), 0o755);
    const path = process.env.PATH;
    process.env.PATH = `${dir}:${path}`;
    try {
      expect(JSON.parse((await runCredentialHelper('dsltest', 'ghcr.io'))!)).toEqual({ ServerURL: 'ghcr.io', Username: 'u', Secret: 's' });
      expect(await runCredentialHelper('dsl-missing-helper', 'ghcr.io')).toBeUndefined();
    } finally {
      process.env.PATH = path;
    }
  });
});
