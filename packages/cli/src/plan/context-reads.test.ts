import { describe, expect, it } from 'vitest';
import { bind, image, stage } from '@dockerdsl/core';
import { cleanPath, contextReads, isRead, mayHoldRead } from './context-reads.js';

describe('contextReads', () => {
  it('collects COPY and ADD sources from the context, and bind mounts without from', () => {
    const build = stage('build', { from: 'node:22' })
      .copy(['/package.json', './package-lock.json'], './')
      .copy('apps/api/', 'apps/api/')
      .add('https://example.com/x.tgz', '/tmp/')
      .add('vendor/lib.tgz', '/opt/')
      .run('make', { mounts: [bind('/src', { source: 'tools' })] })
      .run('make', { mounts: [bind('/ctx')] });
    const runtime = stage('runtime', { from: 'node:22-slim' }).copyFrom(build, '/app', '/app');
    expect(contextReads(image('api', { stages: [build, runtime] }).toImage())).toEqual({ sources: ['.', 'apps/api', 'package-lock.json', 'package.json', 'tools', 'vendor/lib.tgz'], everything: false });
  });

  it('counts every file as read when a source uses a variable', () => {
    const s = stage('s', { from: 'busybox' }).arg('APP').copy('apps/$APP', '/app');
    expect(contextReads(image('x', { stages: [s] }).toImage()).everything).toBe(true);
  });
});

describe('isRead', () => {
  it('matches the source itself, what lies below it, and Go-style wildcards per segment', () => {
    expect(isRead('package.json', ['package.json'])).toBe(true);
    expect(isRead('package.json.bak', ['package.json'])).toBe(false);
    expect(isRead('apps/api/src/main.ts', ['apps/api'])).toBe(true);
    expect(isRead('apps/api-v2/main.ts', ['apps/api'])).toBe(false);
    expect(isRead('packages/shared/src/a.ts', ['packages/*'])).toBe(true);
    expect(isRead('packages/shared/src/a.ts', ['packages/*/package.json'])).toBe(false);
    expect(isRead('packages/shared/package.json', ['packages/*/package.json'])).toBe(true);
    expect(isRead('a1.txt', ['a[0-9].txt'])).toBe(true);
    expect(isRead('ab.txt', ['a[^b].txt'])).toBe(false);
    expect(isRead('README.md', ['*.json'])).toBe(false);
    expect(isRead('anything', ['.'])).toBe(true);
  });

  it('cleans sources the way Docker does', () => {
    expect(cleanPath('/apps//api/./src/')).toBe('apps/api/src');
    expect(cleanPath('../..')).toBe('.');
    expect(cleanPath('./')).toBe('.');
  });

  it('mayHoldRead: a folder on the way to a source, or below one, may hold read files; others do not', () => {
    expect(mayHoldRead('packages', ['packages/shared/src'])).toBe(true);
    expect(mayHoldRead('packages/web', ['packages/*/src'])).toBe(true);
    expect(mayHoldRead('packages/shared/src/lib', ['packages/shared/src'])).toBe(true);
    expect(mayHoldRead('node_modules', ['packages/shared/src', 'package.json'])).toBe(false);
    expect(mayHoldRead('packages/web', ['packages/shared/src'])).toBe(false);
    expect(mayHoldRead('anything', ['.'])).toBe(true);
  });
});
