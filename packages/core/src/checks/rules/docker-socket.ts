import { defineRule } from '../rule.js';

const socket = /\/(?:var\/)?run\/docker\.sock$/;

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
  description: 'VOLUME or a RUN mount on /var/run/docker.sock.',
  docs: {
    why: 'Whoever can talk to the Docker socket controls the host: they can start a privileged container that mounts `/`. Declaring it in the image invites running the container with it.',
    bad: 'FROM docker:27-cli\nVOLUME /var/run/docker.sock',
    good: 'FROM docker:27-cli\nENV DOCKER_HOST=tcp://docker:2376',
  },
  format: () => 'the image declares the Docker socket, which gives control of the host',
  hint: 'talk to a remote daemon over TLS instead',
  create: (context) => ({
    volume(step) {
      step.step.paths.forEach((path, i) => {
        if (socket.test(path)) context.report(step, {}, { at: ['paths', i] });
      });
    },
    run(run) {
      run.step.mounts?.forEach((mount, i) => {
        if (mount.target !== undefined && socket.test(mount.target)) context.report(run, {}, { at: ['mounts', i] });
      });
    },
  }),
});
