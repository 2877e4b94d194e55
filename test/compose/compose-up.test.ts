import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compose, image, stage } from '@dockerdsl/core';
import { afterAll, expect, it } from 'vitest';
import { describeWithEngine } from '../support/engine.js';
import { schemaErrors } from './support/schema.js';
import { runName } from '../support/run-prefix.js';

const project = runName('compose-e2e');

/** A web server image whose own HEALTHCHECK says when it serves; compose adds none. */
const webImage = image('dsl-test-compose-web', {
  stages: [
    stage('serve', { from: 'local/busybox:latest' })
      .run('mkdir -p /www && echo dsl-compose-ok > /www/index.html')
      .healthcheck(['wget', '-q', '-O', '/dev/null', 'http://127.0.0.1:8080/'], { interval: '1s', timeout: '2s', retries: 30 })
      .cmd(['httpd', '-f', '-p', '8080', '-h', '/www']),
  ],
});

const cache = compose.volume('cache');
const web = compose.service('web', { build: { image: webImage, target: 'serve' }, volumes: [compose.mount(cache, '/var/cache/web')] });
const client = compose.service('client', {
  image: 'local/busybox:latest',
  pullPolicy: 'never',
  command: ['wget', '-q', '-O', '-', 'http://web:8080/'],
  dependsOn: [web.healthy()],
});
const app = compose.stack(project, { services: [client] });

function docker(...args: string[]): string {
  return execFileSync('docker', args, { encoding: 'utf8', stdio: 'pipe' }).trim();
}

function leftovers(): string[] {
  const filter = `label=com.docker.compose.project=${project}`;
  return [
    ...docker('ps', '-a', '--filter', filter, '--format', 'container {{.Names}}').split('\n'),
    ...docker('volume', 'ls', '--filter', filter, '--format', 'volume {{.Name}}').split('\n'),
    ...docker('network', 'ls', '--filter', filter, '--format', 'network {{.Name}}').split('\n'),
    ...docker('images', '--filter', `reference=${project}-*`, '--format', 'image {{.Repository}}').split('\n'),
  ].filter((line) => line !== '');
}

describeWithEngine('docker compose up with a synthesised stack', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dsl-test-compose-e2e-'));
  const composeFile = join(dir, 'out', 'compose.yaml');
  const down = () => spawnSync('docker', ['compose', '-f', composeFile, '-p', project, 'down', '-v', '--rmi', 'local', '--remove-orphans'], { stdio: 'pipe' });

  afterAll(() => {
    down();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes the stack and the Dockerfile of the image it builds', () => {
    const result = compose.compileCompose(app, { projectDir: dir, outDir: 'out', dockerfiles: true });
    expect(result.diagnostics).toEqual([]);
    expect(result.files.map((f) => f.path)).toEqual(['compose.yaml', 'dsl-test-compose-web.Dockerfile']);
    mkdirSync(join(dir, 'out'));
    for (const file of result.files) writeFileSync(join(dir, 'out', file.path), file.text);
    expect(result.files[0]!.text).toContain('dockerfile: out/dsl-test-compose-web.Dockerfile\n');
    expect(schemaErrors(result.files[0]!.text)).toEqual([]);
  });

  it('starts web, waits for its image healthcheck, and the client fetches from it', () => {
    const up = spawnSync('docker', ['compose', '-f', composeFile, '-p', project, 'up', '--build', '--exit-code-from', 'client', '--no-color'], { encoding: 'utf8', stdio: 'pipe', timeout: 240_000 });
    const output = `${up.stdout}\n${up.stderr}`;
    expect(up.status, output).toBe(0);
    expect(output).toMatch(/client-1\s+\|\s+dsl-compose-ok/);
    // The check compose waited for is the image's own HEALTHCHECK, and it passed.
    const container = JSON.parse(docker('inspect', `${project}-web-1`))[0] as { Config: { Healthcheck: { Test: string[] } }; State: { Health: { Log: Array<{ ExitCode: number }> } } };
    expect(container.Config.Healthcheck.Test).toEqual(['CMD', 'wget', '-q', '-O', '/dev/null', 'http://127.0.0.1:8080/']);
    expect(container.State.Health.Log.some((probe) => probe.ExitCode === 0)).toBe(true);
  }, 300_000);

  it('leaves nothing behind after docker compose down -v --rmi local', () => {
    expect(leftovers().length).toBeGreaterThan(0);
    const result = down();
    expect(result.status, String(result.stderr)).toBe(0);
    expect(leftovers()).toEqual([]);
  }, 120_000);
});
