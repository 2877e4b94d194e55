import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithEngine } from '../support/engine.js';
import { docker, dsl, removeImages } from './run-dsl.js';

// Unique per run: the registry and the engine are shared.
const run = `dsl-lock-${process.pid}-${Date.now()}`;
const registry = '127.0.0.1:5000';
const repo = `${registry}/${run}`;
const appTag = `${run}-app:e2e`;
const localTags = [`${repo}/base:1`, `${repo}/arm:1`, appTag];

/** The digest the registry has for a tag, as buildx (not dsl) reads it. */
function registryDigest(ref: string): string {
  const text = docker(['buildx', 'imagetools', 'inspect', ref]);
  return /^Digest:\s+(sha256:[0-9a-f]{64})$/m.exec(text)![1]!;
}

/** Builds a trivial image with no RUN (so no emulation is needed) and pushes it. */
function buildPush(dir: string, tag: string, platform: string, from: string, label: string): void {
  writeFileSync(join(dir, 'Dockerfile'), `FROM ${from}\nLABEL dsl.test.lock=${label}\n`);
  execFileSync('docker', ['buildx', 'build', '-q', '--platform', platform, '-t', tag, '--push', dir], { stdio: 'pipe' });
}

/** Whether the local registry answers (CI starts it with the engine; a bare engine may lack it). */
function registryUp(): boolean {
  try {
    const probe = `fetch('http://${registry}/v2/', { signal: AbortSignal.timeout(5000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))`;
    execFileSync(process.execPath, ['-e', probe], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describeWithEngine('dsl lock against the real registry', () => {
  if (!registryUp()) {
    if (process.env.CI === 'true') it('has the local registry to run against', () => expect.fail(`CI=true but no registry answers at ${registry}`));
    else it.skip(`[SKIPPED: no registry at ${registry}; start-docker-engine.sh --registry starts one]`, () => {});
    return;
  }
  let project = '';
  let scratch = '';
  beforeAll(() => {
    project = mkdtempSync(join(tmpdir(), 'dsl-lock-e2e-'));
    scratch = mkdtempSync(join(tmpdir(), 'dsl-lock-e2e-ctx-'));
    // A single-platform base: the local busybox under a tag in the registry.
    docker(['tag', 'local/busybox:latest', `${repo}/base:1`]);
    docker(['push', '-q', `${repo}/base:1`]);
    // A multi-platform index: that amd64 busybox and an arm64 image from scratch (nothing runs, so no emulation).
    buildPush(scratch, `${repo}/arm:1`, 'linux/arm64', 'scratch', 'arm');
    docker(['buildx', 'imagetools', 'create', '-t', `${repo}/base:multi`, `${repo}/base:1`, `${repo}/arm:1`]);
    writeFileSync(
      join(project, 'dsl.config.mjs'),
      `export default {
  outDir: 'out',
  images: [{ name: 'app', tags: ['${appTag}'], stages: [{ from: '${repo}/base:multi', steps: [
    { kind: 'copy', from: { image: '${repo}/base:1' }, sources: ['/bin/busybox'], destination: '/opt/busybox' },
    { kind: 'run', command: 'echo locked > /ok' },
    { kind: 'cmd', command: ['cat', '/ok'] },
  ] }] }],
  compose: [{ name: '${run}', services: { web: { image: '${repo}/base:1', command: ['true'] } } }],
};
`,
    );
  }, 300_000);
  afterAll(() => {
    removeImages(localTags);
    rmSync(project, { recursive: true, force: true });
    rmSync(scratch, { recursive: true, force: true });
  });

  it('locks single- and multi-platform bases, synthesises and builds from the digests, and notices a moved tag', async () => {
    const locked = await dsl(['lock'], project);
    expect(locked.exitCode, locked.all).toBe(0);
    const lock = JSON.parse(readFileSync(join(project, 'dsl.lock.json'), 'utf8')) as { images: Record<string, { digest: string; mediaType: string; platforms: string[] }> };
    const single = registryDigest(`${repo}/base:1`);
    const multi = registryDigest(`${repo}/base:multi`);
    expect(lock.images[`${repo}/base:1`]).toEqual({ digest: single, mediaType: 'application/vnd.oci.image.manifest.v1+json', platforms: ['linux/amd64'] });
    expect(lock.images[`${repo}/base:multi`]).toEqual({ digest: multi, mediaType: 'application/vnd.oci.image.index.v1+json', platforms: ['linux/amd64', 'linux/arm64'] });

    const synth = await dsl(['synth', '--frozen'], project);
    expect(synth.exitCode, synth.all).toBe(0);
    const dockerfile = readFileSync(join(project, 'out', 'app.Dockerfile'), 'utf8');
    expect(dockerfile).toContain(`FROM ${repo}/base:multi@${multi}\n`);
    expect(dockerfile).toContain(`COPY --from=${repo}/base:1@${single} /bin/busybox /opt/busybox\n`);
    expect(readFileSync(join(project, 'out', 'compose.yaml'), 'utf8')).toContain(`image: ${repo}/base:1@${single}\n`);

    const built = await dsl(['build', '--frozen', '--progress', 'plain'], project);
    expect(built.exitCode, built.all).toBe(0);
    expect(built.all).toContain(`${repo}/base:multi@${multi}`);
    expect(docker(['run', '--rm', appTag])).toBe('locked');

    // The index offers arm64 but not s390x; the single-platform base:1 offers neither. Synth says so before any build.
    const platforms = await dsl(['build', '--dry-run', '--platform', 'linux/arm64,linux/s390x'], project);
    expect(platforms.exitCode).toBe(1);
    const found = [...platforms.stderr.matchAll(/DSL5951 '([^']+)' .* not (\S+)$/gm)].map((m) => `${m[1]!.slice(repo.length + 1)} ${m[2]}`);
    expect(found).toEqual(['base:multi linux/s390x', 'base:1 linux/arm64', 'base:1 linux/s390x']);

    // The tag moves: a new image is pushed under base:1.
    buildPush(scratch, `${repo}/base:1`, 'linux/amd64', 'local/busybox:latest', 'moved');
    const moved = registryDigest(`${repo}/base:1`);
    expect(moved).not.toBe(single);
    const check = await dsl(['lock', '--check'], project);
    expect(check.exitCode).toBe(1);
    expect(check.stderr).toContain(`DSL5956 '${repo}/base:1' moved: ${single.slice(0, 19)} → ${moved.slice(0, 19)}`);
    expect(check.stderr).not.toContain('base:multi');

    const update = await dsl(['lock', '--update', `${repo}/base:1`], project);
    expect(update.exitCode, update.all).toBe(0);
    expect(update.stdout).toContain(`~ ${repo}/base:1  ${single.slice(0, 19)} → ${moved.slice(0, 19)}`);
    expect((JSON.parse(readFileSync(join(project, 'dsl.lock.json'), 'utf8')) as typeof lock).images[`${repo}/base:1`]!.digest).toBe(moved);
    expect((await dsl(['lock', '--check'], project)).exitCode).toBe(0);
  }, 600_000);
});
