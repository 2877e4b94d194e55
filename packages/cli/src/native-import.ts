/**
 * Node's own `import()`, for the few modules the CLI loads at run time (a `.mjs` config, the
 * config cache's native dependencies, execa). The bundle runs in `vm.Script`s so that V8 can
 * reuse its compiled code (see code-cache/bundle-loader.ts), and there `import()` is not
 * available without an experimental flag; the bundle keeps this module out, and the loader
 * hands the bundle this very function, compiled natively.
 *
 * @example
 * const { execa } = await nativeImport<typeof import('execa')>('execa');
 */
export function nativeImport<T = Record<string, unknown>>(specifier: string): Promise<T> {
  return import(specifier) as Promise<T>;
}

/**
 * The id the bundle requires this module by (scripts/bundle.mjs; code-cache/bundle-loader.ts).
 *
 * @example
 * if (id === nativeImportId) return nativeImportModule;
 */
export const nativeImportId = 'dockerdsl:native-import';
