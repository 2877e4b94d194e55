import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve, sep } from 'node:path';
import { Script } from 'node:vm';
import { cacheDir } from '../cache-dir.js';
import { fnv1a } from '../fnv1a.js';
import * as nativeImportModule from '../native-import.js';
import { CodeCacheFile } from './code-cache-file.js';

/**
 * What one loader did with the code caches (`DSL_DEBUG=1 dsl …` prints it; the tests read it).
 *
 * @example
 * const report: CodeCacheReport = { used: ['cli.cjs'], compiled: ['synth-Ab12.cjs'], rejected: [], written: ['synth-Ab12.cjs'] };
 */
export interface CodeCacheReport {
  /** Chunks that ran from their code cache. */
  used: string[];
  /** Chunks compiled from source: no cache, a cache of other code, or one V8 rejected. */
  compiled: string[];
  /** Chunks whose cache V8 rejected (another V8 version or flags). Also in `compiled`. */
  rejected: string[];
  /** Chunks whose cache `saveCodeCache` wrote. */
  written: string[];
}

type ModuleFunction = (exports: unknown, require: (id: string) => unknown, module: { exports: unknown }, filename: string, dirname: string) => void;

// One loader per bundle folder for the whole process, even when this file is loaded twice (a
// config loaded through jiti gets its own copy of the modules it imports): a second loader
// would evaluate a second copy of core.
const key = Symbol.for('@dockerdsl/cli:bundle-loaders');
const loaders = ((globalThis as { [key]?: Map<string, BundleLoader> })[key] ??= new Map());

/**
 * Loads the CLI's CommonJS bundle (dist/bundle/*.cjs) with a V8 code cache, so a start reuses
 * the bytecode V8 compiled in the last one instead of parsing and compiling ~400 kB of JavaScript
 * (Node 20 has no compile cache; on 22.1+ bin/dsl.js turns on Node's too, for everything else).
 * Each chunk runs in a `vm.Script` given its cache's `cachedData`; after the command,
 * `saveCodeCache` stores what V8 compiled during the run — functions compiled lazily
 * included — for chunks that had no usable cache. Caches are checked against the exact source
 * (`CodeCacheFile`), and any failure to read or write one only costs the compile.
 *
 * @example
 * const loader = BundleLoader.for('/repo/node_modules/@dockerdsl/cli/dist/bundle', { cacheDir: BundleLoader.defaultCacheDir(dir) });
 * const cli = loader.require('cli.cjs') as typeof import('../cli.js');
 * process.exitCode = await cli.main(process.argv.slice(2));
 * loader.saveCodeCache();
 */
export class BundleLoader {
  /**
   * The loader of the bundle in `dir`, made with `options` on first use; later calls (the
   * `core.mjs` a config imports) get the same one and so the same modules.
   */
  static for(dir: string, options: { cacheDir?: string | undefined } = {}): BundleLoader {
    const folder = resolve(dir);
    let loader = loaders.get(folder);
    if (!loader) loaders.set(folder, (loader = new BundleLoader(folder, options)));
    return loader;
  }

  /**
   * The cache folder for the bundle in `dir`, next to the config cache: one folder per bundle
   * location, so two installs of the CLI never prune each other's files.
   *
   * @example
   * BundleLoader.defaultCacheDir('/repo/node_modules/@dockerdsl/cli/dist/bundle');
   * // '/repo/node_modules/.cache/dockerdsl/v8-bundle-5f1c2a9e'
   */
  static defaultCacheDir(dir: string): string {
    return join(cacheDir(join(dir, 'cli.cjs')), `v8-bundle-${fnv1a(resolve(dir))}`);
  }

  /** The bundle folder. */
  readonly dir: string;
  /** What this loader did with the code caches so far. */
  readonly report: CodeCacheReport = { used: [], compiled: [], rejected: [], written: [] };
  private readonly modules = new Map<string, { exports: unknown }>();
  private readonly toSave: { script: Script; source: Buffer; file: CodeCacheFile; name: string }[] = [];
  private readonly nativeRequire: NodeJS.Require;

  /** A loader of its own (`BundleLoader.for` shares one per folder); without `cacheDir`, no code cache. */
  constructor(dir: string, private readonly options: { cacheDir?: string | undefined } = {}) {
    this.dir = resolve(dir);
    this.nativeRequire = createRequire(join(this.dir, 'cli.cjs'));
  }

  /**
   * The exports of a chunk of the bundle (its file name: the bundle is one flat folder),
   * evaluating it and the chunks it requires on first use, as Node's `require` would.
   */
  require(name: string): unknown {
    const known = this.modules.get(name);
    if (known) return known.exports;
    // Paths by concatenation: path.join on a cold VM measured ~2 ms over a dozen chunks.
    const path = this.dir + sep + name;
    const source = readFileSync(path);
    const file = this.options.cacheDir === undefined ? undefined : new CodeCacheFile(this.options.cacheDir + sep + name + '.v8');
    const cachedData = file?.read(source);
    // Node's own CommonJS wrapper, on the first line so that line numbers stay the file's.
    const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source.toString('utf8')}\n})`, { filename: path, ...(cachedData ? { cachedData } : {}) });
    if (cachedData && !script.cachedDataRejected) this.report.used.push(name);
    else {
      this.report.compiled.push(name);
      if (cachedData) this.report.rejected.push(name);
      if (file) this.toSave.push({ script, source, file, name });
    }
    const module = { exports: {} };
    this.modules.set(name, module);
    try {
      (script.runInThisContext() as ModuleFunction).call(module.exports, module.exports, (id) => this.requireFrom(id), module, path, this.dir);
    } catch (error) {
      this.modules.delete(name); // as Node does: the next require tries again
      throw error;
    }
    return module.exports;
  }

  /**
   * Writes the code caches of the chunks that ran without one, then removes caches of chunks
   * the bundle no longer has (every build names its chunks anew). Call it once the command is
   * done, so the caches hold what the command compiled lazily. Never throws.
   */
  saveCodeCache(): void {
    if (this.toSave.length === 0 || this.options.cacheDir === undefined) return;
    for (const { script, source, file, name } of this.toSave.splice(0)) {
      if (file.write(source, () => script.createCachedData())) this.report.written.push(name);
    }
    try {
      const chunks = new Set(readdirSync(this.dir));
      for (const f of readdirSync(this.options.cacheDir)) {
        if (f.endsWith('.v8') && !chunks.has(f.slice(0, -3))) rmSync(join(this.options.cacheDir, f), { force: true });
      }
    } catch {
      // a folder we cannot list or clean: stale caches are only disk space, never used
    }
  }

  private requireFrom(id: string): unknown {
    if (id === nativeImportModule.nativeImportId) return nativeImportModule;
    if (id.startsWith('./') && id.endsWith('.cjs')) return this.require(id.slice(2));
    return this.nativeRequire(id);
  }
}
