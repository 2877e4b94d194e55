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
import { onbuild, type OnbuildTrigger } from '../instructions/onbuild.js';
import { run, script } from '../instructions/run.js';
import { shell } from '../instructions/shell.js';
import { stopsignal, type StopsignalInstruction } from '../instructions/stopsignal.js';
import { user } from '../instructions/user.js';
import { volume } from '../instructions/volume.js';
import { workdir } from '../instructions/workdir.js';
import type { CommandForm, ExecForm } from '../model/exec-form.js';
import type { StageRef } from '../model/references.js';
import { captureSource, inheritSource } from '../model/source-location.js';
import type { Stage } from '../image/stage.js';
import type { CheckedMounts } from './mount-check.js';
import type { CheckStageSource } from './stage-name-check.js';
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

/** RUN options whose mounts' `from` stages are checked against the stages the image has. */
type CheckedRunInput<M extends readonly MountInput<string>[], Known extends string> = Omit<RunInput<Known>, 'mounts'> & { mounts?: CheckedMounts<M, Known> };

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
  ) {}

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
  run<const M extends readonly MountInput<string>[] = []>(command: string | ExecForm, options: CheckedRunInput<M, Known> = {}): StageBuilder<Name, Known> {
    return this.withDeps((deps) => run(command, normaliseRun(options as RunInput, deps)));
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
  script<const M extends readonly MountInput<string>[] = []>(body: string, options: CheckedRunInput<M, Known> & { program?: string; quoted?: boolean } = {}): StageBuilder<Name, Known> {
    return this.withDeps((deps) => script(body, normaliseRun(options as RunInput, deps)));
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
  copy<const F extends StageSource<string> = never>(sources: FileSource | readonly FileSource[], destination: string, options: Omit<CopyOptions, 'from'> & { from?: F & CheckStageSource<F, Known> } = {}): StageBuilder<Name, Known> {
    return this.withDeps((deps) => copy(sources, destination, options.from === undefined ? (options as CopyOptions) : { ...options, from: sourceRef(options.from, deps) }));
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
  copyFrom<const S extends StageSource<string>>(source: S & CheckStageSource<S, Known>, sources: string | readonly string[], destination: string, options: Omit<CopyOptions, 'from'> = {}): StageBuilder<Name, Known> {
    return this.withDeps((deps) => copy(sources, destination, { ...options, from: sourceRef(source as StageSource<string>, deps) }));
  }

  /**
   * `ADD`: URLs, Git repositories and archives (unpacked). Prefer `copy` for plain files.
   *
   * @param sources - URLs, `git@…`/`https://….git` repositories or archive paths
   * @param destination - the path in the image
   * @param options - `checksum` (pin a URL's content), `keepGitDir`, `chown`, `chmod`, `link`
   * @example
   * s.add('https://example.com/tool.tar.gz', '/opt/', { checksum: 'sha256:…' });
   */
  add(sources: FileSource | readonly FileSource[], destination: string, options: AddOptions = {}): StageBuilder<Name, Known> {
    return this.step(add(sources, destination, options));
  }

  /**
   * `ENV`: environment variables of the build and of containers.
   *
   * @param vars - names and values; values are quoted as needed
   * @example
   * s.env({ NODE_ENV: 'production', PORT: '8080' });
   */
  env(vars: Record<string, string>): StageBuilder<Name, Known> {
    return this.step(env(vars));
  }

  /**
   * `LABEL`: image metadata.
   *
   * @param labels - keys and values, e.g. OCI annotations
   * @example
   * s.label({ 'org.opencontainers.image.source': 'https://github.com/acme/api' });
   */
  label(labels: Record<string, string>): StageBuilder<Name, Known> {
    return this.step(label(labels));
  }

  /**
   * `ARG` inside the stage: a build argument the following steps can read.
   *
   * @param name - the argument's name
   * @param defaultValue - the value when the build does not pass one
   * @param options - `comment` above the line
   * @example
   * s.arg('VERSION', 'dev').run('echo $VERSION > /version');
   */
  arg(name: string, defaultValue?: string, options: { comment?: string } = {}): StageBuilder<Name, Known> {
    return this.step(arg(name, defaultValue, options));
  }

  /**
   * `EXPOSE`: the ports the container listens on (a literal port above 65535 is a type error).
   *
   * @param ports - a port or a list: `8080`, `'53/udp'`, `'9000-9010/tcp'`, `'$PORT'`
   * @example
   * s.expose([8080, '9090/udp']);
   */
  expose<const P extends PortSpec | readonly PortSpec[]>(ports: P & CheckPorts<P>): StageBuilder<Name, Known> {
    return this.step(expose<P>(ports));
  }

  /**
   * `VOLUME`: paths whose content lives outside the container's writable layer.
   *
   * @param paths - absolute paths in the image
   * @example
   * s.volume('/var/lib/data');
   */
  volume(paths: string | readonly string[]): StageBuilder<Name, Known> {
    return this.step(volume(paths));
  }

  /**
   * `USER`: who runs the following steps and the container.
   *
   * @param name - a user name or numeric id (the final stage should not be root)
   * @param group - a group name or numeric id
   * @example
   * s.user('node').cmd(['node', 'server.js']);
   */
  user(name: string | number, group?: string | number): StageBuilder<Name, Known> {
    return this.step(user(name, group));
  }

  /**
   * `WORKDIR`: the working folder of the following steps and the container (created if missing).
   *
   * @param path - an absolute path
   * @example
   * s.workdir('/app').copy('.', '.');
   */
  workdir(path: string): StageBuilder<Name, Known> {
    return this.step(workdir(path));
  }

  /**
   * `SHELL`: the shell that runs shell-form commands after it.
   *
   * @param command - the shell as an exec-form tuple
   * @example
   * s.shell(['/bin/bash', '-o', 'pipefail', '-c']);
   */
  shell(command: ExecForm): StageBuilder<Name, Known> {
    return this.step(shell(command));
  }

  /**
   * `HEALTHCHECK CMD …`: how the engine tells whether the container works.
   *
   * @param test - the check, exec form (`['curl', '-f', 'http://localhost/']`) or `sh\`…\``
   * @param options - `interval`, `timeout`, `startPeriod`, `startInterval`, `retries`
   * @example
   * s.healthcheck(['wget', '-qO-', 'http://localhost:8080/health'], { interval: '30s', retries: 3 });
   */
  healthcheck(test: CommandForm, options: HealthcheckTiming = {}): StageBuilder<Name, Known> {
    return this.step(healthcheck(test, options));
  }

  /**
   * `HEALTHCHECK NONE`: turns off a check inherited from the base image.
   *
   * @example
   * stage('tool', { from: 'acme/base:1' }).healthcheckNone();
   */
  healthcheckNone(): StageBuilder<Name, Known> {
    return this.step(healthcheckNone());
  }

  /**
   * `STOPSIGNAL`: the signal that asks the container to stop.
   *
   * @param signal - a signal name (`'SIGQUIT'`) or number
   * @example
   * stage('web', { from: 'nginx:1.27' }).stopsignal('SIGQUIT');
   */
  stopsignal(signal: StopsignalInstruction['signal']): StageBuilder<Name, Known> {
    return this.step(stopsignal(signal));
  }

  /**
   * `ONBUILD`: an instruction that runs when another image builds FROM this one.
   *
   * @param trigger - the instruction, e.g. `copy('.', '/app')`
   * @example
   * s.onbuild(copy('.', '/app'));
   */
  onbuild(trigger: OnbuildTrigger): StageBuilder<Name, Known> {
    return this.step(onbuild(trigger));
  }

  /**
   * `CMD`: the container's default command; exec form as a tuple, shell form only through `sh\`…\``.
   *
   * @param command - `['node', 'server.js']`, or `sh\`node server.js\`` when a shell is meant; `[]` clears the base image's CMD
   * @example
   * s.cmd(['node', 'server.js']);
   */
  cmd(command: CommandForm | readonly []): StageBuilder<Name, Known> {
    return this.step(cmd(command));
  }

  /**
   * `ENTRYPOINT`: the program the container runs (`CMD` becomes its arguments).
   *
   * @param command - exec form as a tuple, or `sh\`…\`` when a shell is meant; `[]` clears the base image's ENTRYPOINT
   * @example
   * s.entrypoint(['/app']).cmd(['--port', '8080']);
   */
  entrypoint(command: CommandForm | readonly []): StageBuilder<Name, Known> {
    return this.step(entrypoint(command));
  }

  /**
   * A comment line in the Dockerfile, above the next instruction.
   *
   * @param text - the comment, without `#`
   * @example
   * s.comment('dependencies first, so source changes keep this layer').copy('package.json', './');
   */
  comment(text: string): StageBuilder<Name, Known> {
    return this.step(comment(text));
  }

  /** The plain stage object (reached through `toStage()`). */
  private toStage(): Stage {
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

// On the prototype, not on each handle: `in` finds it there, at no cost per step.
Object.defineProperty(StageBuilder.prototype, stageBuilderBrand, { value: true });
