import type { Instruction } from '../instructions/index.js';
import { add, type AddOptions } from '../instructions/add.js';
import { arg } from '../instructions/arg.js';
import { cmd } from '../instructions/cmd.js';
import { comment } from '../instructions/comment.js';
import { copy, type CopyOptions, type FileSource } from '../instructions/copy.js';
import { entrypoint } from '../instructions/entrypoint.js';
import { env } from '../instructions/env.js';
import { expose, type CheckPorts, type PortSpec } from '../instructions/expose.js';
import { healthcheck, healthcheckNone, type HealthcheckTiming } from '../instructions/healthcheck.js';
import { label } from '../instructions/label.js';
import type { Mount } from '../instructions/mount.js';
import { onbuild, type OnbuildTrigger } from '../instructions/onbuild.js';
import { run, script, type RunOptions } from '../instructions/run.js';
import { shell } from '../instructions/shell.js';
import { stopsignal, type StopsignalInstruction } from '../instructions/stopsignal.js';
import { user } from '../instructions/user.js';
import { volume } from '../instructions/volume.js';
import { workdir } from '../instructions/workdir.js';
import type { CommandForm, ExecForm } from '../model/exec-form.js';
import type { ContextRef, CopySource, ImageRef, StageRef } from '../model/references.js';
import { captureSource, inheritSource } from '../model/source-location.js';
import type { Stage, Suppressions } from '../model/stage.js';

const stageBuilderBrand = Symbol.for('dockerdsl.StageBuilder');

/** Any stage handle, whatever its name and the names it knows. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyStage = StageBuilder<string, any>;

/**
 * Where `copyFrom` and mounts may take files from: a stage handle, a stage name the image
 * already has (checked by the type system), an image or a named context.
 */
export type StageSource<Known extends string> = Known | AnyStage | StageRef<Known> | ImageRef | ContextRef;

/** What a stage may start FROM: an image reference, a stage handle or a known stage. */
export type FromSource<Known extends string> = string | AnyStage | StageRef<Known>;

/** Settings of a stage besides its steps. */
export interface StageOptions<Known extends string = never> {
  from: FromSource<Known>;
  platform?: string;
  comment?: string;
  ignore?: Suppressions;
}

type WithStageFrom<M, Known extends string> = M extends { from?: CopySource } ? Omit<M, 'from'> & { from?: StageSource<Known> } : M;

/** A mount whose `from` is a stage handle or a stage the image already has (checked by the type system). */
export type MountInput<Known extends string = string> = WithStageFrom<Mount, Known>;

/** RUN options whose mounts may name stage handles. */
export type RunInput<Known extends string = string> = Omit<RunOptions, 'mounts'> & { mounts?: MountInput<Known>[] };

/**
 * A stage handle: an immutable builder for one stage. Every method returns a new handle with
 * one more step; handles are passed to `copyFrom`, `from` and mounts so references cannot be
 * misspelt, and an image built from a handle brings in the stages it depends on.
 *
 * @example
 * const build = stage('build', { from: 'golang:1.22' }).workdir('/src').copy('.', '.').run('go build -o /out/app .');
 * const runtime = stage('runtime', { from: 'scratch' }).copyFrom(build, '/out/app', '/app').entrypoint(['/app']);
 */
export class StageBuilder<Name extends string = string, Known extends string = never> implements StageRef<Name> {
  /**
   * `instanceof` that also recognises handles made by another copy of @dockerdsl/core (the CLI's
   * bundled copy, a second install under a preset package): handles travel between packages.
   */
  static [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && stageBuilderBrand in value;
  }

  /** The plain stage, made on first `toStage()` and then kept (images key stages by identity). */
  private stageObject: Stage | undefined;

  /**
   * @internal
   * `steps` is a log shared along a chain of handles: a handle owns its first `length` entries,
   * and appending pushes in place when no other handle has appended after them yet (else it
   * copies). A chain of n steps thus costs O(n), not the O(n²) of copying on every step.
   */
  constructor(
    private readonly settings: Stage,
    /** The stage handles this stage refers to. */
    readonly dependencies: readonly AnyStage[] = [],
    private readonly steps: Instruction[] = [],
    private readonly length: number = steps.length,
  ) {}

  /** The stage name. */
  get name(): Name {
    return this.settings.name as Name;
  }

  /** The stage name, so a handle is also a `{ stage }` reference. */
  get stage(): Name {
    return this.settings.name as Name;
  }

  /** Adds steps as they are (plain instruction objects). */
  step(...steps: Instruction[]): StageBuilder<Name, Known> {
    return this.append(steps, this.dependencies);
  }

  /** A copy with other settings (base, platform, comment, suppressions). */
  with(options: Partial<StageOptions<Known>>): StageBuilder<Name, Known> {
    const deps = [...this.dependencies];
    const next: Stage = { ...this.settings, ...options, from: options.from === undefined ? this.settings.from : fromRef(options.from, deps) };
    return new StageBuilder(inheritSource(next, this.settings), deps, this.steps, this.length);
  }

  /** A copy under another name (for presets that stamp out several similar stages). */
  named<N extends string>(name: N): StageBuilder<N, Known> {
    return new StageBuilder(inheritSource({ ...this.settings, name }, this.settings), this.dependencies, this.steps, this.length);
  }

  /** `RUN` in shell form (a string) or exec form (a tuple). */
  run(command: string | ExecForm, options: RunInput<Known> = {}): StageBuilder<Name, Known> {
    return this.withDeps((deps) => run(command, normaliseRun(options as RunInput, deps)));
  }

  /** `RUN <<EOF`: a multi-line script, optionally fed to a program such as `bash`. */
  script(body: string, options: RunInput<Known> & { program?: string; quoted?: boolean } = {}): StageBuilder<Name, Known> {
    return this.withDeps((deps) => script(body, normaliseRun(options as RunInput, deps)));
  }

