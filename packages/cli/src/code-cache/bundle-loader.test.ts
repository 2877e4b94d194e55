import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { nativeImportId } from '../native-import.js';
import { BundleLoader } from './bundle-loader.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

interface Cli {
  main(): number;
  dep: unknown;
  sep: string;
  importOs(): Promise<{ cpus: unknown }>;
}

let starts = 0;

/** A bundle folder like the CLI's: an entry chunk requiring a shared chunk, a builtin and the native import. */
function bundle(): { dir: string; cache: string } {
  const root = mkdtempSync(join(tmpdir(), 'dsl-test-cli-bundle-loader-'));
  dirs.push(root);
  const dir = join(root, 'bundle');
  mkdirSync(dir);
  writeFileSync(
    join(dir, 'cli.cjs'),
    `const dep = require('./dep-A1.cjs');
const { nativeImport } = require('${nativeImportId}');
exports.main = () => dep.times(21);
exports.dep = dep;
exports.sep = require('node:path').sep;
exports.importOs = () => nativeImport('node:os');
`,
  );
  writeFileSync(join(dir, 'dep-A1.cjs'), 'exports.times = (n) => n * 2;\n');
  return { dir, cache: join(root, 'cache') };
}

/**
 * A new start: a loader of its own that runs `main` and saves its caches, as bin/dsl.js does.
 * It runs a fresh copy of the bundle: V8 keeps scripts it compiled in memory, keyed by source
 * and file name, and would otherwise never look at a cache in this one process.
 */
function start(dir: string, cache: string | undefined): { loader: BundleLoader; result: number } {
  const copy = join(dir, '..', `start-${starts++}`);
  cpSync(dir, copy, { recursive: true });
  const loader = new BundleLoader(copy, { cacheDir: cache });
  const result = (loader.require('cli.cjs') as Cli).main();
  loader.saveCodeCache();
  return { loader, result };
}

describe('BundleLoader', () => {
  it('evaluates each chunk once, with builtins and Node’s own import()', async () => {
    const { dir } = bundle();
    const loader = new BundleLoader(dir);
    const cli = loader.require('cli.cjs') as Cli;
    expect(cli.main()).toBe(42);
    expect(loader.require('dep-A1.cjs')).toBe(cli.dep);
    expect(cli.sep).toBe('/');
    expect(typeof (await cli.importOs()).cpus).toBe('function');
  });

  it('writes the code caches after the first start and runs from them on the next', () => {
    const { dir, cache } = bundle();
    const first = start(dir, cache);
    expect(first.loader.report).toMatchObject({ used: [], compiled: ['cli.cjs', 'dep-A1.cjs'], written: ['cli.cjs', 'dep-A1.cjs'] });
    expect(existsSync(join(cache, 'cli.cjs.v8'))).toBe(true);
    const second = start(dir, cache);
    expect(second.result).toBe(42);
    expect(second.loader.report).toEqual({ used: ['cli.cjs', 'dep-A1.cjs'], compiled: [], rejected: [], written: [] });
  });

  it('saves what V8 compiled during the run, functions compiled lazily included', () => {
    const { dir, cache } = bundle();
    const body = Array.from({ length: 200 }, (_, i) => `  total += n * ${i};`).join('\n');
    writeFileSync(join(dir, 'dep-A1.cjs'), `exports.times = (n) => {\n  let total = 0;\n${body}\n  return total;\n};\n`);
    const idle = new BundleLoader(dir, { cacheDir: join(cache, 'idle') });
    idle.require('cli.cjs'); // dep-A1's function never called: V8 never compiled it
    idle.saveCodeCache();
    start(dir, join(cache, 'ran'));
    const size = (folder: string) => readFileSync(join(cache, folder, 'dep-A1.cjs.v8')).length;
    expect(size('ran')).toBeGreaterThan(size('idle') + 1000);
  });

  it('never runs a cache of old code: a changed chunk of the same length is compiled and its cache replaced', () => {
    const { dir, cache } = bundle();
    start(dir, cache);
    writeFileSync(join(dir, 'dep-A1.cjs'), 'exports.times = (n) => n * 3;\n');
    const changed = start(dir, cache);
    expect(changed.result).toBe(63);
    expect(changed.loader.report).toMatchObject({ used: ['cli.cjs'], compiled: ['dep-A1.cjs'], written: ['dep-A1.cjs'] });
    expect(start(dir, cache).loader.report.used).toEqual(['cli.cjs', 'dep-A1.cjs']);
  });

  it('compiles from source when V8 rejects a cache, and writes a good one', () => {
    const { dir, cache } = bundle();
    start(dir, cache);
    const path = join(cache, 'dep-A1.cjs.v8');
    // Same header and source, but V8's own data starts with another magic number and version.
    const file = readFileSync(path);
    const data = file.indexOf(10) + 1 + readFileSync(join(dir, 'dep-A1.cjs')).length;
    writeFileSync(path, file.fill(0, data, data + 16));
    const rejected = start(dir, cache);
    expect(rejected.result).toBe(42);
    expect(rejected.loader.report).toMatchObject({ rejected: ['dep-A1.cjs'], compiled: ['dep-A1.cjs'], written: ['dep-A1.cjs'] });
    expect(start(dir, cache).loader.report.rejected).toEqual([]);
  });

  it('runs as usual when the cache folder cannot be written', () => {
    const { dir, cache } = bundle();
    writeFileSync(cache, 'a file where the folder should be');
    const run = start(dir, join(cache, 'v8'));
    expect(run.result).toBe(42);
    expect(run.loader.report).toMatchObject({ compiled: ['cli.cjs', 'dep-A1.cjs'], written: [] });
  });

  it('removes the caches of chunks the bundle no longer has', () => {
    const { dir, cache } = bundle();
    start(dir, cache);
    rmSync(join(dir, 'dep-A1.cjs'));
    writeFileSync(join(dir, 'dep-B2.cjs'), 'exports.times = (n) => n * 2;\n');
    writeFileSync(join(dir, 'cli.cjs'), readFileSync(join(dir, 'cli.cjs'), 'utf8').replace('dep-A1', 'dep-B2'));
    start(dir, cache);
    expect(existsSync(join(cache, 'dep-A1.cjs.v8'))).toBe(false);
    expect(existsSync(join(cache, 'dep-B2.cjs.v8'))).toBe(true);
  });

  it('lets a chunk that throws be required again, as Node does', () => {
    const { dir } = bundle();
    writeFileSync(join(dir, 'bad.cjs'), "if (!globalThis.dslTestOnce) { globalThis.dslTestOnce = true; throw new Error('first'); }\nexports.ok = true;\n");
    const loader = new BundleLoader(dir);
    try {
      expect(() => loader.require('bad.cjs')).toThrow('first');
      expect(loader.require('bad.cjs')).toEqual({ ok: true });
    } finally {
      delete (globalThis as { dslTestOnce?: boolean }).dslTestOnce;
    }
  });

  it('shares one loader per bundle folder, so core.mjs gets the modules the CLI loaded', () => {
    const { dir } = bundle();
    const cli = BundleLoader.for(dir).require('cli.cjs');
    expect(BundleLoader.for(`${dir}/`).require('cli.cjs')).toBe(cli);
  });

  it('keeps the caches of each bundle location in a folder of its own', () => {
    expect(BundleLoader.defaultCacheDir('/repo/node_modules/@dockerdsl/cli/dist/bundle')).toMatch(/v8-bundle-[0-9a-f]{8}$/);
    expect(BundleLoader.defaultCacheDir('/a/dist/bundle')).not.toBe(BundleLoader.defaultCacheDir('/b/dist/bundle'));
  });
});
