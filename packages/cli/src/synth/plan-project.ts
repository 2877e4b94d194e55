import { lockFileName } from '@dockerdsl/core/tooling';
import { loadProject, type Project } from '../config/load-project.js';
import { lockInUse, readProjectLock } from '../lock/read-lock.js';
import { planSynth, synthOutDir, type PlanOptions, type SynthPlan } from './plan-synth.js';
import { readPushedImages } from './pushed-images.js';

/**
 * Options of `planProject`: those of `planSynth`, and how to use the project's lock.
 *
 * @example
 * const o: ProjectPlanOptions = { frozen: true, platforms: ['linux/arm64'] };
 */
export interface ProjectPlanOptions extends Omit<PlanOptions, 'lock' | 'pushed'> {
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
 * Loads the project's config — evaluated once, so a config's side effects happen once — and
 * plans synth from it with the project's lock.
 *
 * @example
 * const { plan } = await planProject(process.cwd(), undefined, { outDir: 'docker' });
 */
export async function planProject(cwd: string, explicitConfig: string | undefined, options: ProjectPlanOptions = {}): Promise<Project & { plan: SynthPlan }> {
  const project = await loadProject(cwd, explicitConfig);
  const read = readProjectLock(project.configFile);
  const lock = lockInUse(read, options.frozen === true);
  const { frozen, platforms, pinPushed, ...rest } = options;
  const pushed = pinPushed === false ? {} : readPushedImages(synthOutDir(project.config, project.configFile, rest));
  const planOptions: PlanOptions = { ...rest, ...(lock ? { lock: { lock, file: lockFileName, frozen: frozen === true, ...(platforms ? { platforms } : {}) } } : {}), ...(Object.keys(pushed).length > 0 ? { pushed } : {}) };
  const plan = planSynth(project.config, project.configFile, planOptions);
  // A lock file that cannot be read stops synth: building from tags would hide it.
  if (read.diagnostics.length > 0) return { ...project, plan: { ...plan, diagnostics: [...read.diagnostics, ...plan.diagnostics], ok: false } };
  return { ...project, plan };
}
