import { relative, sep } from 'node:path';
import type { BakeImage } from '@dockerdsl/core/tooling';
import { affectedImages } from './affected-images.js';
import { dependencyLevels } from './dependency-levels.js';

/**
 * What `dsl plan` reports: the changed files, the affected images with their reasons and
 * dependency level, the levels, and a CI matrix (`{ include: [{ image, level }] }`).
 *
 * @example
 * const p: BuildPlan = buildPlan({ images, root, configFile, changed });
 * p.levels; // [['api', 'web'], ['api-debug']]
 */
export interface BuildPlan {
  /** Changed files relative to the config's folder (undefined when every image is planned). */
  changed?: string[];
  images: { name: string; level: number; reasons: string[]; dependsOn: string[] }[];
  levels: string[][];
  matrix: { include: { image: string; level: number }[] };
}

/**
 * Plans the builds a change needs: the affected images (see `affectedImages`), or every image
 * when `changed` is undefined, grouped into dependency levels.
 *
 * @example
 * buildPlan({ images: plan.images, root: plan.root, configFile, changed: ['/repo/apps/web/src/main.ts'] }).levels; // [['web']]
 */
export function buildPlan(input: { images: readonly BakeImage[]; root: string; configFile: string; changed?: readonly string[] }): BuildPlan {
  const affected = input.changed === undefined ? input.images.map((i) => ({ name: i.image.name, reasons: ['every image (no --since or --files)'] })) : affectedImages({ ...input, changed: input.changed });
  const dependsOn = new Map(input.images.map((i) => [i.image.name, [...new Set(i.dependsOn.map((d) => d.image))]] as const));
  const levels = dependencyLevels(affected.map((a) => a.name), dependsOn);
  const levelOf = new Map(levels.flatMap((names, level) => names.map((n) => [n, level] as const)));
  const names = new Set(affected.map((a) => a.name));
  const images = affected.map((a) => ({ name: a.name, level: levelOf.get(a.name)!, reasons: a.reasons, dependsOn: (dependsOn.get(a.name) ?? []).filter((d) => names.has(d)) }));
  return {
    ...(input.changed ? { changed: input.changed.map((f) => relative(input.root, f).split(sep).join('/')).sort() } : {}),
    images,
    levels,
    matrix: { include: levels.flatMap((level, index) => level.map((image) => ({ image, level: index }))) },
  };
}
