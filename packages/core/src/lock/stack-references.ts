import type { PathSegment } from '../diagnostics/diagnostic.js';
import type { ComposeStack } from '../compose/stack.js';
import type { Service } from '../compose/service.js';
import { inheritSource } from '../model/source-location.js';
import { mapImageReferences, type ReferenceVisitor } from './image-references.js';

/**
 * Calls `visit` for every image reference of a Compose stack and returns the stack with each
 * replaced by what `visit` returned: the `image:` of services that run an image (a service that
 * builds one keeps its `image:`, the tag it builds), and the references inside the DSL images
 * that services build (visited under `images.<name>`, as synth compiles them). Variants are
 * walked too; a variant's service builds when it or the base service does. `mapImage` maps a
 * built image as a whole (default: its references through `visit`).
 *
 * @example
 * mapStackReferences(shop, ['compose', 'shop'], (ref) => `${ref}@sha256:…`);
 */
export function mapStackReferences<T>(stack: T, path: PathSegment[], visit: ReferenceVisitor, mapImage: ImageMapper = (image, at) => mapImageReferences(image, at, visit)): T {
  const s = stack as Partial<ComposeStack> | null;
  if (s === null || typeof s !== 'object' || s.services === null || typeof s.services !== 'object') return stack;
  const base = s.services;
  const walk: Walk = { visit, mapImage };
  const services = mapServices(base, undefined, [...path, 'services'], walk);
  let variants = s.variants;
  if (Array.isArray(variants)) {
    const next = variants.map((v, i) => {
      const table = v?.patch?.services;
      if (table === null || typeof table !== 'object') return v;
      const mapped = mapServices(table as Record<string, Partial<Service>>, base, [...path, 'variants', typeof v.file === 'string' ? v.file : i, 'patch', 'services'], walk);
      return mapped === table ? v : inheritSource({ ...v, patch: inheritSource({ ...v.patch, services: mapped }, v.patch) }, v);
    });
    if (next.some((v, i) => v !== variants![i])) variants = next;
  }
  if (services === base && variants === s.variants) return stack;
  return inheritSource({ ...s, services, ...(variants !== undefined ? { variants } : {}) }, s) as T;
}

/**
 * Maps a DSL image a service builds; `path` is `images.<name>`.
 *
 * @example
 * const keep: ImageMapper = (image) => image;
 */
export type ImageMapper = <I>(image: I, path: PathSegment[]) => I;

interface Walk {
  visit: ReferenceVisitor;
  mapImage: ImageMapper;
}

function mapServices<S extends Partial<Service>>(table: Record<string, S>, base: Record<string, Service> | undefined, path: PathSegment[], walk: Walk): Record<string, S> {
  let changed = false;
  const next: Record<string, S> = {};
  for (const [key, service] of Object.entries(table)) {
    next[key] = mapService(service, base?.[key], [...path, key], walk);
    if (next[key] !== service) changed = true;
  }
  return changed ? next : table;
}

function mapService<S extends Partial<Service>>(service: S, base: Partial<Service> | undefined, path: PathSegment[], { visit, mapImage }: Walk): S {
  if (service === null || typeof service !== 'object') return service;
  const built = service.build?.image;
  if (built !== undefined && built !== null && typeof built === 'object') {
    const image = mapImage(built, ['images', typeof built.name === 'string' ? built.name : (path.at(-1) ?? 'image')]);
    return image === built ? service : inheritSource({ ...service, build: inheritSource({ ...service.build, image }, service.build!) }, service);
  }
  if (service.build !== undefined || base?.build !== undefined || typeof service.image !== 'string') return service;
  const platform = service.platform ?? base?.platform;
  const image = visit(service.image, { kind: 'service', path: [...path, 'image'], node: service, ...(typeof platform === 'string' ? { platform } : {}) });
  return image === service.image ? service : inheritSource({ ...service, image }, service);
}
