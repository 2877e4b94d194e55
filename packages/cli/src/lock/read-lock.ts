import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Diagnostic } from '@dockerdsl/core';
import { emptyLock, lockFileName, parseLock, type ImageLock } from '@dockerdsl/core/tooling';

/**
 * The lock file beside a config, read: `lock` is undefined when there is no file (and the
 * diagnostics say why when it cannot be read).
 *
 * @example
 * const { file, lock } = readProjectLock('/repo/dsl.config.ts'); // file '/repo/dsl.lock.json'
 */
export function readProjectLock(configFile: string): { file: string; lock?: ImageLock; diagnostics: Diagnostic[] } {
  const file = lockFilePath(configFile);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { file, diagnostics: [] };
    throw error;
  }
  return { file, ...parseLock(text, file) };
}

/**
 * Where the lock of a config lives: `dsl.lock.json` in the config's folder.
 *
 * @example
 * lockFilePath('/repo/dsl.config.ts'); // '/repo/dsl.lock.json'
 */
export function lockFilePath(configFile: string): string {
  return join(dirname(configFile), lockFileName);
}

/**
 * The lock synth should apply: the file's, or an empty one under `--frozen` (so that every
 * reference is reported), or none at all when there is no lock and nothing is frozen.
 *
 * @example
 * lockInUse(readProjectLock(file), true); // { lock: { version: 1, images: {} }, … }
 */
export function lockInUse(read: { lock?: ImageLock; diagnostics: Diagnostic[] }, frozen: boolean): ImageLock | undefined {
  if (read.lock) return read.lock;
  return frozen && read.diagnostics.length === 0 ? emptyLock() : undefined;
}
