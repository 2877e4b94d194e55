import { image, stage, synthProject, type ComposeStack } from '@dockerdsl/core';
import { type ImageLock } from '@dockerdsl/core/tooling';
import { describe, expect, it } from 'vitest';

const digest = (c: string): string => `sha256:${c.repeat(64)}`;
const index = 'application/vnd.oci.image.index.v1+json';
const lock: ImageLock = {
  version: 1,
  images: {
    'busybox:1.36': { digest: digest('b'), mediaType: index, platforms: ['linux/amd64', 'linux/arm64'] },
    'golang:1.22': { digest: digest('g'), mediaType: index, platforms: ['linux/amd64'] },
    'postgres:17': { digest: digest('p'), mediaType: index, platforms: ['linux/amd64'] },
  },
};

const base = image('base', { stages: [stage('main', { from: 'busybox:1.36' })], tags: ['acme/base:dev'] });
const build = stage('build', { from: 'golang:1.22' }).run('go build -o /out/app .');
const api = image('api', { stages: [build, stage('runtime', { from: 'acme/base:dev' }).copyFrom(build, '/out/app', '/app')], tags: ['acme/api:1'] });
// Built only by the stack: synth writes its Dockerfile from the stack.
const worker = image('worker', { stages: [stage('w', { from: 'busybox:1.36' }).cmd(['true'])] });
const shop: ComposeStack = { name: 'shop', services: { db: { image: 'postgres:17' }, worker: { build: { image: worker.toImage() } } } };

describe('synth with a lock', () => {
  const plan = synthProject({ images: [base, api], compose: [shop] }, { configFile: '/repo/dsl.config.ts', lock: { lock, file: 'dsl.lock.json', frozen: true } });
  const file = (path: string): string => plan.files.find((f) => f.path === path)!.content;

  it('pins external references in every Dockerfile, the stack\'s own images included, and in Compose', () => {
    expect(plan.diagnostics.filter((d) => d.code.startsWith('DSL59'))).toEqual([]);
    expect(file('base.Dockerfile')).toContain(`FROM busybox:1.36@${digest('b')}`);
    expect(file('api.Dockerfile')).toContain(`FROM golang:1.22@${digest('g')} AS build`);
    expect(file('worker.Dockerfile')).toContain(`FROM busybox:1.36@${digest('b')}`);
    expect(file('compose.yaml')).toContain(`image: postgres:17@${digest('p')}\n`);
  });

  it('leaves references to project images to the bake file\'s target contexts', () => {
    expect(file('api.Dockerfile')).toContain('FROM acme/base:dev AS runtime');
    expect(JSON.parse(file('docker-bake.json')).target.api.contexts).toEqual({ 'acme/base:dev': 'target:base' });
  });

  it('changes nothing without a lock', () => {
    const plain = synthProject({ images: [base, api], compose: [shop] }, { configFile: '/repo/dsl.config.ts' });
    expect(plain.files.find((f) => f.path === 'base.Dockerfile')!.content).toContain('FROM busybox:1.36 AS main\n');
    expect(plain.diagnostics.filter((d) => d.code.startsWith('DSL59'))).toEqual([]);
  });
});
