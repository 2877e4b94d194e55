import type { Diagnostic, PathSegment } from '../diagnostics/diagnostic.js';
import { sourceOf } from '../model/source-location.js';
import { mapImageReferences, type ReferenceSite } from './image-references.js';
import { lockDiagnostic } from './lock-codes.js';
import type { ImageLock, LockEntry } from './lock-file.js';
import { isLiteralPlatform, offersPlatform } from './platforms.js';
import { mapStackReferences } from './stack-references.js';

/**
 * How synth applies a lock.
 *
 * @example
 * const o: LockOptions = { lock, file: 'dsl.lock.json', frozen: true, platforms: ['linux/arm64'], projectTags: new Map([['acme/api:1', 'api']]) };
 */
export interface LockOptions {
  lock: ImageLock;
  /** The lock file's name as messages show it. */
  file: string;
  /** A reference missing from the lock is an error rather than a warning (`--frozen`, for CI). */
  frozen?: boolean;
  /** Platforms asked for on the command line; they replace an image's own `platforms`. */
  platforms?: readonly string[];
  /** Tags of the project's own images, to the image's name: built together, so not locked in Dockerfiles. */
  projectTags?: ReadonlyMap<string, string>;
}

/**
 * Whether a reference can be locked: a fixed name (no `$variable`), not already pinned by a
 * digest, and not `scratch`.
 *
 * @example
 * isLockableReference('busybox:1.36'); // true
 * isLockableReference('busybox@sha256:…'); // false
 */
export function isLockableReference(ref: string): boolean {
  return ref !== '' && ref !== 'scratch' && !ref.includes('$') && !ref.includes('@');
}

/**
 * The project image a reference names (its tag, or the name with `:latest` implied), if any.
 *
 * @example
 * projectImageOf('acme/api', new Map([['acme/api:latest', 'api']])); // 'api'
 */
export function projectImageOf(ref: string, projectTags: ReadonlyMap<string, string> | undefined): string | undefined {
  if (!projectTags) return undefined;
  const tagged = ref.lastIndexOf(':') > ref.lastIndexOf('/');
  return projectTags.get(ref) ?? (tagged ? undefined : projectTags.get(`${ref}:latest`));
}

/**
 * An image with each locked reference written as `ref@digest`, and the diagnostics: references
 * missing from the lock (DSL5950, an error when frozen) and platforms the image is built for
 * that a locked base does not offer (DSL5951). References to the project's own images stay as
 * they are: they are built in the same run.
 *
 * @example
 * const { image, diagnostics } = applyLockToImage(api, ['images', 'api'], { lock, file: 'dsl.lock.json' });
 */
export function applyLockToImage<T>(image: T, path: PathSegment[], options: LockOptions): { image: T; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const own = (image as { platforms?: unknown } | null)?.platforms;
  // As in `dsl build`: `--platform` replaces the image's own platforms.
  const requested = options.platforms && options.platforms.length > 0 ? options.platforms : Array.isArray(own) ? (own as string[]) : [];
  const locked = mapImageReferences(image, path, (ref, site) => {
    if (!isLockableReference(ref) || projectImageOf(ref, options.projectTags) !== undefined) return ref;
    return pin(ref, site, requested, options, diagnostics);
  });
  return { image: locked, diagnostics };
}

/**
 * A Compose stack with each locked service `image:` written as `ref@digest` (including the
 * project's own images, when the lock has them from a push), and the images its services
 * build locked as `applyLockToImage` does.
 *
 * @example
 * const { stack, diagnostics } = applyLockToStack(shop, ['compose', 'shop'], { lock, file: 'dsl.lock.json' });
 */
export function applyLockToStack<T>(stack: T, path: PathSegment[], options: LockOptions): { stack: T; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const locked = mapStackReferences(
    stack,
    path,
    (ref, site) => {
      if (!isLockableReference(ref)) return ref;
      if (projectImageOf(ref, options.projectTags) !== undefined) {
        const entry = options.lock.images[ref];
        return entry ? `${ref}@${entry.digest}` : ref;
      }
      return pin(ref, site, [], options, diagnostics);
    },
    (image, at) => {
      const result = applyLockToImage(image, at, options);
      diagnostics.push(...result.diagnostics);
      return result.image;
    },
  );
  return { stack: locked, diagnostics };
}

function pin(ref: string, site: ReferenceSite, requested: readonly string[], options: LockOptions, diagnostics: Diagnostic[]): string {
  const entry = options.lock.images[ref];
  const source = sourceOf(site.node);
  const where = source ? { source } : {};
  if (!entry) {
    diagnostics.push(
      lockDiagnostic('DSL5950', `'${ref}' is not in ${options.file}, so it is written with its tag only`, site.path, {
        ...where,
        ...(options.frozen ? { severity: 'error' } : {}),
        hint: 'run `dsl lock` to resolve it and add it to the lock',
      }),
    );
    return ref;
  }
  for (const platform of requiredPlatforms(site, requested)) {
    if (offersPlatform(entry.platforms, platform)) continue;
    diagnostics.push(
      lockDiagnostic('DSL5951', `'${ref}' is locked to ${entry.digest.slice(0, 19)}…, which offers ${offered(entry)}, not ${platform}`, site.path, {
        ...where,
        hint: 'build for the platforms the base offers, or pick a base image that has this one',
      }),
    );
  }
  return `${ref}@${entry.digest}`;
}

/** The platforms a reference is pulled for: its own fixed one, or the build's when it follows the target. */
function requiredPlatforms(site: ReferenceSite, requested: readonly string[]): readonly string[] {
  if (site.platform === undefined) return site.kind === 'service' ? [] : requested;
  if (isLiteralPlatform(site.platform)) return [site.platform];
  return /\$\{?TARGETPLATFORM\b/.test(site.platform) ? requested : [];
}

function offered(entry: LockEntry): string {
  return entry.platforms.length > 0 ? entry.platforms.join(', ') : 'no known platform';
}
