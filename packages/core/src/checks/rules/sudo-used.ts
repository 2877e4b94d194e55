import { defineRule } from '../rule.js';

interface Data { command: string }

/**
 * DSL3012: `sudo` in RUN.
 *
 * @example
 * runRules(image, { rules: [sudoUsed] });
 */
export const sudoUsed = defineRule<Data>({
  code: 'DSL3012',
  name: 'SudoUsed',
  severity: 'warning',
  description: '`sudo` in a RUN command.',
  docs: {
    why: 'RUN already runs as the current USER; if that is root, sudo is pointless, and if it is not, sudo needs a password-less sudoers entry that stays in the image and turns every user into root. Switch with USER instead.',
    bad: 'FROM debian:12-slim\nRUN sudo apt-get update',
    good: 'FROM debian:12-slim\nUSER root\nRUN apt-get update',
    hadolint: ['DL3004'],
  },
  format: (d) => `RUN uses sudo${d.command ? ` to run ${d.command}` : ''}`,
  hint: 'switch user with USER instead of sudo',
  create(context) {
    // Commands come RUN by RUN: one finding per RUN.
    let reported: object | undefined;
    return {
      command({ run, command }) {
        if (run === reported || !(command.via.includes('sudo') || command.name === 'sudo')) return;
        reported = run;
        context.report(run, { command: command.name === 'sudo' ? '' : command.name });
      },
    };
  },
});
