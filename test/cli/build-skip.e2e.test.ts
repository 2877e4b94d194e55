import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithEngine } from '../support/engine.js';
import { runName } from '../support/run-prefix.js';
import { docker, dsl, fixture, removeImages } from './run-dsl.js';

interface BuildJson {
  ok: boolean;
  images: { image: string; status: string; digest?: string; inputDigest?: string; pushed?: string[] }[];
}

const tags = [runName('skip-base:e2e'), runName('skip-app:e2e')];
const registry = '127.0.0.1:5000';

describeWithEngine('dsl build skips what did not change', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'dsl-test-skip-'));
    cpSync(fixture('skip'), dir, { recursive: true });
  });
  afterAll(() => {
    removeImages([...tags, ...tags.map((t) => `${registry}/${t}`)]);
    rmSync(dir, { recursive: true, force: true });
  });

  /** Builds and returns each image's status, by name. */
  const build = async (env: Record<string, string> = {}, args: string[] = []): Promise<Record<string, string>> => {
    const result = await dsl(['build', '--json', ...args], dir, { DSL_TEST_SKIP_TOKEN: 'secret-one', ...env });
    expect(result.exitCode, result.all).toBe(0);
    const json = JSON.parse(result.stdout) as BuildJson;
    return Object.fromEntries(json.images.map((i) => [i.image, i.status]));
  };

  it('skips unchanged images and rebuilds exactly the images whose inputs changed, input kind by input kind', async () => {
    expect(await build()).toEqual({ base: 'done', app: 'done' });
    const first = await dsl(['build', '--json'], dir, { DSL_TEST_SKIP_TOKEN: 'secret-one' });
    const images = (JSON.parse(first.stdout) as BuildJson).images;
    expect(images.map((i) => i.status)).toEqual(['unchanged', 'unchanged']);
    // The label on the stored image is what the skip compared.
    const label = docker(['image', 'inspect', '--format', '{{index .Config.Labels "dev.dockerdsl.input-digest"}}', tags[1]!]);
    expect(label).toBe(images[1]!.inputDigest);

    // A context file no COPY reads, and a secret's value: not inputs.
    writeFileSync(join(dir, 'README.md'), '# edited\n');
    expect(await build({ DSL_TEST_SKIP_TOKEN: 'another value entirely' })).toEqual({ base: 'unchanged', app: 'unchanged' });

    // Each input kind of app: changed → app rebuilt (base is not), then unchanged → skipped.
    const changes: [string, () => Record<string, string>][] = [
      ['a context file', () => (writeFileSync(join(dir, 'src', 'a.txt'), 'second\n'), {})],
      ['a build arg', () => ({ DSL_TEST_SKIP_ARG: 'spicy' })],
      ['a secret id', () => ({ DSL_TEST_SKIP_ARG: 'spicy', DSL_TEST_SKIP_SECRET_ID: 'token2' })],
      ['the definition (its Dockerfile)', () => ({ DSL_TEST_SKIP_ARG: 'spicy', DSL_TEST_SKIP_SECRET_ID: 'token2', DSL_TEST_SKIP_APP_STEP: 'extra' })],
    ];
    let env: Record<string, string> = {};
    for (const [kind, change] of changes) {
      env = change();
      expect(await build(env), `${kind} changed`).toEqual({ base: 'unchanged', app: 'done' });
      expect(await build(env), `${kind} unchanged`).toEqual({ base: 'unchanged', app: 'unchanged' });
    }
    expect(docker(['run', '--rm', tags[1]!])).toBe('second\nspicy');

    // Base inputs: its base reference (a tag, then a digest as `dsl lock` pins it) and its own
    // definition; app is built FROM base, so it is rebuilt too.
    const busyboxDigest = docker(['image', 'inspect', '--format', '{{.Id}}', 'local/busybox:latest']);
    const baseChanges: [string, Record<string, string>][] = [
      ['the base reference', { DSL_TEST_SKIP_FROM: 'local/debian:bookworm' }],
      ['the locked digest of the base', { DSL_TEST_SKIP_FROM: `local/busybox:latest@${busyboxDigest}` }],
      ['the upstream project image', { DSL_TEST_SKIP_FROM: `local/busybox:latest@${busyboxDigest}`, DSL_TEST_SKIP_BASE_STEP: 'more' }],
    ];
    for (const [kind, change] of baseChanges) {
      env = { ...env, ...change };
      expect(await build(env), `${kind} changed`).toEqual({ base: 'done', app: 'done' });
      expect(await build(env), `${kind} unchanged`).toEqual({ base: 'unchanged', app: 'unchanged' });
    }

    // Forced, and an output dsl cannot look into: built whatever the digests say.
    expect(await build(env, ['--no-skip'])).toEqual({ base: 'done', app: 'done' });
    expect(await build(env, ['--output', `type=local,dest=${join(dir, 'exported')}`, 'app'])).toEqual({ base: 'done', app: 'done' });
    expect(readFileSync(join(dir, 'exported', 'flavour'), 'utf8')).toBe('spicy\n');
  }, 900_000);

  it('--files builds only the images a change affects, the unaffected base taken from the cache', async () => {
    writeFileSync(join(dir, 'src', 'a.txt'), 'third\n');
    const env = { DSL_TEST_SKIP_TOKEN: 'x' };
    const none = await dsl(['build', '--json', '--files', 'README.md'], dir, env);
    expect((JSON.parse(none.stdout) as BuildJson).images).toEqual([]);
    const result = await dsl(['build', '--json', '--files', 'src/a.txt'], dir, env);
    expect(result.exitCode, result.all).toBe(0);
    expect((JSON.parse(result.stdout) as BuildJson).images.map((i) => [i.image, i.status])).toEqual([['app', 'done']]);
    expect(docker(['run', '--rm', tags[1]!])).toBe('third\nplain');
  }, 300_000);

  it('with --push, looks in the registry: an unchanged image is skipped and pinned, its dependents get it by digest', async () => {
    const env = { DSL_TEST_SKIP_TOKEN: 'x', DSL_TEST_REPO: registry };
    const first = await dsl(['build', '--json', '--push'], dir, env);
    expect(first.exitCode, first.all).toBe(0);
    const again = await dsl(['build', '--json', '--push'], dir, env);
    const images = (JSON.parse(again.stdout) as BuildJson).images;
    expect(images.map((i) => i.status)).toEqual(['unchanged', 'unchanged']);
    expect(images[0]!.pushed).toEqual([`${registry}/${tags[0]}@${images[0]!.digest}`]);
    const record = JSON.parse(readFileSync(join(dir, '.dsl', 'out', 'dsl-build.json'), 'utf8')) as { images: Record<string, { digest: string }> };
    expect(record.images.base!.digest).toBe(images[0]!.digest);

    writeFileSync(join(dir, 'src', 'a.txt'), 'fourth\n');
    const dry = await dsl(['build', '--push', '--dry-run'], dir, env);
    expect(dry.stdout).toContain(`app.contexts.${registry}/${tags[0]}=docker-image://${registry}/${tags[0]!.replace(/:e2e$/, '')}@${images[0]!.digest}`);
    expect(dry.stdout).not.toMatch(/--set base\.labels/);
    const rebuilt = await dsl(['build', '--json', '--push'], dir, env);
    expect(rebuilt.exitCode, rebuilt.all).toBe(0);
    expect((JSON.parse(rebuilt.stdout) as BuildJson).images.map((i) => i.status)).toEqual(['unchanged', 'done']);
    docker(['pull', '-q', `${registry}/${tags[1]}`]);
    expect(docker(['run', '--rm', `${registry}/${tags[1]}`])).toBe('fourth\nplain');
  }, 600_000);
});
