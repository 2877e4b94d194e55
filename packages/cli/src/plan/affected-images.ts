import { join, relative, sep } from 'node:path';
import { resolveContext, type BakeImage } from '@dockerdsl/core/tooling';
import { contextReads, isRead } from './context-reads.js';
import { dockerignoreLines, ignoreMatcher } from './context-files.js';

/**
 * An image a change affects, with why: the changed files it reads, or the project images it is
 * built FROM that are affected themselves.
 *
 * @example
 * const a: AffectedImage = { name: 'api', reasons: ['packages/shared/src/index.ts'] };
 */
export interface AffectedImage {
  name: string;
  reasons: string[];
}

/**
 * What `affectedImages` needs: the synthesised images (with the generated Dockerfile paths and
 * their project dependencies), the config file and the changed files as absolute paths.
 *
 * @example
 * const input: AffectedInput = { images: plan.images, configFile: '/repo/dsl.config.ts', root: '/repo', changed: ['/repo/apps/api/src/main.ts'] };
 */
export interface AffectedInput {
  images: readonly BakeImage[];
  /** The folder holding the config: contexts are relative to it. */
  root: string;
  configFile: string;
  changed: readonly string[];
}

/**
 * The images a set of changed files affects, in the images' order. An image is affected when
 * a changed file is in its context, admitted by its `.dockerignore` and read by one of its
 * `COPY`/`ADD`/bind-mount sources; when its generated Dockerfile, its `.dockerignore` or the
 * config file changed; or when it is built FROM (or copies from) an affected image of the
 * project. The workspace closure needs no case of its own: the workspace presets COPY exactly
 * the closure's manifests and folders, so those sources carry it.
 *
 * @example
 * affectedImages({ images: plan.images, root, configFile, changed: ['/repo/packages/shared/src/index.ts'] }).map((a) => a.name); // ['api', 'web']
 */
export function affectedImages(input: AffectedInput): AffectedImage[] {
  const changed = [...new Set(input.changed)].sort();
  const direct = new Map<string, string[]>();
  for (const item of input.images) {
    const reasons = directReasons(item, input, changed);
    if (reasons.length > 0) direct.set(item.image.name, reasons);
  }
  const byName = new Map(input.images.map((i) => [i.image.name, i] as const));
  const result = new Map<string, string[]>();
  const visit = (name: string, seen: Set<string>): string[] => {
    const done = result.get(name);
    if (done) return done;
    if (seen.has(name)) return [];
    seen.add(name);
    const reasons = [...(direct.get(name) ?? [])];
    for (const dep of byName.get(name)?.dependsOn ?? []) if (visit(dep.image, seen).length > 0) reasons.push(`FROM ${dep.image} (${dep.ref})`);
    if (reasons.length > 0) result.set(name, reasons);
    return reasons;
  };
  for (const item of input.images) visit(item.image.name, new Set());
  return input.images.flatMap((i) => (result.has(i.image.name) ? [{ name: i.image.name, reasons: result.get(i.image.name)! }] : []));
}

function directReasons(item: BakeImage, input: AffectedInput, changed: readonly string[]): string[] {
  const contextDir = resolveContext(input.root, item.image);
  const own = new Set([item.dockerfile, `${item.dockerfile}.dockerignore`, input.configFile]);
  if (!item.image.dockerignore) own.add(join(contextDir, '.dockerignore'));
  const ignored = ignoreMatcher(dockerignoreLines(item.image, contextDir));
  const { sources, everything } = contextReads(item.image);
  const reasons: string[] = [];
  for (const file of changed) {
    const inContext = posix(relative(contextDir, file));
    if (own.has(file)) reasons.push(posix(relative(input.root, file)));
    else if (inContext !== '' && !inContext.startsWith('../') && inContext !== '..' && !ignored(inContext) && (everything || isRead(inContext, sources))) {
      reasons.push(posix(relative(input.root, file)));
    }
  }
  return reasons;
}

function posix(path: string): string {
  return path.split(sep).join('/');
}
