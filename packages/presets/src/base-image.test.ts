import { describe, expect, it } from 'vitest';
import { stage, toStage } from '@dockerdsl/core';
import { baseImage, baseImageSchema, pin, withBasePackages } from './base-image.js';

describe('baseImage', () => {
  it('reads a plain reference and a reference with packages', () => {
    expect(baseImage('node:22-bookworm')).toEqual({ image: 'node:22-bookworm', aptPackages: [] });
    expect(baseImage({ image: 'debian:bookworm-slim', aptPackages: ['nodejs'] })).toEqual({ image: 'debian:bookworm-slim', aptPackages: ['nodejs'] });
  });

  it('rejects references with spaces and package names that could run shell', () => {
    expect(baseImageSchema.safeParse('node 22').success).toBe(false);
    expect(baseImageSchema.safeParse({ image: 'debian', aptPackages: ['curl; rm -rf /'] }).success).toBe(false);
    expect(baseImageSchema.safeParse({ image: 'debian', aptPackages: ['curl=7.88.1-10+deb12u8'] }).success).toBe(true);
  });
});

describe('pin', () => {
  const digest = `sha256:${'ab'.repeat(32)}`;
  it('pins by tag, digest or both', () => {
    expect(pin('node', { tag: '22-bookworm-slim' })).toBe('node:22-bookworm-slim');
    expect(pin('node', { digest })).toBe(`node@${digest}`);
    expect(pin('node', { tag: '22', digest })).toBe(`node:22@${digest}`);
  });

  it('rejects a malformed digest or tag', () => {
    expect(() => pin('node', { digest: 'sha256:abc' })).toThrow(/not a sha256 digest/);
    expect(() => pin('node', { tag: 'bad tag' })).toThrow(/not a valid tag/);
  });
});

describe('withBasePackages', () => {
  it('adds one apt step only when there are packages', () => {
    const bare = stage('build', { from: 'debian:bookworm-slim' });
    expect(toStage(withBasePackages(bare, [])).steps).toHaveLength(0);
    const steps = toStage(withBasePackages(bare, ['golang-go'])).steps;
    expect(steps).toHaveLength(1);
    expect(steps[0]).toMatchObject({ kind: 'run' });
  });
});
