import { describe, expect, it } from 'vitest';
import { secret } from '../instructions/mount.js';
import { compileImage } from './compile-image.js';
import { longLineDiagnostic, syntaxAtLeast } from './frontend-features.js';

describe('syntaxAtLeast', () => {
  it('reads official frontend tags and trusts other frontends', () => {
    expect(syntaxAtLeast(undefined, '1.10')).toBe(false);
    expect(syntaxAtLeast('docker/dockerfile:1.7', '1.10')).toBe(false);
    expect(syntaxAtLeast('docker/dockerfile:1.10', '1.10')).toBe(true);
    expect(syntaxAtLeast('docker.io/docker/dockerfile:1.12.0-labs@sha256:00', '1.10')).toBe(true);
    expect(syntaxAtLeast('docker/dockerfile:1', '1.10')).toBe(true);
    expect(syntaxAtLeast('docker/dockerfile-upstream:master', '1.10')).toBe(true);
    expect(syntaxAtLeast('example.com/my/frontend:0.1', '1.10')).toBe(true);
  });
});

describe('secret env', () => {
  const withEnv = (directives?: { syntax: string }) => ({ name: 's', ...(directives ? { directives } : {}), stages: [{ from: 'busybox', steps: [{ kind: 'run' as const, command: 'true', mounts: [secret('token', { env: 'TOKEN' })] }] }] });

  it('needs the 1.10 syntax: DSL1026 names the directive to add', () => {
    const result = compileImage(withEnv());
    expect(result.ok).toBe(false);
    expect(result.diagnostics[0]).toMatchObject({ code: 'DSL1026', path: ['images', 's', 'stages', 0, 'steps', 0, 'mounts', 0, 'env'] });
    expect(result.diagnostics[0]!.hint).toContain("directives: { syntax: 'docker/dockerfile:1.10' }");
  });

  it('compiles once the image opts in, and writes the directive', () => {
    const result = compileImage(withEnv({ syntax: 'docker/dockerfile:1.10' }));
    expect(result.ok && result.dockerfile).toBe('# syntax=docker/dockerfile:1.10\n\nFROM busybox\nRUN --mount=type=secret,id=token,env=TOKEN true\n');
  });
});

describe('long lines', () => {
  it('refuses a line BuildKit cannot read with DSL1022', () => {
    expect(longLineDiagnostic(`FROM a\nENV A=${'x'.repeat(65_529)}\n`, ['images', 'i'])).toBeUndefined();
    expect(longLineDiagnostic(`FROM a\nENV A=${'x'.repeat(65_530)}\n`, ['images', 'i'])).toMatchObject({ code: 'DSL1022', message: expect.stringContaining('line 2 of the Dockerfile (ENV) is 65536 bytes') });
    const result = compileImage({ name: 'l', stages: [{ from: 'busybox', steps: [{ kind: 'env', vars: { A: 'é'.repeat(33_000) } }] }] });
    expect(result.diagnostics.map((d) => d.code)).toEqual(['DSL1022']);
  });
});
