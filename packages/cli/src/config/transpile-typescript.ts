import { readFileSync } from 'node:fs';
import { setTransformedSourceLookup } from '@dockerdsl/core/tooling';

/**
 * Turns one TypeScript module into JavaScript (types removed, enums and namespaces compiled,
 * imports used only as types dropped, as `tsc` does), or gives `undefined` when the text does not
 * parse: the caller then lets Node read the file, and Node's own error names the place.
 * `withMap` appends an inline source map of the change.
 *
 * @example
 * const transpile = await loadTranspiler();
 * transpile('/repo/dsl.config.ts', 'const n: number = 1;'); // 'const n = 1;\n'
 */
export type Transpile = (file: string, source: string, withMap?: boolean) => string | undefined;

/**
 * Loads the transpiler, oxc-transform: a native module that loads and runs in a few
 * milliseconds, where Node 22's own type stripping compiles its WebAssembly on every start (about
 * 100 ms) and a JavaScript transpiler (jiti's Babel, sucrase) takes as long to load.
 *
 * @example
 * const transpile = await loadTranspiler();
 */
export async function loadTranspiler(): Promise<Transpile> {
  const { transformSync } = await import('oxc-transform');
  return (file, source, withMap = false) => {
    const { code, map, errors } = transformSync(file, source, { sourcemap: withMap });
    if (errors.some((e) => e.severity === 'Error')) return undefined;
    if (!map) return code;
    return `${code}\n//# sourceMappingURL=data:application/json;base64,${Buffer.from(JSON.stringify(map)).toString('base64')}\n`;
  };
}

const typeScriptFile = /\.[cm]?ts$/;

/**
 * Makes source locations in transpiled TypeScript point at the file as written: stack frames
 * count lines and columns in the code that ran, so core maps them back through the source map of
 * the same transpilation, made again only when a diagnostic asks for a location.
 *
 * @example
 * mapTranspiledSources(await loadTranspiler());
 */
export function mapTranspiledSources(transpile: Transpile): void {
  setTransformedSourceLookup((file) => {
    if (!typeScriptFile.test(file)) return undefined;
    const code = transpile(file, readFileSync(file, 'utf8'), true);
    return code === undefined ? undefined : { code, firstLineOffset: 0 };
  });
}
