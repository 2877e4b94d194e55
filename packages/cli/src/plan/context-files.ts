import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import dockerignore from '@balena/dockerignore';
import type { Image } from '@dockerdsl/core';

/**
 * The `.dockerignore` lines BuildKit applies to an image dsl builds: the image's own
 * `dockerignore` (synth writes it as `<name>.Dockerfile.dockerignore`, which wins over the
 * context's), else the context's `.dockerignore`, else none.
 *
 * @example
 * dockerignoreLines({ name: 'api', stages: [], dockerignore: ['node_modules'] }, '/repo'); // ['node_modules']
 */
export function dockerignoreLines(image: Image, contextDir: string): string[] {
  if (image.dockerignore) return image.dockerignore;
  try {
    return readFileSync(join(contextDir, '.dockerignore'), 'utf8').split(/\r?\n/);
  } catch {
    return [];
  }
}

/**
 * A matcher with Docker's `.dockerignore` rules (exceptions with `!`, the last matching line
 * wins, a pattern matching a folder excludes what is below it), case-sensitive as on Linux.
 *
 * @example
 * const ignored = ignoreMatcher(['*', '!apps/api']);
 * ignored('apps/web/index.ts'); // true
 */
export function ignoreMatcher(lines: readonly string[]): (path: string) => boolean {
  // The package is CommonJS with both `module.exports` and `.default` set to the factory; its
  // types declare only the latter, which is what TypeScript sees through a default import.
  const rules = dockerignore.default({ ignorecase: false }).add(lines.map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#')));
  return (path) => rules.ignores(path);
}

/**
 * The files the build context sends to BuildKit: every file and symlink under `contextDir`
 * that `.dockerignore` admits, as sorted `/`-separated relative paths. Folders are not listed
 * (empty ones change nothing a COPY of files sees). An ignored folder is not walked unless an
 * exception (`!…`) could bring part of it back, nor a folder `mayHold` rules out (a folder no
 * COPY source can reach: walking `node_modules` of a monorepo root costs seconds).
 *
 * @example
 * contextFiles('/repo', ['*', '!apps/api', '!package.json']); // ['apps/api/src/index.ts', …, 'package.json']
 */
export function contextFiles(contextDir: string, ignoreLines: readonly string[], mayHold: (folder: string) => boolean = () => true): string[] {
  const ignored = ignoreMatcher(ignoreLines);
  const reopens = ignoreLines.some((l) => l.trim().startsWith('!'));
  const files: string[] = [];
  const walk = (dir: string, prefix: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const rel = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
      const skip = ignored(rel);
      if (entry.isDirectory()) {
        if ((!skip || reopens) && mayHold(rel)) walk(join(dir, entry.name), rel);
      } else if (!skip) files.push(rel);
    }
  };
  walk(contextDir, '');
  return files.sort();
}

/**
 * What BuildKit sees of one context file: its kind, executable bit and content (a symlink's
 * target). Used by the input digest.
 *
 * @example
 * fileFacts('/repo', 'bin/run.sh'); // { kind: 'file', executable: true, content: <Buffer …> }
 */
export function fileFacts(contextDir: string, path: string): { kind: 'file' | 'symlink'; executable: boolean; content: Buffer } {
  const full = join(contextDir, path);
  const stat = lstatSync(full);
  if (stat.isSymbolicLink()) return { kind: 'symlink', executable: false, content: Buffer.from(readlinkSync(full)) };
  return { kind: 'file', executable: (stat.mode & 0o111) !== 0, content: readFileSync(full) };
}
