import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { image, stage, type ComposeStack } from '@dockerdsl/core';
import type { ImageLock } from '@dockerdsl/core/tooling';
import { afterEach, describe, expect, it } from 'vitest';
import { buildRecordName, writeBuildRecord } from '../build/build-record.js';
import { tempProject } from '../test-support/temp-project.js';
import { memoryOutput } from '../ui/memory-output.js';
import { main } from '../cli.js';
import { planSynth } from './plan-synth.js';
import { readPushedImages, sameReference, type PushedImage } from './pushed-images.js';

const digest = (c: string): string => `sha256:${c.repeat(64)}`;
const api = image('api', { stages: [stage('main', { from: 'busybox:1.36' }).cmd(['true'])], tags: ['127.0.0.1:5000/acme/api:1'] });
const web = image('web', { stages: [stage('main', { from: 'busybox:1.36' }).cmd(['true'])] });
const shop: ComposeStack = {
  name: 'shop',
  services: {
    api: { image: '127.0.0.1:5000/acme/api:1' },
    // Builds its image: compose tags what it builds, so its `image:` keeps the tag.
    web: { build: { image: web.toImage() }, image: 'web:latest' },
    db: { image: 'postgres:17' },
  },
};
const pushedApi: PushedImage = { digest: digest('a'), names: ['127.0.0.1:5000/acme/api:1'], pushed: true };

const compose = (pushed?: Record<string, PushedImage>, lock?: ImageLock): string => {
  const plan = planSynth({ images: [api], compose: [shop] }, '/repo/dsl.config.ts', { ...(pushed ? { pushed } : {}), ...(lock ? { lock: { lock, file: 'dsl.lock.json', frozen: false } } : {}) });
  expect(plan.ok).toBe(true);
  return plan.files.find((f) => f.path === 'compose.yaml')!.content;
};

describe('Compose pins what dsl build pushed', () => {
  it('writes a service that runs a pushed project image as tag@digest, and nothing else', () => {
    const text = compose({ api: pushedApi, web: { digest: digest('w'), names: ['web:latest'], pushed: true } });
    expect(text).toContain(`image: 127.0.0.1:5000/acme/api:1@${digest('a')}`);
    expect(text).toMatch(/image: "?web:latest"?\n/);
    expect(text).toMatch(/image: "?postgres:17"?\n/);
  });

  it('leaves the tag when the image was pushed under another name (its tags changed since)', () => {
    expect(compose({ api: { ...pushedApi, names: ['127.0.0.1:5000/acme/api:0'] } })).not.toContain('@sha256');
  });

  it('prefers the pushed digest to an older one in the lock', () => {
    const lock: ImageLock = { version: 1, images: { '127.0.0.1:5000/acme/api:1': { digest: digest('0'), mediaType: 'application/vnd.oci.image.index.v1+json', platforms: ['linux/amd64'] } } };
    expect(compose({ api: pushedApi }, lock)).toContain(`@${digest('a')}`);
    expect(compose(undefined, lock)).toContain(`@${digest('0')}`);
  });

  it('matches references as Docker reads them', () => {
    expect(sameReference('docker.io/library/api:latest', 'api')).toBe(true);
    expect(sameReference('docker.io/acme/api:1', 'acme/api:1')).toBe(true);
    expect(sameReference('localhost:5000/api', 'localhost:5000/api:latest')).toBe(true);
    expect(sameReference('acme/api:1', 'acme/api:2')).toBe(false);
    expect(sameReference('127.0.0.1:5000/api:1', 'api:1')).toBe(false);
  });
});

describe('readPushedImages', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the pushed entries of the record dsl build writes, and only those', () => {
    dir = mkdtempSync(join(tmpdir(), 'dsl-pushed-'));
    expect(readPushedImages(dir)).toEqual({});
    writeBuildRecord(dir, new Map([['api', pushedApi], ['web', { digest: digest('w'), names: ['web:latest'], pushed: false }]]));
    expect(readPushedImages(dir)).toEqual({ api: pushedApi });
    writeFileSync(join(dir, buildRecordName), '{"generator":"dockerdsl","images":{"api":{"digest":"sha256:x","names":[],"pushed":true}}}');
    expect(readPushedImages(dir)).toEqual({});
    writeFileSync(join(dir, buildRecordName), 'not json');
    expect(readPushedImages(dir)).toEqual({});
  });
});

describe('dsl synth and the build record', () => {
  let cleanup: (() => void) | undefined;
  afterEach(() => cleanup?.());
  const config = `export default {
  outDir: 'out',
  images: [{ name: 'api', tags: ['127.0.0.1:5000/acme/api:1'], stages: [{ from: 'busybox:1.36', steps: [{ kind: 'cmd', command: ['true'] }] }] }],
  compose: [{ name: 'shop', services: { api: { image: '127.0.0.1:5000/acme/api:1' } } }],
};
`;

  it('pins by default, and --no-pin-pushed writes the tag (synth --check agrees with each)', async () => {
    const p = tempProject({ 'dsl.config.mjs': config });
    cleanup = p.remove;
    const out = join(p.dir, 'out');
    expect(await main(['synth'], memoryOutput(p.dir))).toBe(0);
    writeBuildRecord(out, new Map([['api', pushedApi]]));
    expect(await main(['synth', '--check'], memoryOutput(p.dir))).toBe(1);
    expect(await main(['synth'], memoryOutput(p.dir))).toBe(0);
    const read = (): string => readFileSync(join(out, 'compose.yaml'), 'utf8');
    expect(read()).toContain(`127.0.0.1:5000/acme/api:1@${digest('a')}`);
    expect(await main(['synth', '--no-pin-pushed', '--check'], memoryOutput(p.dir))).toBe(1);
    expect(await main(['synth', '--no-pin-pushed'], memoryOutput(p.dir))).toBe(0);
    expect(read()).not.toContain('@sha256');
    expect(await main(['synth', '--no-pin-pushed', '--check'], memoryOutput(p.dir))).toBe(0);
  });
});
