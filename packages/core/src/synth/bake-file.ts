import { relative, resolve, sep } from 'node:path';
import { bakeContextValue } from '../build-inputs/build-context.js';
import { imageBuildInputs } from '../resolve/image-build-inputs.js';
import { secretSpec } from '../build-inputs/build-secret.js';
import { sshSpec } from '../build-inputs/ssh-agent.js';
import type { Image } from '../image/image.js';
import { imageTags } from './image-deps.js';

/**
 * One image as the bake file and `dsl build` need it.
 *
 * @example
 * const item: BakeImage = { image, dockerfile: '/repo/.dsl/out/api.Dockerfile', dependsOn: [{ image: 'base', ref: 'acme/base:dev' }] };
 */
export interface BakeImage {
  image: Image;
  /** Absolute path of the generated Dockerfile. */
  dockerfile: string;
  /** The stage to build, when not the last one. */
  target?: string;
  /** Images of the project it depends on, with the reference that names them. */
  dependsOn: { image: string; ref: string }[];
}

const posix = (p: string): string => (p === '' ? '.' : p.split(sep).join('/'));

/**
 * The `docker-bake.json` text: a `default` group with every image, and per image its context,
 * Dockerfile (relative to the context), tags, args, platforms, target, cache settings,
 * `contexts` (named contexts, and image-to-image references pointed at the other target, so
 * BuildKit resolves them without the local image store), build inputs (`secret` and `ssh` as
 * sources, never values; `entitlements`) and supply chain (`attest`, `annotations`). Paths are
 * relative to `root` (the folder holding the config): run
 * `docker buildx bake -f <out>/docker-bake.json` from there.
 *
 * @example
 * bakeFile([{ image, dockerfile: '/repo/.dsl/out/api.Dockerfile', dependsOn: [] }], '/repo');
 */
export function bakeFile(images: readonly BakeImage[], root: string): string {
  const target: Record<string, Record<string, unknown>> = {};
  for (const { image, dockerfile, target: stage, dependsOn } of images) {
    const context = posix(relative(root, resolveContext(root, image)));
    const entry: Record<string, unknown> = {
      context,
      dockerfile: posix(relative(resolveContext(root, image), dockerfile)),
      tags: imageTags(image),
    };
    if (image.buildArgs && Object.keys(image.buildArgs).length > 0) entry.args = image.buildArgs;
    if (image.platforms?.length) entry.platforms = image.platforms;
    if (stage) entry.target = stage;
    const inputs = imageBuildInputs(image);
    const fromRoot = (p: string): string => posix(relative(root, resolve(root, p)));
    const contexts = [...inputs.contexts.map((c) => [c.name, bakeContextValue(c, fromRoot)] as const), ...dependsOn.map((d) => [d.ref, `target:${d.image}`] as const)];
    if (contexts.length > 0) entry.contexts = Object.fromEntries(contexts);
    if (image.cacheFrom?.length) entry['cache-from'] = image.cacheFrom;
    if (image.cacheTo?.length) entry['cache-to'] = image.cacheTo;
    if (inputs.secrets.length > 0) entry.secret = inputs.secrets.map((x) => secretSpec(x, fromRoot));
    if (inputs.ssh.length > 0) entry.ssh = inputs.ssh.map((x) => sshSpec(x, fromRoot));
    if (inputs.entitlements.length > 0) entry.entitlements = inputs.entitlements;
    Object.assign(entry, supplyChainEntry(image));
    target[image.name] = entry;
  }
  const names = images.map((i) => i.image.name);
  return `${JSON.stringify({ group: { default: { targets: names } }, target }, null, 2)}\n`;
}

/**
 * The absolute build context of an image (its `context`, relative to the config's folder).
 *
 * @example
 * resolveContext('/repo', { name: 'api', context: 'services/api', stages: [] }); // '/repo/services/api'
 */
export function resolveContext(root: string, image: Image): string {
  return resolve(root, image.context ?? '.');
}

/**
 * A target's supply-chain attributes: `attest` entries for SBOM and provenance, and
 * `annotations` as `key=value`.
 *
 * @example
 * supplyChainEntry({ name: 'a', stages: [], supplyChain: { sbom: true, provenance: 'max' } });
 * // { attest: ['type=sbom', 'type=provenance,mode=max'] }
 */
export function supplyChainEntry(image: Image): { attest?: string[]; annotations?: string[] } {
  const chain = image.supplyChain ?? {};
  const attest = [...(chain.sbom !== undefined ? [chain.sbom ? 'type=sbom' : 'type=sbom,disabled=true'] : []), ...(chain.provenance !== undefined ? [chain.provenance === false ? 'type=provenance,disabled=true' : `type=provenance,mode=${chain.provenance}`] : [])];
  const annotations = Object.entries(chain.annotations ?? {}).map(([k, v]) => `${k}=${v}`);
  return { ...(attest.length > 0 ? { attest } : {}), ...(annotations.length > 0 ? { annotations } : {}) };
}
