import { existsSync } from 'node:fs';
import module, { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setTransformedSourceLookup } from '@dockerdsl/core/tooling';
import { loadTranspiler, mapTranspiledSources, type Transpile } from './transpile-typescript.js';

/**
 * What a native import of a config gave: its module, or the error it raised and whether any of
 * the config's own code had started to run when it was raised.
 *
 * @example
 * const result: NativeImport = { ran: true, module: { default: config } };
 */
export type NativeImport = { ran: true; module: unknown } | { ran: boolean; error: unknown };

/** The part of Node's synchronous resolve hook used here (Node ≥ 22.15; not in Node 20's types). */
interface ResolveContext {
  parentURL?: string;
}
type Resolved = { url: string; format?: string; shortCircuit?: boolean };
type NextResolve = (specifier: string, context: ResolveContext) => Resolved;
type Loaded = { format?: string | null; source?: string | Uint8Array | null; shortCircuit?: boolean };
type NextLoad = (url: string, context: object) => Loaded;
interface Hooks {
  resolve: (specifier: string, context: ResolveContext, next: NextResolve) => Resolved;
  load: (url: string, context: object, next: NextLoad) => Loaded;
}
const hooks = module as unknown as { registerHooks?: (hooks: Hooks) => unknown };

const STARTED = Symbol.for('dockerdsl.configStarted');
const started = globalThis as { [STARTED]?: number };
let loads = 0;
let hooked = false;

/**
 * Whether this Node imports TypeScript modules (Node ≥ 22.18, ≥ 23.6: it knows their formats, and
 * a load hook hands it their JavaScript) and has synchronous module hooks (`module.registerHooks`),
 * which let `./x.js` name the `./x.ts` beside it.
 *
 * @example
 * if (canImportTypeScript()) await importNatively('/repo/dsl.config.ts');
 */
export function canImportTypeScript(): boolean {
  return Boolean((process.features as { typescript?: string | false }).typescript) && typeof hooks.registerHooks === 'function';
}

/**
 * Imports a TypeScript config with Node's own loader, each TypeScript module transpiled by
 * oxc-transform (see `loadTranspiler`), and source locations mapped back to the files as
 * written; where oxc-transform does not load (no build for the platform, optional dependencies
 * left out), Node strips the types itself. Node reads, transpiles and links every module
 * of the config's static import graph before it runs any of them, so a file Node cannot take
 * (an `enum`, an import without extension, a tsconfig path) fails before the config's code runs:
 * `ran: false` tells the caller it may load the config another way without running it twice.
 * A marker module imported ahead of the config is the first to run once the graph has linked.
 *
 * @example
 * const result = await importNatively('/repo/dsl.config.ts');
 * if ('module' in result) use(result.module);
 */
export async function importNatively(file: string): Promise<NativeImport> {
  const transpile = await loadTranspiler().catch(() => undefined);
  registerConfigHooks(transpile);
  // Types stripped by Node leave blanks: lines and columns stay those of the file as written.
  if (transpile) mapTranspiledSources(transpile);
  else setTransformedSourceLookup(undefined);
  const load = ++loads;
  const marker = `data:text/javascript,globalThis[Symbol.for('dockerdsl.configStarted')]=${load}`;
  const entry = `import ${JSON.stringify(marker)};\nimport * as config from ${JSON.stringify(pathToFileURL(file).href)};\nexport { config };\n`;
  try {
    const { config } = (await import(`data:text/javascript,${encodeURIComponent(entry)}`)) as { config: unknown };
    return { ran: true, module: config };
  } catch (error) {
    return { ran: started[STARTED] === load, error };
  }
}

/**
 * Resolution as TypeScript's `nodenext` reads it, added to Node's: a relative `./x.js` (`.mjs`,
 * `.cjs`) imported by a TypeScript file that has no such file names the `./x.ts` (`.mts`, `.cts`)
 * beside it; `@dockerdsl/core` and `@dockerdsl/core/tooling` are the CLI's own copy, also where
 * the project has none installed (one core for the CLI and the config). Loading: a module Node
 * reads as TypeScript (`module-typescript`, `commonjs-typescript`) runs as `transpile` made it.
 */
function registerConfigHooks(transpile: Transpile | undefined): void {
  if (hooked || !hooks.registerHooks) return;
  hooked = true;
  const require = createRequire(import.meta.url);
  const own = new Map(['@dockerdsl/core', '@dockerdsl/core/tooling'].map((name) => [name, pathToFileURL(require.resolve(name)).href]));
  hooks.registerHooks({
    resolve(specifier, context, next) {
      const url = own.get(specifier);
      if (url) return { url, format: 'module', shortCircuit: true };
      // Looked up before asking Node, not after it fails: each failure builds an error with hints
      // (a CommonJS resolution of its own), milliseconds per import of a cold start.
      const ts = context.parentURL && /^\.\.?\//.test(specifier) && /\.[cm]?ts$/.test(context.parentURL) && /\.[cm]?js$/.test(specifier);
      if (ts && !existsSync(new URL(specifier, context.parentURL))) return next(`${specifier.slice(0, -2)}ts`, context);
      return next(specifier, context);
    },
    load(url, context, next) {
      const loaded = next(url, context);
      const format = /^(module|commonjs)-typescript$/.exec(loaded.format ?? '')?.[1];
      const code = transpile && format && loaded.source != null ? transpile(fileURLToPath(url), typeof loaded.source === 'string' ? loaded.source : new TextDecoder().decode(loaded.source)) : undefined;
      return code === undefined ? loaded : { format, source: code, shortCircuit: true };
    },
  });
}
