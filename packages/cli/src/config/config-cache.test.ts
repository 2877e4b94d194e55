import { utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createJiti } from 'jiti';
import { afterEach, describe, expect, it } from 'vitest';
import { tempProject } from '../test-support/temp-project.js';
import { ConfigCache } from './config-cache.js';
import { ConfigError } from './config-error.js';
import { loadConfig } from './load-config.js';
import { version } from '../version.js';

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  delete process.env.DSL_TEST_THROW;
});

const files = {
  'dsl.config.ts': "import { images } from './parts/images.js';\nimport * as path from 'node:path';\nconst sep: string = path.sep;\nexport default { images, sep, where: import.meta.url };\n",
  'parts/images.ts': "import { tag } from './tag';\ninterface I { name: string }\nexport const images: I[] = [{ name: `img-${tag}` }];\n",
  'parts/tag.ts': "export const tag: string = 'one';\n",
};

function saved(): { dir: string; cache: ConfigCache } {
  const p = tempProject(files);
  cleanup = p.remove;
  const entry = join(p.dir, 'dsl.config.ts');
  const cache = new ConfigCache(entry, '1.0.0', undefined);
  const jiti = createJiti(import.meta.url);
  cache.save((opts) => jiti.transform(opts));
  return { dir: p.dir, cache };
}

describe('ConfigCache', () => {
  it('evaluates the saved graph without jiti: .js and extensionless imports, node builtins, import.meta.url', async () => {
    const { dir, cache } = saved();
    const mod = (await cache.load()) as { default: { images: { name: string }[]; sep: string; where: string } };
    expect(mod.default.images).toEqual([{ name: 'img-one' }]);
    expect(mod.default.sep).toBe('/');
    expect(mod.default.where).toBe(`file://${join(dir, 'dsl.config.ts')}`);
  });

  it('misses when any file of the graph changes, or the CLI version differs', async () => {
    const { dir, cache } = saved();
    expect(await new ConfigCache(join(dir, 'dsl.config.ts'), '2.0.0', undefined).load()).toBeUndefined();
    writeFileSync(join(dir, 'parts', 'tag.ts'), "export const tag: string = 'two';\n");
    utimesSync(join(dir, 'parts', 'tag.ts'), new Date(), new Date(Date.now() + 5000));
    expect(await cache.load()).toBeUndefined();
  });

  it('is used by loadConfig, which still reports an error the config throws at its line', async () => {
    const p = tempProject({ 'dsl.config.ts': "const images: unknown[] = [];\nif (process.env.DSL_TEST_THROW) {\n  throw new Error('boom from the config');\n}\nexport default { images };\n" });
    cleanup = p.remove;
    const entry = join(p.dir, 'dsl.config.ts');
    expect((await loadConfig(entry)).images).toEqual([]);
    expect(await new ConfigCache(entry, version, undefined).load()).toMatchObject({ default: { images: [] } });
    process.env.DSL_TEST_THROW = '1';
    const error = (await loadConfig(entry).catch((e: unknown) => e)) as ConfigError;
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.diagnostic).toMatchObject({ code: 'DSL5902', source: { file: entry, line: 3 } });
    expect(error.diagnostic.message).toContain('boom from the config');
  });
});

describe('ConfigCache and the CLI’s core', () => {
  it('hands configs the core exports the CLI holds, without importing the core file', async () => {
    const p = tempProject({ 'dsl.config.ts': "import { marker } from '@dockerdsl/core';\nexport default { images: [], marker };\n" });
    cleanup = p.remove;
    const entry = join(p.dir, 'dsl.config.ts');
    const core = join(p.dir, 'no-such-core.mjs'); // importing it would fail
    const jiti = createJiti(import.meta.url);
    new ConfigCache(entry, version, core).save((opts) => jiti.transform(opts));
    const mod = (await new ConfigCache(entry, version, core, () => ({ marker: 42 })).load()) as { default: { marker: number } };
    expect(mod.default.marker).toBe(42);
    await expect(new ConfigCache(entry, version, core).load()).rejects.toThrow(/no-such-core/);
  });
});

describe('ConfigCache limits', () => {
  it('declines to cache a graph that imports JSON, and loadConfig still loads it through jiti', async () => {
    const p = tempProject({ 'dsl.config.ts': "import data from './data.json';\nexport default { images: data.images };\n", 'data.json': '{ "images": [{ "name": "from-json" }] }' });
    cleanup = p.remove;
    const entry = join(p.dir, 'dsl.config.ts');
    const jiti = createJiti(import.meta.url);
    expect(() => new ConfigCache(entry, version, undefined).save((opts) => jiti.transform(opts))).toThrow(/cannot cache an import of .*data\.json/);
    expect((await loadConfig(entry)).images).toEqual([{ name: 'from-json' }]);
    expect((await loadConfig(entry)).images).toEqual([{ name: 'from-json' }]);
  });
});

describe('ConfigCache and workspace packages', () => {
  // A monorepo package whose exports point at its TypeScript sources (no build step): require
  // resolution leads to a .ts file, which Node cannot import natively.
  const workspace = {
    'node_modules/@acme/images/package.json': JSON.stringify({ name: '@acme/images', type: 'module', exports: { '.': './src/index.ts' } }),
    'node_modules/@acme/images/src/index.ts': "import { suffix } from './suffix.js';\ninterface I { name: string }\nexport const images: I[] = [{ name: `ws-${suffix}` }];\n",
    'node_modules/@acme/images/src/suffix.ts': "export const suffix: string = 'api';\n",
    'dsl.config.ts': "import { images } from '@acme/images';\nexport default { images };\n",
  };

  it('evaluates a package that resolves to .ts from the cache, with its own relative imports', async () => {
    const p = tempProject(workspace);
    cleanup = p.remove;
    const entry = join(p.dir, 'dsl.config.ts');
    const jiti = createJiti(import.meta.url);
    const cache = new ConfigCache(entry, version, undefined);
    cache.save((opts) => jiti.transform(opts));
    const mod = (await cache.load()) as { default: { images: { name: string }[] } };
    expect(mod.default.images).toEqual([{ name: 'ws-api' }]);
  });

  it('misses when a file of the package changes', async () => {
    const p = tempProject(workspace);
    cleanup = p.remove;
    const entry = join(p.dir, 'dsl.config.ts');
    const jiti = createJiti(import.meta.url);
    const cache = new ConfigCache(entry, version, undefined);
    cache.save((opts) => jiti.transform(opts));
    const changed = join(p.dir, 'node_modules/@acme/images/src/suffix.ts');
    writeFileSync(changed, "export const suffix: string = 'web';\n");
    utimesSync(changed, new Date(), new Date(Date.now() + 5000));
    expect(await cache.load()).toBeUndefined();
    expect((await loadConfig(entry)).images).toEqual([{ name: 'ws-web' }]);
    expect((await loadConfig(entry)).images).toEqual([{ name: 'ws-web' }]);
  });
});
