import { describe, expect, it } from 'vitest';
import { image } from '../builders/image-builder.js';
import { DslError } from '../diagnostics/diagnostic.js';
import { compileImage, toDockerfile, type ImageCheck, type ImageHook } from './compile-image.js';

const hello = image('hello').stage('main', 'busybox', (s) => s.cmd(['echo', 'hi']));

describe('compileImage', () => {
  it('compiles a valid image', () => {
    const result = compileImage(hello);
    expect(result.ok && result.dockerfile).toBe('FROM busybox AS main\nCMD ["echo", "hi"]\n');
  });

  it('returns schema diagnostics and never throws on bad input', () => {
    for (const input of [null, 42, 'x', {}, { name: 'x', stages: [{}] }]) {
      const result = compileImage(input);
      expect(result.ok).toBe(false);
      expect(result.diagnostics.length).toBeGreaterThan(0);
      expect(result.diagnostics.every((d) => /^DSL1\d{3}$/.test(d.code))).toBe(true);
    }
  });

  it('returns stage graph diagnostics', () => {
    const result = compileImage({ name: 'x', stages: [{ from: 'busybox', steps: [{ kind: 'copy', sources: ['a'], destination: 'b', from: { stage: 'nope' } }] }] });
    expect(result.diagnostics.map((d) => d.code)).toEqual(['DSL2007']);
  });

  const warn: ImageHook = (resolved, prefix) => [{ code: 'DSL3999', rule: 'Test', severity: 'warning', message: `stages: ${resolved.stages.length}`, path: prefix }];
  const fail: ImageHook = () => [{ code: 'DSL3998', rule: 'Test', severity: 'error', message: 'no', path: [] }];

  it('runs hooks: errors stop compilation, warnings come back with the file', () => {
    const warned = compileImage(hello, { hooks: [warn] });
    expect(warned.ok).toBe(true);
    expect(warned.diagnostics).toEqual([{ code: 'DSL3999', rule: 'Test', severity: 'warning', message: 'stages: 1', path: ['images', 'hello'] }]);
    const failed = compileImage(hello, { hooks: [warn, fail] });
    expect(failed.ok).toBe(false);
    expect(failed.diagnostics.map((d) => d.code)).toEqual(['DSL3999', 'DSL3998']);
  });

  it('still takes the deprecated `checks` option and `ImageCheck` type, run after the hooks', () => {
    const old: ImageCheck = fail;
    const failed = compileImage(hello, { checks: [old], hooks: [warn] });
    expect(failed.ok).toBe(false);
    expect(failed.diagnostics.map((d) => d.code)).toEqual(['DSL3999', 'DSL3998']);
    expect(compileImage(hello, { checks: [warn] }).diagnostics.map((d) => d.code)).toEqual(['DSL3999']);
  });

  it('uses the given path prefix', () => {
    const result = compileImage({ name: 'x', stages: [] }, { path: ['compose', 'web', 'build'] });
    expect(result.diagnostics[0]?.path).toEqual(['compose', 'web', 'build', 'stages']);
  });
});

describe('toDockerfile', () => {
  it('returns the text or throws a DslError that carries the diagnostics', () => {
    expect(toDockerfile(hello)).toContain('CMD ["echo", "hi"]');
    let error: unknown;
    try {
      toDockerfile({ name: 'x', stages: [{ steps: [] }] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DslError);
    expect((error as DslError).diagnostics[0]?.code).toBe('DSL1001');
    expect((error as DslError).message).toBe("error DSL1001 'from' is required\n  → at images.x.stages[0].from\n  hint: FROM needs a base image reference or { stage }");
  });
});