  /** `COPY` from the build context (or, with `from`, elsewhere). */
  copy(sources: FileSource | readonly FileSource[], destination: string, options: Omit<CopyOptions, 'from'> & { from?: StageSource<Known> } = {}): StageBuilder<Name, Known> {
    return this.withDeps((deps) => copy(sources, destination, options.from === undefined ? (options as CopyOptions) : { ...options, from: sourceRef(options.from, deps) }));
  }

  /** `COPY --from=<stage>`: files from another stage, an image or a named context. */
  copyFrom(source: StageSource<Known>, sources: string | readonly string[], destination: string, options: Omit<CopyOptions, 'from'> = {}): StageBuilder<Name, Known> {
    return this.withDeps((deps) => copy(sources, destination, { ...options, from: sourceRef(source, deps) }));
  }

  /** `ADD`: URLs, Git repositories and archives. Prefer `copy` for plain files. */
  add(sources: FileSource | readonly FileSource[], destination: string, options: AddOptions = {}): StageBuilder<Name, Known> {
    return this.step(add(sources, destination, options));
  }

  /** `ENV`. */
  env(vars: Record<string, string>): StageBuilder<Name, Known> {
    return this.step(env(vars));
  }

  /** `LABEL`. */
  label(labels: Record<string, string>): StageBuilder<Name, Known> {
    return this.step(label(labels));
  }

  /** `ARG` inside the stage. */
  arg(name: string, defaultValue?: string, options: { comment?: string } = {}): StageBuilder<Name, Known> {
    return this.step(arg(name, defaultValue, options));
  }

  /** `EXPOSE`. */
  expose<const P extends PortSpec | readonly PortSpec[]>(ports: P & CheckPorts<P>): StageBuilder<Name, Known> {
    return this.step(expose<P>(ports));
  }

  /** `VOLUME`. */
  volume(paths: string | readonly string[]): StageBuilder<Name, Known> {
    return this.step(volume(paths));
  }

  /** `USER`. */
  user(name: string | number, group?: string | number): StageBuilder<Name, Known> {
    return this.step(user(name, group));
  }

  /** `WORKDIR`. */
  workdir(path: string): StageBuilder<Name, Known> {
    return this.step(workdir(path));
  }

  /** `SHELL` (exec form). */
  shell(command: ExecForm): StageBuilder<Name, Known> {
    return this.step(shell(command));
  }

  /** `HEALTHCHECK CMD …`. */
  healthcheck(test: CommandForm, options: HealthcheckTiming = {}): StageBuilder<Name, Known> {
    return this.step(healthcheck(test, options));
  }

  /** `HEALTHCHECK NONE`. */
  healthcheckNone(): StageBuilder<Name, Known> {
    return this.step(healthcheckNone());
  }

  /** `STOPSIGNAL`. */
  stopsignal(signal: StopsignalInstruction['signal']): StageBuilder<Name, Known> {
    return this.step(stopsignal(signal));
  }

  /** `ONBUILD`. */
  onbuild(trigger: OnbuildTrigger): StageBuilder<Name, Known> {
    return this.step(onbuild(trigger));
  }

  /** `CMD`: exec form as a tuple, shell form only through `sh\`…\``. */
  cmd(command: CommandForm): StageBuilder<Name, Known> {
    return this.step(cmd(command));
  }

  /** `ENTRYPOINT`: exec form as a tuple, shell form only through `sh\`…\``. */
  entrypoint(command: CommandForm): StageBuilder<Name, Known> {
    return this.step(entrypoint(command));
  }

  /** A standalone comment line. */
  comment(text: string): StageBuilder<Name, Known> {
    return this.step(comment(text));
  }

  /** The plain stage object. */
  toStage(): Stage {
    if (this.stageObject) return this.stageObject;
    return (this.stageObject = inheritSource({ ...this.settings, steps: this.steps.slice(0, this.length) }, this.settings));
  }

  private withDeps(make: (deps: AnyStage[]) => Instruction): StageBuilder<Name, Known> {
    const deps = [...this.dependencies];
    const step = make(deps);
    return this.append([step], deps.length === this.dependencies.length ? this.dependencies : deps);
  }

  private append(steps: readonly Instruction[], dependencies: readonly AnyStage[]): StageBuilder<Name, Known> {
    const log = this.steps.length === this.length ? this.steps : this.steps.slice(0, this.length);
    for (const step of steps) log.push(step);
    return new StageBuilder(this.settings, dependencies, log, this.length + steps.length);
  }
}

function remember(handle: AnyStage, deps: AnyStage[]): void {
  if (!deps.includes(handle)) deps.push(handle);
}

function sourceRef(source: StageSource<string>, deps: AnyStage[]): CopySource {
  if (source instanceof StageBuilder) {
    remember(source, deps);
    return { stage: source.name ?? '' };
  }
  return typeof source === 'string' ? { stage: source } : source;
}

function fromRef(source: FromSource<string>, deps: AnyStage[]): Stage['from'] {
  if (source instanceof StageBuilder) {
    remember(source, deps);
    return { stage: source.name ?? '' };
  }
  return source;
}

function normaliseRun(options: RunInput, deps: AnyStage[]): RunOptions {
  if (!options.mounts) return options as RunOptions;
  const mounts = options.mounts.map((m) => ('from' in m && m.from !== undefined ? { ...m, from: sourceRef(m.from, deps) } : m)) as Mount[];
  return { ...options, mounts };
}

/**
 * Starts a stage handle.
 *
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

// On the prototype, not on each handle: `in` finds it there, at no cost per step.
Object.defineProperty(StageBuilder.prototype, stageBuilderBrand, { value: true });
