import { readFileSync } from 'node:fs';

/**
 * The CLI's version, from its package.json.
 *
 * @example
 * console.log(`dsl ${version}`);
 */
export const version: string = readVersion();

function readVersion(): string {
  // `../` from dist/version.js and src/version.ts, `../../` from the bundle in dist/bundle/.
  for (const candidate of ['../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(candidate, import.meta.url), 'utf8')) as { name?: string; version: string };
      if (pkg.name === '@dockerdsl/cli') return pkg.version;
    } catch {
      // try the next
    }
  }
  return '0.0.0';
}
