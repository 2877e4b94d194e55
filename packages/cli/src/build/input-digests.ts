import { readFileSync } from 'node:fs';
import { resolveContext, type BakeImage } from '@dockerdsl/core/tooling';
import { collectImageInputs, inputDigest } from '../plan/input-digest.js';
import type { BuildFlags } from './build-flags.js';

/** The OCI label `dsl build` records each image's input digest in. */
export const inputDigestLabel = 'dev.dockerdsl.input-digest';

/**
 * The command-line settings that change what an image is, as the input digest takes them:
 * `--platform`, `--set` (in order: the last wins), `--sbom` and `--provenance`. Secrets, SSH
 * sockets, caches, the builder and the output are not: they change how an image is built or
 * where it goes, not what it is.
 *
 * @example
 * imageSettings({ ...noBuildFlags, platforms: ['linux/arm64'] }); // ['platform=linux/arm64']
 */
export function imageSettings(flags: BuildFlags): string[] {
  return [
    ...(flags.platforms?.length ? [`platform=${flags.platforms.join(',')}`] : []),
    ...flags.set.map((s) => `set=${s}`),
    ...(flags.sbom !== undefined ? [`sbom=${flags.sbom}`] : []),
    ...(flags.provenance !== undefined ? [`provenance=${flags.provenance}`] : []),
  ];
}

/**
 * The input digest of every image of the plan, computed from its dependencies up: an image
 * built FROM (or with a context of) another project image takes that image's input digest as
 * an input, so a change anywhere below it changes its digest too. An image whose inputs cannot
 * be read (a context folder that is missing, a file that vanished mid-walk) gets no digest —
 * it is then always built, and the build reports the problem.
 *
 * @example
 * projectInputDigests(plan.images, plan.root, []).get('app'); // 'sha256:4c1f…'
 */
export function projectInputDigests(images: readonly BakeImage[], root: string, settings: readonly string[]): Map<string, string | undefined> {
  const byName = new Map(images.map((i) => [i.image.name, i] as const));
  const digests = new Map<string, string | undefined>();
  const visit = (name: string, path: ReadonlySet<string>): string | undefined => {
    if (digests.has(name)) return digests.get(name);
    const item = byName.get(name);
    if (item === undefined || path.has(name)) return undefined;
    const inner = new Set(path).add(name);
    const upstream = item.dependsOn.map((d) => [d.ref, visit(d.image, inner)] as const);
    let digest: string | undefined;
    if (upstream.every(([, d]) => d !== undefined)) {
      try {
        const dockerfile = readFileSync(item.dockerfile, 'utf8');
        const projectImages = new Map(upstream as (readonly [string, string])[]);
        digest = inputDigest(collectImageInputs({ image: item.image, dockerfile, contextDir: resolveContext(root, item.image), ...(item.target ? { target: item.target } : {}), projectImages, root, settings }));
      } catch {
        digest = undefined;
      }
    }
    digests.set(name, digest);
    return digest;
  };
  for (const item of images) visit(item.image.name, new Set());
  return digests;
}
