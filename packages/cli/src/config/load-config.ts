import { createRequire } from 'node:module';
import { extname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type DslConfig } from '@dockerdsl/core';
import { errorSummary, originalPosition } from '@dockerdsl/core/tooling';
import { ConfigError, configCodes, errorLocation } from './config-error.js';
import { jitiWrapperLength, mapConfigSources } from './config-source-maps.js';
import { canImportTypeScript, importNatively } from './native-typescript.js';

/**
 * Loads a config module: `.js`/`.mjs` with Node's own `import()`; `.ts`/`.mts` also, where Node
 * takes TypeScript modules (Node ≥ 22.18, ≥ 23.6; oxc-transform turns each into JavaScript), and
 * through jiti on Node 20 or when Node cannot take one of the config's files (an import without
 * extension, a tsconfig path) —
 * found before any of the config's code runs, so the config is evaluated once either way. Returns the default export (or the module itself).
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
    mod = /\.[cm]?js$/.test(extname(file)) ? await import(pathToFileURL(file).href) : await importTypeScript(file);
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

async function importTypeScript(file: string): Promise<unknown> {
  if (canImportTypeScript()) {
    const native = await importNatively(file);
    if ('module' in native) return native.module;
    if (native.ran) throw native.error;
  }
  return importWithJiti(file);
}

async function importWithJiti(file: string): Promise<unknown> {
  // require(), not import(): jiti is CommonJS, and importing it from ESM makes Node scan its
  // bundle for export names first.
  const require = createRequire(import.meta.url);
  const { createJiti } = require('jiti') as typeof import('jiti');
  // `@dockerdsl/core` is the CLI's own copy, also where the project has none installed. Core
  // and the presets load natively (one core for the CLI and the config); the rest goes through
  // jiti's transform and its file cache. Not `tryNative`: Node would first try each TypeScript
  // file itself and fail on its `./x.js` imports.
  // Both entry points by name: an alias is a prefix, so `@dockerdsl/core` alone would turn
  // `@dockerdsl/core/tooling` (presets import it) into `<core's main file>/tooling`.
  const alias = { '@dockerdsl/core/tooling': require.resolve('@dockerdsl/core/tooling'), '@dockerdsl/core': require.resolve('@dockerdsl/core') };
  const jiti = createJiti(import.meta.url, { fsCache: true, moduleCache: false, interopDefault: true, alias, sourceMaps: true, nativeModules: ['@dockerdsl/core', '@dockerdsl/presets'] });
  // Inline source maps in what runs: columns of diagnostics map back through them.
  mapConfigSources(jitiWrapperLength);
  return jiti.import(file);
}
