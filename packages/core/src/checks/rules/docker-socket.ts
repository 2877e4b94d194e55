import { defineRule } from '../rule.js';

// Hoisted: a regex literal in check() is a new object per image.
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
  check(ctx) {
    const volumes = ctx.facts.steps('volume');
    for (let v = 0; v < volumes.length; v++) {
      const step = volumes[v]!;
      const paths = step.step.paths;
      for (let i = 0; i < paths.length; i++) if (socket.test(paths[i]!)) ctx.report(step, {}, { at: ['paths', i] });
    }
    const runs = ctx.facts.steps('run');
    for (let r = 0; r < runs.length; r++) {
      const run = runs[r]!;
      const mounts = run.step.mounts;
      if (mounts === undefined) continue;
      for (let i = 0; i < mounts.length; i++) {
        const target = mounts[i]!.target;
        if (target !== undefined && socket.test(target)) ctx.report(run, {}, { at: ['mounts', i] });
      }
    }
  },
});
