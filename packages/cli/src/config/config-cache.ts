import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire, isBuiltin } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runInThisContext } from 'node:vm';
import { cacheDir } from '../cache-dir.js';
import { fnv1a } from '../fnv1a.js';
import { nativeImport } from '../native-import.js';

/** What goes before a cached module's code when it runs (its first line follows it). */
export const cacheWrapper = '(async function (exports, require, module, __filename, __dirname, jitiImport) {';

/** What jiti's `transform` makes of one file, and where its imports lead. */
interface CachedModule {
  mtimeMs: number;
  size: number;
  code: string;
  /** Specifier → absolute path of another cached module, or a URL/builtin to import natively. */
  deps: Record<string, { module: string } | { native: string }>;
}

interface CacheFile {
  key: string;
  entry: string;
  modules: Record<string, CachedModule>;
}

type Transform = (opts: { source: string; filename: string; ts: boolean; async: boolean }) => string;

const relative = /^\.\.?(?:\/|$)/;

/**
 * A cache of a TypeScript config's module graph as jiti transforms it, so that the next start
 * evaluates the transformed code directly: no jiti, no module resolution (which measured as
 * most of jiti's cost on a cache hit). Any change to a file of the graph, to the CLI or to the
 * core module misses, and the caller loads through jiti and calls `save`.
 *
 * @example
 * const cache = new ConfigCache('/repo/dsl.config.ts', '0.1.0', coreFile);
 * const mod = (await cache.load()) ?? (await loadWithJiti());
 */
export class ConfigCache {
  private readonly file: string;
  private readonly key: string;
  private loaded: CacheFile | undefined;

  /**
   * `coreModule` is the file configs get for `@dockerdsl/core`; `coreExports`, when the CLI
   * already holds that module's exports, hands them out without importing the file (an ES module
   * import is the first use of Node's ES module loader on this path, ~5-10 ms).
   */
  constructor(
    private readonly entry: string,
    version: string,
    private readonly coreModule: string | undefined,
    private readonly coreExports?: () => Record<string, unknown>,
  ) {
    this.key = `${version}|${coreModule ?? ''}|${process.version}`;
    // The file records its entry and is checked against it, so a short hash is enough.
    this.file = join(cacheDir(entry), `config-${fnv1a(entry)}.json`);
  }

  /** The config's module namespace from the cache, or undefined when it is missing or stale. */
  async load(): Promise<unknown> {
    let cache: CacheFile;
    try {
      cache = JSON.parse(readFileSync(this.file, 'utf8')) as CacheFile;
    } catch {
      return undefined;
    }
    if (cache.key !== this.key || cache.entry !== this.entry) return undefined;
    for (const [path, m] of Object.entries(cache.modules)) {
      const stat = statSync(path, { throwIfNoEntry: false });
      if (!stat || stat.mtimeMs !== m.mtimeMs || stat.size !== m.size) return undefined;
    }
    this.loaded = cache;
    const coreUrl = this.coreModule && pathToFileURL(this.coreModule).href;
    const done = new Map<string, Record<string, unknown>>();
    const evaluate = async (path: string): Promise<Record<string, unknown>> => {
      const seen = done.get(path);
      if (seen) return seen; // a cycle gets the exports so far, as CommonJS would
      const m = cache.modules[path]!;
      const module = { exports: {} as Record<string, unknown> };
      done.set(path, module.exports);
      // One line of wrapper, so line numbers in stack traces are the file's own.
      const fn = runInThisContext(`${cacheWrapper}${m.code}\n})`, { filename: path }) as (...args: unknown[]) => Promise<void>;
      await fn(module.exports, createRequire(path), module, path, dirname(path), async (spec: string) => {
        const dep = m.deps[spec];
        if (!dep) throw new Error(`dsl config cache: no record of '${spec}' in ${path}`);
        if ('module' in dep) return evaluate(dep.module);
        return interop(this.coreExports && dep.native === coreUrl ? this.coreExports() : await nativeImport(dep.native));
      });
      done.set(path, module.exports);
      return module.exports;
    };
    return evaluate(this.entry);
  }

  /**
   * The transformed code the last `load` ran for `path` (with its inline source map when the
   * transform made one), so locations can be mapped back without loading jiti.
   *
   * @param path - a file of the config's module graph
   * @example
   * cache.ranCode('/repo/dsl.config.ts'); // 'var _core = …\n//# sourceMappingURL=data:…'
   */
  ranCode(path: string): string | undefined {
    return this.loaded?.modules[path]?.code;
  }

  /** Records the graph from the entry, transforming each TypeScript file with `transform`. */
  save(transform: Transform): void {
    const modules: Record<string, CachedModule> = {};
    const visit = (path: string): void => {
      if (modules[path]) return;
      const source = readFileSync(path, 'utf8');
      const stat = statSync(path);
      const code = transform({ source, filename: path, ts: true, async: true });
      const m: CachedModule = { mtimeMs: stat.mtimeMs, size: stat.size, code, deps: {} };
      modules[path] = m;
      for (const [, , spec] of code.matchAll(/jitiImport\((["'])((?:(?!\1).)+)\1\)/g)) m.deps[spec!] = this.resolveDep(spec!, path, visit);
    };
    visit(this.entry);
    mkdirSync(dirname(this.file), { recursive: true });
    const temp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify({ key: this.key, entry: this.entry, modules } satisfies CacheFile));
    renameSync(temp, this.file);
  }

  private resolveDep(spec: string, from: string, visit: (path: string) => void): CachedModule['deps'][string] {
    if (spec === '@dockerdsl/core' && this.coreModule) return { native: pathToFileURL(this.coreModule).href };
    if (isBuiltin(spec)) return { native: spec };
    if (relative.test(spec) || spec.startsWith('/')) {
      const target = resolveLocal(resolve(dirname(from), spec));
      if (/\.[cm]?tsx?$/.test(target)) {
        visit(target);
        return { module: target };
      }
      // JSON and other files need import attributes the transformed code does not carry.
      if (!/\.[cm]?js$/.test(target)) throw new Error(`dsl config cache: cannot cache an import of ${target}`);
      return { native: pathToFileURL(target).href };
    }
    // A workspace package whose exports point at its TypeScript sources resolves to a .ts file,
    // which Node cannot import natively (on Node 20 at all): it joins the cached graph instead.
    const target = createRequire(from).resolve(spec);
    if (/\.[cm]?tsx?$/.test(target)) {
      visit(target);
      return { module: target };
    }
    return { native: pathToFileURL(target).href };
  }
}

/** A relative import as TypeScript reads it: `./a.js` may mean `./a.ts`; no extension tries them. */
function resolveLocal(base: string): string {
  const candidates = [base, base.replace(/\.js$/, '.ts'), base.replace(/\.mjs$/, '.mts'), `${base}.ts`, `${base}.mts`, `${base}.js`, `${base}.mjs`, join(base, 'index.ts'), join(base, 'index.js')];
  const found = candidates.find((c) => existsSync(c) && statSync(c).isFile());
  if (!found) throw new Error(`cannot resolve ${base}`);
  return found;
}

/** Native module namespaces as the transformed code expects them (default + named, `__esModule`). */
function interop(ns: Record<string, unknown>): Record<string, unknown> {
  return { ...ns, __esModule: true };
}
