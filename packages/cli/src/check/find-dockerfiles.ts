import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { compareCodeUnits } from '@dockerdsl/core/tooling';

/** Folders a walk never enters: dependencies and version-control data, never a project's own Dockerfiles. */
const skippedFolders = new Set(['node_modules', '.git']);

/**
 * True for the names a folder walk treats as Dockerfiles: `Dockerfile`, `*.Dockerfile` and
 * `Dockerfile.*`, in any letter case (BuildKit itself falls back to `dockerfile`), but not a
 * per-Dockerfile ignore file (`Dockerfile.dockerignore`, `api.Dockerfile.dockerignore`).
 *
 * @example
 * isDockerfileName('api.Dockerfile'); // true
 * isDockerfileName('Dockerfile.dockerignore'); // false
 */
export function isDockerfileName(name: string): boolean {
  const lower = name.toLowerCase();
  if (lower.endsWith('.dockerignore')) return false;
  return lower === 'dockerfile' || lower.endsWith('.dockerfile') || lower.startsWith('dockerfile.');
}

/**
 * Every Dockerfile under `folder` (absolute paths), found recursively and sorted by UTF-16 code
 * units so a run lists files the same way on every machine. `node_modules` and `.git` are
 * skipped; symbolic links are followed to files but never into folders, so a link cycle cannot
 * loop; unreadable folders are passed over. Compose files are not collected: a folder is full of
 * YAML that is not Compose, and override files do not stand alone, so they are checked only
 * when named.
 *
 * @example
 * findDockerfiles('/repo/services'); // ['/repo/services/api/Dockerfile', '/repo/services/web.Dockerfile']
 */
export function findDockerfiles(folder: string): string[] {
  const found: string[] = [];
  const pending = [folder];
  for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
    for (const entry of entries(dir)) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!skippedFolders.has(entry.name)) pending.push(path);
      } else if (isDockerfileName(entry.name) && (entry.isFile() || (entry.isSymbolicLink() && isFile(path)))) {
        found.push(path);
      }
    }
  }
  return found.sort(compareCodeUnits);
}

function entries(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
