import { defineRule } from '../rule.js';

/**
 * DSL3050: `chpasswd` in a build step.
 *
 * @example
 * runRules(image, { rules: [chpasswdUsed] });
 */
export const chpasswdUsed = defineRule<Record<string, never>>({
  code: 'DSL3050',
  name: 'ChpasswdUsed',
  severity: 'warning',
  description: 'RUN sets a password with `chpasswd`.',
  docs: {
    why: 'A password set during the build is written in the Dockerfile, the build log and the image\'s /etc/shadow for everyone who can pull it. Containers should not need password logins at all.',
    bad: 'FROM debian:12-slim\nRUN useradd app && echo "app:changeme" | chpasswd',
    good: 'FROM debian:12-slim\nRUN useradd app',
  },
  format: () => 'RUN sets a password with chpasswd; it is stored in the image',
  hint: 'drop password logins; use docker exec for access',
  create: (context) => ({
    'command:chpasswd'({ run }) {
      context.report(run, {});
    },
  }),
});
