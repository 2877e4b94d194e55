import { describe, expect, it } from 'vitest';
import { buildContext } from '../build-inputs/build-context.js';
import { imageBuildInputs } from '../resolve/image-build-inputs.js';
import { validateBuildInputs } from '../resolve/validate-build-inputs.js';
import type { ComposeStack } from '../compose/stack.js';
import type { Image } from '../image/image.js';
import { attachSource, sourceOf } from '../model/source-location.js';
import { applyLockToImage, applyLockToStack, isLockableReference, projectImageOf, type LockOptions } from './apply-lock.js';
import type { ImageLock } from './lock-file.js';

const busy = `sha256:${'b'.repeat(64)}`;
const deb = `sha256:${'d'.repeat(64)}`;
const api = `sha256:${'a'.repeat(64)}`;
const lock: ImageLock = {
  version: 1,
  images: {
    'busybox:1.36': { digest: busy, mediaType: 'application/vnd.oci.image.index.v1+json', platforms: ['linux/amd64', 'linux/arm64/v8'] },
    'debian:bookworm': { digest: deb, mediaType: 'application/vnd.oci.image.manifest.v1+json', platforms: ['linux/amd64'] },
    'acme/api:1': { digest: api, mediaType: 'application/vnd.oci.image.manifest.v1+json', platforms: ['linux/amd64'], image: 'api' },
  },
};
const options: LockOptions = { lock, file: 'dsl.lock.json', projectTags: new Map([['acme/base:dev', 'base'], ['acme/api:1', 'api']]) };

const image = (over: Partial<Image> = {}): Image => ({
  name: 'app',
  stages: [
    { name: 'build', from: 'debian:bookworm', steps: [{ kind: 'run', command: 'make', mounts: [{ type: 'bind', target: '/t', from: 'busybox:1.36' }, { type: 'cache', target: '/c' }] }] },
    { name: 'tools', from: 'build', steps: [] },
    {
      from: 'busybox:1.36',
      steps: [
        { kind: 'copy', sources: ['/a'], destination: '/a', from: 'build' },
        { kind: 'copy', sources: ['/b'], destination: '/b', from: { image: 'debian:bookworm' } },
        { kind: 'copy', sources: ['/c'], destination: '/c', from: 'busybox:1.36' },
      ],
    },
  ],
  ...over,
});

describe('applyLockToImage', () => {
  it('pins every external reference and leaves stages alone', () => {
    const { image: locked, diagnostics } = applyLockToImage(image(), ['images', 'app'], options);
    expect(diagnostics).toEqual([]);
    expect(locked.stages.map((s) => s.from)).toEqual([`debian:bookworm@${deb}`, 'build', `busybox:1.36@${busy}`]);
    expect(locked.stages[0]!.steps[0]).toMatchObject({ mounts: [{ from: `busybox:1.36@${busy}` }, { type: 'cache' }] });
    expect(locked.stages[2]!.steps.map((s) => (s as { from?: unknown }).from)).toEqual(['build', { image: `debian:bookworm@${deb}` }, `busybox:1.36@${busy}`]);
  });

  it('pins named contexts declared with an image source (bake writes them as docker-image://)', () => {
    const input = { ...image(), inputs: { contexts: [{ name: 'tools', image: 'busybox:1.36' }, { name: 'assets', path: 'assets' }] } };
    const { image: locked, diagnostics } = applyLockToImage(input, ['images', 'app'], { ...options, platforms: ['linux/s390x'] });
    expect(locked.inputs.contexts).toEqual([{ name: 'tools', image: `busybox:1.36@${busy}` }, { name: 'assets', path: 'assets' }]);
    expect(diagnostics.map((d) => d.path.join('.'))).toContain('images.app.inputs.contexts.0.image');
  });

  it('pins contexts declared with buildContext() handles, at every step that uses them', () => {
    const tools = buildContext('tools', { image: 'busybox:1.36' });
    const input = image({ stages: [{ from: 'debian:bookworm', steps: [
      { kind: 'copy', sources: ['/bin/sh'], destination: '/sh', from: tools },
      { kind: 'run', command: 'ls /t', mounts: [{ type: 'bind', target: '/t', from: tools }] },
    ] }] });
    const { image: locked } = applyLockToImage(input, ['images', 'app'], options);
    expect(imageBuildInputs(locked).contexts).toEqual([{ name: 'tools', image: `busybox:1.36@${busy}` }]);
    expect(validateBuildInputs(locked, ['images', 'app'])).toEqual([]);
  });

  it('does not touch scratch, variables, digests or the project\'s own images', () => {
    const input = image({ stages: [{ from: 'scratch', steps: [] }, { from: '$BASE', steps: [] }, { from: `busybox:1.36@${busy}`, steps: [] }, { from: 'acme/base:dev', steps: [] }] });
    const { image: locked, diagnostics } = applyLockToImage(input, ['images', 'app'], options);
    expect(locked).toBe(input);
    expect(diagnostics).toEqual([]);
  });

  it('keeps the source location of what it rewrote', () => {
    const input = image();
    attachSource(input.stages[0]!, { file: '/repo/dsl.config.ts', line: 7, column: 3 });
    const { image: locked } = applyLockToImage(input, ['images', 'app'], options);
    expect(locked.stages[0]).not.toBe(input.stages[0]);
    expect(sourceOf(locked.stages[0])).toEqual({ file: '/repo/dsl.config.ts', line: 7, column: 3 });
    expect(input.stages[0]!.from).toBe('debian:bookworm');
  });

  it('warns about a reference the lock lacks, and errs when frozen', () => {
    const input = image({ stages: [{ name: 'x', from: 'alpine:3.20', steps: [] }] });
    const warned = applyLockToImage(input, ['images', 'app'], options);
    expect(warned.image.stages[0]!.from).toBe('alpine:3.20');
    expect(warned.diagnostics).toMatchObject([{ code: 'DSL5950', severity: 'warning', path: ['images', 'app', 'stages', 'x', 'from'] }]);
    expect(applyLockToImage(input, ['images', 'app'], { ...options, frozen: true }).diagnostics).toMatchObject([{ code: 'DSL5950', severity: 'error' }]);
  });

  it('reports platforms the locked base does not offer: the image\'s own, or the command line\'s instead', () => {
    const own = applyLockToImage(image({ platforms: ['linux/amd64', 'linux/arm64'] }), ['images', 'app'], options);
    // debian offers amd64 only: its FROM and its COPY --from; busybox's arm64/v8 is arm64.
    expect(own.diagnostics.map((d) => [d.code, d.path.join('.'), d.message.endsWith('not linux/arm64')])).toEqual([
      ['DSL5951', 'images.app.stages.build.from', true],
      ['DSL5951', 'images.app.stages.2.steps.1.from', true],
    ]);
    const cli = applyLockToImage(image({ platforms: ['linux/amd64'] }), ['images', 'app'], { ...options, platforms: ['linux/arm/v7'] });
    expect(cli.diagnostics.filter((d) => d.code === 'DSL5951')).toHaveLength(5);
  });

  it('checks a stage\'s fixed platform, and skips the build platform', () => {
    const fixed = image({ stages: [{ from: 'debian:bookworm', platform: 'linux/arm64', steps: [] }, { from: 'debian:bookworm', platform: '$BUILDPLATFORM', steps: [] }] });
    expect(applyLockToImage(fixed, ['images', 'app'], { ...options, platforms: ['linux/arm64'] }).diagnostics.map((d) => d.path[3])).toEqual([0]);
    const target = image({ stages: [{ from: 'debian:bookworm', platform: '${TARGETPLATFORM}', steps: [] }] });
    expect(applyLockToImage(target, ['images', 'app'], { ...options, platforms: ['linux/arm64'] }).diagnostics).toHaveLength(1);
  });
});

