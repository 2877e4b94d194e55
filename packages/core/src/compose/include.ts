import { specObject } from './keys.js';

/**
 * A top-level `include` entry: another Compose file (or files merged together) whose services,
 * networks, volumes, secrets and configs join this project. Paths are relative to this file.
 *
 * @example
 * const i: IncludeEntry = { path: ['../db/compose.yaml'], envFile: '../db/.env' };
 */
export type IncludeEntry = string | { path: string | string[]; envFile?: string | string[]; projectDirectory?: string };

/**
 * An `include` entry as Compose YAML, its paths rewritten for the output directory.
 *
 * @example
 * compileInclude('db/compose.yaml', (p) => `../${p}`); // '../db/compose.yaml'
 */
export function compileInclude(entry: IncludeEntry, path: (p: string) => string): unknown {
  if (typeof entry === 'string') return path(entry);
  const many = (v: string | string[] | undefined) => (v === undefined ? undefined : typeof v === 'string' ? path(v) : v.map(path));
  return specObject({ path: many(entry.path), envFile: many(entry.envFile), projectDirectory: entry.projectDirectory === undefined ? undefined : path(entry.projectDirectory) }, ['path', 'env_file', 'project_directory']);
}
