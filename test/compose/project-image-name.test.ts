import { compose, image, stage } from '@dockerdsl/core';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const build = stage('build', { from: 'golang:1.23-bookworm' }).run('go build -o /out/api .');
const runtime = stage('runtime', { from: 'scratch' }).copyFrom(build, '/out/api', '/api').entrypoint(['/api']);
const api = image('api', { stages: [build, runtime], tags: ['acme/api:dev', 'acme/api:latest'] });

function services(...list: compose.ServiceHandle[]): Record<string, { image?: string; build?: { target?: string } }> {
  const result = compose.compileCompose(compose.stack('shop', { services: list }), { projectDir: '/repo', outDir: '.dsl/out' });
  return (parse(result.files.find((f) => f.path === 'compose.yaml')!.text) as { services: Record<string, { image?: string }> }).services;
}

describe('a service that builds a project image', () => {
  it('is named with the image\'s first tag, so compose up reuses what dsl build built', () => {
    expect(services(compose.service('api', { build: { image: api } })).api!.image).toBe('acme/api:dev');
  });

  it('keeps an image name given explicitly', () => {
    expect(services(compose.service('api', { build: { image: api }, image: 'registry.local/api:pr-7' })).api!.image).toBe('registry.local/api:pr-7');
  });

  it('gets no name when it builds another stage, or when the image has no tags', () => {
    const tests = services(compose.service('tests', { build: { image: api, target: 'build' } })).tests!;
    expect(tests.image).toBeUndefined();
    expect(tests.build?.target).toBe('build');
    expect(services(compose.service('api', { build: { image: image('plain', { stages: [runtime] }) } })).api!.image).toBeUndefined();
  });
});
