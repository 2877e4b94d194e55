import { defineRule } from '../rule.js';

const sshPort = /^22(?:\/tcp)?$/i;

/**
 * DSL3032: EXPOSE 22.
 *
 * @example
 * runRules(image, { rules: [exposeSsh] });
 */
export const exposeSsh = defineRule<Record<string, never>>({
  code: 'DSL3032',
  name: 'ExposeSsh',
  severity: 'warning',
  description: 'The image exposes port 22 (SSH).',
  docs: {
    why: 'An SSH server in a container is a second way in, with its own keys and passwords to leak. Use `docker exec` (or `kubectl exec`) to get a shell.',
    bad: 'FROM debian:12-slim\nEXPOSE 22',
    good: 'FROM debian:12-slim\nEXPOSE 8080',
  },
  format: () => 'EXPOSE 22 offers SSH access into the container',
  hint: 'use docker exec for shell access',
  create: (context) => ({
    expose(step) {
      step.step.ports.forEach((port, i) => {
        if (typeof port === 'number' ? port === 22 : sshPort.test(port)) context.report(step, {}, { at: ['ports', i] });
      });
    },
  }),
});
