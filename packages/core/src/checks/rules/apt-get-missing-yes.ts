import { hasFlag } from '../../analysis/shell-script.js';
import { isApt } from '../../analysis/package-commands.js';
import { defineRule, type CommandFact } from '../rule.js';

interface Data { program: string; sub: string }

function setsFrontend(assignment: string): boolean {
  return assignment.startsWith('DEBIAN_FRONTEND=');
}

function isOptionFlag(arg: string): boolean {
  return arg.startsWith('-o');
}

function isOperand(arg: string): boolean {
  return !arg.startsWith('-');
}

/**
 * DSL3017: `apt-get install` without `-y`.
 *
 * @example
 * runRules(image, { rules: [aptGetMissingYes] });
 */
export const aptGetMissingYes = defineRule<Data>({
  code: 'DSL3017',
  name: 'AptGetMissingYes',
  severity: 'warning',
  description: '`apt-get install` (or upgrade, remove) without `-y`, which stops at the confirmation prompt.',
  docs: {
    why: 'A build has no terminal to answer "Do you want to continue? [Y/n]": apt-get reads end of input, answers no, and the RUN fails with "Abort." as soon as a package brings a dependency. It is a warning rather than an error because a package without new dependencies installs without asking, so the same line can build today and fail after the next package update.',
    bad: 'FROM debian:12-slim\nRUN apt-get update && apt-get install curl',
    good: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y curl',
    hadolint: ['DL3014'],
  },
  format: (d) => `${d.program} ${d.sub} runs without -y and stops at the confirmation prompt`,
  hint: 'add -y (or --yes, -qq)',
  create(context) {
    const visit = ({ run, command }: CommandFact): void => {
      // A stage the target does not use is never built, so it cannot fail the build.
      if (!run.stage.reachable || !isApt(command, 'install', 'upgrade', 'dist-upgrade', 'remove', 'purge', 'autoremove', 'full-upgrade')) return;
      if (hasFlag(command, 'y', 'yes', 'assume-yes', 'qq', 'force-yes') || command.args.includes('-qq')) return;
      if (command.assignments.some(setsFrontend) && command.args.some(isOptionFlag)) return;
      context.report(run, { program: command.name, sub: command.args.find(isOperand)! });
    };
    return { 'command:apt-get': visit, 'command:apt': visit };
  },
});
