import { relative } from 'node:path';
import { imageBuildInputs, secretSpec, sshSpec, type BakeImage } from '@dockerdsl/core/tooling';
import type { BuildFlags } from './build-flags.js';

/**
 * One `docker buildx bake` run: which bake file, which targets, where buildx writes its
 * metadata, and the entitlements to grant.
 *
 * @example
 * const invocation: BakeInvocation = { bakeFile: '/repo/.dsl/out/docker-bake.json', targets: ['api'], metadataFile: '/tmp/m.json', images };
 */
export interface BakeInvocation {
  bakeFile: string;
  /** More files bake reads after `bakeFile` (the host-network overlay of buildx before 0.17). */
  files?: readonly string[];
  targets: readonly string[];
  /** Every image of the plan (for declared secrets, ssh and caches). */
  images: readonly BakeImage[];
  metadataFile?: string;
  /** `--allow` values (buildx versions that let bake grant entitlements). */
  allow?: readonly string[];
  /** Add `--load` (a non-docker driver, one platform, no other output asked for). */
  autoLoad?: boolean;
}

/**
 * The arguments after `docker` that run a bake: the generated bake file, plain progress (which
 * `dsl` reads), the metadata file, the flags in bake's own syntax, and `--set` overrides for
 * what bake has no flag for. Lists the definitions declare (secrets, ssh, caches) are merged
 * with the command line's per target, because `--set` replaces a list. Run it from the folder
 * that holds the config (the bake file's paths are relative to it).
 *
 * @example
 * bakeArgs({ bakeFile: '/repo/.dsl/out/docker-bake.json', targets: ['api'], images }, { ...noBuildFlags, push: true }, '/repo');
 * // ['buildx', 'bake', '-f', '.dsl/out/docker-bake.json', '--progress', 'plain', '--push', 'api']
 */
export function bakeArgs(run: BakeInvocation, flags: BuildFlags, root: string): string[] {
  const args = ['buildx', 'bake'];
  if (flags.builder) args.push('--builder', flags.builder);
  for (const file of [run.bakeFile, ...(run.files ?? [])]) args.push('-f', relative(root, file) || file);
  args.push('--progress', 'plain');
  if (run.metadataFile) args.push('--metadata-file', run.metadataFile);
  const targets = run.images.filter((i) => run.targets.includes(i.image.name) || run.targets.some((t) => dependsOnDeep(run.images, t, i.image.name)));
  const merge = (key: string, declared: (item: BakeImage) => string[], extra: string[]): void => {
    if (extra.length === 0) return;
    if (targets.every((t) => declared(t).length === 0)) {
      for (const value of extra) args.push('--set', `*.${key}=${value}`);
      return;
    }
    for (const t of targets) for (const value of unique([...declared(t), ...extra])) args.push('--set', `${t.image.name}.${key}=${value}`);
  };
  const secretsOf = (t: BakeImage) => imageBuildInputs(t.image).secrets.filter((s) => !flags.secrets.some((c) => c.id === s.id)).map((s) => secretSpec(s));
  merge('secrets', secretsOf, flags.secrets.map((s) => secretSpec(s)));
  const sshOf = (t: BakeImage) => imageBuildInputs(t.image).ssh.filter((s) => !flags.ssh.some((c) => c.id === s.id)).map((s) => sshSpec(s));
  merge('ssh', sshOf, flags.ssh.map((s) => sshSpec(s)));
  merge('cache-from', (t) => t.image.cacheFrom ?? [], flags.cacheFrom);
  merge('cache-to', (t) => t.image.cacheTo ?? [], flags.cacheTo);
  if (flags.platforms?.length) args.push('--set', `*.platform=${flags.platforms.join(',')}`);
  for (const output of flags.outputs) args.push('--set', `*.output=${output}`);
  for (const s of flags.set) args.push('--set', s);
  if (flags.push) args.push('--push');
  if (flags.load || (run.autoLoad && !flags.push && flags.outputs.length === 0)) args.push('--load');
  if (flags.noCache) args.push('--no-cache');
  if (flags.pull) args.push('--pull');
  if (flags.sbom !== undefined) args.push(`--sbom=${flags.sbom}`);
  if (flags.provenance !== undefined) args.push(`--provenance=${flags.provenance}`);
  for (const entitlement of run.allow ?? []) args.push('--allow', entitlement);
  args.push(...run.targets);
  return args;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** Whether `name` is (transitively) a project image `target` is built from. */
function dependsOnDeep(images: readonly BakeImage[], target: string, name: string, seen = new Set<string>()): boolean {
  if (seen.has(target)) return false;
  seen.add(target);
  const item = images.find((i) => i.image.name === target);
  return item !== undefined && item.dependsOn.some((d) => d.image === name || dependsOnDeep(images, d.image, name, seen));
}
