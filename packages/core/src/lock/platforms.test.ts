import { describe, expect, it } from 'vitest';
import { isLiteralPlatform, normalizePlatform, offersPlatform } from './platforms.js';

describe('platforms', () => {
  it('normalises as containerd does', () => {
    expect(['Linux/AMD64', 'linux/arm64/v8', 'linux/arm64', 'linux/arm', 'linux/arm/v6', 'windows/amd64'].map(normalizePlatform)).toEqual(['linux/amd64', 'linux/arm64', 'linux/arm64', 'linux/arm/v7', 'linux/arm/v6', 'windows/amd64']);
  });

  it('matches requests against what an index offers', () => {
    const offered = ['linux/amd64', 'linux/arm64/v8', 'linux/arm/v7'];
    expect(['linux/arm64', 'linux/arm', 'linux/amd64/v2', 'linux/arm/v6', 'linux/s390x'].map((p) => offersPlatform(offered, p))).toEqual([true, true, true, false, false]);
  });

  it('knows which platforms are fixed before the build', () => {
    expect(['linux/amd64', '$BUILDPLATFORM', '${TARGETPLATFORM}', 'local'].map(isLiteralPlatform)).toEqual([true, false, false, false]);
  });
});
