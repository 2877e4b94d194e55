import { isApt } from '../../analysis/package-commands.js';
import type { Mount } from '../../instructions/mount.js';
import { defineRule, type CommandFact } from '../rule.js';
import type { ShellCommand } from '../../analysis/shell-script.js';

/** The RUN removes /var/lib/apt/lists, directly or after `apt-get clean`. */
function listsRemoved(all: readonly ShellCommand[]): boolean {
  return all.some((c) => (c.name === 'rm' && c.args.some(startsWithLists)) || (isApt(c, 'clean') && removesAptState(all)));
}

function removesAptState(all: readonly ShellCommand[]): boolean {
  return all.some((c) => c.name === 'rm' && c.args.some(mentionsAptState));
}

function listsMounted(mounts: readonly Mount[] | undefined): boolean {
  return mounts?.some((m) => (m.type === 'cache' || m.type === 'tmpfs') && m.target?.startsWith('/var/lib/apt') === true) ?? false;
}

function startsWithLists(arg: string): boolean {
  return arg.startsWith('/var/lib/apt/lists');
}

function mentionsAptState(arg: string): boolean {
  return arg.includes('/var/lib/apt');
}

/**
 * DSL3019: apt lists left in the layer after `apt-get update`.
 *
 * @example
 * runRules(image, { rules: [aptListsNotCleaned] });
 */
export const aptListsNotCleaned = defineRule<Record<string, never>>({
  code: 'DSL3019',
  name: 'AptListsNotCleaned',
  severity: 'info',
  description: 'A RUN that installs with apt-get but leaves `/var/lib/apt/lists` in the layer (no `rm -rf /var/lib/apt/lists/*`, no cache mount).',
  docs: {
    why: 'The package lists are tens of megabytes that the running container never needs. They must be removed in the same RUN that downloaded them; a later RUN cannot shrink an earlier layer. A cache or tmpfs mount on /var/lib/apt also keeps them out. Only stages that ship matter, so build stages are not reported.',
    bad: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl',
    good: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*',
    hadolint: ['DL3009'],
  },
  format: () => 'apt package lists are left in the layer',
  hint: 'end the RUN with && rm -rf /var/lib/apt/lists/* (or mount a cache on /var/lib/apt)',
  create(context) {
    // Commands come RUN by RUN: only the first install of a RUN is looked at.
    let done: object | undefined;
    const visit = ({ run, command, all }: CommandFact): void => {
      if (run === done || !isApt(command, 'install') || !run.stage.isFinal) return;
      done = run;
      if (!listsRemoved(all) && !listsMounted(run.step.mounts)) context.report(run, {});
    };
    return { 'command:apt-get': visit, 'command:apt': visit };
  },
});
