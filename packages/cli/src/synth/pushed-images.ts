import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ComposeStack } from '@dockerdsl/core';
import { isLockableReference, mapStackReferences, projectImageOf } from '@dockerdsl/core/tooling';

/**
 * What `dsl build` recorded for one image (the `images` entries of `dsl-build.json`): the
 * digest and the references it was written to; `pushed` when those are registry references.
 *
 * @example
 * const api: PushedImage = { digest: 'sha256:ab…', names: ['127.0.0.1:5000/acme/api:1'], pushed: true };
 */
export interface PushedImage {
  digest: string;
  names: string[];
  pushed: boolean;
}

/** The build record `dsl build` writes beside the synth manifest (`buildRecordName`). */
const recordFile = 'dsl-build.json';

/**
 * The images the last `dsl build --push` pushed, by image name, from the build record in the
 * output folder. Entries without a registry push (images loaded into the local store have no
 * registry digest to pin) and malformed entries are left out; no readable record gives `{}`.
 *
 * @example
 * readPushedImages('/repo/.dsl/out').api?.digest; // 'sha256:ab…'
 */
export function readPushedImages(outDir: string): Record<string, PushedImage> {
  let images: unknown;
  try {
    const parsed = JSON.parse(readFileSync(join(outDir, recordFile), 'utf8')) as { generator?: unknown; images?: unknown };
    if (parsed.generator !== 'dockerdsl') return {};
    images = parsed.images;
  } catch {
    return {};
  }
  if (images === null || typeof images !== 'object') return {};
  const out: Record<string, PushedImage> = {};
  for (const [name, entry] of Object.entries(images as Record<string, unknown>)) {
    const e = entry as Partial<PushedImage> | null;
    if (!e || e.pushed !== true || typeof e.digest !== 'string' || !/^sha256:[0-9a-f]{64}$/.test(e.digest) || !Array.isArray(e.names)) continue;
    out[name] = { digest: e.digest, names: e.names.filter((n): n is string => typeof n === 'string'), pushed: true };
  }
  return out;
}

/**
 * The stacks with every service that runs a project image (its `image:` is a tag of an image
 * of the project, and the service does not build it) written as `ref@digest` when the last
 * `dsl build --push` pushed that image under that very reference — so `docker compose up`
 * runs exactly what was pushed. Other references are left to the lock.
 *
 * @example
 * pinPushedImages([shop], new Map([['127.0.0.1:5000/acme/api:1', 'api']]), { api: pushedApi });
 * // web: image '127.0.0.1:5000/acme/api:1@sha256:ab…'
 */
export function pinPushedImages(stacks: readonly ComposeStack[], projectTags: ReadonlyMap<string, string>, pushed: Readonly<Record<string, PushedImage>>): ComposeStack[] {
  if (Object.keys(pushed).length === 0) return [...stacks];
  return stacks.map((stack) =>
    mapStackReferences(
      stack,
      [],
      (ref, site) => {
        const own = site.kind === 'service' && isLockableReference(ref) ? projectImageOf(ref, projectTags) : undefined;
        const entry = own === undefined ? undefined : pushed[own];
        return entry && entry.names.some((name) => sameReference(name, ref)) ? `${ref}@${entry.digest}` : ref;
      },
      (image) => image,
    ),
  );
}

/**
 * Whether two references name the same tag, Docker Hub's implied parts (`docker.io/`,
 * `library/`, `:latest`) aside.
 *
 * @example
 * sameReference('docker.io/library/api:latest', 'api'); // true
 */
export function sameReference(a: string, b: string): boolean {
  return canonical(a) === canonical(b);
}

function canonical(ref: string): string {
  let name = ref;
  if (name.lastIndexOf(':') <= name.lastIndexOf('/')) name = `${name}:latest`;
  const first = name.split('/')[0]!;
  const hasHost = name.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
  if (!hasHost) name = `docker.io/${name}`;
  if (/^docker\.io\/[^/]+$/.test(name.slice(0, name.lastIndexOf(':')))) name = name.replace(/^docker\.io\//, 'docker.io/library/');
  return name;
}
