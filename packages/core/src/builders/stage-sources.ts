import type { Mount } from '../instructions/mount.js';
import type { RunOptions } from '../instructions/run.js';
import type { ContextRef, CopySource, ImageRef, StageRef } from '../model/references.js';
import type { Stage, Suppressions } from '../image/stage.js';

/** Marks stage handles of every copy of core (on the prototype; `in` finds it there). */
export const stageBuilderBrand = Symbol.for('dockerdsl.StageBuilder');

/**
 * What every stage handle is, whatever its name and the names it knows: the brand marks it
 * (no plain object has it), the name is what a reference to it becomes. `AnyStage` is the
 * full handle type; this shape lets the types below name handles without the builder class.
 *
 * @example
 * const handle: StageHandle = stage('build', { from: 'golang:1.22' });
 */
export interface StageHandle {
  /** @internal */
  readonly [stageBuilderBrand]: true;
  readonly name: string;
}

/**
 * Where `copyFrom` and mounts may take files from: a stage handle, a stage name the image
 * already has (checked by the type system), an image or a named context.
 *
 * @example
 * const from: StageSource<'build'> = { image: 'busybox:1.36' };
 */
export type StageSource<Known extends string> = Known | StageHandle | StageRef<Known> | ImageRef | ContextRef;

/**
 * What a stage may start FROM: an image reference, a stage handle or a known stage.
 *
 * @example
 * const from: FromSource<'deps'> = { stage: 'deps' };
 */
export type FromSource<Known extends string> = string | StageHandle | StageRef<Known>;

/**
 * Settings of a stage besides its steps.
 *
 * @example
 * const options: StageOptions = { from: 'golang:1.22', platform: 'linux/amd64', comment: 'compiles the server' };
 */
export interface StageOptions<Known extends string = never> {
  /**
   * The base: an image reference, a stage handle or `{ stage }` of an earlier stage.
   * @example from: 'node:22-slim'
   */
  from: FromSource<Known>;
  /**
   * `FROM --platform=…`, e.g. for a stage that cross-compiles on the build machine.
   * @example platform: '$BUILDPLATFORM'
   */
  platform?: string;
  /**
   * A comment line written above the stage's FROM.
   * @example comment: 'compiles the server'
   */
  comment?: string;
  /**
   * Rules not to report for this stage, each with the reason.
   * @example ignore: { DSL3010: 'the tool needs root' }
   */
  ignore?: Suppressions;
}

type WithStageFrom<M, Known extends string> = M extends { from?: CopySource } ? Omit<M, 'from'> & { from?: StageSource<Known> } : M;

/**
 * A mount whose `from` is a stage handle or a stage the image already has (checked by the type system).
 *
 * @example
 * const m: MountInput<'deps'> = { type: 'bind', target: '/go/pkg', from: 'deps' };
 */
export type MountInput<Known extends string = string> = WithStageFrom<Mount, Known>;

/**
 * RUN options whose mounts may name stage handles.
 *
 * @example
 * const options: RunInput = { mounts: [cache('/root/.cache/go-build')], network: 'none' };
 */
export type RunInput<Known extends string = string> = Omit<RunOptions, 'mounts'> & { mounts?: MountInput<Known>[] };

/** Whether `value` is a stage handle (of any copy of core). */
export function isStageHandle(value: unknown): value is StageHandle {
  return typeof value === 'object' && value !== null && stageBuilderBrand in value;
}

function remember(handle: StageHandle, deps: StageHandle[]): void {
  if (!deps.includes(handle)) deps.push(handle);
}

/** A copy source as the model holds it; a handle is recorded in `deps` and becomes `{ stage }`. */
export function sourceRef(source: StageSource<string>, deps: StageHandle[]): CopySource {
  if (isStageHandle(source)) {
    remember(source, deps);
    return { stage: source.name ?? '' };
  }
  return typeof source === 'string' ? { stage: source } : source;
}

/** A FROM source as the model holds it; a handle is recorded in `deps` and becomes `{ stage }`. */
export function fromRef(source: FromSource<string>, deps: StageHandle[]): Stage['from'] {
  if (isStageHandle(source)) {
    remember(source, deps);
    return { stage: source.name ?? '' };
  }
  return source;
}

/** RUN options as the model holds them: mounts from handles become `{ stage }`. */
export function normaliseRun(options: RunInput, deps: StageHandle[]): RunOptions {
  if (!options.mounts) return options as RunOptions;
  const mounts = options.mounts.map((m) => ('from' in m && m.from !== undefined ? { ...m, from: sourceRef(m.from, deps) } : m)) as Mount[];
  return { ...options, mounts };
}
