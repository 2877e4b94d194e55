import { readFileSync } from 'node:fs';

/**
 * The CLI's version, from its package.json.
 *
 * @example
 * console.log(`dsl ${version}`);
 */
export const version: string = readVersion();

function readVersion(): string {
  // `../` from dist/version.js and from src/version.ts alike.
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
