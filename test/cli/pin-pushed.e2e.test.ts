import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithEngine } from '../support/engine.js';
import { docker, dsl, removeImages } from './run-dsl.js';

// Everything is named after the run: the registry, the engine and Compose are shared.
const run = `dsl-pin-${process.pid}-${Date.now().toString(36)}`;
const repo = `127.0.0.1:5000/${run}`;
const tag = `${repo}/api:1`;

/** Runs `docker compose` on the generated file under this run's project name. */
function compose(file: string, args: readonly string[]): string {
  return execFileSync('docker', ['compose', '-p', run, '-f', file, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/** This run's images: by tag and those pulled by digest. */
function removeOwnImages(): void {
  removeImages([tag]);
  for (const image of docker(['image', 'ls', '--digests', '--format', '{{.Repository}}@{{.Digest}}', '--filter', `reference=${repo}/*`]).split('\n').filter(Boolean)) removeImages([image]);
}

describeWithEngine('Compose runs exactly what dsl build --push pushed', () => {
  let dir = '';
  let other = '';
  let composeFile = '';
  let pushed = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'dsl-pin-'));
    other = join(dir, 'other');
    mkdirSync(other);
    composeFile = join(dir, 'out', 'compose.yaml');
    writeFileSync(
      join(dir, 'dsl.config.mjs'),
      `export default {
  outDir: 'out',
  images: [{ name: 'api', tags: ['${tag}'], stages: [{ from: 'local/busybox:latest', steps: [
    { kind: 'run', command: 'echo built-${run} > /v' },
    { kind: 'cmd', command: ['cat', '/v'] },
  ] }] }],
  compose: [{ name: '${run}', services: { api: { image: '${tag}' } } }],
};
`,
    );
    // Another project that uses the pushed image as its base.
    writeFileSync(join(other, 'dsl.config.mjs'), `export default { outDir: 'out', images: [{ name: 'child', stages: [{ from: '${tag}', steps: [{ kind: 'cmd', command: ['cat', '/v'] }] }] }] };\n`);
  });
  afterAll(() => {
    try {
      compose(composeFile, ['down', '--remove-orphans']);
    } catch {
      // nothing was started
    }
    removeOwnImages();
    rmSync(dir, { recursive: true, force: true });
  });

  it('pins the pushed digest in the generated Compose file right after the push', async () => {
    const built = await dsl(['build', '--push', '--json'], dir);
    expect(built.exitCode, built.all).toBe(0);
    const json = JSON.parse(built.stdout) as { repinned?: string[]; images: { image: string; digest: string; pushed: string[] }[] };
    const api = json.images.find((i) => i.image === 'api')!;
    pushed = `${tag}@${api.digest}`;
    expect(api.pushed).toEqual([pushed]);
    expect(json.repinned).toEqual(['compose.yaml']);
    expect(readFileSync(composeFile, 'utf8')).toContain(pushed);
    expect(JSON.parse(compose(composeFile, ['config', '--format', 'json'])).services.api.image).toBe(pushed);
    // A later synth keeps the pin; --no-pin-pushed writes the tag alone.
    expect((await dsl(['synth', '--check'], dir)).exitCode).toBe(0);
    expect((await dsl(['synth', '--no-pin-pushed', '--check'], dir)).exitCode).toBe(1);
  }, 300_000);

  it('pulls and runs that digest even after the tag moved to another image', async () => {
    // Someone pushes something else under the same tag.
    docker(['tag', 'local/busybox:latest', tag]);
    docker(['push', '-q', tag]);
    removeOwnImages();
    compose(composeFile, ['pull', '-q']);
    expect(docker(['image', 'ls', '--digests', '--format', '{{.Digest}}', '--filter', `reference=${repo}/api`]).split('\n')).toContain(pushed.split('@')[1]);
    expect(compose(composeFile, ['run', '--rm', '--no-TTY', 'api'])).toBe(`built-${run}`);
  }, 300_000);

  it("lets another project's dsl lock pin a pushed project image by the digest dsl build reported", async () => {
    // Back to the built image under the tag, as a release would leave it.
    docker(['buildx', 'imagetools', 'create', '-t', tag, pushed]);
    const locked = await dsl(['lock'], other);
    expect(locked.exitCode, locked.all).toBe(0);
    const lock = JSON.parse(readFileSync(join(other, 'dsl.lock.json'), 'utf8')) as { images: Record<string, { digest: string }> };
    expect(lock.images[tag]!.digest).toBe(pushed.split('@')[1]);
    const synth = await dsl(['synth'], other);
    expect(synth.exitCode, synth.all).toBe(0);
    expect(readFileSync(join(other, 'out', 'child.Dockerfile'), 'utf8')).toContain(`FROM ${pushed}`);
  }, 300_000);

  it('drops the pin when a later build only loads the image locally (it has no registry digest)', async () => {
    const built = await dsl(['build', '--json'], dir);
    expect(built.exitCode, built.all).toBe(0);
    expect((JSON.parse(built.stdout) as { repinned?: string[] }).repinned).toEqual(['compose.yaml']);
    expect(readFileSync(composeFile, 'utf8')).not.toContain('@sha256:');
    expect((await dsl(['synth', '--check'], dir)).exitCode).toBe(0);
  }, 300_000);
});
