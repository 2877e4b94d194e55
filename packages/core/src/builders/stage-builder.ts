import type { Instruction } from '../instructions/index.js';
import { copy, type CopyOptions, type FileSource } from '../instructions/copy.js';
import { run, script } from '../instructions/run.js';
import type { ExecForm } from '../model/exec-form.js';
import type { StageRef } from '../model/references.js';
import { inheritSource } from '../model/source-location.js';
import type { Stage } from '../image/stage.js';
import type { ValidatedMounts } from './valid-mounts.js';
import type { ValidStageSource } from './valid-stage-source.js';
import { StageInstructions } from './stage-instructions.js';
import { fromRef, isStageHandle, normaliseRun, sourceRef, stageBuilderBrand, type FromSource, type MountInput, type RunInput, type StageOptions, type StageSource } from './stage-sources.js';

export type { FromSource, MountInput, RunInput, StageHandle, StageOptions, StageSource } from './stage-sources.js';

/**
 * Any stage handle, whatever its name and the names it knows.
 *
 * @example
 * const stages: AnyStage[] = [build, runtime];
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyStage = StageBuilder<string, any>;

/** RUN options whose mounts' `from` stages are validated against the stages the image has. */
type ValidatedRunInput<M extends readonly MountInput<string>[], Known extends string> = Omit<RunInput<Known>, 'mounts'> & { mounts?: ValidatedMounts<M, Known> };

/**
 * A stage handle: an immutable builder for one stage. Every method returns a new handle with
 * one more step; handles are passed to `copyFrom`, `from` and mounts so references cannot be
 * misspelt, and an image built from a handle brings in the stages it depends on.
 *
 * @example
 * const build = stage('build', { from: 'golang:1.22' }).workdir('/src').copy('.', '.').run('go build -o /out/app .');
 * const runtime = stage('runtime', { from: 'scratch' }).copyFrom(build, '/out/app', '/app').entrypoint(['/app']);
 */
export class StageBuilder<Name extends string = string, Known extends string = never> extends StageInstructions<StageBuilder<Name, Known>> implements StageRef<Name> {
  /**
   * `instanceof` that also recognises handles made by another copy of @dockerdsl/core (the CLI's
   * bundled copy, a second install under a preset package): handles travel between packages.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return isStageHandle(value);
  }

  /** @internal The brand of every handle (set on the prototype, after the class). */
  declare readonly [stageBuilderBrand]: true;

  /** The plain stage, made on first `toStage()` and then kept (images key stages by identity). */
  private stageObject: Stage | undefined;

  /**
   * @internal
   * `steps` is a log shared along a chain of handles: a handle owns its first `length` entries,
   * and appending pushes in place when no other handle has appended after them yet (else it
   * copies). A chain of n steps thus costs O(n), not the O(n²) of copying on every step.
   * `dependencies` (the handles this stage refers to), `toStage` and `named` are private so
   * completion offers only steps; `stageDependencies`, `toStage()` and `renameStage()` reach them.
   */
  constructor(
    private readonly settings: Stage,
    private readonly dependencies: readonly AnyStage[] = [],
    private readonly steps: Instruction[] = [],
    private readonly length: number = steps.length,
  ) {
    super();
  }

  /** The stage name (`FROM … AS <name>`). */
  get name(): Name {
    return this.settings.name as Name;
  }

  /** The stage name, so a handle is also a `{ stage }` reference. */
  get stage(): Name {
    return this.settings.name as Name;
  }

  /**
   * Adds instructions as they are (plain instruction objects), for what no method covers.
   *
   * @param steps - instruction objects, e.g. from `run()` or `copy()` of `@dockerdsl/core`
   * @example
   * stage('x', { from: 'busybox:1.36' }).step({ kind: 'workdir', path: '/app' });
   */
  step(...steps: Instruction[]): StageBuilder<Name, Known> {
    return this.append(steps, this.dependencies);
  }

  /**
   * A copy with other settings (base, platform, comment, suppressions); the steps stay.
   *
   * @param options - the settings to change
   * @example
   * build.with({ platform: '$BUILDPLATFORM', comment: 'compiles for every target platform' });
   */
  with(options: Partial<StageOptions<Known>>): StageBuilder<Name, Known> {
    const deps = [...this.dependencies];
    const next: Stage = { ...this.settings, ...options, from: options.from === undefined ? this.settings.from : fromRef(options.from, deps) };
    return new StageBuilder(inheritSource(next, this.settings), deps, this.steps, this.length);
  }

  /** A copy under another name (reached through `renameStage`). */
  private named<N extends string>(name: N): StageBuilder<N, Known> {
    return new StageBuilder(inheritSource({ ...this.settings, name }, this.settings), this.dependencies, this.steps, this.length);
  }

