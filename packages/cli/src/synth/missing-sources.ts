import { lstatSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { type Diagnostic, type Image } from '@dockerdsl/core';
import { resolveContext, sourceOf } from '@dockerdsl/core/tooling';
import { contextFiles, dockerignoreLines, ignoreMatcher } from '../plan/context-files.js';
import { cleanPath, isRead, mayHoldRead } from '../plan/context-reads.js';

/**
 * Codes of what synth finds wrong between an image and its build context on disk
 * (DSL5060–DSL5069). Stable forever.
 *
 * @example
 * contextSourceCodes.DSL5060.rule; // 'CopySourceNotInContext'
 */
export const contextSourceCodes = {
  DSL5060: { rule: 'CopySourceNotInContext', severity: 'warning', description: 'A `COPY`/`ADD` source (a plain path, no wildcard or variable) does not exist in the image\'s build context folder, or the context\'s `.dockerignore` (or the image\'s own `dockerignore`) leaves it out, so BuildKit fails the step with "not found".' },
} as const;

/**
 * Warns (DSL5060) about each `COPY`/`ADD` source that cannot be in the build context BuildKit
 * receives: for every image whose context is a folder on disk, each source of a `COPY` without
 * `--from` or an `ADD` of a local path that is missing under the folder or that the ignore
 * rules BuildKit applies (the image's `dockerignore`, which synth writes as
 * `<name>.Dockerfile.dockerignore`, else the context's `.dockerignore`) leave out.
 *
 * @example
 * missingContextSources([apiImage], '/repo'); // [{ code: 'DSL5060', message: "COPY source 'dist' is not in the build context folder '.': it does not exist there", … }]
 */
export function missingContextSources(images: readonly Image[], root: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const image of images) {
    const contextDir = resolveContext(root, image);
    if (!isFolder(contextDir)) continue; // a git or HTTP context: nothing on disk to look at
    let ignored: ((path: string) => boolean) | undefined;
    let lines: readonly string[] = [];
    image.stages.forEach((stage, i) => {
      stage.steps.forEach((step, j) => {
        if (!(step.kind === 'copy' && step.from === undefined) && step.kind !== 'add') return;
        step.sources.forEach((source, k) => {
          if (typeof source !== 'string' || !checkable(source)) return;
          const path = cleanPath(source);
          if (path === '.') return;
          if (!ignored) {
            lines = dockerignoreLines(image, contextDir);
            ignored = ignoreMatcher(lines);
          }
          const exists = existsIn(contextDir, path);
          if (exists && !(ignored(path) && !reopened(contextDir, path, lines))) return;
          const keyword = step.kind === 'copy' ? 'COPY' : 'ADD';
          const why = exists ? 'is excluded by its .dockerignore' : 'does not exist there';
          const d: Diagnostic = { code: 'DSL5060', rule: contextSourceCodes.DSL5060.rule, severity: 'warning', message: `${keyword} source '${source}' is not in the build context folder '${shownContext(root, contextDir)}': it ${why}`, path: ['images', image.name, 'stages', stage.name ?? i, 'steps', j, 'sources', k], hint: `BuildKit fails this ${keyword}: "${path}" not found` };
          const at = sourceOf(step);
          if (at) d.source = at;
          diagnostics.push(d);
        });
      });
    });
  }
  return diagnostics;
}

// The context as the config names it: relative to the config's folder, with `/`.
function shownContext(root: string, contextDir: string): string {
  return relative(root, contextDir).split(sep).join('/') || '.';
}

// Wildcards may legitimately match files only present at build time (or none, which BuildKit
// reports itself), and a `$` source depends on build args: neither can be judged here. URLs and
// git sources of ADD are fetched by BuildKit, not read from the context.
function checkable(source: string): boolean {
  return !/[*?[$]/.test(source) && !/^[a-z][a-z0-9+.-]*:\/\/|^git@/i.test(source);
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function existsIn(contextDir: string, path: string): boolean {
  try {
    lstatSync(join(contextDir, path));
    return true;
  } catch {
    return false;
  }
}

// An ignored folder still reaches BuildKit in part when a later `!…` line admits a file below
// it (e.g. `*` then `!apps/api` keeps `COPY apps` working), so only then are its files listed.
function reopened(contextDir: string, path: string, lines: readonly string[]): boolean {
  if (!lines.some((l) => l.trim().startsWith('!')) || !isFolder(join(contextDir, path))) return false;
  return contextFiles(contextDir, lines, (folder) => mayHoldRead(folder, [path])).some((file) => isRead(file, [path]));
}
