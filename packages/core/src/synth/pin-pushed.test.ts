import { describe, expect, it } from 'vitest';
import type { ComposeStack } from '../compose/stack.js';
import { image } from '../builders/image-builder.js';
import { stage } from '../builders/stage-factory.js';
import type { ImageLock } from '../lock/lock-file.js';
import { sameReference, type PushedImage } from './pin-pushed.js';
import { synthProject } from './synth-project.js';

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
  const plan = synthProject({ images: [api], compose: [shop] }, { configFile: '/repo/dsl.config.ts', ...(pushed ? { pushed } : {}), ...(lock ? { lock: { lock, file: 'dsl.lock.json', frozen: false } } : {}) });
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
