import { describe, expect, it } from 'vitest';
import { imageSchema } from './image.js';

const ok = { name: 'api', stages: [{ from: 'busybox', steps: [] }] };

describe('image schema', () => {
  it('accepts build settings and directives', () => {
    const full = { ...ok, tags: ['acme/api:dev'], platforms: ['linux/amd64'], context: '.', target: 'x', buildArgs: { A: 'b' }, dockerignore: ['node_modules'], cacheFrom: ['type=local,src=/c'], cacheTo: ['type=inline'], directives: { syntax: 'docker/dockerfile:1', escape: '`', check: 'error=true' }, ignore: { DSL3006: 'why' }, comment: 'c', args: [{ kind: 'arg', name: 'A' }] };
    expect(imageSchema.safeParse(full).success).toBe(true);
  });

  it('rejects bad names, no stages, bad escapes and white space in tags', () => {
    expect(imageSchema.safeParse({ ...ok, name: 'API' }).success).toBe(false);
    expect(imageSchema.safeParse({ ...ok, stages: [] }).success).toBe(false);
    expect(imageSchema.safeParse({ ...ok, directives: { escape: '/' } }).success).toBe(false);
    expect(imageSchema.safeParse({ ...ok, tags: ['a b'] }).success).toBe(false);
    expect(imageSchema.safeParse({ ...ok, directives: { syntax: 'a\nb' } }).success).toBe(false);
  });
});
