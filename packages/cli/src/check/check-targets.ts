import { statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { UsageError } from '../ui/exit.js';
import { findDockerfiles } from './find-dockerfiles.js';

/** A file `dsl check` reads: where it is, and how diagnostics name it. */
export interface CheckTarget {
  /** Absolute path. */
  file: string;
  /** Relative to the working folder, or absolute when it lies outside it and was given absolute. */
  shown: string;
  /** Read as a Compose file: a `.yml`/`.yaml` file named on the command line (a folder's files are Dockerfiles). */
  compose: boolean;
}

/**
 * Turns the paths given to `dsl check` into the files to check, in argument order: a file as
 * given (Dockerfile or Compose file, whatever its name), a folder as every Dockerfile under it
 * (see `findDockerfiles`). A file reached twice is checked once. A missing path, or a folder
 * without a Dockerfile, is a usage error.
 *
 * @example
 * checkTargets(['services', 'compose.yaml'], '/repo');
 * // [{ file: '/repo/services/api/Dockerfile', shown: 'services/api/Dockerfile', compose: false },
 * //  { file: '/repo/compose.yaml', shown: 'compose.yaml', compose: true }]
 */
export function checkTargets(paths: readonly string[], cwd: string): CheckTarget[] {
  const targets: CheckTarget[] = [];
  const seen = new Set<string>();
  const add = (file: string, given: string, named: boolean): void => {
    if (seen.has(file)) return;
    seen.add(file);
    targets.push({ file, shown: shownPath(file, given, cwd), compose: named && /\.ya?ml$/i.test(file) });
  };
  for (const given of paths) {
    const path = resolve(cwd, given);
    const kind = kindOf(path);
    if (kind === undefined) throw new UsageError(`cannot read ${given}: no such file or folder`);
    if (kind === 'file') {
      add(path, given, true);
      continue;
    }
    const found = findDockerfiles(path);
    if (found.length === 0) {
      throw new UsageError(`no Dockerfile under ${given} (looked for Dockerfile, *.Dockerfile and Dockerfile.* outside node_modules and .git; name Compose files to check them)`);
    }
    for (const file of found) add(file, given, false);
  }
  return targets;
}

function kindOf(path: string): 'file' | 'folder' | undefined {
  try {
    return statSync(path).isDirectory() ? 'folder' : 'file';
  } catch {
    return undefined;
  }
}

// Inside the working folder a path is shown relative to it, like compilers do; outside it, the
// way the user addressed it: `../infra/Dockerfile` for a relative argument, absolute for an
// absolute one.
function shownPath(file: string, given: string, cwd: string): string {
  const rel = relative(cwd, file);
  const outside = rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
  return (outside && isAbsolute(given)) || rel === '' ? file : rel;
}
