import { defineRule } from '../rule.js';

/**
 * DSL3051: the Docker socket as a VOLUME or build mount.
 *
 * @example
 * runRules(image, { rules: [dockerSocket] });
 */
export const dockerSocket = defineRule<Record<string, never>>({
  code: 'DSL3051',
  name: 'DockerSocket',
  severity: 'warning',
  kinds: ['volume', 'run'],
  description: 'VOLUME or a RUN mount on /var/run/docker.sock.',
  docs: {
    why: 'Whoever can talk to the Docker socket controls the host: they can start a privileged container that mounts `/`. Declaring it in the image invites running the container with it.',
    bad: 'FROM docker:27-cli\nVOLUME /var/run/docker.sock',
    good: 'FROM docker:27-cli\nENV DOCKER_HOST=tcp://docker:2376',
  },
  format: () => 'the image declares the Docker socket, which gives control of the host',
  hint: 'talk to a remote daemon over TLS instead',
  check(ctx) {
    const socket = /\/(?:var\/)?run\/docker\.sock$/;
    for (const step of ctx.facts.steps('volume')) step.step.paths.forEach((p, i) => socket.test(p) && ctx.report(step, {}, { at: ['paths', i] }));
    for (const run of ctx.facts.steps('run')) (run.step.mounts ?? []).forEach((m, i) => 'target' in m && m.target !== undefined && socket.test(m.target) && ctx.report(run, {}, { at: ['mounts', i] }));
  },
});
