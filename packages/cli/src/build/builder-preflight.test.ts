import { describe, expect, it } from 'vitest';
import { parseBuilderInspect, preflightDiagnostics } from './builder-preflight.js';

// `docker buildx inspect` of the default builder here (docker 26, buildx 0.13), trimmed.
const inspect = `Name:          default
Driver:        docker
Last Activity: 2026-12-07 05:25:44 +0000 UTC

Nodes:
Name:             default
Endpoint:         default
Status:           running
BuildKit version: v0.0.0+unknown
Platforms:        linux/amd64, linux/amd64/v2, linux/amd64/v3, linux/amd64/v4
`;

describe('builder preflight', () => {
  const builder = parseBuilderInspect(inspect);
  const demand = { platforms: new Map([['api', ['linux/amd64']]]), load: false, push: false, outputs: [], containerdStore: true };

  it('reads the driver and the native platforms', () => {
    expect(builder).toEqual({ name: 'default', driver: 'docker', platforms: ['linux/amd64', 'linux/amd64/v2', 'linux/amd64/v3', 'linux/amd64/v4'] });
  });

  it('has nothing to say about a native single-platform build', () => {
    expect(preflightDiagnostics(builder, demand)).toEqual([]);
  });

  it('names platforms that would run under emulation', () => {
    const found = preflightDiagnostics(builder, { ...demand, platforms: new Map([['api', ['linux/amd64', 'linux/arm64']]]), push: true });
    expect(found.map((d) => [d.code, d.severity])).toEqual([['DSL5931', 'warning']]);
    expect(found[0]!.message).toContain('linux/arm64');
  });

  it('refuses --load with several platforms, and multi-platform on the docker driver without the containerd store', () => {
    const two = new Map([['api', ['linux/amd64', 'linux/amd64/v2']]]);
    expect(preflightDiagnostics(builder, { ...demand, platforms: two, load: true }).map((d) => d.code)).toEqual(['DSL5932']);
    expect(preflightDiagnostics(builder, { ...demand, platforms: two, containerdStore: false }).map((d) => d.code)).toEqual(['DSL5932']);
    expect(preflightDiagnostics(builder, { ...demand, platforms: two, containerdStore: false, push: true })).toEqual([]);
  });

  it('refuses exporters the docker driver does not have', () => {
    expect(preflightDiagnostics(builder, { ...demand, containerdStore: false, outputs: ['type=spdx'] }).map((d) => d.code)).toEqual(['DSL5932']);
    expect(preflightDiagnostics(builder, { ...demand, containerdStore: false, outputs: ['type=registry', 'type=local,dest=out'] })).toEqual([]);
  });
});
