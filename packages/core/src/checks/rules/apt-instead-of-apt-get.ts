import { defineRule } from '../rule.js';

interface Data { sub: string }

function isOperand(arg: string): boolean {
  return !arg.startsWith('-');
}

/**
 * DSL3021: `apt` in a RUN instead of `apt-get`.
 *
 * @example
 * runRules(image, { rules: [aptInsteadOfAptGet] });
 */
export const aptInsteadOfAptGet = defineRule<Data>({
  code: 'DSL3021',
  name: 'AptInsteadOfAptGet',
  severity: 'warning',
  description: '`apt` used in a build script; it is meant for people, `apt-get` for scripts.',
  docs: {
    why: '`apt` warns that its command-line interface is not stable, prints progress bars into build logs and may change behaviour between releases. `apt-get` and `apt-cache` are the stable interfaces for scripts.',
    bad: 'FROM debian:12-slim\nRUN apt update && apt install -y curl',
    good: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y curl',
    hadolint: ['DL3027'],
  },
  format: (d) => `apt ${d.sub} in a script; apt-get is the stable interface`,
  hint: 'use apt-get (or apt-cache)',
  create(context) {
    // Commands come RUN by RUN: one finding per RUN.
    let reported: object | undefined;
    return {
      'command:apt'({ run, command }) {
        if (run === reported) return;
        reported = run;
        context.report(run, { sub: command.args.find(isOperand) ?? '' });
      },
    };
  },
});
