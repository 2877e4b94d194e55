import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Where the CLI keeps its caches for files under `from`: `node_modules/.cache/dockerdsl` of the
 * nearest folder with a `node_modules` (where build tools keep theirs, and what `.gitignore`s
 * already leave out), else `.dsl/cache` next to `from`.
 *
 * @example
 * cacheDir('/repo/dsl.config.ts'); // '/repo/node_modules/.cache/dockerdsl'
 */
export function cacheDir(from: string): string {
  for (let dir = dirname(from); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'node_modules'))) return join(dir, 'node_modules', '.cache', 'dockerdsl');
    if (dirname(dir) === dir) return join(dirname(from), '.dsl', 'cache');
  }
}
