import type { Instruction } from '../instructions/index.js';
import { add, type AddOptions } from '../instructions/add.js';
import { arg } from '../instructions/arg.js';
import { cmd } from '../instructions/cmd.js';
import { comment } from '../instructions/comment.js';
import type { FileSource } from '../instructions/copy.js';
import { entrypoint } from '../instructions/entrypoint.js';
import { env } from '../instructions/env.js';
import { expose, type ValidPorts, type PortSpec } from '../instructions/expose.js';
import { healthcheck, healthcheckNone, type HealthcheckTiming } from '../instructions/healthcheck.js';
import { label } from '../instructions/label.js';
import { onbuild, type OnbuildTrigger } from '../instructions/onbuild.js';
import { shell } from '../instructions/shell.js';
import { stopsignal, type StopsignalInstruction } from '../instructions/stopsignal.js';
import { user } from '../instructions/user.js';
import { volume } from '../instructions/volume.js';
import { workdir } from '../instructions/workdir.js';
import type { CommandForm, ExecForm } from '../model/exec-form.js';

// `Self` is the handle type each step returns (StageBuilder names itself), so this file needs no
// import of the builder.
/**
 * The steps of a stage handle that refer to no other stage (`ADD`, `ENV`, `EXPOSE`, `CMD`, …):
 * each one adds a single instruction through `step`. `StageBuilder` adds the steps that do
 * refer to stages (`run`/`script` mounts, `copy`, `copyFrom`) and keeps the handle's state.
 *
 * @example
 * stage('web', { from: 'nginx:1.27' }).workdir('/usr/share/nginx/html').expose(80).stopsignal('SIGQUIT');
 */
export abstract class StageInstructions<Self> {
  /**
   * Adds instructions as they are (plain instruction objects), for what no method covers.
   *
   * @param steps - instruction objects, e.g. from `run()` or `copy()` of `@dockerdsl/core`
   * @example
   * stage('x', { from: 'busybox:1.36' }).step({ kind: 'workdir', path: '/app' });
   */
  abstract step(...steps: Instruction[]): Self;

  /**
   * `ADD`: URLs, Git repositories and archives (unpacked). Prefer `copy` for plain files.
   *
   * @param sources - URLs, `git@…`/`https://….git` repositories or archive paths
   * @param destination - the path in the image
   * @param options - `checksum` (pin a URL's content), `keepGitDir`, `chown`, `chmod`, `link`
   * @example
   * s.add('https://example.com/tool.tar.gz', '/opt/', { checksum: 'sha256:…' });
   */
  add(sources: FileSource | readonly FileSource[], destination: string, options: AddOptions = {}): Self {
    return this.step(add(sources, destination, options));
  }

  /**
   * `ENV`: environment variables of the build and of containers.
   *
   * @param vars - names and values; values are quoted as needed
   * @example
   * s.env({ NODE_ENV: 'production', PORT: '8080' });
   */
  env(vars: Record<string, string>): Self {
    return this.step(env(vars));
  }

  /**
   * `LABEL`: image metadata.
   *
   * @param labels - keys and values, e.g. OCI annotations
   * @example
   * s.label({ 'org.opencontainers.image.source': 'https://github.com/acme/api' });
   */
  label(labels: Record<string, string>): Self {
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
  arg(name: string, defaultValue?: string, options: { comment?: string } = {}): Self {
    return this.step(arg(name, defaultValue, options));
  }

  /**
   * `EXPOSE`: the ports the container listens on (a literal port above 65535 is a type error).
   *
   * @param ports - a port or a list: `8080`, `'53/udp'`, `'9000-9010/tcp'`, `'$PORT'`
   * @example
   * s.expose([8080, '9090/udp']);
   */
  expose<const P extends PortSpec | readonly PortSpec[]>(ports: P & ValidPorts<P>): Self {
    return this.step(expose<P>(ports));
  }

  /**
   * `VOLUME`: paths whose content lives outside the container's writable layer.
   *
   * @param paths - absolute paths in the image
   * @example
   * s.volume('/var/lib/data');
   */
  volume(paths: string | readonly string[]): Self {
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
  user(name: string | number, group?: string | number): Self {
    return this.step(user(name, group));
  }

  /**
   * `WORKDIR`: the working folder of the following steps and the container (created if missing).
   *
   * @param path - an absolute path
   * @example
   * s.workdir('/app').copy('.', '.');
   */
  workdir(path: string): Self {
    return this.step(workdir(path));
  }

  /**
   * `SHELL`: the shell that runs shell-form commands after it.
   *
   * @param command - the shell as an exec-form tuple
   * @example
   * s.shell(['/bin/bash', '-o', 'pipefail', '-c']);
   */
  shell(command: ExecForm): Self {
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
  healthcheck(test: CommandForm, options: HealthcheckTiming = {}): Self {
    return this.step(healthcheck(test, options));
  }

  /**
   * `HEALTHCHECK NONE`: turns off a check inherited from the base image.
   *
   * @example
   * stage('tool', { from: 'acme/base:1' }).healthcheckNone();
   */
  healthcheckNone(): Self {
    return this.step(healthcheckNone());
  }

  /**
   * `STOPSIGNAL`: the signal that asks the container to stop.
   *
   * @param signal - a signal name (`'SIGQUIT'`) or number
   * @example
   * stage('web', { from: 'nginx:1.27' }).stopsignal('SIGQUIT');
   */
  stopsignal(signal: StopsignalInstruction['signal']): Self {
    return this.step(stopsignal(signal));
  }

  /**
   * `ONBUILD`: an instruction that runs when another image builds FROM this one.
   *
   * @param trigger - the instruction, e.g. `copy('.', '/app')`
   * @example
   * s.onbuild(copy('.', '/app'));
   */
  onbuild(trigger: OnbuildTrigger): Self {
    return this.step(onbuild(trigger));
  }

  /**
   * `CMD`: the container's default command; exec form as a tuple, shell form only through `sh\`…\``.
   *
   * @param command - `['node', 'server.js']`, or `sh\`node server.js\`` when a shell is meant; `[]` clears the base image's CMD
   * @example
   * s.cmd(['node', 'server.js']);
   */
  cmd(command: CommandForm | readonly []): Self {
    return this.step(cmd(command));
  }

  /**
   * `ENTRYPOINT`: the program the container runs (`CMD` becomes its arguments).
   *
   * @param command - exec form as a tuple, or `sh\`…\`` when a shell is meant; `[]` clears the base image's ENTRYPOINT
   * @example
   * s.entrypoint(['/app']).cmd(['--port', '8080']);
   */
  entrypoint(command: CommandForm | readonly []): Self {
    return this.step(entrypoint(command));
  }

  /**
   * A comment line in the Dockerfile, above the next instruction.
   *
   * @param text - the comment, without `#`
   * @example
   * s.comment('dependencies first, so source changes keep this layer').copy('package.json', './');
   */
  comment(text: string): Self {
    return this.step(comment(text));
  }
}
