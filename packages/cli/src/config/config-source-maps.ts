import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { setTransformedSourceLookup } from '@dockerdsl/core/tooling';

/**
 * Characters before a TypeScript file's first line when jiti 2 runs it: its module wrapper,
 * `(async function (exports, require, module, __filename, __dirname, jitiImport, jitiESMResolve) { `.
 */
export const jitiWrapperLength = '(async function (exports, require, module, __filename, __dirname, jitiImport, jitiESMResolve) { '.length;

const typeScriptFile = /\.[cm]?tsx?$/;

/**
 * Makes source locations of a TypeScript config point at the user's own columns: stack frames
 * count columns in the code jiti made of the file (`stage(` runs as `(0, _core.stage)(`), so
 * core maps them back through the source map of the same transform, made again only when a
 * diagnostic asks for a location. `wrapperLength` is what the runner put before line 1.
 *
 * @param wrapperLength - characters of module wrapper before the first line of each file that ran
 * @example
 * mapConfigSources(jitiWrapperLength);
 */
export function mapConfigSources(wrapperLength: number): void {
  let transform: ((file: string) => string) | undefined;
  setTransformedSourceLookup((file) => {
    if (!typeScriptFile.test(file)) return undefined;
    if (!transform) {
      const { createJiti } = createRequire(import.meta.url)('jiti') as typeof import('jiti');
      const jiti = createJiti(import.meta.url, { fsCache: true, moduleCache: false, interopDefault: true, sourceMaps: true });
      transform = (path) => jiti.transform({ source: readFileSync(path, 'utf8'), filename: path, ts: true, async: true });
    }
    return { code: transform(file), firstLineOffset: wrapperLength };
  });
}
