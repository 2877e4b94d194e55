import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileImage, toDockerfile } from '@dockerdsl/core';
import { seeds } from '../../examples/seeds/index.js';
import { meanings } from './seed-meaning.js';

const here = dirname(fileURLToPath(import.meta.url));
const seedDir = resolve(here, '../seed-examples');
const seedNames = readdirSync(seedDir)
  .filter((f) => f.endsWith('.Dockerfile'))
  .map((f) => f.slice(0, -'.Dockerfile'.length))
  .sort();
const golden = (name: string) => join(here, '__golden__', `${name}.Dockerfile`);

describe('seed twins', () => {
  it('exist for every seed Dockerfile, and only for those', () => {
    expect(seedNames.length).toBeGreaterThan(0);
    expect(Object.keys(seeds).sort()).toEqual(seedNames);
  });

  describe.each(seedNames)('%s', (name) => {
    const twin = seeds[name as keyof typeof seeds];

    it('compiles to its golden file', async () => {
      const result = compileImage(twin());
      expect(result.diagnostics).toEqual([]);
      await expect(result.ok && result.dockerfile).toMatchFileSnapshot(golden(name));
    });

    it('means the same as the seed: same instructions, arguments and order', () => {
      const seed = meanings(readFileSync(join(seedDir, `${name}.Dockerfile`), 'utf8'));
      const ours = meanings(readFileSync(golden(name), 'utf8'));
      expect(ours).toEqual(seed);
    });

    it('compiles to the same bytes every time', () => {
      expect(toDockerfile(twin())).toBe(toDockerfile(twin()));
    });
  });
});

describe('seed twin parameters', () => {
  it('take base images as parameters', async () => {
    const { entrypointCmdHello, goUbuntuScratch } = await import('../../examples/seeds/index.js');
    expect(toDockerfile(entrypointCmdHello({ base: 'local/busybox:latest' }))).toBe('FROM local/busybox:latest\nENTRYPOINT ["echo", "Hello, "]\nCMD ["world!"]\n');
    expect(toDockerfile(goUbuntuScratch({ buildBase: 'local/debian:bookworm' }))).toMatch(/^FROM local\/debian:bookworm AS build\n/);
  });
});
