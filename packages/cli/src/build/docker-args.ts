import type { BakeImage } from '../synth/bake-file.js';
import { resolveContext } from '../synth/bake-file.js';
import { imageTags } from '../synth/image-deps.js';

/**
 * Build settings from the command line, applied to every image.
 *
 * @example
 * const flags: BuildFlags = { platforms: ['linux/amd64'], builder: 'remote', cacheFrom: ['type=local,src=/tmp/c'] };
 */
export interface BuildFlags {
  platforms?: string[];
  push?: boolean;
  noCache?: boolean;
  pull?: boolean;
  builder?: string;
  cacheFrom?: string[];
  cacheTo?: string[];
}

/**
 * The `docker` arguments that build one image: `buildx build` when buildx is there (with plain
 * progress, which `dsl` parses), else the classic `build`. Tags, build args, target, platforms,
 * cache import/export and the builder come from the image and the flags; paths are absolute so
 * the command works from any folder.
 *
 * @example
 * dockerBuildArgs(api, '/repo', {}, true);
 * // ['buildx', 'build', '--progress', 'plain', '-f', '/repo/.dsl/out/api.Dockerfile', '-t', 'api:latest', '/repo']
 */
export function dockerBuildArgs(item: BakeImage, root: string, flags: BuildFlags, buildx: boolean): string[] {
  const { image } = item;
  const args = buildx ? ['buildx', 'build', '--progress', 'plain'] : ['build'];
  if (buildx && flags.builder) args.push('--builder', flags.builder);
  args.push('-f', item.dockerfile);
  for (const tag of imageTags(image)) args.push('-t', tag);
  for (const [key, value] of Object.entries(image.buildArgs ?? {})) args.push('--build-arg', `${key}=${value}`);
  if (item.target) args.push('--target', item.target);
  const platforms = flags.platforms ?? image.platforms ?? [];
  if (platforms.length > 0) args.push('--platform', platforms.join(','));
  if (buildx) {
    for (const ref of [...(image.cacheFrom ?? []), ...(flags.cacheFrom ?? [])]) args.push('--cache-from', ref);
    for (const ref of [...(image.cacheTo ?? []), ...(flags.cacheTo ?? [])]) args.push('--cache-to', ref);
    // A non-default builder keeps results in its own store: load them (or push) so later
    // images and `docker run` can use them.
    if (flags.push) args.push('--push');
    else if (flags.builder) args.push('--load');
  }
  if (flags.noCache) args.push('--no-cache');
  if (flags.pull) args.push('--pull');
  args.push(resolveContext(root, image));
  return args;
}

/**
 * The `docker push` commands the classic builder needs after building (buildx pushes itself).
 *
 * @example
 * pushArgs(api); // [['push', 'api:latest']]
 */
export function pushArgs(item: BakeImage): string[][] {
  return imageTags(item.image).map((tag) => ['push', tag]);
}
