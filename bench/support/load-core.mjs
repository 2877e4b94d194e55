// Benchmarks use both of core's entry points (`@dockerdsl/core` and `@dockerdsl/core/tooling`);
// a tree from before the split has only the first, so DSL_BENCH_BEFORE can still name one.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Imports the built core of the checkout at `root` (both entry points, merged).
 *
 * @example
 * const core = await loadCore('/work/main');
 * core.parseDockerfile('FROM scratch\n');
 */
export async function loadCore(root) {
  const dist = join(root, 'packages', 'core', 'dist');
  const main = await import(pathToFileURL(join(dist, 'index.js')).href);
  const tooling = existsSync(join(dist, 'tooling.js')) ? await import(pathToFileURL(join(dist, 'tooling.js')).href) : {};
  return { ...main, ...tooling };
}
