import { describe, expect, it } from 'vitest';
import type { BakeImage } from '../synth/bake-file.js';
import { dockerBuildArgs, pushArgs } from './docker-args.js';

const item: BakeImage = {
  image: { name: 'api', stages: [], context: 'svc', tags: ['acme/api:1', 'acme/api:latest'], buildArgs: { V: '1 2' }, platforms: ['linux/arm64'], cacheFrom: ['type=registry,ref=cache/api'], cacheTo: ['type=inline'] },
  dockerfile: '/repo/.dsl/out/api.Dockerfile',
  target: 'runtime',
  dependsOn: [],
};

describe('dockerBuildArgs', () => {
  it('uses buildx with tags, args, target, platforms, cache and builder (loading the result)', () => {
    expect(dockerBuildArgs(item, '/repo', { builder: 'remote', cacheFrom: ['type=local,src=/c'], noCache: true, pull: true }, true)).toEqual([
      'buildx', 'build', '--progress', 'plain', '--builder', 'remote',
      '-f', '/repo/.dsl/out/api.Dockerfile', '-t', 'acme/api:1', '-t', 'acme/api:latest',
      '--build-arg', 'V=1 2', '--target', 'runtime', '--platform', 'linux/arm64',
      '--cache-from', 'type=registry,ref=cache/api', '--cache-from', 'type=local,src=/c', '--cache-to', 'type=inline',
      '--load', '--no-cache', '--pull', '/repo/svc',
    ]);
  });

  it('pushes with buildx, overrides platforms from the flag, and falls back to docker build', () => {
    expect(dockerBuildArgs(item, '/repo', { push: true, platforms: ['linux/amd64', 'linux/arm64'] }, true)).toContain('--push');
    expect(dockerBuildArgs(item, '/repo', { platforms: ['linux/amd64', 'linux/arm64'] }, true)).toContain('linux/amd64,linux/arm64');
    const classic = dockerBuildArgs(item, '/repo', { push: true }, false);
    expect(classic.slice(0, 2)).toEqual(['build', '-f']);
    expect(classic).not.toContain('--cache-from');
    expect(classic).not.toContain('--push');
    expect(pushArgs(item)).toEqual([['push', 'acme/api:1'], ['push', 'acme/api:latest']]);
  });
});
