import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithEngine } from '../support/engine.js';
import { docker, dsl, fixture, removeImages } from './run-dsl.js';

// Everything this suite makes is named after the run: registry repositories, tags, cache refs.
const run = `dsl-test-h14-${process.pid}-${Date.now().toString(36)}`;
const repo = `127.0.0.1:5000/${run}`;
const salt = `salt-${run}`;
const fileValue = `file-secret-${Math.random().toString(36).slice(2)}-value`;
const envValue = `env-secret-${Math.random().toString(36).slice(2)}-value`;
const tags = ['base', 'app', 'site'].map((n) => `${repo}/${n}:1`);

let appRef = '';
let siteRef = '';

interface BuildJson { ok: boolean; images: { image: string; status: string; digest?: string; pushed?: string[]; cached: number; steps: number }[] }

/**
 * Removes this run's own build-cache records: those whose command carries the run's salt and
 * every record built on top of them (a parent is only pruned once its children are gone).
 */
function pruneOwnCache(): void {
  for (let pass = 0; pass < 4; pass++) {
    const du = execFileSync('docker', ['buildx', 'du', '--verbose'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const records = du.split(/\n(?=ID:)/).map((text) => ({ id: /^ID:\s+(\S+)/m.exec(text)?.[1], parent: /^Parents?:\s+(\S+)/m.exec(text)?.[1], text }));
    const own = new Set(records.filter((r) => r.text.includes(salt)).map((r) => r.id));
    for (let grown = true; grown; ) {
      grown = false;
      for (const r of records) if (r.parent && own.has(r.parent) && !own.has(r.id)) grown = own.add(r.id) !== undefined;
    }
    own.delete(undefined);
    if (own.size === 0) return;
    for (const id of own) execFileSync('docker', ['buildx', 'prune', '-f', '--filter', `id=${id}`], { stdio: 'ignore' });
  }
}

/** Removes this run's images: by tag, and those pulled by digest. */
function removeOwnImages(): void {
  removeImages(tags);
  for (const image of docker(['image', 'ls', '--digests', '--format', '{{.Repository}}@{{.Digest}}', '--filter', `reference=${repo}/*`]).split('\n').filter(Boolean)) removeImages([image]);
}

describeWithEngine('dsl build for production: registry, digests, cache, secrets, contexts', () => {
  let dir = '';
  let out = '';
  let env: Record<string, string> = {};
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'dsl-test-h14-'));
    out = join(dir, 'out');
    writeFileSync(join(dir, 'token.txt'), fileValue);
    env = { DSL_TEST_REPO: repo, DSL_TEST_SALT: salt, DSL_TEST_TOKEN_FILE: join(dir, 'token.txt'), DSL_TEST_ENV_TOKEN: envValue };
  });
  afterAll(() => {
    removeOwnImages();
    pruneOwnCache();
    rmSync(dir, { recursive: true, force: true });
  });

  it('pushes every image with its registry cache and reports digests that pull back and run', async () => {
    const metadataFile = join(dir, 'metadata.json');
    const result = await dsl(['build', '--push', '--json', '--out', out, '--metadata-file', metadataFile, '--cache-to', `type=registry,ref=${repo}/cache:all,mode=max`], fixture('production'), env);
    expect(result.exitCode, result.all).toBe(0);
    const json = JSON.parse(result.stdout) as BuildJson;
    expect(json.images.map((i) => [i.image, i.status])).toEqual([['base', 'done'], ['app', 'done'], ['site', 'done']]);
    const metadata = JSON.parse(readFileSync(metadataFile, 'utf8')) as Record<string, { 'containerimage.digest': string }>;
    const record = JSON.parse(readFileSync(join(out, 'dsl-build.json'), 'utf8')) as { images: Record<string, { digest: string }> };
    for (const image of json.images) {
      expect(image.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(image.pushed).toEqual([`${repo}/${image.image}:1@${image.digest}`]);
      expect(metadata[image.image]!['containerimage.digest']).toBe(image.digest);
      expect(record.images[image.image]!.digest).toBe(image.digest);
    }
    removeImages(tags);
    for (const image of json.images) docker(['pull', '-q', image.pushed![0]!]);
    const app = json.images.find((i) => i.image === 'app')!;
    appRef = app.pushed![0]!;
    expect(docker(['run', '--rm', appRef]).split('\n').map((l) => l.trim())).toEqual([`base-${salt}`, String(fileValue.length), String(envValue.length)]);
    const site = json.images.find((i) => i.image === 'site')!;
    expect(docker(['run', '--rm', site.pushed![0]!])).toBe(`logo-bytes\nbase-${salt}`);
    siteRef = site.pushed![0]!;
  }, 300_000);

  it('attaches the provenance attestation and the OCI annotation the definition asks for', () => {
    const index = JSON.parse(docker(['buildx', 'imagetools', 'inspect', '--raw', siteRef])) as { manifests: { digest: string; annotations?: Record<string, string> }[] };
    const image = index.manifests.find((m) => m.annotations?.['vnd.docker.reference.type'] !== 'attestation-manifest')!;
    const attestation = index.manifests.find((m) => m.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest');
    expect(attestation, 'a provenance attestation manifest').toBeDefined();
    const manifest = JSON.parse(docker(['buildx', 'imagetools', 'inspect', '--raw', `${siteRef.split('@')[0]}@${image.digest}`])) as { annotations?: Record<string, string> };
    expect(manifest.annotations?.['org.opencontainers.image.source']).toBe('https://example.com/acme/site');
    const provenance = docker(['buildx', 'imagetools', 'inspect', siteRef, '--format', '{{json .Provenance}}']);
    // mode=max records the build's full definition (the Dockerfile source among it); min does not.
    expect(provenance).toContain('"buildConfig"');
  });

  it('keeps the secret values out of the image history, its layers, the generated files and the dry run', async () => {
    const app = appRef;
    const history = docker(['history', '--no-trunc', app]);
    const layers = execFileSync('docker', ['image', 'save', app], { maxBuffer: 256 * 1024 * 1024 });
    // --no-skip: the images are in the registry unchanged, and the dry run must print the whole bake command.
    const dry = await dsl(['build', '--push', '--dry-run', '--no-skip', '--out', out, '--secret', `id=env_token,env=DSL_TEST_ENV_TOKEN`], fixture('production'), env);
    expect(dry.exitCode, dry.all).toBe(0);
    const generated = readdirSync(out).map((f) => readFileSync(join(out, f), 'utf8')).join('\n');
    for (const value of [fileValue, envValue]) {
      expect(history).not.toContain(value);
      expect(layers.includes(Buffer.from(value))).toBe(false);
      expect(generated).not.toContain(value);
      expect(dry.all).not.toContain(value);
    }
    expect(generated).toContain('id=env_token,env=DSL_TEST_ENV_TOKEN');
  }, 300_000);

  // One retry: in one full-suite run of 333 files (2-core machine, load 3) the registry cache
  // missed once (cached 0) while this file alone and every other full run passed; a second miss
  // in a row still fails.
  it('rebuilds from the registry cache after this run\'s local cache is wiped', { retry: 1, timeout: 300_000 }, async () => {
    // An image still in the store keeps its layers' cache records shared, so it goes first.
    removeOwnImages();
    pruneOwnCache();
    expect(execFileSync('docker', ['buildx', 'du', '--verbose'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }), 'no local cache record of this run is left').not.toContain(salt);
    const result = await dsl(['build', 'base', '--json', '--out', out, '--cache-from', `type=registry,ref=${repo}/cache:all`], fixture('production'), env);
    expect(result.exitCode, result.all).toBe(0);
    const base = (JSON.parse(result.stdout) as BuildJson).images.find((i) => i.image === 'base')!;
    expect(base.steps).toBe(1);
    expect(base.cached, 'the salted RUN came from the registry cache').toBe(1);
  });

  it('stops before building when a secret source is missing, naming it', async () => {
    const result = await dsl(['build', 'app', '--out', out], fixture('production'), { ...env, DSL_TEST_ENV_TOKEN: '' });
    // An empty variable is set; an unset one is missing.
    expect(result.exitCode, result.all).toBe(0);
    // --no-skip: app is unchanged (a secret's source is not an input), and the check runs before a build.
    const missing = await dsl(['build', 'app', '--no-skip', '--out', out], fixture('production'), { DSL_TEST_REPO: repo, DSL_TEST_SALT: salt, DSL_TEST_TOKEN_FILE: join(dir, 'nope.txt') });
    expect(missing.exitCode).toBe(1);
    expect(missing.stderr).toContain('DSL5935');
    expect(missing.stderr).toContain('DSL_TEST_ENV_TOKEN');
    expect(existsSync(join(dir, 'nope.txt'))).toBe(false);
  }, 300_000);
});
