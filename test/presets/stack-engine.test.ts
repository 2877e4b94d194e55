import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithEngine } from '../support/engine.js';
import { runName } from '../support/run-prefix.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const example = join(root, 'examples/monorepo');
const dsl = join(root, 'packages/cli/bin/dsl.js');
const project = runName(`presets-stack-${process.pid}`);

const run = (cmd: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) => spawnSync(cmd, args, { encoding: 'utf8', timeout: 1_500_000, ...options });

describeWithEngine('examples/monorepo: the Compose stack comes up healthy on the real engine', () => {
  const out = mkdtempSync(join(tmpdir(), 'dsl-test-presets-stack-'));
  const env = { ...process.env, ACME_DEBIAN_BASE: 'local/debian:bookworm', ACME_REGISTRY: runName('presets-stack'), NO_COLOR: '1' };
  const composeArgs = () => ['compose', '-p', project, '-f', join(out, 'compose.yaml')];

  beforeAll(() => {
    if (!existsSync(join(root, 'packages/cli/dist'))) throw new Error('build the packages first (npm test does: turbo run build)');
    const synth = run(process.execPath, [dsl, 'synth', '--out', out], { cwd: example, env });
    if (synth.status !== 0) throw new Error(`dsl synth failed:\n${synth.stdout}\n${synth.stderr}`);
    // --wait returns once every service is running and healthy by its image's HEALTHCHECK.
    const up = run('docker', [...composeArgs(), 'up', '-d', '--build', '--wait', '--wait-timeout', '180'], { cwd: out, env });
    if (up.status !== 0) throw new Error(`docker compose up failed:\n${up.stdout.slice(-3000)}\n${up.stderr.slice(-3000)}`);
  }, 1_600_000);

  afterAll(() => {
    run('docker', [...composeArgs(), 'down', '-v', '--rmi', 'local', '--remove-orphans'], { cwd: out });
    rmSync(out, { recursive: true, force: true });
  });

  it('every service is up and healthy', () => {
    const ps = execFileSync('docker', [...composeArgs(), 'ps', '--format', '{{.Service}} {{.Health}}'], { encoding: 'utf8' }).trim().split('\n').sort();
    expect(ps).toEqual(['api healthy', 'db healthy', 'web healthy', 'worker healthy']);
  });

  it('the worker reaches the database over the stack network and stores its progress', async () => {
    const stats = () => JSON.parse(execFileSync('docker', [...composeArgs(), 'exec', '-T', 'worker', 'python3', '-c', "import urllib.request; print(urllib.request.urlopen('http://127.0.0.1:8000/stats').read().decode())"], { encoding: 'utf8' })) as { stored: number | null; store_errors: number };
    const deadline = Date.now() + 30_000;
    let current = stats();
    while (current.stored === null && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 500));
      current = stats();
    }
    expect(current.stored).toBeGreaterThan(0);
    const counter = execFileSync('docker', [...composeArgs(), 'exec', '-T', 'db', 'redis-cli', 'get', 'jobs:processed'], { encoding: 'utf8' }).trim();
    expect(Number(counter)).toBeGreaterThanOrEqual(current.stored!);
  }, 60_000);

  it('keeps the database on the named volume and the services on the private network', () => {
    const db = execFileSync('docker', [...composeArgs(), 'ps', '-q', 'db'], { encoding: 'utf8' }).trim();
    const mounts = JSON.parse(execFileSync('docker', ['inspect', '-f', '{{json .Mounts}}', db], { encoding: 'utf8' })) as Array<{ Type: string; Name: string; Destination: string }>;
    expect(mounts).toContainEqual(expect.objectContaining({ Type: 'volume', Name: `${project}_db-data`, Destination: '/data' }));
    const networks = Object.keys(JSON.parse(execFileSync('docker', ['inspect', '-f', '{{json .NetworkSettings.Networks}}', db], { encoding: 'utf8' })) as object);
    expect(networks).toEqual([`${project}_backend`]);
  });
});
