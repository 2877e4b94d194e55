import type { ComposeStack } from '../compose/stack.js';
import { isLockableReference, projectImageOf } from '../lock/apply-lock.js';
import { mapStackReferences } from '../lock/stack-references.js';

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
