import { resolve } from 'node:path';
import { synthProject, type SynthOptions, type SynthResult } from '@dockerdsl/core';
import { lockFileName, synthOutDir } from '@dockerdsl/core/tooling';
import { loadProject, type Project } from '../config/load-project.js';
import { lockInUse, readProjectLock } from '../lock/read-lock.js';
import { missingContextSources } from './missing-sources.js';
import { readPushedImages } from './pushed-images.js';

/**
 * Options of `planProject`: where the files go, and how to use the project's lock and build
 * record.
 *
 * @example
 * const o: ProjectPlanOptions = { outDir: 'docker', cwd: process.cwd(), frozen: true, platforms: ['linux/arm64'] };
 */
export interface ProjectPlanOptions {
  /** Output folder (`--out`), relative to `cwd` (default: the config's `outDir`, else `.dsl/out` next to the config). */
  outDir?: string;
  /** The folder `outDir` is relative to (default: the process's working directory). */
  cwd?: string;
  /** A reference missing from `dsl.lock.json` is an error (a missing lock file then counts as an empty one). */
  frozen?: boolean;
  /** Platforms asked for on the command line, checked against the locked base images. */
  platforms?: readonly string[];
  /**
   * Pin Compose services that run a project image to the digest the last `dsl build --push`
   * recorded in the output folder (`dsl-build.json`). Default true; `--no-pin-pushed` turns it off.
   */
  pinPushed?: boolean;
}

/**
 * Loads the project's config — evaluated once, so a config's side effects happen once — reads
 * what synth needs from disk (the lock, the build record) and runs core's `synthProject` on it,
 * looking for `COPY` sources missing from the build contexts on disk. Nothing is written.
 *
 * @example
 * const { plan } = await planProject(process.cwd(), undefined, { outDir: 'docker' });
 * if (plan.ok) writeSynth(plan);
 */
export async function planProject(cwd: string, explicitConfig: string | undefined, options: ProjectPlanOptions = {}): Promise<Project & { plan: SynthResult }> {
  const project = await loadProject(cwd, explicitConfig);
  const { config, configFile } = project;
  const read = readProjectLock(configFile);
  const lock = lockInUse(read, options.frozen === true);
  const outDir = options.outDir === undefined ? undefined : resolve(options.cwd ?? process.cwd(), options.outDir);
  const pushed = options.pinPushed === false ? {} : readPushedImages(synthOutDir(config, configFile, outDir));
  const synthOptions: SynthOptions = {
    configFile,
    ...(outDir !== undefined ? { outDir } : {}),
    ...(lock ? { lock: { lock, file: lockFileName, frozen: options.frozen === true, ...(options.platforms ? { platforms: options.platforms } : {}) } } : {}),
    ...(Object.keys(pushed).length > 0 ? { pushed } : {}),
    validateContexts: missingContextSources,
  };
  const plan = synthProject(config, synthOptions);
  // A lock file that cannot be read stops synth: building from tags would hide it.
  if (read.diagnostics.length > 0) return { ...project, plan: { ...plan, diagnostics: [...read.diagnostics, ...plan.diagnostics], ok: false } };
  return { ...project, plan };
}
