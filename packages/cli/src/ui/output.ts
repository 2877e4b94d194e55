import { isAbsolute, relative } from 'node:path';
import type { Writable } from 'node:stream';
import { colorsFor, type Colors } from './colors.js';

/**
 * Where a command writes: results to `out`, diagnostics and progress to `err`, each with its own
 * colours. Tests pass in-memory streams.
 *
 * @example
 * const io = processOutput(); io.out.write('done\n');
 */
export interface Output {
  out: Writable & { isTTY?: boolean; columns?: number };
  err: Writable & { isTTY?: boolean; columns?: number };
  /** Colours for `out`. */
  c: Colors;
  /** Colours for `err`. */
  ce: Colors;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/**
 * The real process streams.
 *
 * @example
 * const io = processOutput();
 */
export function processOutput(): Output {
  return { out: process.stdout, err: process.stderr, c: colorsFor(process.stdout), ce: colorsFor(process.stderr), cwd: process.cwd(), env: process.env };
}

/**
 * A path as the user wants to read it: relative to the working directory when inside it,
 * absolute otherwise.
 *
 * @example
 * displayPath('/repo', '/repo/.dsl/out'); // '.dsl/out'
 */
export function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}
