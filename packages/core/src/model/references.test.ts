import { describe, expect, it } from 'vitest';
import { copySourceSchema, copySourceText, stageNameOf } from './references.js';

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
