import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The packages a user installs, in dependency order. */
export const publishedPackages = ['core', 'presets', 'cli'] as const;

/**
 * Runs npm quietly in `cwd` and returns its stdout (throws on failure).
 *
 * @example
 * npmQuiet(['init', '-y'], dir);
 */
export function npmQuiet(args: readonly string[], cwd: string): string {
  return execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/**
 * Packs the published packages as `npm publish` would (they must be built) into `dir` and
 * returns the tarball of each, by package name (`@dockerdsl/core` → path).
 *
 * @example
 * const tarballs = packPackages(work); npmQuiet(['install', ...Object.values(tarballs)], app);
 */
export function packPackages(dir: string): Record<string, string> {
  const tarballs: Record<string, string> = {};
  for (const pkg of publishedPackages) {
    if (!existsSync(join(root, 'packages', pkg, 'dist', 'index.js'))) throw new Error(`packages/${pkg} is not built (npm test builds it first: turbo run build)`);
    const [packed] = JSON.parse(npmQuiet(['pack', '--json', '--ignore-scripts', '--pack-destination', dir], join(root, 'packages', pkg))) as Array<{ filename: string }>;
    tarballs[`@dockerdsl/${pkg}`] = join(dir, packed!.filename);
  }
  return tarballs;
}