  /**
   * `RUN`: a shell command (a string) or an exec-form command (a tuple), with mounts, network
   * and security options.
   *
   * @param command - `'npm ci'` runs in the shell; `['npm', 'ci']` runs without one
   * @typeParam M - the mounts as written; each one's `from` must be a handle or a stage the image already has
   * @param options - `mounts` (cache, bind, secret, ssh, tmpfs), `network`, `security`, `comment`
   * @example
   * s.run('npm ci', { mounts: [cache('/root/.npm')] });
   */
  run<const M extends readonly MountInput<string>[] = []>(command: string | ExecForm, options: ValidatedRunInput<M, Known> = {}): StageBuilder<Name, Known> {
    const deps = [...this.dependencies];
    return this.appendStep(run(command, normaliseRun(options as RunInput, deps)), deps);
  }

  /**
   * `RUN <<EOF`: a multi-line script as a heredoc, optionally fed to a program such as `bash`.
   *
   * @param body - the script, one command per line
   * @typeParam M - the mounts as written; each one's `from` must be a handle or a stage the image already has
   * @param options - RUN options, plus `program` (reads the script) and `quoted` (no expansion by the builder)
   * @example
   * s.script('set -e\napt-get update\napt-get install -y --no-install-recommends curl', { program: 'bash' });
   */
  script<const M extends readonly MountInput<string>[] = []>(body: string, options: ValidatedRunInput<M, Known> & { program?: string; quoted?: boolean } = {}): StageBuilder<Name, Known> {
    const deps = [...this.dependencies];
    return this.appendStep(script(body, normaliseRun(options as RunInput, deps)), deps);
  }

  /**
   * `COPY` from the build context (or, with `from`, from a stage, an image or a named context).
   *
   * @param sources - paths in the context (globs allowed), or inline files `{ heredoc }`
   * @param destination - the path in the image; ends with `/` for a folder
   * @param options - `chown`, `chmod`, `link`, `exclude`, `parents`, `from`
   * @example
   * s.copy(['package.json', 'package-lock.json'], './', { chown: 'node:node' });
   */
  copy<const F extends StageSource<string> = never>(sources: FileSource | readonly FileSource[], destination: string, options: Omit<CopyOptions, 'from'> & { from?: F & ValidStageSource<F, Known> } = {}): StageBuilder<Name, Known> {
    const deps = [...this.dependencies];
    return this.appendStep(copy(sources, destination, options.from === undefined ? (options as CopyOptions) : { ...options, from: sourceRef(options.from, deps) }), deps);
  }

  /**
   * `COPY --from=<stage>`: files from another stage, an image or a named context.
   *
   * @param source - a stage handle (best: it cannot be misspelt), the name of a stage the image already has, `{ image }` or `{ context }`
   * @param sources - paths in the source
   * @param destination - the path in this stage
   * @param options - `chown`, `chmod`, `link`, `exclude`, `parents`
   * @example
   * runtime.copyFrom(build, '/out/app', '/usr/local/bin/app', { chmod: '0755' });
   */
  copyFrom<const S extends StageSource<string>>(source: S & ValidStageSource<S, Known>, sources: string | readonly string[], destination: string, options: Omit<CopyOptions, 'from'> = {}): StageBuilder<Name, Known> {
    const deps = [...this.dependencies];
    return this.appendStep(copy(sources, destination, { ...options, from: sourceRef(source as StageSource<string>, deps) }), deps);
  }

  /** The plain stage object (reached through `toStage()`). */
  private toStage(): Stage {
    if (this.stageObject) return this.stageObject;
    return (this.stageObject = inheritSource({ ...this.settings, steps: this.steps.slice(0, this.length) }, this.settings));
  }

  // The methods that take stage references call their instruction factory themselves (no
  // callback): the factory captures the source location, and every frame between it and the
  // user's call is one more frame each capture has to walk.
  /** Appends one step made with `deps`, a copy of the dependencies the step may have added to. */
  private appendStep(step: Instruction, deps: readonly AnyStage[]): StageBuilder<Name, Known> {
    return this.append([step], deps.length === this.dependencies.length ? this.dependencies : deps);
  }

  private append(steps: readonly Instruction[], dependencies: readonly AnyStage[]): StageBuilder<Name, Known> {
    const log = this.steps.length === this.length ? this.steps : this.steps.slice(0, this.length);
    for (const step of steps) log.push(step);
    return new StageBuilder(this.settings, dependencies, log, this.length + steps.length);
  }
}

// On the prototype, not on each handle: `in` finds it there, at no cost per step.
Object.defineProperty(StageBuilder.prototype, stageBuilderBrand, { value: true });
