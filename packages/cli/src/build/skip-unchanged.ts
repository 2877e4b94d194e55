import type { BakeImage } from '@dockerdsl/core/tooling';
import type { BuildFlags } from './build-flags.js';
import { imageSettings, inputDigestLabel, projectInputDigests } from './input-digests.js';
import { localLabels, registryLabels, skipBlocker, unchangedImages, type LabelReader, type UnchangedImage } from './unchanged-images.js';

/**
 * What skipping decided for one run: every image's input digest (undefined when its inputs
 * could not be read), the images involved that are unchanged (selected ones and their project
 * dependencies), and why nothing is skipped when
 * the flags forbid it.
 *
 * @example
 * const s: SkipDecision = { digests: new Map([['api', 'sha256:…']]), unchanged: new Map(), blocker: '--no-skip' };
 */
export interface SkipDecision {
  digests: Map<string, string | undefined>;
  unchanged: Map<string, UnchangedImage>;
  blocker?: string;
}

/**
 * Computes the input digests and finds the images that need no build among the selected ones
 * and the project images they are built from: with `--push`
 * it looks in the registry (the lock's OCI client, docker's credentials), otherwise in the
 * local image store, which is where `--load` and the docker driver put images.
 *
 * @example
 * const { unchanged } = await decideSkips({ selected, all: plan.images, root: plan.root, flags, skip: true, env: process.env });
 */
export async function decideSkips(run: { selected: readonly BakeImage[]; all: readonly BakeImage[]; root: string; flags: BuildFlags; skip: boolean; env: NodeJS.ProcessEnv; read?: LabelReader }): Promise<SkipDecision> {
  const digests = projectInputDigests(run.all, run.root, imageSettings(run.flags));
  const blocker = skipBlocker(run.flags, run.skip);
  if (blocker !== undefined) return { digests, unchanged: new Map(), blocker };
  const read = run.read ?? (run.flags.push ? await registryReader(run.env) : localLabels);
  return { digests, unchanged: await unchangedImages(involvedImages(run.selected, run.all), digests, read, run.flags.push) };
}

/**
 * The `--set` values for one bake of `targets`: each image bake builds — the targets and the
 * project images they are built from, which bake builds (from its cache when unchanged) and
 * exports again through their `target:` contexts — gets its input digest as a label; and with
 * `--push`, an unchanged dependency found in the registry is given to its dependents as that
 * exact image (`docker-image://name@digest`), so bake neither rebuilds nor pushes it again.
 * They go before the user's own `--set`, which win.
 *
 * @example
 * skipSets(['app'], plan.images, decision); // ['app.labels.dev.dockerdsl.input-digest=sha256:…', 'base.labels.…']
 */
export function skipSets(targets: readonly string[], all: readonly BakeImage[], decision: SkipDecision): string[] {
  const byName = new Map(all.map((i) => [i.image.name, i] as const));
  const pinned = (name: string): boolean => decision.unchanged.get(name)?.pushed === true;
  const built = new Set<string>();
  const visit = (name: string): void => {
    if (built.has(name) || !byName.has(name)) return;
    built.add(name);
    for (const dep of byName.get(name)!.dependsOn) if (!pinned(dep.image)) visit(dep.image);
  };
  targets.forEach(visit);
  const sets: string[] = [];
  for (const name of built) {
    const digest = decision.digests.get(name);
    if (digest !== undefined) sets.push(`${name}.labels.${inputDigestLabel}=${digest}`);
    for (const dep of byName.get(name)!.dependsOn) {
      const found = decision.unchanged.get(dep.image);
      if (found?.pushed && found.names[0] !== undefined) sets.push(`${name}.contexts.${dep.ref}=docker-image://${withoutTag(found.names[0])}@${found.digest}`);
    }
  }
  return sets;
}

/**
 * The images a build of `selected` involves: them and, transitively, the project images they
 * are built from (those are looked up too, so an unchanged one can be pinned).
 *
 * @example
 * involvedImages([app], plan.images).map((i) => i.image.name); // ['base', 'app']
 */
export function involvedImages(selected: readonly BakeImage[], all: readonly BakeImage[]): BakeImage[] {
  const byName = new Map(all.map((i) => [i.image.name, i] as const));
  const names = new Set<string>();
  const visit = (name: string): void => {
    if (names.has(name) || !byName.has(name)) return;
    names.add(name);
    byName.get(name)!.dependsOn.forEach((d) => visit(d.image));
  };
  selected.forEach((i) => visit(i.image.name));
  return all.filter((i) => names.has(i.image.name));
}

/** A reference without its tag (a registry port's colon stays). */
function withoutTag(ref: string): string {
  const at = ref.lastIndexOf('/');
  const colon = ref.lastIndexOf(':');
  return colon > at ? ref.slice(0, colon) : ref;
}

// The registry client (and its HTTP stack) loads only for `--push`.
async function registryReader(env: NodeJS.ProcessEnv): Promise<LabelReader> {
  const [{ RegistryClient }, { registryCredentials }] = await Promise.all([import('../lock/registry-client.js'), import('../lock/docker-credentials.js')]);
  return registryLabels(new RegistryClient({ credentials: (registry) => registryCredentials(registry, env), timeoutMs: 10_000 }));
}
