import { defineRule } from '../rule.js';

/**
 * DSL3037: `ln -sf /bin/bash /bin/sh` instead of SHELL.
 *
 * @example
 * runRules(image, { rules: [changeDefaultShell] });
 */
export const changeDefaultShell = defineRule<Record<string, never>>({
  code: 'DSL3037',
  name: 'ChangeDefaultShell',
  severity: 'warning',
  description: 'RUN replaces /bin/sh with a symlink instead of using SHELL.',
  docs: {
    why: 'Relinking /bin/sh changes the shell of every program in the image, including package scripts that expect a POSIX sh. SHELL changes only the shell Docker uses for RUN, CMD and ENTRYPOINT.',
    bad: 'FROM debian:12-slim\nRUN ln -sf /bin/bash /bin/sh',
    good: 'FROM debian:12-slim\nSHELL ["/bin/bash", "-c"]',
    hadolint: ['DL4005'],
  },
  format: () => 'RUN replaces /bin/sh; use SHELL to change the build shell',
  hint: 'SHELL ["/bin/bash", "-c"]',
  create: (context) => ({
    'command:ln'({ run, command }) {
      if (command.args.at(-1) === '/bin/sh') context.report(run, {});
    },
  }),
});
