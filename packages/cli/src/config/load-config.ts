import { createRequire } from 'node:module';
import { extname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { originalPosition, type DslConfig } from '@dockerdsl/core';
import { nativeImport } from '../native-import.js';
import { version } from '../version.js';
import { cacheWrapper, ConfigCache } from './config-cache.js';
import { ConfigError, configCodes, errorLocation, errorSummary } from './config-error.js';
import { jitiWrapperLength, mapConfigSources } from './config-source-maps.js';

/**
 * Loads a config module: `.js`/`.mjs` with Node's own `import()`, `.ts`/`.mts` through jiti
 * with its file cache (on Node 20 Node cannot strip types itself), and on later starts from a
 * `ConfigCache` of jiti's output that skips jiti altogether — measured in bench/cli.bench.mjs.
 * Returns the default export (or the module itself).
 * A default export that is a promise is awaited. Syntax errors, errors thrown while the config
 * runs or while its fields are read (a getter), and a rejected promise become a `ConfigError`
 * (DSL5901/DSL5902) whose diagnostic points at the file, line and column; fields of the wrong
 * kind (`compose: 'x'`) are DSL5904 at that field.
 *
 * @example
 * const config = await loadConfig('/repo/dsl.config.ts');
 */
export async function loadConfig(file: string): Promise<DslConfig> {
  let mod: unknown;
  try {
    mod = /\.[cm]?js$/.test(extname(file)) ? await nativeImport(pathToFileURL(file).href) : await importTypeScript(file);
  } catch (error) {
    const syntax = error instanceof SyntaxError || /ParseError|SyntaxError/.test(String((error as Error)?.message));
    const kind = syntax ? configCodes.syntax : configCodes.evaluation;
    const source = (syntax ? errorLocation(error, file) : ranLocation(error, file)) ?? { file, line: 1, column: 1 };
    throw new ConfigError({ ...kind, severity: 'error', message: `${syntax ? 'the config does not parse' : 'the config threw while loading'}: ${errorSummary(error)}`, path: [], source });
  }
  let config: unknown;
  try {
    // An async config (`export default loadImages()`) is awaited: a rejection is the config's
    // own error, not Node's unhandled-rejection trace.
    config = await ((mod as { default?: unknown })?.default ?? mod);
    return configSnapshot(config, file);
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    const source = ranLocation(error, file) ?? { file, line: 1, column: 1 };
    throw new ConfigError({ ...configCodes.evaluation, severity: 'error', message: `the config threw while it was read: ${errorSummary(error)}`, path: [], source });
  }
}

/**
 * The config's top-level fields, each read once (a getter that throws is the config's error, and
 * is not run again later) and checked for its kind, so `compose: 'x'` is a DSL5904 at `compose`
 * rather than a crash in synth.
 */
function configSnapshot(config: unknown, file: string): DslConfig {
  const at = { file, line: 1, column: 1 };
  if (config === null || typeof config !== 'object' || !Array.isArray((config as DslConfig).images)) {
    throw new ConfigError({
      ...configCodes.shape,
      severity: 'error',
      message: 'the config must export default defineConfig({ images: [...] })',
      path: [],
      source: at,
      hint: "import { defineConfig } from '@dockerdsl/core'; export default defineConfig({ images: [api] });",
    });
  }
  const given = config as Record<keyof DslConfig, unknown>;
  const snapshot: Record<string, unknown> = { ...given, images: [...(given.images as unknown[])] };
  const kinds: Array<[keyof DslConfig, string, (v: unknown) => boolean]> = [
    ['compose', 'a list of compose.stack(…)', Array.isArray],
    ['policies', 'a list of policy packs', Array.isArray],
    ['outDir', 'a folder name', (v) => typeof v === 'string' && v !== ''],
    ['rules', 'an object of rule severities', (v) => v !== null && typeof v === 'object' && !Array.isArray(v)],
  ];
  for (const [key, kind, ok] of kinds) {
    const value = snapshot[key];
    if (value === undefined) continue;
    if (!ok(value)) throw new ConfigError({ ...configCodes.shape, severity: 'error', message: `the config's ${key} must be ${kind}, not ${JSON.stringify(value) ?? typeof value}`, path: [key], source: at });
    if (Array.isArray(value)) snapshot[key] = [...value];
  }
  return snapshot as unknown as DslConfig;
}

/** Where an error thrown by running code was raised, in the file as written (not as transformed). */
function ranLocation(error: unknown, file: string): { file: string; line: number; column: number } | undefined {
  const at = errorLocation(error, file);
  return at && { file: at.file, ...originalPosition(at.file, at.line, at.column) };
}

let coreModule: string | undefined;
let coreExports: (() => Record<string, unknown>) | undefined;

/**
 * Makes configs that import `@dockerdsl/core` get the copy of core the CLI already loaded (the
 * bundle's `dist/bundle/core.mjs`, which hands out the core the bundle loader already ran),
 * instead of loading the package's many files a second time. `exports`, when given, returns
 * that module's exports, so configs from the config cache get them without an import.
 *
 * @example
 * useCoreModule(join(bundle, 'core.mjs'), () => loader.require('core.cjs') as Record<string, unknown>);
 */
export function useCoreModule(file: string | undefined, exports?: () => Record<string, unknown>): void {
  coreModule = file;
  coreExports = exports;
}

async function importTypeScript(file: string): Promise<unknown> {
  const cache = process.env.DSL_CONFIG_CACHE === '0' ? undefined : new ConfigCache(file, version, coreModule, coreExports);
  try {
    mapConfigSources(cacheWrapper.length, cache && ((path) => cache.ranCode(path)));
    const cached = await cache?.load();
    if (cached !== undefined) return cached;
  } catch {
    // Whatever failed — a stale entry or the config's own error — jiti runs it again below, so
    // the user sees exactly what jiti reports.
  }
  // require(), not import(): importing CommonJS from ESM makes Node scan jiti's 190 kB bundle
  // for its export names first, which costs more than the rest of jiti's start-up.
  const { createJiti } = createRequire(import.meta.url)('jiti') as typeof import('jiti');
  mapConfigSources(jitiWrapperLength);
  // Inline source maps in what runs (and is cached): columns of diagnostics map back through them.
  const jiti = createJiti(import.meta.url, { fsCache: true, moduleCache: false, interopDefault: true, sourceMaps: true, ...(coreModule ? { alias: { '@dockerdsl/core': coreModule } } : {}) });
  const mod = await jiti.import(file);
  try {
    cache?.save((opts) => jiti.transform(opts));
  } catch {
    // No cache this time (an import it cannot follow, a read-only folder): jiti loads it again.
  }
  return mod;
}
