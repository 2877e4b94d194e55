import { describe, expect, it } from 'vitest';
import { copySourceSchema, copySourceText, stageNameOf } from './references.js';
import { validateImage } from '../validate/validate.js';

describe('references', () => {
  it('print the text Docker reads', () => {
    expect(copySourceText('builder')).toBe('builder');
    expect(copySourceText({ stage: 'build' })).toBe('build');
    expect(copySourceText({ image: 'busybox:1.36' })).toBe('busybox:1.36');
    expect(copySourceText({ context: 'assets' })).toBe('assets');
  });

  it('name a stage only when explicit', () => {
    expect(stageNameOf({ stage: 'build' })).toBe('build');
    expect(stageNameOf('build')).toBeUndefined();
    expect(stageNameOf(undefined)).toBeUndefined();
  });

  it('validate their shape', () => {
    expect(copySourceSchema.safeParse({ stage: '' }).success).toBe(false);
    expect(copySourceSchema.safeParse({ stage: 'a', image: 'b' }).success).toBe(false);
    expect(copySourceSchema.safeParse('').success).toBe(false);
  });
});

describe('references are one token (DSL1020)', () => {
  it('refuses line breaks, white space and quotes in --from and mount from', () => {
    for (const from of ['build\nRUN id', 'a b', 'a"b', '$X', '-x', 'a\u2028b']) {
      const result = validateImage({ name: 'r', stages: [{ from: 'busybox', steps: [{ kind: 'copy', sources: ['a'], destination: '/b', from }, { kind: 'run', command: 'true', mounts: [{ type: 'bind', target: '/x', from: { image: from } }] }] }] });
      expect(result.diagnostics.map((d) => d.code), JSON.stringify(from)).toEqual(['DSL1020', 'DSL1020']);
    }
    expect(validateImage({ name: 'r', stages: [{ from: 'busybox', steps: [{ kind: 'copy', sources: ['a'], destination: '/b', from: 'reg.io:5000/a/b@sha256:00' }] }] }).ok).toBe(true);
  });
});
