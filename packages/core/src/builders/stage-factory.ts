import { captureSource } from '../model/source-location.js';
import type { Stage } from '../image/stage.js';
import { StageBuilder, type AnyStage } from './stage-builder.js';
import { fromRef, type StageOptions } from './stage-sources.js';

/**
 * Starts a stage handle.
 *
 * @param name - the stage name (`FROM … AS <name>`); leave it out for an unnamed stage
 * @param options - `from` (an image reference, a handle or `{ stage }`), `platform`, `comment`, `ignore`
 * @example
 * const build = stage('build', { from: 'node:22-bookworm' }).workdir('/app').copy(['package.json', 'package-lock.json'], './').run('npm ci');
 * const runtime = stage('runtime', { from: 'node:22-slim' }); // unnamed: stage({ from: 'scratch' })
 */
export function stage<Name extends string>(name: Name, options: StageOptions): StageBuilder<Name>;
export function stage(options: StageOptions): StageBuilder<never>;
export function stage(nameOrOptions: string | StageOptions, maybeOptions?: StageOptions): AnyStage {
  const [name, options] = typeof nameOrOptions === 'string' ? [nameOrOptions, maybeOptions!] : [undefined, nameOrOptions];
  const deps: AnyStage[] = [];
  const from = fromRef(options.from, deps);
  // Two literals rather than spreading a conditional `{ name }`: V8 builds these ~10× faster.
  const def: Stage = name === undefined ? { ...options, from, steps: [] } : { name, ...options, from, steps: [] };
  return new StageBuilder(captureSource(def), deps);
}

// The functions below reach members a handle keeps private so that completion on a handle offers
// only its steps; they call the handle's own methods, so handles of another copy of core work too.

/**
 * The plain stage object of a handle (made once, then the same object), or a plain stage as is.
 *
 * @param input - a stage handle or a plain stage
 * @example
 * toStage(build).steps.length;
 */
export function toStage(input: AnyStage | Stage): Stage {
  return input instanceof StageBuilder ? input['toStage']() : input;
}

/**
 * A copy of a handle under another name (for presets that stamp out several similar stages).
 *
 * @param handle - the stage handle
 * @param name - the new stage name
 * @example
 * const lint = renameStage(build, 'lint').run('npm run lint');
 */
export function renameStage<N extends string, Known extends string>(handle: StageBuilder<string, Known>, name: N): StageBuilder<N, Known> {
  return handle['named'](name);
}

/**
 * The stage handles a handle refers to (by `copyFrom`, `from` or mounts), so an image or preset
 * can bring them in.
 *
 * @param handle - the stage handle
 * @example
 * stageDependencies(runtime).map((s) => s.name); // ['build']
 */
export function stageDependencies(handle: AnyStage): readonly AnyStage[] {
  return handle['dependencies'];
}
