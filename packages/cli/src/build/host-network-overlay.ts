import { imageBuildInputs, type BakeImage } from '@dockerdsl/core/tooling';

/** The Compose file `dsl build` writes beside `docker-bake.json` for buildx before 0.17. */
export const hostNetworkOverlayName = 'dsl-build.host-network.yaml';

/** The overlay's first line: `dsl build` removes only a file that starts with it. */
export const hostNetworkOverlayHeader = '# Written by dsl build for buildx before 0.17: bake grants network.host only through build.network.\n';

/**
 * Whether bake grants entitlements itself (`--allow`, the `entitlements` field): buildx 0.17 on.
 *
 * @example
 * bakeGrantsEntitlements([0, 13, 1]); // false
 */
export function bakeGrantsEntitlements(version: readonly number[]): boolean {
  return version[0]! > 0 || version[1]! >= 17;
}

/**
 * A Compose file that, read by `docker buildx bake` together with `docker-bake.json`, grants
 * `network.host` to the images that declare it, on buildx before 0.17: there bake has neither
 * `--allow` nor an `entitlements` field, and a Compose service's `build.network: host` is its
 * only way to ask for the entitlement (it also makes host the image's default RUN network).
 * Bake merges the file's services into the targets of the same name. Undefined when no image
 * needs it.
 *
 * @example
 * hostNetworkOverlay(plan.images);
 * // 'services:\n  "fetcher":\n    build:\n      network: host\n'
 */
export function hostNetworkOverlay(images: readonly BakeImage[]): string | undefined {
  const names = images.filter((i) => imageBuildInputs(i.image).entitlements.includes('network.host')).map((i) => i.image.name);
  if (names.length === 0) return undefined;
  // JSON strings are YAML double-quoted scalars: any image name is written safely.
  const services = names.map((name) => `  ${JSON.stringify(name)}:\n    build:\n      network: host\n`).join('');
  return `${hostNetworkOverlayHeader}services:\n${services}`;
}
