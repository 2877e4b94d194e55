import { type ComposeStack, type PathSegment, type SourceLocation } from '@dockerdsl/core';
import { isLockableReference, mapImageReferences, mapStackReferences, projectImageOf, projectTags, sourceOf } from '@dockerdsl/core/tooling';

/**
 * One image reference the project uses, with every place it is written. `image` is set when the
 * reference is a tag of the project's own image (only Compose services that run it are locked).
 *
 * @example
 * const r: ProjectReference = { ref: 'busybox:1.36', sites: [{ path: ['images', 'api', 'stages', 0, 'from'] }] };
 */
export interface ProjectReference {
  ref: string;
  image?: string;
  sites: { path: PathSegment[]; source?: SourceLocation }[];
}

/**
 * Every lockable reference of the project, sorted: what the images are built from (FROM,
 * `COPY --from`, mounts) unless it is a project image (built in the same run), and what Compose
 * services run — project images included, once pushed.
 *
 * @example
 * projectReferences([api], [shop]).map((r) => r.ref); // ['busybox:1.36', 'postgres:17']
 */
export function projectReferences(images: readonly unknown[], stacks: readonly unknown[]): ProjectReference[] {
  const tags = projectTags(images, stacks);
  const found = new Map<string, ProjectReference>();
  const record = (ref: string, path: PathSegment[], node: object, service: boolean): string => {
    const own = projectImageOf(ref, tags);
    if (!isLockableReference(ref) || (own !== undefined && !service)) return ref;
    const entry = found.get(ref) ?? { ref, ...(own !== undefined ? { image: own } : {}), sites: [] };
    const source = sourceOf(node);
    entry.sites.push({ path, ...(source ? { source } : {}) });
    found.set(ref, entry);
    return ref;
  };
  images.forEach((image, index) => mapImageReferences(image, ['images', nameOf(image) ?? index], (ref, site) => record(ref, site.path, site.node, false)));
  const seen = new Set(images.map(nameOf));
  stacks.forEach((stack, index) =>
    mapStackReferences(
      stack,
      ['compose', (stack as Partial<ComposeStack> | null)?.name ?? index],
      (ref, site) => record(ref, site.path, site.node, site.kind === 'service'),
      (image, path) => (seen.has(nameOf(image)) ? image : (seen.add(nameOf(image)), mapImageReferences(image, path, (ref, site) => record(ref, site.path, site.node, false)))),
    ),
  );
  return [...found.values()].sort((a, b) => (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0));
}

function nameOf(image: unknown): string | undefined {
  const name = (image as { name?: unknown } | null)?.name;
  return typeof name === 'string' && name !== '' ? name : undefined;
}
