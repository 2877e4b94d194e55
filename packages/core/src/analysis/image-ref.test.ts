import { describe, expect, it } from 'vitest';
import { parseImageRef } from './image-ref.js';

describe('parseImageRef', () => {
  it('splits registry paths, tags and digests', () => {
    expect(parseImageRef('registry.example:5000/team/app:1.2@sha256:abc')).toEqual({ name: 'registry.example:5000/team/app', tag: '1.2', digest: 'sha256:abc', variable: false });
    expect(parseImageRef('registry.example:5000/team/app')).toEqual({ name: 'registry.example:5000/team/app', variable: false });
    expect(parseImageRef('alpine')).toEqual({ name: 'alpine', variable: false });
    expect(parseImageRef('node:20-${VARIANT}')).toEqual({ name: 'node:20-${VARIANT}', variable: true });
    expect(parseImageRef('base${SUFFIX:-:1}')).toEqual({ name: 'base${SUFFIX:-:1}', variable: true });
  });
});
