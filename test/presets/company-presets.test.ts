import { afterEach, describe, expect, it, vi } from 'vitest';
import { toDockerfile } from '@dockerdsl/core';
import { acmeBases, acmeGoService, acmeLabels, acmeNodeService, acmePythonService, acmeRegistry, acmeVersion } from '@acme/docker-presets';

// The example's company preset package: its defaults reach every image, and the environment
// switches bases and tags without touching the services.
describe('@acme/docker-presets', () => {
  afterEach(() => vi.unstubAllEnvs());
  const service = { name: 'api', team: 'payments', context: 'services/api' };

  it('uses the official language images by default and one Debian base when asked', () => {
    expect(acmeBases({})).toMatchObject({ goBuild: 'golang:1.23-bookworm', nodeRuntime: 'node:22-bookworm-slim', pythonBuildIsolation: true });
    expect(acmeBases({ ACME_DEBIAN_BASE: 'local/debian:bookworm' })).toMatchObject({
      goRuntime: 'scratch',
      nodeRuntime: { image: 'local/debian:bookworm', aptPackages: ['nodejs'] },
      pythonBuildIsolation: false,
    });
  });

  it('stamps the company user, labels, registry and version on every preset', () => {
    vi.stubEnv('ACME_REGISTRY', 'registry-namespace');
    vi.stubEnv('ACME_VERSION', '2.3.4');
    for (const preset of [acmeGoService(service), acmeNodeService({ ...service, name: 'web' }), acmePythonService({ ...service, name: 'worker' })]) {
      const img = preset.toImage();
      const text = toDockerfile(img);
      expect(text).toContain('USER 10101:10101');
      expect(text).toContain('com.acme.team=payments');
      expect(text).toContain('org.opencontainers.image.version=2.3.4');
      expect(img.tags).toEqual([`registry-namespace/${img.name}:2.3.4`]);
      expect(img.context).toBe('services/api');
    }
  });

  it('lets a service add labels and parameters but not replace the user', () => {
    const text = toDockerfile(acmeGoService(service, { labels: { 'com.acme.tier': 'gold' }, manifests: ['go.mod'] }).image());
    expect(text).toContain('com.acme.tier=gold');
    expect(text).toContain('COPY go.mod ./');
    expect(acmeLabels(service, '1')['com.acme.team']).toBe('payments');
    expect(acmeRegistry({})).toBe('acme');
    expect(acmeVersion({ ...service, version: '9' }, { ACME_VERSION: '1' })).toBe('9');
  });
});
