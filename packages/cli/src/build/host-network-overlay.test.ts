import { image, stage } from '@dockerdsl/core';
import { type BakeImage } from '@dockerdsl/core/tooling';
import { describe, expect, it } from 'vitest';
import { noBuildFlags } from './build-flags.js';
import { bakeArgs } from './bake-args.js';
import { bakeGrantsEntitlements, hostNetworkOverlay } from './host-network-overlay.js';

const item = (name: string, entitlements: ('network.host' | 'security.insecure')[]): BakeImage => ({
  image: image(name, { stages: [stage('main', { from: 'busybox' }).run('true', entitlements.includes('network.host') ? { network: 'host' } : {})], inputs: { entitlements } }).toImage(),
  dockerfile: `/repo/out/${name}.Dockerfile`,
  dependsOn: [],
});

describe('network.host on buildx before 0.17', () => {
  it('knows which buildx grants entitlements to bake itself', () => {
    expect(bakeGrantsEntitlements([0, 13, 1])).toBe(false);
    expect(bakeGrantsEntitlements([0, 17, 0])).toBe(true);
    expect(bakeGrantsEntitlements([1, 0, 0])).toBe(true);
  });

  it('writes a Compose overlay naming only the images that declare network.host', () => {
    expect(hostNetworkOverlay([item('plain', []), item('insecure', ['security.insecure'])])).toBeUndefined();
    expect(hostNetworkOverlay([item('plain', []), item('fetch.er', ['network.host'])])).toBe(
      '# Written by dsl build for buildx before 0.17: bake grants network.host only through build.network.\nservices:\n  "fetch.er":\n    build:\n      network: host\n',
    );
  });

  it('is passed to bake after the generated bake file', () => {
    const args = bakeArgs({ bakeFile: '/repo/out/docker-bake.json', files: ['/repo/out/dsl-build.host-network.yaml'], targets: ['fetcher'], images: [item('fetcher', ['network.host'])] }, noBuildFlags, '/repo');
    expect(args.slice(0, 6)).toEqual(['buildx', 'bake', '-f', 'out/docker-bake.json', '-f', 'out/dsl-build.host-network.yaml']);
  });
});
