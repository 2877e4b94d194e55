import { compose } from '@dockerdsl/core';
import { describe, expect, it } from 'vitest';

describe('validating plain stacks (JavaScript and JSON users)', () => {
  it('reports an unknown service key with a suggestion, and writes nothing', () => {
    const result = compose.compileCompose({ name: 'shop', services: { web: { imag: 'nginx' } } } as unknown as compose.ComposeStack);
    expect(result.ok).toBe(false);
    expect(result.files).toEqual([]);
    expect(result.diagnostics).toEqual([expect.objectContaining({ code: 'DSL1003', path: ['compose', 'shop', 'services', 'web'], message: expect.stringContaining("'imag' (did you mean 'image'?)") })]);
  });

  it('reports wrong values with their path', () => {
    const stack = { services: { web: { image: 'nginx', restart: 'sometimes', ports: [{ target: 80, protocol: 'icmp' }], healthcheck: { test: 'curl -f http://localhost' } } } };
    const found = compose.validateStack(stack, []);
    expect(found.map((d) => `${d.path.join('.')} ${d.code}`).sort()).toEqual(['services.web.healthcheck.test DSL1002', 'services.web.ports.0.protocol DSL1004', 'services.web.restart DSL1006']);
  });

  it('accepts x-* extensions and spec keys kept as written', () => {
    expect(compose.validateStack({ 'x-a': 1, services: { web: { image: 'nginx', 'x-b': 2, ulimits: {} } } }, [], ['ulimits'])).toEqual([]);
  });

  it('never throws on input that is not a stack', () => {
    for (const bad of [undefined, null, 42, 'compose.yaml', { services: [] }, { services: { web: null } }]) {
      const result = compose.compileCompose(bad as unknown as compose.ComposeStack);
      expect(result.ok).toBe(false);
      expect(result.diagnostics.length).toBeGreaterThan(0);
    }
  });

  it('checks values in files the reader reads, at their line', () => {
    const result = compose.readCompose('services:\n  web:\n    image: nginx\n    restart: sometimes\n    ports:\n      - target: "80"\n', { file: 'c.yaml' });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => [d.code, d.path.join('.'), d.source?.line])).toEqual([
      ['DSL1002', 'services.web.ports.0.target', 6],
      ['DSL1006', 'services.web.restart', 2],
    ]);
  });
});
