import { cache, run, type RunInstruction } from '@dockerdsl/core';

/**
 * Options of `aptInstall`.
 *
 * @example
 * aptInstall(['curl'], { cacheMount: false } satisfies AptInstallOptions);
 */
export interface AptInstallOptions {
  /**
   * Keep downloaded `.deb` files in a BuildKit cache mount on `/var/cache/apt` (shared between
   * builds, `sharing=locked` because apt takes a lock there). Default `true`.
   */
  cacheMount?: boolean;
}

/**
 * One `RUN` that updates the package lists, installs without recommended packages and removes
 * the lists again, so the layer holds only the packages.
 *
 * @param packages - Debian packages, optionally pinned (`curl=7.88.1-10+deb12u8`)
 * @param options - `cacheMount` (keep apt's downloads in a cache mount)
 * @example
 * aptInstall(['ca-certificates', 'curl']);
 * // RUN --mount=type=cache,target=/var/cache/apt,sharing=locked apt-get update && apt-get install -y --no-install-recommends ca-certificates curl && rm -rf /var/lib/apt/lists/*
 */
export function aptInstall(packages: readonly string[], options: AptInstallOptions = {}): RunInstruction {
  if (packages.length === 0) throw new TypeError('aptInstall() needs at least one package');
  const sorted = [...new Set(packages)].sort();
  const command = `apt-get update && apt-get install -y --no-install-recommends ${sorted.join(' ')} && rm -rf /var/lib/apt/lists/*`;
  return options.cacheMount === false ? run(command) : run(command, { mounts: [cache('/var/cache/apt', { sharing: 'locked' })] });
}
