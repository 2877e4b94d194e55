import { imageBuildInputs } from '../resolve/image-build-inputs.js';
import type { Image } from '../image/image.js';
import { compareCodeUnits } from './code-unit-order.js';

/**
 * The tags an image is built with: its own, or `<name>:latest` when it declares none (so that
 * `dsl build` can always name, measure and depend on what it built).
 *
 * @example
 * imageTags({ name: 'api', stages: [] }); // ['api:latest']
 */
export function imageTags(image: Image): string[] {
  return image.tags && image.tags.length > 0 ? image.tags : [`${image.name}:latest`];
}

/**
 * Image references an image uses (its stages' FROM and `COPY --from`/mount sources that are not
 * stages of its own).
 *
 * @example
 * externalReferences(worker); // ['acme/base:dev', 'busybox:1.36']
 */
export function externalReferences(image: Image): string[] {
  const stageNames = new Set(image.stages.flatMap((s) => (s.name ? [s.name] : [])));
  const refs = new Set<string>();
  const add = (ref: unknown): void => {
    if (typeof ref === 'string' && !stageNames.has(ref)) refs.add(ref);
    else if (ref !== null && typeof ref === 'object' && 'image' in ref && typeof ref.image === 'string') refs.add(ref.image);
  };
  for (const stage of image.stages) {
    add(stage.from);
    for (const step of stage.steps) {
      if (step.kind === 'copy') add(step.from);
      if (step.kind === 'run') step.mounts?.forEach((m) => add('from' in m ? m.from : undefined));
    }
  }
  return [...refs];
}

/**
 * Which images of the project each image is built FROM (or copies from), found by matching the
 * references it uses against the other images' tags, plus the named contexts it declares as a
 * project image. Returns, per image name, the dependencies with the reference (or context name)
 * that links them.
 *
 * @example
 * imageDependencies([base, app]); // Map { 'base' => [], 'app' => [{ image: 'base', ref: 'acme/base:dev' }] }
 */
export function imageDependencies(images: readonly Image[]): Map<string, { image: string; ref: string }[]> {
  const byTag = new Map<string, string>();
  for (const image of images) for (const tag of imageTags(image)) byTag.set(tag, image.name);
  const deps = new Map<string, { image: string; ref: string }[]>();
  for (const image of images) {
    const list = externalReferences(image)
      .flatMap((ref) => {
        const owner = byTag.get(ref) ?? byTag.get(ref.includes(':') ? ref : `${ref}:latest`);
        return owner && owner !== image.name ? [{ image: owner, ref }] : [];
      })
      .concat(imageBuildInputs(image).contexts.flatMap((c) => (c.project !== undefined && c.project !== image.name && images.some((i) => i.name === c.project) ? [{ image: c.project, ref: c.name }] : [])))
      .sort((a, b) => compareCodeUnits(a.ref, b.ref));
    deps.set(image.name, list);
  }
  return deps;
}