describe('applyLockToStack', () => {
  const stack = (): ComposeStack => ({
    name: 'shop',
    services: {
      cache: { image: 'busybox:1.36', platform: 'linux/riscv64' },
      api: { image: 'acme/api:1' },
      web: { image: 'acme/web:2', build: { image: image({ name: 'web' }) } },
      db: { image: 'postgres:17' },
    },
    variants: [{ file: 'compose.prod.yaml', mode: 'override', patch: { services: { web: { image: 'acme/web:prod' }, db: { image: 'debian:bookworm' } } } }],
  });

  it('pins the images services run, locked project images included, and locks the images services build', () => {
    const { stack: locked, diagnostics } = applyLockToStack(stack(), ['compose', 'shop'], options);
    expect(locked.services.cache!.image).toBe(`busybox:1.36@${busy}`);
    expect(locked.services.api!.image).toBe(`acme/api:1@${api}`);
    expect(locked.services.web!.image).toBe('acme/web:2');
    expect((locked.services.web!.build!.image as Image).stages[0]!.from).toBe(`debian:bookworm@${deb}`);
    expect(locked.variants![0]!.patch.services!.web!.image).toBe('acme/web:prod');
    expect(locked.variants![0]!.patch.services!.db!.image).toBe(`debian:bookworm@${deb}`);
    expect(diagnostics.map((d) => [d.code, d.path.join('.')])).toEqual([
      ['DSL5951', 'compose.shop.services.cache.image'],
      ['DSL5950', 'compose.shop.services.db.image'],
    ]);
  });

  it('returns the same stack when nothing is locked', () => {
    const input: ComposeStack = { services: { api: { image: 'acme/web:2' } } };
    expect(applyLockToStack(input, ['compose', 0], { ...options, projectTags: new Map([['acme/web:2', 'web']]) }).stack).toBe(input);
  });
});

describe('references', () => {
  it('knows which references can be locked', () => {
    expect(['busybox', 'busybox:1.36', 'scratch', '$BASE', 'x@sha256:1', ''].map(isLockableReference)).toEqual([true, true, false, false, false, false]);
  });

  it('finds project images by tag, with :latest implied', () => {
    const tags = new Map([['acme/api:latest', 'api'], ['reg:5000/acme/web:2', 'web']]);
    expect(['acme/api', 'acme/api:latest', 'acme/api:2', 'reg:5000/acme/web:2', 'reg:5000/acme/web'].map((r) => projectImageOf(r, tags))).toEqual(['api', 'api', undefined, 'web', undefined]);
  });
});
