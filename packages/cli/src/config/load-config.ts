import { createRequire } from 'node:module';
import { extname } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DslConfig } from '@dockerdsl/core';
import { nativeImport } from '../native-import.js';
import { version } from '../version.js';
import { ConfigCache } from './config-cache.js';
import { ConfigError, configCodes, errorLocation, errorSummary } from './config-error.js';

/**
 * Loads a config module: `.js`/`.mjs` with Node's own `import()`, `.ts`/`.mts` through jiti
 * with its file cache (on Node 20 Node cannot strip types itself), and on later starts from a
 * `ConfigCache` of jiti's output that skips jiti altogether — measured in bench/cli.bench.mjs.
 * Returns the default export (or the module itself).
 * Syntax errors and errors thrown while the config runs become a `ConfigError` whose
 * diagnostic points at the file, line and column.
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
    const source = errorLocation(error, file) ?? { file, line: 1, column: 1 };
    throw new ConfigError({ ...kind, severity: 'error', message: `${syntax ? 'the config does not parse' : 'the config threw while loading'}: ${errorSummary(error)}`, path: [], source });
  }
  const config = (mod as { default?: unknown })?.default ?? mod;
  if (config === null || typeof config !== 'object' || !Array.isArray((config as DslConfig).images)) {
    throw new ConfigError({
      ...configCodes.shape,
      severity: 'error',
      message: 'the config must export default defineConfig({ images: [...] })',
      path: [],
      source: { file, line: 1, column: 1 },
      hint: "import { defineConfig } from '@dockerdsl/core'; export default defineConfig({ images: [api] });",
    });
  }
  return config as DslConfig;
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
    const cached = await cache?.load();
    if (cached !== undefined) return cached;
  } catch {
    // Whatever failed — a stale entry or the config's own error — jiti runs it again below, so
    // the user sees exactly what jiti reports.
  }
  // require(), not import(): importing CommonJS from ESM makes Node scan jiti's 190 kB bundle
  // for its export names first, which costs more than the rest of jiti's start-up.
  const { createJiti } = createRequire(import.meta.url)('jiti') as typeof import('jiti');
  const jiti = createJiti(import.meta.url, { fsCache: true, moduleCache: false, interopDefault: true, ...(coreModule ? { alias: { '@dockerdsl/core': coreModule } } : {}) });
  const mod = await jiti.import(file);
  try {
    cache?.save((opts) => jiti.transform(opts));
  } catch {
    // No cache this time (an import it cannot follow, a read-only folder): jiti loads it again.
  }
  return mod;
}
