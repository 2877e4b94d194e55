import { createRequire } from 'node:module';

/**
 * The CLI's version, from its package.json.
 *
 * @example
 * console.log(`dsl ${version}`);
 */
export const version: string = readVersion();

function readVersion(): string {
  // By the package's own name, so it reads the same from src/, dist/ and the bundle in dist/bundle/.
  return (createRequire(import.meta.url)('@dockerdsl/cli/package.json') as { version: string }).version;
}
