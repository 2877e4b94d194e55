import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * Config file names, in the order they are looked for in each folder.
 *
 * @example
 * configNames[0]; // 'dsl.config.ts'
 */
export const configNames = ['dsl.config.ts', 'dsl.config.mts', 'dsl.config.js', 'dsl.config.mjs'] as const;

/**
 * Finds the project's config: `explicit` when given (relative to `cwd`), otherwise the first
 * `dsl.config.{ts,mts,js,mjs}` in `cwd` or the nearest folder above it.
 *
 * @example
 * findConfig('/repo/services/api'); // '/repo/dsl.config.ts'
 */
export function findConfig(cwd: string, explicit?: string): string | undefined {
  if (explicit !== undefined) {
    const file = resolve(cwd, explicit);
    return existsSync(file) ? file : undefined;
  }
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    for (const name of configNames) {
      const file = join(dir, name);
      if (existsSync(file)) return file;
    }
    if (dirname(dir) === dir) return undefined;
  }
}
