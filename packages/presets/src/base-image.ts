import { z } from 'zod';
import type { AnyStage, RunInstruction } from '@dockerdsl/core';
import { aptInstall } from './apt.js';

/**
 * A base image for a preset stage, with the Debian packages to add when the image lacks the
 * toolchain (a plain `debian:bookworm-slim` instead of `golang:…`, or a local mirror of it).
 *
 * @example
 * const build: BaseImage = { image: 'debian:bookworm-slim', aptPackages: ['golang-go', 'ca-certificates'] };
 */
export interface BaseImage {
  /** The image reference: `name:tag`, `name@sha256:…` or `name:tag@sha256:…`. */
  image: string;
  /** Debian packages installed first (`apt-get install --no-install-recommends`, lists removed). Default none. */
  aptPackages?: readonly string[];
}

/**
 * A base image as a preset parameter: a reference string, or a reference plus packages.
 *
 * @example
 * const bases: BaseImageInput[] = ['node:22-bookworm-slim', { image: 'debian:bookworm-slim', aptPackages: ['nodejs'] }];
 */
export type BaseImageInput = string | BaseImage;

/**
 * Schema of a base-image parameter (references are single words; packages are Debian names).
 *
 * @example
 * baseImageSchema.safeParse('node 22').success; // false
 */
export const baseImageSchema = z.union([
  z.string().regex(/^\S+$/, { error: 'an image reference is one word such as node:22-bookworm-slim or name@sha256:…' }),
  z.strictObject({
    image: z.string().regex(/^\S+$/, { error: 'an image reference is one word such as node:22-bookworm-slim or name@sha256:…' }),
    aptPackages: z.array(z.string().regex(/^[a-z0-9][a-z0-9+.:~=-]*$/, { error: 'a Debian package name such as ca-certificates or curl=7.88.1-10' })).optional(),
  }),
]);

/**
 * The reference and packages of a base-image parameter.
 *
 * @param input - an image reference, or `{ name, tag, digest }` to pin it
 * @example
 * baseImage('node:22-bookworm'); // { image: 'node:22-bookworm', aptPackages: [] }
 */
export function baseImage(input: BaseImageInput): Required<BaseImage> {
  return typeof input === 'string' ? { image: input, aptPackages: [] } : { image: input.image, aptPackages: input.aptPackages ?? [] };
}

/**
 * Builds an image reference pinned by tag, digest or both, so presets can take bases that are
 * reproducible byte for byte.
 *
 * @param name - the image name (`node`)
 * @param version - its `tag`, its `digest`, or both
 * @example
 * pin('node', { tag: '22-bookworm-slim', digest: 'sha256:' + 'a'.repeat(64) }); // 'node:22-bookworm-slim@sha256:aaa…'
 */
export function pin(name: string, version: { tag?: string; digest?: string }): string {
  if (version.digest !== undefined && !/^sha256:[a-f0-9]{64}$/.test(version.digest)) {
    throw new TypeError(`pin(): '${version.digest}' is not a sha256 digest (sha256: followed by 64 hex digits)`);
  }
  if (version.tag !== undefined && !/^[\w][\w.-]{0,127}$/.test(version.tag)) {
    throw new TypeError(`pin(): '${version.tag}' is not a valid tag`);
  }
  return `${name}${version.tag === undefined ? '' : `:${version.tag}`}${version.digest === undefined ? '' : `@${version.digest}`}`;
}

/**
 * Adds the base image's packages (if any) to a fresh stage.
 *
 * @param handle - the stage to install into
 * @param packages - Debian packages to install; none leaves the stage as is
 * @example
 * withBasePackages(stage('build', { from: 'debian:bookworm-slim' }), ['golang-go']);
 */
export function withBasePackages<S extends AnyStage>(handle: S, packages: readonly string[]): S {
  if (packages.length === 0) return handle;
  const step: RunInstruction = aptInstall(packages);
  return handle.step(step) as S;
}
