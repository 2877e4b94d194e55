import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { toDockerfile } from '@dockerdsl/core';
import { describeWithEngine } from '../support/engine.js';
import { singleStageImages } from './support/single-stage.js';
import { runName } from '../support/run-prefix.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const example = join(root, 'examples/monorepo');
const dsl = join(root, 'packages/cli/bin/dsl.js');
const registry = runName('presets-monorepo');
const debian = 'local/debian:bookworm';
const services = [
  { name: 'api', port: 8080, context: 'services/api', path: '/hello?name=presets', expect: '"message":"hello, presets"' },
  { name: 'web', port: 3000, context: 'services/web/app', path: '/', expect: '<h1>Acme web</h1>' },
  { name: 'worker', port: 8000, context: 'services/worker', path: '/stats', expect: '"service": "worker"' },
] as const;

const docker = (...args: string[]) => execFileSync('docker', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
const sizeOf = (ref: string) => Number(docker('image', 'inspect', '-f', '{{.Size}}', ref));
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

async function waitForHealth(container: string, timeoutMs = 90_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let status = '';
  while (Date.now() < deadline) {
    status = docker('inspect', '-f', '{{.State.Status}}/{{if .State.Health}}{{.State.Health.Status}}{{end}}', container);
    if (status === 'running/healthy' || !status.startsWith('running')) return status;
    await new Promise((r) => setTimeout(r, 500));
  }
  return status;
}

describeWithEngine('examples/monorepo: dsl build on the real engine, from the company presets', () => {
  const out = mkdtempSync(join(tmpdir(), 'dsl-test-presets-'));
  const env = { ...process.env, ACME_DEBIAN_BASE: debian, ACME_REGISTRY: registry, NO_COLOR: '1' };
  const containers: string[] = [];
  const images = services.map((s) => `${registry}/${s.name}:dev`);
  // dsl build builds every image of the config, the stack's database too.
  const built = [...images, `${registry}/db:dev`];
  const sizes: Record<string, { multi: number; single?: number }> = {};

  beforeAll(() => {
    if (!existsSync(join(root, 'packages/cli/dist'))) throw new Error('build the packages first (npm test does: turbo run build)');
    const result = spawnSync(process.execPath, [dsl, 'build', '--out', out, '--progress', 'plain'], { cwd: example, env, encoding: 'utf8', timeout: 1_500_000 });
    if (result.status !== 0) throw new Error(`dsl build failed (${result.status}):\n${result.stdout.slice(-4000)}\n${result.stderr.slice(-4000)}`);
    for (const s of services) sizes[s.name] = { multi: sizeOf(`${registry}/${s.name}:dev`) };
  }, 1_600_000);

  afterAll(() => {
    if (containers.length > 0) spawnSync('docker', ['rm', '-f', ...containers], { stdio: 'ignore' });
    spawnSync('docker', ['rmi', '-f', ...built, ...services.map((s) => runName(`presets-single/${s.name}:dev`))], { stdio: 'ignore' });
    rmSync(out, { recursive: true, force: true });
  });

  for (const service of services) {
    it(`${service.name}: the container starts, answers and its HEALTHCHECK reaches healthy`, async () => {
      const name = runName(`presets-${service.name}-${process.pid}`);
      docker('run', '-d', '--name', name, '-p', `127.0.0.1::${service.port}`, `${registry}/${service.name}:dev`);
      containers.push(name);
      expect(await waitForHealth(name)).toBe('running/healthy');
      const hostPort = docker('port', name, `${service.port}/tcp`).split('\n')[0]!.split(':').pop();
      const body = await (await fetch(`http://127.0.0.1:${hostPort}${service.path}`)).text();
      expect(body).toContain(service.expect);
    }, 120_000);
  }

  it('the test stage added to the company preset runs the Go unit tests (--target test)', () => {
    const result = spawnSync('docker', ['build', '-q', '--target', 'test', '-f', join(out, 'api.Dockerfile'), join(example, 'services/api')], { encoding: 'utf8', timeout: 600_000 });
    expect(result.status, result.stderr).toBe(0);
  }, 600_000);

  it('runs every image as the company user, with the company labels and no shell-form commands', () => {
    for (const ref of images) {
      const config = JSON.parse(docker('image', 'inspect', '-f', '{{json .Config}}', ref)) as { User: string; Labels: Record<string, string>; Entrypoint: string[]; Healthcheck: { Test: string[] } };
      expect(config.User).toBe('10101:10101');
      expect(config.Labels['org.opencontainers.image.vendor']).toBe('Acme');
      expect(config.Labels['com.acme.team']).toBeTruthy();
      expect(config.Entrypoint[0]).not.toBe('/bin/sh');
      expect(config.Healthcheck.Test[0]).toBe('CMD');
    }
  });

  it('the multi-stage images are smaller than single-stage builds of the same services', () => {
    const single = singleStageImages(debian);
    const rows: string[] = [];
    for (const s of services) {
      const file = join(out, `single-${s.name}.Dockerfile`);
      writeFileSync(file, toDockerfile(single[s.name]));
      const ref = runName(`presets-single/${s.name}:dev`);
      const build = spawnSync('docker', ['build', '-q', '-f', file, '-t', ref, join(example, s.context)], { encoding: 'utf8', timeout: 900_000 });
      expect(build.status, build.stderr).toBe(0);
      const entry = sizes[s.name]!;
      entry.single = sizeOf(ref);
      rows.push(`| ${s.name} | ${mb(entry.single)} | ${mb(entry.multi)} | ${(entry.single / entry.multi).toFixed(1)}× |`);
      expect(entry.multi).toBeLessThan(entry.single);
    }
    process.stdout.write(`\n| service | single-stage | multi-stage (preset) | ratio |\n| --- | --- | --- | --- |\n${rows.join('\n')}\n`);
  }, 1_000_000);
});
