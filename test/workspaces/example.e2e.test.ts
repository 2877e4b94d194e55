import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithEngine } from '../support/engine.js';
import { docker, dsl, removeImages, repoRoot } from '../cli/run-dsl.js';
import { contextBytes, npmCaSecretArgs, settledHealth } from './engine-build.js';

// examples/workspaces built and run for real: Node from the Debian archive, npm through the
// machine's registry (its CA, if any, passed as the build secret npm-ca), tsc builds, a
// production-only runtime, and a Go service. The context is a fresh copy of the example per
// run, so BuildKit transfers it whole and the bytes it reports measure what the context holds.
const example = join(repoRoot, 'examples', 'workspaces');
const prefix = `dsl-test-ws-${process.pid}-${Date.now().toString(36)}`;
const tag = (name: string) => `${prefix}/${name}:dev`;
const tags = ['node-runtime', 'node-build', 'api', 'web', 'status'].map(tag);
const env = { DSL_WS_TAG_PREFIX: prefix, NO_COLOR: '1' };
const webFixtureBytes = 2_000_000;

let work = '';
let out = '';
let context = '';

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'dsl-test-ws-'));
  out = join(work, 'out');
  context = join(work, 'context');
  cpSync(example, context, { recursive: true, filter: (src) => !/[\\/](?:node_modules|dist|generated)(?:[\\/]|$)/.test(src.slice(example.length)) });
  // A large file in apps/web: in web's context, and (the point) not in api's.
  writeFileSync(join(context, 'apps/web/src/fixture.txt'), 'w'.repeat(webFixtureBytes));
});

afterAll(() => {
  removeImages(tags);
  rmSync(work, { recursive: true, force: true });
});

/** Builds one image with plain `docker buildx build` and returns the context bytes BuildKit reports (0 when it sends none). */
function build(name: string, contextDir: string): number {
  const result = spawnSync('docker', ['buildx', 'build', '--progress=plain', '--load', ...npmCaSecretArgs, '-f', join(out, `${name}.Dockerfile`), '-t', tag(name), contextDir], { encoding: 'utf8', timeout: 1_500_000, maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`building ${name} failed:\n${result.stderr.slice(-4000)}`);
  return contextBytes(result.stderr);
}

describeWithEngine('examples/workspaces, built and run for real', () => {
  it('builds the bases, both apps and the Go service; each app context holds its closure only', async () => {
    const synth = await dsl(['synth', '--out', out], example, env);
    expect(synth.exitCode, synth.all).toBe(0);
    build('node-runtime', context);
    build('node-build', context);
    const apiBytes = build('api', context);
    const webBytes = build('web', context);
    build('status', join(context, 'services/status'));
    // web's context carries the 2 MB fixture of apps/web; api's does not carry apps/web at all.
    // BuildKit rounds to three digits: 2 MB and a few kB of sources print as 2.00MB.
    expect(webBytes).toBeGreaterThanOrEqual(webFixtureBytes);
    expect(apiBytes).toBeGreaterThan(0);
    expect(apiBytes).toBeLessThan(webFixtureBytes / 10);
    console.log(`context transferred: api ${apiBytes} B, web ${webBytes} B (web includes a ${webFixtureBytes} B fixture)`);
  }, 1_800_000);

  it('runs the API with the shared packages and production dependencies only', async () => {
    const name = `${prefix}-api`;
    docker(['run', '-d', '--name', name, '-e', 'GREETING=Hi', tag('api')]);
    try {
      let reply = '';
      for (let i = 0; i < 40 && !reply.includes('message'); i++) {
        await new Promise((r) => setTimeout(r, 500));
        reply = spawnSync('docker', ['exec', name, 'node', '-e', "fetch('http://127.0.0.1:8080/hello?name=monorepo').then((r) => r.text()).then(console.log, () => {})"], { encoding: 'utf8' }).stdout.trim();
      }
      expect(JSON.parse(reply)).toEqual({ message: 'Hi, monorepo!' });
    } finally {
      docker(['rm', '-f', name]);
    }
    // npm ci --omit=dev --workspace: the workspace links and no compiler.
    expect(docker(['run', '--rm', '--entrypoint', 'ls', tag('api'), '/repo/node_modules', '/repo/node_modules/@ws']).split(/\s+/).sort()).toEqual(['/repo/node_modules/@ws:', '/repo/node_modules:', '@ws', 'api', 'config', 'shared']);
    expect(docker(['run', '--rm', '--entrypoint', 'id', tag('api')])).toContain('uid=10001');
    const health = `${prefix}-api-health`;
    docker(['run', '-d', '--name', health, tag('api')]);
    expect(await settledHealth(health)).toBe('healthy');
  }, 240_000);

  it('runs the web app and the Go service, both healthy', async () => {
    const web = `${prefix}-web`;
    docker(['run', '-d', '--name', web, tag('web')]);
    expect(await settledHealth(web)).toBe('healthy');
    const status = `${prefix}-status`;
    docker(['run', '-d', '--name', status, tag('status')]);
    expect(await settledHealth(status)).toBe('healthy');
    expect(execFileSync('docker', ['image', 'inspect', '--format', '{{.Size}}', tag('status')], { encoding: 'utf8' }).trim()).toMatch(/^\d+$/);
  }, 240_000);
});
